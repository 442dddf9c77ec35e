/**
 * The browser side of instant search: fetches /search-index.json once, when search is about to be
 * used (and, for a large catalogue, the files of further roles after it), and turns its hits into
 * the views the result lists draw.
 */
import {
	instantSearch,
	prepareIndex,
	type InstantFilters,
	type InstantHit,
	type InstantIndex,
	type NoteWords,
} from '../../lib/instant-search';
import { addRoleFiles, fetchInstantIndex } from './instant-files';
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
	const path = inPageLang('/search-index.json');
	index ??= Promise.all([fetchInstantIndex(path), loadStrings()]).then(async ([loaded]) => {
		// Splitting every title into words happens now, not at the reader's first keystroke, in short
		// tasks that leave the page free to answer taps and paint.
		await prepareIndex(loaded);
		whole = addRoleFiles(loaded, path, () => {
			for (const listener of growth) listener();
		});
		return loaded;
	});
	// A failed fetch may be retried on the next keystroke.
	index.catch(() => (index = undefined));
	return index;
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
export function viewOf(hit: FoundHit): ResultView {
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
export function noteWords(): NoteWords {
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
	const translated = loaded.translated && new Set(loaded.translated);
	return instantSearch(loaded, query, filters, noteWords()).map((hit) =>
		viewOf({ ...hit, untranslated: translated ? !translated.has(hit.url) : false }),
	);
}
