/**
 * The browser side of instant search: fetches /search-index.json once, when search is about to be
 * used, and turns its hits into the views the result lists draw.
 */
import {
	instantSearch,
	prepareIndex,
	type InstantFilters,
	type InstantIndex,
} from '../../lib/instant-search';
import { indefiniteArticle } from '../../lib/roadmap';
import type { ResultView } from './pagefind';
import { inPageLang, loadStrings, strings } from '../../i18n/client/page-strings';

let index: Promise<InstantIndex> | undefined;

/**
 * The instant index, fetched once per page.
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
			return loaded;
		},
	);
	// A failed fetch may be retried on the next keystroke.
	index.catch(() => (index = undefined));
	return index;
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
	const s = strings().search;
	return instantSearch(loaded, query, filters, s).map((hit) => ({
		type: hit.type,
		// The index names pages by their default-language paths.
		url: inPageLang(hit.url),
		// In a translated index, a page missing from its list is shown in English.
		lang: loaded.translated && !loaded.translated.includes(hit.url) ? 'en' : undefined,
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
	}));
}
