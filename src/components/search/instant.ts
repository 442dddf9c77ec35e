/**
 * The browser side of instant search: fetches /search-index.json once, when search is about to be
 * used (and, for a large catalogue, the files of further roles after it), and turns its hits into
 * the views the result lists draw.
 */
import {
	addRoles,
	instantSearch,
	prepareIndex,
	type InstantFilters,
	type InstantHit,
	type InstantIndex,
	type InstantShard,
	type NoteWords,
} from '../../lib/instant-search';
import type { InstantAnswer, InstantQuestion } from './instant-worker';
import { indefiniteArticle } from '../../lib/roadmap';
import type { ResultView } from './pagefind';
import { inPageLang, loadStrings, strings } from '../../i18n/client/page-strings';

let index: Promise<InstantIndex> | undefined;
let whole: Promise<InstantIndex> | undefined;
const growth = new Set<() => void>();

/**
 * The instant index, fetched once per page. It resolves with the first file, which answers at once;
 * a large catalogue's further roles arrive after it (see loadWholeIndex and onIndexGrowth).
 * @returns the index
 */
export function loadInstantIndex(): Promise<InstantIndex> {
	// Results are drawn in the page's language: its strings come with the index.
	index ??= Promise.all([fetch(inPageLang('/search-index.json')), loadStrings()]).then(
		async ([response]) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			const loaded = (await response.json()) as InstantIndex;
			// Splitting every title into words happens now, not at the reader's first keystroke, in short
			// tasks that leave the page free to answer taps and paint.
			await prepareIndex(loaded);
			whole = addShards(loaded);
			return loaded;
		},
	);
	// A failed fetch may be retried on the next keystroke.
	index.catch(() => (index = undefined));
	return index;
}

/** Fetches the further files side by side and adds each one's roles in order as soon as it can. */
async function addShards(loaded: InstantIndex): Promise<InstantIndex> {
	const files = Array.from({ length: loaded.shards ?? 0 }, (_, n) =>
		fetch(inPageLang(`/search-index-${n + 1}.json`)).then((response) =>
			response.ok ? (response.json() as Promise<InstantShard>) : undefined,
		),
	);
	for (const file of files) {
		// Offline, a file that never came leaves the roles the others hold.
		const shard = await file.catch(() => undefined);
		if (!shard) continue;
		addRoles(loaded, shard.roles);
		for (const listener of growth) listener();
	}
	return loaded;
}

/**
 * The instant index with every role in it, for a list that is sorted or counted as a whole.
 * @returns the index once all its files have arrived (or failed)
 */
export async function loadWholeIndex(): Promise<InstantIndex> {
	await loadInstantIndex();
	return whole ?? loadInstantIndex();
}

/**
 * Calls back each time more roles have arrived, so results drawn from the first file can be drawn again.
 * @param listener - called with no arguments
 */
export function onIndexGrowth(listener: () => void): void {
	growth.add(listener);
}

/** A hit as the worker sends it, or as the page found it, with whether its page is translated. */
type FoundHit = InstantHit & { untranslated: boolean };

/** One hit as the result lists draw it, in the page's language. */
function viewOf(hit: FoundHit): ResultView {
	const s = strings().search;
	return {
		type: hit.type,
		// The index names pages by their default-language paths.
		url: inPageLang(hit.url),
		// In a translated index, a page missing from its list is shown in English.
		lang: hit.untranslated ? 'en' : undefined,
		// Role pages are titled "How to become a …", as the full-text results show them.
		title:
			hit.type === 'role'
				? [
						{
							text: s.becomeRole(
								indefiniteArticle(hit.title.map((segment) => segment.text).join('')),
							),
						},
						...hit.title,
					]
				: hit.title,
		track: hit.track,
		pay: hit.pay,
		months: hit.months,
		note: hit.note,
	};
}

/** The words of result notes in the page's language, as plain data a worker can be sent. */
function noteWords(): NoteWords {
	const { needs, uses, topic, alsoCalled } = strings().search;
	return { needs, uses, topic, alsoCalled };
}

/**
 * Instant results for a query, best first.
 * @param loaded - the instant index
 * @param query - what the reader typed
 * @param filters - types, tracks, skills and sort
 * @returns results to draw
 */
export function instantResults(
	loaded: InstantIndex,
	query: string,
	filters: InstantFilters = {},
): ResultView[] {
	return instantSearch(loaded, query, filters, noteWords()).map((hit) =>
		viewOf({
			...hit,
			untranslated: Boolean(loaded.translated && !loaded.translated.includes(hit.url)),
		}),
	);
}

let worker: Worker | undefined;
/** Set once the worker could not start or broke: the page searches on its own from then on. */
let noWorker = typeof Worker === 'undefined';
let asked = 0;
const waiting = new Map<number, (answer: InstantAnswer | undefined) => void>();

/** The search page's worker, started on first use; undefined where workers cannot start. */
function searchWorker(): Worker | undefined {
	if (worker || noWorker) return worker;
	try {
		worker = new Worker(new URL('./instant-worker.ts', import.meta.url), { type: 'module' });
	} catch {
		noWorker = true;
		return undefined;
	}
	worker.addEventListener('message', (event: MessageEvent<InstantAnswer>) => {
		waiting.get(event.data.id)?.(event.data);
		waiting.delete(event.data.id);
	});
	// A worker that fails to start or breaks leaves every question to the page's own search.
	const broken = () => {
		noWorker = true;
		worker?.terminate();
		worker = undefined;
		for (const done of waiting.values()) done(undefined);
		waiting.clear();
	};
	worker.addEventListener('error', broken);
	worker.addEventListener('messageerror', broken);
	return worker;
}

/**
 * Instant results for a query over the whole index (every file of roles), found on a worker thread
 * so the page stays free to paint and answer taps; where no worker can run, found on the page.
 * @param query - what the reader typed
 * @param filters - types, tracks, skills and sort
 * @returns results to draw
 */
export async function instantResultsOffThread(
	query: string,
	filters: InstantFilters = {},
): Promise<ResultView[]> {
	await loadStrings();
	const thread = searchWorker();
	if (thread) {
		const id = ++asked;
		const reply = await new Promise<InstantAnswer | undefined>((done) => {
			waiting.set(id, done);
			const question: InstantQuestion = {
				id,
				index: inPageLang('/search-index.json'),
				query,
				// Filters come from the page's state object: copied, they travel as plain data.
				filters: {
					types: [...(filters.types ?? [])],
					tracks: [...(filters.tracks ?? [])],
					skills: [...(filters.skills ?? [])],
					...(filters.sort ? { sort: filters.sort } : {}),
				},
				notes: noteWords(),
			};
			thread.postMessage(question);
		});
		if (reply && 'hits' in reply) return reply.hits.map(viewOf);
		if (reply) throw new Error(reply.error);
	}
	return instantResults(await loadWholeIndex(), query, filters);
}
