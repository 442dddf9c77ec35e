/**
 * The search dialog: loaded the first time a reader opens search (or points at its button), never before.
 * Results from the small instant index appear at each keystroke; Pagefind's full-text results join
 * below them when ready, so nothing the reader points at or has selected moves. Arrow keys move
 * between results, Enter opens one, Esc closes the dialog and puts focus back where it was.
 */
import { instantResultsOffThread, onMoreRoles, warmInstantSearch } from './instant-offthread';
import {
	fullTextView,
	loadPagefind,
	preload,
	resultItem,
	searchResults,
	type ResultView,
} from './pagefind';
import { inPageLang, loadStrings, strings } from '../../i18n/client/page-strings';

/** Text for innerHTML: the page's strings are text, never markup. */
const escape = (text: string | undefined) =>
	(text ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

let dialog: HTMLDialogElement | undefined;
let returnFocusTo: Element | null = null;
let latest = 0;
/** Milliseconds without a key before the full text is searched. */
const FULL_TEXT_PAUSE = 200;

function build(): HTMLDialogElement {
	const s = strings().search;
	const searchPage = inPageLang('/search/');
	const element = document.createElement('dialog');
	element.id = 'search-dialog';
	element.setAttribute('aria-labelledby', 'search-dialog-title');
	element.className =
		'mx-auto mt-[8vh] w-[min(42rem,calc(100vw-1rem))] rounded-xl border border-line bg-bg p-0 text-fg [box-shadow:0_25px_50px_-12px_rgb(0_0_0/0.25)] backdrop:bg-black/50';
	element.innerHTML = `
		<div class="flex items-center gap-2 border-b border-line p-3">
			<h2 id="search-dialog-title" class="sr-only">${escape(s.dialogTitle)}</h2>
			<label for="search-dialog-input" class="sr-only">${escape(s.dialogLabel)}</label>
			<input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false"
				placeholder="${escape(s.dialogLabel)}"
				aria-describedby="search-dialog-help" aria-controls="search-dialog-results"
				class="min-h-11 flex-1 rounded border border-line bg-bg px-3 text-base text-fg" />
			<button type="button" data-close class="min-h-11 rounded border border-line px-3 text-sm">${escape(s.close)}</button>
		</div>
		<p id="search-dialog-help" class="sr-only">${escape(s.help)}</p>
		<p id="search-dialog-status" role="status" aria-live="polite" class="px-4 pt-3 text-sm text-muted" data-offline="${escape(s.offline)}"></p>
		<div id="search-dialog-results" class="max-h-[60vh] overflow-y-auto p-3">
			<h3 class="text-sm font-semibold text-muted" hidden>${escape(s.roles)}</h3>
			<ul class="mt-1 space-y-2"></ul>
			<h3 class="mt-3 text-sm font-semibold text-muted" hidden>${escape(s.others)}</h3>
			<ul class="mt-1 space-y-2"></ul>
			<h3 class="mt-3 text-sm font-semibold text-muted" hidden>${escape(s.more)}</h3>
			<ul class="mt-1 space-y-2"></ul>
		</div>
		<p class="border-t border-line px-4 py-3 text-sm"><a id="search-dialog-all" href="${searchPage}">${escape(s.all)}</a><a id="search-dialog-suggest" class="ml-4" hidden>${escape(s.suggestRole)}</a></p>`;
	document.body.append(element);

	const input = element.querySelector('input') as HTMLInputElement;
	const status = element.querySelector('#search-dialog-status') as HTMLElement;
	const results = element.querySelector('#search-dialog-results') as HTMLElement;
	const [rolesHeading, othersHeading, moreHeading] = [...results.querySelectorAll('h3')];
	const [rolesList, othersList, moreList] = [...results.querySelectorAll('ul')];
	const all = element.querySelector('#search-dialog-all') as HTMLAnchorElement;
	// When nothing matches, the "suggest a role" form, opened with what the reader searched for.
	const suggest = element.querySelector('#search-dialog-suggest') as HTMLAnchorElement;
	const suggestForm =
		document.querySelector<HTMLElement>('[data-suggest-role]')?.dataset['suggestRole'];
	const offerSuggestion = (query: string) => {
		if (!suggestForm) return;
		const url = new URL(suggestForm);
		url.searchParams.set('searched', query);
		suggest.href = url.href;
		suggest.hidden = false;
	};
	const links = () => [...results.querySelectorAll('a')];
	const focusable = () => [...element.querySelectorAll<HTMLElement>('input, button, a[href]')];

	input.addEventListener('input', () => void run(input.value.trim()));
	// A large catalogue's further roles arrive after the first results: they are searched again,
	// unless the reader is already pointing at or has moved into a result, which must not move.
	onMoreRoles(() => {
		const query = input.value.trim();
		const busy = results.matches(':hover') || results.contains(document.activeElement);
		if (element.open && query && !busy) void run(query);
	});

	let fullTextTimer: ReturnType<typeof setTimeout> | undefined;

	async function run(query: string): Promise<void> {
		const ticket = ++latest;
		clearTimeout(fullTextTimer);
		all.href = query ? `${searchPage}?q=${encodeURIComponent(query)}` : searchPage;
		suggest.hidden = true;
		show(moreHeading, moreList, []);
		if (!query) {
			show(rolesHeading, rolesList, []);
			show(othersHeading, othersList, []);
			status.textContent = '';
			return;
		}
		let found: ResultView[] = [];
		let total = 0;
		try {
			// Searched on a worker: the page's thread only draws. A newer key supersedes this one.
			const answer = await instantResultsOffThread(query, {}, { take: 5 });
			if (!answer) return;
			({ results: found, total } = answer);
		} catch {
			// Without the instant index the full text still answers, a moment later.
		}
		// A slower, older query must not overwrite a newer one.
		if (ticket !== latest) return;
		// Roles are what most readers want, so they get their own group instead of competing on rank.
		const roles = found.filter((result) => result.type === 'role').slice(0, 5);
		const others = found.filter((result) => result.type !== 'role').slice(0, 5);
		show(rolesHeading, rolesList, roles);
		show(othersHeading, othersList, others);
		status.textContent = total > 0 ? s.found(s.results(total), query) : s.searching(query);
		// Full text waits for a pause in typing longer than the gap between a steady typist's keys
		// (about 120 ms): it reads index chunks and result fragments the next key would throw away.
		const shown = new Set([...roles, ...others].map((result) => result.url));
		fullTextTimer = setTimeout(() => {
			preload(query);
			void fullText(query, ticket, shown, total);
		}, FULL_TEXT_PAUSE);
	}

	async function fullText(query: string, ticket: number, shown: Set<string>, instant: number) {
		const count = s.results;
		let total = 0;
		let drawn = 0;
		let failed = false;
		try {
			const found = await searchResults(query);
			total = found.length;
			// Each result's text is a request of its own: five at a time, drawn as they come, until five
			// pages the lists above do not hold are shown. Items are only ever added below.
			for (let start = 0; start < Math.min(total, 10) && drawn < 5; start += 5) {
				const pages = await Promise.all(found.slice(start, start + 5).map((page) => page.data()));
				if (ticket !== latest) return;
				const fresh = pages
					.filter((page) => !shown.has(page.url))
					.slice(0, 5 - drawn)
					.map((page) => resultItem(fullTextView(page, query), null));
				moreList?.append(...fresh);
				drawn += fresh.length;
				if (moreHeading) moreHeading.hidden = drawn === 0;
				report(false);
			}
		} catch {
			// Offline or blocked: the instant results stand on their own.
			failed = true;
		}
		if (ticket !== latest) return;
		report(failed);

		function report(blocked: boolean) {
			if (instant === 0 && blocked && !navigator.onLine) {
				status.textContent = s.offline;
			} else if (instant > 0) {
				const mentions = total > 0 ? s.mentions(total) : '';
				status.textContent = s.foundMentioned(count(instant), query, mentions);
			} else {
				status.textContent = total > 0 ? s.foundFullText(count(total), query) : s.noResults(query);
				if (total === 0) offerSuggestion(query);
			}
		}
	}

	function show(
		heading: HTMLElement | undefined,
		list: HTMLUListElement | undefined,
		found: ResultView[],
	) {
		if (heading) heading.hidden = found.length === 0;
		list?.replaceChildren(...found.map((result) => resultItem(result, null)));
	}

	element.addEventListener('keydown', (event) => {
		// Keep Tab inside the dialog: past the last control it wraps to the first, and back.
		if (event.key === 'Tab') {
			const controls = focusable();
			const first = controls[0];
			const last = controls.at(-1);
			if (event.shiftKey && document.activeElement === first) {
				event.preventDefault();
				last?.focus();
			} else if (!event.shiftKey && document.activeElement === last) {
				event.preventDefault();
				first?.focus();
			}
			return;
		}
		const items = links();
		const index = items.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' && items.length > 0) {
			event.preventDefault();
			items[Math.min(index + 1, items.length - 1)]?.focus();
		} else if (event.key === 'ArrowUp' && index >= 0) {
			event.preventDefault();
			(index === 0 ? input : items[index - 1])?.focus();
		} else if (event.key === 'Enter' && document.activeElement === input && items[0]) {
			event.preventDefault();
			items[0].click();
		}
	});
	element.querySelector('[data-close]')?.addEventListener('click', () => {
		element.close();
	});
	// A click on the backdrop lands on the dialog element itself.
	element.addEventListener('click', (event) => {
		if (event.target === element) element.close();
	});
	element.addEventListener('close', () => {
		if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus();
	});
	return element;
}

/**
 * Opens the dialog with focus in the search box, remembering where focus was.
 * @param typed - characters the reader typed while the dialog was loading
 */
export function openSearchDialog(typed = ''): void {
	dialog ??= build();
	if (dialog.open) return;
	// The instant index first, then Pagefind while the reader types: on a slow link Pagefind's
	// ~110 KB must not delay the first results.
	const thenPagefind = () => void loadPagefind().catch(() => undefined);
	warmInstantSearch().then(thenPagefind, thenPagefind);
	returnFocusTo = document.activeElement;
	dialog.showModal();
	const input = dialog.querySelector('input');
	if (!input) return;
	input.focus();
	if (typed) {
		input.value = typed;
		input.dispatchEvent(new Event('input'));
	} else {
		input.select();
	}
}

/** Fetches the instant index and the strings before search opens, when pointer or focus reaches the search button. */
export function prepareSearch(): void {
	warmInstantSearch().catch(() => undefined);
}

/**
 * Loads the dialog's strings in the page's language; open the dialog once it resolves.
 * @returns when the strings are there
 */
export async function searchReady(): Promise<void> {
	await loadStrings();
}
