/**
 * Offline reading: the names the service worker and the page share, and the reader's list of
 * roadmaps saved for offline (kept in localStorage, beside milestone progress).
 */

import { basePath } from '../i18n/languages.ts';

/** Cache Storage names; the service worker (src/integrations/offline.ts) and the page both use them. */
export const OFFLINE_CACHES = {
	/** Every page the reader opens, newest 60. */
	pages: 'rolemap-pages',
	/** Pages saved with "Save for offline", and the scripts they were saved with. */
	saved: 'rolemap-saved',
	/** Pagefind's files, kept when search is first used. */
	search: 'rolemap-search',
	/** Built files of another deploy than the worker's own. */
	assets: 'rolemap-assets',
} as const;

/** The localStorage key of the saved list. */
export const SAVED_KEY = 'rolemap-saved';

/** One roadmap saved for offline. */
export interface SavedEntry {
	/** The role page, e.g. "/roles/backend-engineer/". */
	url: string;
	/** What the list shows, e.g. "Backend Engineer". */
	title: string;
	/** Every page stored with it: the role page, its skill pages and its essays. */
	pages: string[];
	/** The scripts (and the skill graph) the pages were saved with; a new deploy renames the scripts. */
	assets: string[];
	/** When it was saved, ISO 8601. */
	saved: string;
}

const isPath = (value: unknown): value is string =>
	typeof value === 'string' && /^\/(?!\/)[\w./-]*$/.test(value);

/**
 * Reads the saved list, dropping anything that is not a well-formed entry.
 * @param text - the stored JSON, or null when nothing is stored
 * @returns the entries, newest first
 */
export function parseSaved(text: string | null): SavedEntry[] {
	let data: unknown;
	try {
		data = JSON.parse(text ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(data)) return [];
	return data.flatMap((item: Partial<Record<keyof SavedEntry, unknown>> | null) => {
		if (
			!isPath(item?.url) ||
			typeof item.title !== 'string' ||
			typeof item.saved !== 'string' ||
			!Array.isArray(item.pages) ||
			!Array.isArray(item.assets)
		)
			return [];
		return [
			{
				url: item.url,
				title: item.title,
				pages: item.pages.filter(isPath),
				assets: item.assets.filter(isPath),
				saved: item.saved,
			},
		];
	});
}

/**
 * The list with an entry added, or replaced when its page was saved before.
 * @param list - the current list
 * @param entry - the new entry
 * @returns the new list, newest first
 */
export function withEntry(list: readonly SavedEntry[], entry: SavedEntry): SavedEntry[] {
	return [entry, ...list.filter((other) => other.url !== entry.url)];
}

/**
 * The list without one entry, and the stored files no remaining entry needs (two roadmaps often
 * share skill pages, which stay while either is saved).
 * @param list - the current list
 * @param url - the entry's role page
 * @returns the new list and the URLs to delete from the cache
 */
export function withoutEntry(
	list: readonly SavedEntry[],
	url: string,
): { list: SavedEntry[]; unused: string[] } {
	const kept = list.filter((entry) => entry.url !== url);
	const removed = list.find((entry) => entry.url === url);
	const stillUsed = new Set(kept.flatMap((entry) => [...entry.pages, ...entry.assets]));
	const unused = removed
		? [...new Set([...removed.pages, ...removed.assets])].filter((path) => !stillUsed.has(path))
		: [];
	return { list: kept, unused };
}

/** The words that describe a saved roadmap, in the page's language. */
export interface SavedWords {
	/** "the role" */
	role: string;
	/** "9 skill pages" */
	skills: (n: number) => string;
	/** "2 essays" */
	essays: (n: number) => string;
	/** " and ", between the last two parts */
	and: string;
}

const ENGLISH: SavedWords = {
	role: 'the role',
	skills: (n) => `${n} skill page${n === 1 ? '' : 's'}`,
	essays: (n) => `${n} essay${n === 1 ? '' : 's'}`,
	and: ' and ',
};

/**
 * What a saved roadmap holds, in words: "the role, 9 skill pages and 2 essays". Pages in any language
 * count ("/es/skills/x/" is a skill page).
 * @param pages - the pages stored with it
 * @param words - the words, in the page's language
 * @returns the phrase
 */
export function describeSaved(pages: readonly string[], words: SavedWords = ENGLISH): string {
	const count = (prefix: string) =>
		pages.filter((page) => basePath(page).startsWith(prefix)).length;
	const parts = [words.role];
	const skills = count('/skills/');
	const essays = count('/essays/');
	if (skills > 0) parts.push(words.skills(skills));
	if (essays > 0) parts.push(words.essays(essays));
	return parts.length === 1
		? words.role
		: `${parts.slice(0, -1).join(', ')}${words.and}${parts.at(-1)}`;
}
