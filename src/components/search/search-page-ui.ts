/**
 * The search page's script (/search/): reads the query and filters from the address, shows instant
 * results from the catalogue's index at once and Pagefind's full-text results below, and keeps the
 * address in step so a search can be shared and the back button works. Without JavaScript the form
 * still submits and the page says where to look.
 */
import { instantResultsOffThread } from './instant-offthread';
import {
	fullTextView,
	loadPagefind,
	resultItem,
	searchResults,
	type PagefindResult,
	type ResultView,
} from './pagefind';
import {
	hasSearch,
	parseSearchState,
	searchStateToQuery,
	toPagefindOptions,
	type SearchState,
} from '../../lib/search-state';
import {
	countText,
	fill as fillTemplate,
	pageLang,
	plural,
	readStrings,
} from '../../i18n/client/strings';

// This page loads Pagefind with itself: its WebAssembly runs on a worker, so taps stay quick.

const form = document.getElementById('search-form') as HTMLFormElement;
const status = document.getElementById('search-status') as HTMLElement;
const suggestLink = document.getElementById('search-suggest') as HTMLAnchorElement;
const suggest = new URL(suggestLink.href);
const list = document.getElementById('search-results') as HTMLOListElement;
const listNext = document.getElementById('search-results-next') as HTMLButtonElement;
const moreHeading = document.getElementById('search-more-heading') as HTMLElement;
const moreList = document.getElementById('search-more') as HTMLOListElement;
const moreNext = document.getElementById('search-more-next') as HTMLButtonElement;
/** Results drawn at a time: each full-text one costs a fragment to fetch and unpack. */
const PAGE = 20;
const input = form.elements.namedItem('q') as HTMLInputElement;
const strings = readStrings<string>(form);
let latest = 0;

/** One of the page's strings with its `{values}` filled in. */
const say = (name: string, values: Record<string, string> = {}): string =>
	fillTemplate(strings[name], values);
/** One of the page's "one|other" strings for a count. */
const counted = (name: string, n: number): string => plural(strings[name], n);

const fromForm = (): SearchState =>
	parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

function fill(state: SearchState): void {
	input.value = state.q;
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
		const chosen = box.name === 'type' ? state.types : state.tracks;
		box.checked = chosen.includes(box.value);
	}
	(form.elements.namedItem('skill') as HTMLSelectElement).value = state.skills[0] ?? '';
	(form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
}

/** What the lists hold for the current search; a new search replaces it. */
interface Shown {
	state: SearchState;
	/** Every instant result, the first `drawn` of them in the list. */
	instant: ResultView[];
	drawn: number;
	/** Full-text results not loaded yet, and how many pages the full text matched. */
	pending: PagefindResult[];
	fullText: number;
}
let shown: Shown | undefined;

function sayFound({ state, instant, drawn, fullText }: Shown): void {
	const query = state.q ? say('query', { query: state.q }) : '';
	if (instant.length === 0) {
		status.textContent =
			fullText === 0
				? say('none', { query })
				: say('fullTextOnly', { count: counted('results', fullText), query });
		return;
	}
	const values = {
		count: counted('results', instant.length),
		query,
		shown: countText(drawn, pageLang()),
		pages: counted('pages', fullText),
	};
	const truncated = drawn < instant.length;
	if (fullText === 0) status.textContent = say(truncated ? 'foundFirst' : 'found', values);
	else status.textContent = say(truncated ? 'foundFirstMore' : 'foundMore', values);
}

/** Draws the next page of instant results; they are all in memory already. */
function drawInstant(current: Shown): HTMLLIElement[] {
	const items = current.instant
		.slice(current.drawn, current.drawn + PAGE)
		.map((result) => resultItem(result, 'h3'));
	list.append(...items);
	current.drawn += items.length;
	listNext.hidden = current.drawn >= current.instant.length;
	return items;
}

/**
 * Loads and draws the next full-text results, leaving out pages the instant list holds, until a
 * page of them is drawn or none are left.
 */
