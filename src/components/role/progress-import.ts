/**
 * Importing a progress file: loaded only when a reader picks one. The file is checked against its
 * shape and the site's role ids (src/lib/progress.ts) before anything is stored, and the message says
 * what was left out and why, in the page's language.
 */
import {
	checkProgressFile,
	MAX_PROGRESS_FILE_BYTES,
	type CheckedProgress,
	type IgnoredEntry,
} from '../../lib/progress-file';
import type { ClientStrings } from '../../i18n/client/page-strings';
import { loadToolData } from '../tools/tools-data';

export { mergeProgress, ticksLostByReplacing } from '../../lib/progress-file';

type Says = ClientStrings['progressStatus'];

/** How many ignored entries a message names before "and N more". */
const NAMED = 3;

/**
 * One ignored entry as the message names it.
 * @param t - the page's progress messages
 * @param entry - the entry
 * @returns e.g. 'unknown role “x”'
 */
export function ignoredReason(t: Says, entry: IgnoredEntry): string {
	switch (entry.reason) {
		case 'reserved':
			return t.ignoredReserved(entry.role);
		case 'unknown-role':
			return t.ignoredUnknownRole(entry.role);
		case 'not-a-list':
			return t.ignoredNotList(entry.role);
		case 'not-a-milestone':
			return t.ignoredNotMilestone(entry.value, entry.role);
	}
}

/**
 * What the page says after an import: what it added (or that it replaced), then what it ignored.
 * @param t - the page's progress messages
 * @param outcome - ticks added, whether the reader chose to replace, and the ignored entries
 * @returns the message
 */
export function importMessage(
	t: Says,
	outcome: { added: number; replaced: boolean; ignored: readonly IgnoredEntry[] },
): string {
	const done = outcome.replaced ? t.replaced : t.imported(outcome.added);
	const { ignored } = outcome;
	if (ignored.length === 0) return done;
	const named = ignored.slice(0, NAMED).map((entry) => ignoredReason(t, entry));
	const more = ignored.length - named.length;
	return `${done} ${t.ignored(ignored.length, named.join(', ') + (more ? ` ${t.ignoredMore(more)}` : ''))}`;
}

/**
 * The message for a file refused as a whole.
 * @param t - the page's progress messages
 * @param error - what checkProgressFile threw
 * @returns the message
 */
export function refusalMessage(t: Says, error: unknown): string {
	const cause = (error as Error | undefined)?.cause;
	if (cause === 'json') return t.notJson;
	if (cause === 'roles-list') return t.rolesList;
	if (cause === 'too-large') return t.tooLarge;
	if (cause === 'no-roles') return t.noRoleList;
	return t.notProgress;
}

/**
 * Reads and checks a chosen file against the site's role ids.
 * @param file - the file the reader chose
 * @returns the checked progress
 * @throws Error with cause 'no-roles' when the role list cannot load, or checkProgressFile's errors
 */
export async function readProgressImport(file: Blob): Promise<CheckedProgress> {
	if (file.size > MAX_PROGRESS_FILE_BYTES) throw new Error('too large', { cause: 'too-large' });
	const text = await file.text();
	const roles = await loadToolData().catch(() => {
		throw new Error('role list unavailable', { cause: 'no-roles' });
	});
	return checkProgressFile(text, new Set(roles.roles.map((role) => role.id)));
}
