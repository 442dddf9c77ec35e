/**
 * The search page's instant search, on a worker thread: fetching the instant index (every file of
 * it), splitting its text into words and searching it cost the page's thread tens of milliseconds on
 * a phone, right as the page loads with a query. Here that work runs beside the page, which only
 * draws the answers. The search dialog keeps it on the page: it searches a few words a reader types,
 * and a worker would be another script and thread to start before the first result.
 */
import {
	instantSearch,
	type InstantFilters,
	type InstantHit,
	type InstantIndex,
	type NoteWords,
} from '../../lib/instant-search';
import { addRoleFiles, fetchInstantIndex } from './instant-files';

/** What the page asks: a query over the index at `index` (a path in the page's language). */
export interface InstantQuestion {
	id: number;
	index: string;
	query: string;
	filters: InstantFilters;
	notes: NoteWords;
}

/** A hit as plain data, with whether its page is in the index's language. */
export type WorkerHit = InstantHit & { untranslated: boolean };

/** The worker's answer to one question: its hits, or why there are none. */
export type InstantAnswer = { id: number; hits: WorkerHit[] } | { id: number; error: string };

/**
 * The index at a path with every further file of roles added, as the page adds them.
 * @param path - e.g. /search-index.json or /es/search-index.json
 * @returns the whole index
 */
async function loadWhole(path: string): Promise<InstantIndex> {
	return addRoleFiles(await fetchInstantIndex(path), path);
}

const loaded = new Map<string, Promise<InstantIndex>>();

/**
 * Answers one question. Exported for the unit tests, which call it without a worker.
 * @param question - the query, its filters and the words of its notes
 * @param load - loads an index by path (the worker fetches it)
 * @returns the answer to post back
 */
export async function answer(
	question: InstantQuestion,
	load: (path: string) => Promise<InstantIndex> = loadWhole,
): Promise<InstantAnswer> {
	const { id, index: path } = question;
	let index = loaded.get(path);
	if (!index) {
		index = load(path);
		loaded.set(path, index);
		// A failed fetch (offline, say) is tried again by the next question.
		index.catch(() => loaded.delete(path));
	}
	try {
		const whole = await index;
		const translated = whole.translated && new Set(whole.translated);
		const hits = instantSearch(whole, question.query, question.filters, question.notes);
		// Titles and notes are worked out as they are read: spread here, they travel as plain data.
		return {
			id,
			hits: hits.map((hit) => ({
				...hit,
				untranslated: translated ? !translated.has(hit.url) : false,
			})),
		};
	} catch (error) {
		return { id, error: error instanceof Error ? error.message : String(error) };
	}
}

// In a worker, answer the page's questions; imported elsewhere (the unit tests), do nothing.
const scope = globalThis as unknown as {
	WorkerGlobalScope?: abstract new () => unknown;
	addEventListener(type: 'message', listener: (event: MessageEvent<InstantQuestion>) => void): void;
	postMessage(message: InstantAnswer): void;
};
if (scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope) {
	scope.addEventListener('message', (event) => {
		void answer(event.data).then((reply) => {
			scope.postMessage(reply);
		});
	});
}
