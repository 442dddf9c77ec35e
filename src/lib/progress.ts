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

/**
 * Reads an exported progress file, rejecting anything that is not one.
 * @param text - the file's contents
 * @returns the progress it holds
 * @throws Error with a reader-facing message when the file is not a Rolemap progress file
 */
export function parseProgressFile(text: string): ProgressFile {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new Error('That file is not a Rolemap progress file (it is not JSON).', {
			cause: 'json',
		});
	}
	// Untrusted input: every field is checked before use.
	const file = data as { format?: unknown; version?: unknown; roles?: unknown } | null;
	if (
		file?.format !== 'rolemap-progress' ||
		file.version !== 1 ||
		typeof file.roles !== 'object' ||
		file.roles === null
	) {
		throw new Error('That file is not a Rolemap progress file.', { cause: 'format' });
	}
	const roles = emptyRoles();
	for (const [role, ids] of Object.entries(file.roles as Record<string, unknown>)) {
		if (Array.isArray(ids) && /^[a-z0-9-]+$/.test(role))
			roles[role] = ids.filter(
				(id): id is string => typeof id === 'string' && /^m[0-9a-z]+$/.test(id),
			);
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
 * Imported progress added to what the reader has: every tick in either is kept.
 * @param current - what the browser holds
 * @param imported - the file the reader chose
 * @returns the merged progress and how many ticks it adds
 */
export function mergeProgress(
	current: ProgressFile,
	imported: ProgressFile,
): { file: ProgressFile; added: number } {
	const roles = emptyRoles();
	for (const [role, ids] of Object.entries(current.roles)) roles[role] = [...ids];
	let added = 0;
	for (const [role, ids] of Object.entries(imported.roles)) {
		const merged = new Set(roles[role] ?? []);
		for (const id of ids) {
			if (!merged.has(id)) added++;
			merged.add(id);
		}
		roles[role] = [...merged];
	}
	return { file: { format: 'rolemap-progress', version: 1, roles }, added };
}

/**
 * How many ticks the reader would lose by replacing their progress with a file's.
 * @param current - what the browser holds
 * @param imported - the file the reader chose
 * @returns ticks held now that the file does not have
 */
export function ticksLostByReplacing(current: ProgressFile, imported: ProgressFile): number {
	let lost = 0;
	for (const [role, ids] of Object.entries(current.roles)) {
		const kept = new Set(imported.roles[role] ?? []);
		lost += ids.filter((id) => !kept.has(id)).length;
	}
	return lost;
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
