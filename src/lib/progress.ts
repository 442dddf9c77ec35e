/**
 * Milestone progress kept in the reader's browser. A milestone's id is a hash of its text, so adding,
 * removing or reordering milestones never moves a tick to the wrong one; rewording a milestone starts
 * it afresh, which is right, because it now asks for something else.
 */

/**
 * A stable id for a milestone: FNV-1a of its text with case and spacing normalised, in base 36.
 * @param text - the milestone as written
 * @returns an id like "m1k9z2qa"
 */
export function milestoneId(text: string): string {
	const normalised = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
	let hash = 0x811c9dc5;
	for (const char of normalised) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `m${hash.toString(36)}`;
}

/** Progress for every role, as stored and exported: role id → ticked milestone ids. */
export interface ProgressFile {
	format: 'rolemap-progress';
	version: 1;
	exported?: string;
	roles: Record<string, string[]>;
}

/** Names of an object's own machinery: never a role, whatever the role list says. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'prototype',
	'constructor',
]);

/** A plain JSON object: not null, not a list. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Progress as this page's script stored it: the shape checked, nothing quoted or explained (files a
 * reader imports go through checkProgressFile first, so storage only ever holds what passed it).
 * @param text - the stored JSON ("" when nothing is stored)
 * @returns the progress, or none when the stored value is not progress
 */
export function readStoredProgress(text: string): ProgressFile {
	const roles = emptyRoles();
	try {
		const data = JSON.parse(text) as { roles?: unknown } | null;
		if (isObject(data) && isObject(data.roles))
			for (const [role, ids] of Object.entries(data.roles))
				if (!RESERVED_KEYS.has(role) && Array.isArray(ids))
					roles[role] = ids.filter((id): id is string => typeof id === 'string');
	} catch {
		// Nothing stored, or not JSON: no progress.
	}
	return { format: 'rolemap-progress', version: 1, roles };
}

/**
 * A role map without a prototype, so a role whose id is "constructor" or "__proto__" is just a key.
 * @returns an empty map of role id → milestone ids
 */
export function emptyRoles(): Record<string, string[]> {
	return Object.create(null) as Record<string, string[]>;
}

/**
 * "2/9" style counts for a set of milestones.
 * @param ids - the milestones in view
 * @param done - ticked ids
 * @returns how many are ticked and how many there are
 */
export function countDone(
	ids: readonly string[],
	done: ReadonlySet<string>,
): { done: number; total: number } {
	return { done: ids.filter((id) => done.has(id)).length, total: ids.length };
}
