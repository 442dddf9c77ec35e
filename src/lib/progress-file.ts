/**
 * Progress files a reader imports: checked against their shape and the site's role ids before
 * anything is stored, with every entry left out listed and explained. Kept apart from
 * ./progress.ts so the role page's script loads this only when a reader imports a file.
 */
import { emptyRoles, isObject, RESERVED_KEYS, type ProgressFile } from './progress.ts';

/** Why a file is refused as a whole; the page says it in its language. */
export type ProgressFileProblem = 'json' | 'format' | 'roles-list' | 'too-large';

/** The largest file read: a year of ticks on every roadmap is a few kilobytes. */
export const MAX_PROGRESS_FILE_BYTES = 1_000_000;

const ROLE_ID = /^[a-z0-9-]+$/;
/** What milestoneId() writes: "m" and up to seven base-36 digits (a 32-bit hash). */
const MILESTONE_ID = /^m[0-9a-z]{1,7}$/;

/** A part of an imported file left out, and why. */
export type IgnoredEntry =
	| { reason: 'reserved'; role: string }
	| { reason: 'unknown-role'; role: string }
	| { reason: 'not-a-list'; role: string }
	| { reason: 'not-a-milestone'; role: string; value: string };

/** An imported file, checked: what may be stored, and everything left out. */
export interface CheckedProgress {
	file: ProgressFile;
	ignored: IgnoredEntry[];
}

/**
 * A value from an untrusted file as a message may quote it: control, format and bidi characters as
 * U+XXXX, at most 40 characters.
 * @param text - the value
 * @returns text safe to show
 */
export function quoteValue(text: string): string {
	const chars = Array.from(text);
	const shown = chars
		.slice(0, 40)
		.map((char) =>
			/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(char)
				? `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
				: char,
		)
		.join('');
	return chars.length > 40 ? `${shown}…` : shown;
}

/**
 * Checks an imported progress file against its shape before anything is stored: a plain object
 * with format, version and `roles`, an object (not a list) of known role ids, each a list of milestone
 * ids. What does not fit is left out and listed; nothing else is kept.
 * @param text - the file's contents
 * @param knownRoles - the site's role ids; `null` accepts any well-formed id (the browser's own storage)
 * @returns the progress to keep and what was ignored
 * @throws Error whose `cause` is a ProgressFileProblem when the file is not a progress file at all
 */
export function checkProgressFile(
	text: string,
	knownRoles: ReadonlySet<string> | null,
): CheckedProgress {
	const refuse = (problem: ProgressFileProblem, message: string) =>
		new Error(message, { cause: problem });
	if (text.length > MAX_PROGRESS_FILE_BYTES)
		throw refuse('too-large', 'That file is too large to be a Rolemap progress file.');
	let data: unknown;
	try {
		// A byte-order mark (a file saved by some Windows editors) is not part of the JSON.
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		throw refuse('json', 'That file is not a Rolemap progress file (it is not JSON).');
	}
	if (!isObject(data) || data['format'] !== 'rolemap-progress' || data['version'] !== 1)
		throw refuse('format', 'That file is not a Rolemap progress file.');
	const listed = data['roles'];
	if (Array.isArray(listed))
		throw refuse('roles-list', 'That file is not a Rolemap progress file: its roles are a list.');
	if (!isObject(listed)) throw refuse('format', 'That file is not a Rolemap progress file.');

	const roles = emptyRoles();
	const ignored: IgnoredEntry[] = [];
	for (const [role, ids] of Object.entries(listed)) {
		const shown = quoteValue(role);
		if (RESERVED_KEYS.has(role)) ignored.push({ reason: 'reserved', role: shown });
		else if (knownRoles ? !knownRoles.has(role) : !ROLE_ID.test(role))
			ignored.push({ reason: 'unknown-role', role: shown });
		else if (!Array.isArray(ids)) ignored.push({ reason: 'not-a-list', role: shown });
		else {
			const kept = new Set<string>();
			for (const id of ids as unknown[]) {
				if (typeof id === 'string' && MILESTONE_ID.test(id)) kept.add(id);
				else
					ignored.push({
						reason: 'not-a-milestone',
						role: shown,
						value: quoteValue(JSON.stringify(id)),
					});
			}
			roles[role] = [...kept];
		}
	}
	return { file: { format: 'rolemap-progress', version: 1, roles }, ignored };
}

/**
 * Reads progress as this browser stored it (no role list at hand): the same checks, any role id.
 * @param text - the stored JSON
 * @returns the progress it holds
 * @throws Error with a reader-facing message when it is not a Rolemap progress file
 */
export function parseProgressFile(text: string): ProgressFile {
	return checkProgressFile(text, null).file;
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