async function drawFullText(current: Shown): Promise<HTMLLIElement[]> {
	const listed = new Set(current.instant.map((result) => result.url));
	const items: HTMLLIElement[] = [];
	moreNext.disabled = true;
	try {
		while (items.length < PAGE && current.pending.length > 0) {
			const batch = current.pending.splice(0, PAGE - items.length);
			const loaded = await Promise.all(batch.map((result) => result.data()));
			if (current !== shown) return [];
			for (const result of loaded)
				if (!listed.has(result.url))
					items.push(resultItem(fullTextView(result, current.state.q), 'h3'));
		}
	} finally {
		// Offline, a fragment fails to load: what did load is drawn and the button stays usable.
		if (current === shown) {
			moreList.append(...items);
			moreHeading.hidden = moreList.childElementCount === 0;
			moreNext.hidden = current.pending.length === 0;
			moreNext.disabled = false;
		}
	}
	return items;
}

/** Moves focus to the first result a "show more" button added, so keyboard readers go on from there. */
const focusFirst = (items: HTMLLIElement[]) => items[0]?.querySelector('a')?.focus();
listNext.addEventListener('click', () => {
	if (shown) focusFirst(drawInstant(shown));
	if (shown) sayFound(shown);
});
moreNext.addEventListener('click', () => {
	const current = shown;
	if (current) void drawFullText(current).then(focusFirst);
});

// Titles, aliases and topics answer at once from the instant index; Pagefind's full-text
// matches are added below them when ready, so the first list never moves.
async function show(state: SearchState): Promise<void> {
	const ticket = ++latest;
	shown = undefined;
	list.replaceChildren();
	moreList.replaceChildren();
	listNext.hidden = moreNext.hidden = moreHeading.hidden = true;
	// The "suggest a role" form opens with what the reader searched for.
	suggest.searchParams.set('searched', state.q);
	suggestLink.href = suggest.href;
	if (!hasSearch(state)) {
		status.textContent = say('empty');
		return;
	}
	status.textContent = say('searching');
	let instant: ResultView[] = [];
	try {
		// This list is sorted and counted as a whole: it waits for every file of the index. It is
		// found on a worker, so a page opened with a query paints and answers taps meanwhile.
		instant = (await instantResultsOffThread(state.q, state, { whole: true }))?.results ?? [];
	} catch {
		// Without the instant index the full text still answers.
	}
	if (ticket !== latest) return;
	const current: Shown = { state, instant, drawn: 0, pending: [], fullText: 0 };
	shown = current;
	drawInstant(current);
	if (instant.length > 0) sayFound(current);

	try {
		await fullTextWanted();
		if (current !== shown) return;
		current.pending = await searchResults(state.q || null, toPagefindOptions(state));
		current.fullText = current.pending.length;
	} catch {
		// Offline or blocked: the instant results stand on their own.
	}
	if (current !== shown) return;
	await drawFullText(current);
	if (current !== shown) return;
	sayFound(current);
}

// Each change is a new history entry, so Back returns to the previous search.
function commit(push: boolean): void {
	const state = fromForm();
	const query = searchStateToQuery(state);
	const url = `${location.pathname}${query ? `?${query}` : ''}`;
	if (push) history.pushState(null, '', url);
	else history.replaceState(null, '', url);
	void show(state);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
let typingEntry = false;
input.addEventListener('input', () => {
	clearTimeout(typingTimer);
	typingTimer = setTimeout(() => {
		// The first keystroke of a new query starts an entry; the rest refine it in place.
		commit(!typingEntry);
		typingEntry = true;
	}, 150);
});
form.addEventListener('change', (event) => {
	if (event.target === input) return;
	typingEntry = false;
	commit(true);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	typingEntry = false;
	commit(true);
});
window.addEventListener('popstate', () => {
	const state = parseSearchState(new URLSearchParams(location.search));
	fill(state);
	void show(state);
});

// Pagefind (~110 KB and a WebAssembly module to compile) loads when the reader gets within a
// screen of the end of the instant results: at once when they are few, never for a reader who
// finds what they want among the first ones.
const nearEnd = document.getElementById('search-more-near') as HTMLElement;
let waiting: IntersectionObserver | undefined;
/** Resolves once the end of the instant results, as just drawn, is within a screen of view. */
const fullTextWanted = (): Promise<void> =>
	new Promise((done) => {
		waiting?.disconnect();
		// A new observer's first report comes after the next layout, so it sees the list just drawn.
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				void loadPagefind().catch(() => undefined);
				done();
			},
			{ rootMargin: '100% 0px' },
		);
		waiting = observer;
		observer.observe(nearEnd);
	});

const initial = parseSearchState(new URLSearchParams(location.search));
fill(initial);
void show(initial);
