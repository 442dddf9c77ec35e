/**
 * Instant search on a worker thread, for the search dialog and the search page alike. Fetching the
 * instant index, splitting its text into words and matching each key's partial word against every
 * word of it cost a phone's main thread 200–300 ms a keystroke at 1,000 roles; here that work runs
 * beside the page, which only draws the answers and stays free to take the next key.
 *
 * A question answered while newer ones wait is answered as superseded, not searched: a reader typing
 * "kubernetes" in one burst costs one search, not ten.
 */
import {
	instantSearch,
	type InstantFilters,
	type InstantHit,
	type InstantIndex,
	type NoteWords,
} from '../../lib/instant-search';
import { addRoleFiles, fetchInstantIndex } from './instant-files';

/**
 * What the page asks: a query over the index at `index` (a path in the page's language). `whole`
 * waits for every file of roles (the search page counts and sorts them all); otherwise the answer
 * comes from the roles that have arrived, and the page is told when more have.
 */
export interface InstantQuestion {
	id: number;
	index: string;
	query: string;
	filters: InstantFilters;
	notes: NoteWords;
	whole?: boolean;
	/**
	 * Send only the best `take` roles and the best `take` other hits (the dialog shows five of each),
	 * so a query that matches a thousand roles does not send a thousand to the page. `total` counts all.
	 */
	take?: number;
}

/** A hit as plain data, with whether its page is in the index's language. */
export type WorkerHit = InstantHit & { untranslated: boolean };

/**
 * The worker's answer to one question: its hits, why there are none, or that a newer question came
 * first. `{ grown }` is not an answer: more roles of the index at that path have arrived.
 */
export type InstantAnswer =
	| { id: number; hits: WorkerHit[]; total: number }
	| { id: number; error: string }
	| { id: number; superseded: true };

/** A message from the worker: an answer, or word that the index at `grown` has more roles. */
export type WorkerMessage = InstantAnswer | { grown: string };

/** An index as the worker holds it: the first file, and the promise of all of it. */
interface Held {
	first: Promise<InstantIndex>;
	whole: Promise<InstantIndex>;
}

/**
 * Loads an index: its first file, then its further files of roles in the background.
 * @param path - e.g. /search-index.json or /es/search-index.json
 * @param grown - called each time more roles have been added
 * @returns both stages
 */
function loadIndex(path: string, grown: () => void): Held {
	const first = fetchInstantIndex(path);
	return { first, whole: first.then((index) => addRoleFiles(index, path, grown)) };
}

const held = new Map<string, Held>();

/**
 * Answers one question. Exported for the unit tests, which call it without a worker.
 * @param question - the query, its filters and the words of its notes
 * @param load - loads an index by path (the worker fetches it)
 * @returns the answer to post back
 */
export async function answer(
	question: InstantQuestion,
	load: (path: string) => Held | Promise<InstantIndex> = (path) => loadIndex(path, () => {}),
): Promise<InstantAnswer> {
	const { id, index: path } = question;
	let index = held.get(path);
	if (!index) {
		const loaded = load(path);
		index = loaded instanceof Promise ? { first: loaded, whole: loaded } : loaded;
		held.set(path, index);
		// A failed fetch (offline, say) is tried again by the next question.
		index.first.catch(() => held.delete(path));
	}
	try {
		const searched = await (question.whole ? index.whole : index.first);
		const translated = searched.translated && new Set(searched.translated);
		const hits = instantSearch(searched, question.query, question.filters, question.notes);
		const { take } = question;
		const sent =
			take === undefined
				? hits
				: [
						...hits.filter((hit) => hit.type === 'role').slice(0, take),
						...hits.filter((hit) => hit.type !== 'role').slice(0, take),
					];
		// Titles and notes are worked out as they are read: spread here, they travel as plain data.
		return {
			id,
			total: hits.length,
			hits: sent.map((hit) => ({
				...hit,
				untranslated: translated ? !translated.has(hit.url) : false,
			})),
		};
	} catch (error) {
		return { id, error: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * Takes questions as they arrive and answers only the newest of those waiting: the others are
 * answered as superseded. Questions that arrive while one is searched wait for the next turn.
 * Exported for the unit tests.
 * @param reply - posts an answer
 * @param respond - answers one question
 * @param turn - waits for the messages already queued to arrive (a macrotask in the worker)
 * @returns the function to call with each question
 */
export function questionQueue(
	reply: (message: InstantAnswer) => void,
	respond: (question: InstantQuestion) => Promise<InstantAnswer> = (q) => answer(q),
	turn: () => Promise<void> = () => new Promise((done) => setTimeout(done, 0)),
): (question: InstantQuestion) => void {
	const waiting: InstantQuestion[] = [];
	let busy = false;
	const drain = async () => {
		busy = true;
		while (waiting.length > 0) {
			await turn();
			const newest = waiting.pop();
			for (const old of waiting.splice(0)) reply({ id: old.id, superseded: true });
			if (newest) reply(await respond(newest));
		}
		busy = false;
	};
	return (question) => {
		waiting.push(question);
		if (!busy) void drain();
	};
}

// In a worker, answer the page's questions; imported elsewhere (the unit tests), do nothing.
const scope = globalThis as unknown as {
	WorkerGlobalScope?: abstract new () => unknown;
	addEventListener(type: 'message', listener: (event: MessageEvent<InstantQuestion>) => void): void;
	postMessage(message: WorkerMessage): void;
};
if (scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope) {
	const ask = questionQueue(
		(message) => {
			scope.postMessage(message);
		},
		(question) =>
			answer(question, (path) =>
				loadIndex(path, () => {
					scope.postMessage({ grown: path });
				}),
			),
	);
	scope.addEventListener('message', (event) => {
		ask(event.data);
	});
}
