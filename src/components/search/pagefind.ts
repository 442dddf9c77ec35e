/**
 * The browser side of search: loads Pagefind's own small API (`/pagefind/pagefind.js`, written by the
 * build) on first use, and turns its results into DOM without trusting any HTML in them.
 */

import type { Segment } from '../../lib/instant-search';
import { excerpt } from '../../lib/search-text';
import { loadStrings, strings } from '../../i18n/client/page-strings';

/** What Pagefind returns for one result. */
export interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

/** One result before its data is loaded: loading it fetches the page's fragment. */
export interface PagefindResult {
	id: string;
	data(): Promise<ResultData>;
}

interface Pagefind {
	options(options: { noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options?: object): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded and initialised once per page.
 * @returns the Pagefind API
 */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		// Results are drawn in the page's language: its strings come with the search code.
		await loadStrings();
		// A runtime URL, not a module Vite should bundle: the index is written after the site is built.
		const url = '/pagefind/pagefind.js';
		const api = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Pagefind's WebAssembly runs on its own worker (Pagefind's default), in the dialog as on the
		// search page: decoding index chunks and searching them must never hold up the reader's next key.
		await api.init();
		return api;
	})();
	return pagefind;
}

/**
 * Fetches the index chunks a query will need while the reader is still typing, once Pagefind has
 * loaded; never loads Pagefind itself.
 * @param query - what the reader has typed so far
 */
export function preload(query: string): void {
	void pagefind?.then((api) => api.preload(query)).catch(() => undefined);
}

/**
 * Runs a search without loading any result's data, for lists that load it a page at a time.
 * @param query - what the reader typed, or null to list by filters alone
 * @param options - Pagefind filters and sort
 * @returns every result, best first
 */
export async function searchResults(
	query: string | null,
	options: object = {},
): Promise<PagefindResult[]> {
	const api = await loadPagefind();
	return (await api.search(query, options)).results;
}

/** One result as the lists draw it, from the instant index or from Pagefind. */
export interface ResultView {
	type: string;
	url: string;
	title: Segment[];
	track?: string | undefined;
	pay?: string | undefined;
	months?: number | string | undefined;
	/** Why it matched: an excerpt of its text, or the skill it needs. */
	note: Segment[];
	/** The language of its text when it is not the page's (a page not translated yet). */
	lang?: string | undefined;
}

/**
 * A Pagefind result as the lists draw it, with an excerpt from the text a reader sees on the page
 * (never the other names indexed after it).
 * @param result - Pagefind's data for the result
 * @param query - what the reader typed
 * @returns the result to draw
 */
export function fullTextView(result: ResultData, query: string): ResultView {
	const readable = Number(result.meta['readable'] ?? Number.POSITIVE_INFINITY);
	return {
		type: result.filters['type']?.[0] ?? '',
		url: result.url,
		title: [{ text: result.meta['title'] ?? result.url }],
		track: result.filters['track']?.[0],
		pay: result.meta['pay'],
		months: result.meta['months'],
		note: excerpt(result.content, readable, query),
		lang: result.meta['lang'],
	};
}

/**
 * Segments as DOM: text, with matches in `<mark>`.
 * @param segments - text runs
 * @returns nodes to append
 */
export function segmentsFragment(segments: readonly Segment[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const segment of segments) {
		if (segment.mark) {
			const mark = document.createElement('mark');
			mark.textContent = segment.text;
			fragment.append(mark);
		} else {
			fragment.append(segment.text);
		}
	}
	return fragment;
}

/**
 * Months as the page's language writes them; text from Pagefind's meta is taken as a number when it is one.
 * @param months - the months
 * @returns e.g. "8 months", "8 meses"
 */
function monthsText(months: number | string): string {
	const value = Number(months);
	return Number.isFinite(value) ? strings().search.months(value) : String(months);
}

/**
 * One result as a list item: a link to the page, its type, pay and months where known, and why it matched.
 * @param result - the result
 * @param headingLevel - the heading element for the title, or null for no heading
 * @returns the list item
 */
export function resultItem(result: ResultView, headingLevel: 'h2' | 'h3' | null): HTMLLIElement {
	const s = strings().search;
	const item = document.createElement('li');
	item.className = 'rounded-lg border border-line p-3';
	const title = document.createElement(headingLevel ?? 'p');
	title.className = 'font-semibold';
	const link = document.createElement('a');
	link.href = result.url;
	if (result.lang) link.lang = result.lang;
	link.append(segmentsFragment(result.title));
	// "Go" alone is a poor link name; the type makes it say where it leads.
	const type = ['role', 'skill', 'project', 'essay'].includes(result.type)
		? s[result.type as 'role' | 'skill' | 'project' | 'essay']
		: undefined;
	if (type) {
		const hidden = document.createElement('span');
		hidden.className = 'sr-only';
		hidden.textContent = ` (${type.toLowerCase()})`;
		link.append(hidden);
	}
	title.append(link);

	const details = [
		type,
		result.track,
		result.pay && s.midPayUs(result.pay),
		result.months && s.monthsToReady(monthsText(result.months)),
		result.lang && s.inEnglish,
	].filter(Boolean);
	const meta = document.createElement('p');
	meta.className = 'text-sm text-muted';
	meta.textContent = details.join(' · ');
	item.append(title, meta);
	if (result.note.length > 0) {
		const note = document.createElement('p');
		note.className = 'mt-1 text-sm';
		note.append(segmentsFragment(result.note));
		item.append(note);
	}
	return item;
}
