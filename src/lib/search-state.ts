/** What the search page is showing: the query, the chosen facets and the sort. */
export interface SearchState {
	q: string;
	types: string[];
	tracks: string[];
	skills: string[];
	sort: '' | 'pay' | 'months';
}

/** Content types a result can have, in the order the facets list them. */
export const RESULT_TYPES = ['role', 'skill', 'project', 'essay'] as const;

const SORTS = new Set(['pay', 'months']);

/**
 * Reads the search state from a URL query, ignoring anything it does not recognise.
 * @param params - the page's query, e.g. `?q=k8s&type=role&track=Data+%26+AI`
 * @returns the state it describes
 */
export function parseSearchState(params: URLSearchParams): SearchState {
	const sort = params.get('sort') ?? '';
	return {
		q: (params.get('q') ?? '').trim(),
		types: params
			.getAll('type')
			.filter((type) => (RESULT_TYPES as readonly string[]).includes(type)),
		tracks: params.getAll('track').filter(Boolean),
		skills: params.getAll('skill').filter(Boolean),
		sort: SORTS.has(sort) ? (sort as SearchState['sort']) : '',
	};
}

/**
 * The URL query for a state, so a search can be shared and restored. Empty parts are left out.
 * @param state - what the page shows
 * @returns the query string without "?", e.g. "q=k8s&type=role"
 */
export function searchStateToQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const type of state.types) params.append('type', type);
	for (const track of state.tracks) params.append('track', track);
	for (const skill of state.skills) params.append('skill', skill);
	if (state.sort) params.set('sort', state.sort);
	return params.toString();
}

/** Options in the shape Pagefind's `search()` takes. */
export interface PagefindOptions {
	filters: Record<string, string | { any: string[] } | string[]>;
	sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * Pagefind filters and sort for a state: any of the chosen types, any of the chosen tracks, all
 * of the chosen skills; highest pay first or quickest to ready first.
 * @param state - what the page shows
 * @returns options for Pagefind's `search()`
 */
export function toPagefindOptions(state: SearchState): PagefindOptions {
	const filters: PagefindOptions['filters'] = {};
	if (state.types.length > 0) filters['type'] = { any: state.types };
	if (state.tracks.length > 0) filters['track'] = { any: state.tracks };
	if (state.skills.length > 0) filters['skill'] = state.skills;
	if (state.sort === 'pay') return { filters, sort: { pay: 'desc' } };
	if (state.sort === 'months') return { filters, sort: { months: 'asc' } };
	return { filters };
}

/**
 * Whether the state asks for anything: a query or at least one facet.
 * @param state - what the page shows
 * @returns true when there is something to search for
 */
export function hasSearch(state: SearchState): boolean {
	return state.q !== '' || state.types.length + state.tracks.length + state.skills.length > 0;
}
