/**
 * The search dialog: loaded the first time a reader opens search, never before.
 * Results appear as the reader types; arrow keys move between them, Enter opens one, Esc closes the
 * dialog and puts focus back where it was.
 */
import { loadPagefind, resultItem, search, type ResultData } from './pagefind';

let dialog: HTMLDialogElement | undefined;
let returnFocusTo: Element | null = null;
let latest = 0;

function build(): HTMLDialogElement {
	const element = document.createElement('dialog');
	element.id = 'search-dialog';
	element.setAttribute('aria-labelledby', 'search-dialog-title');
	element.className =
		'mx-auto mt-[8vh] w-[min(42rem,calc(100vw-1rem))] rounded-xl border border-line bg-bg p-0 text-fg [box-shadow:0_25px_50px_-12px_rgb(0_0_0/0.25)] backdrop:bg-black/50';
	element.innerHTML = `
		<div class="flex items-center gap-2 border-b border-line p-3">
			<h2 id="search-dialog-title" class="sr-only">Search Rolemap</h2>
			<label for="search-dialog-input" class="sr-only">Search roles, skills, projects and essays</label>
			<input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false"
				placeholder="Search roles, skills, projects and essays"
				aria-describedby="search-dialog-help" aria-controls="search-dialog-results"
				class="min-h-11 flex-1 rounded border border-line bg-bg px-3 text-base text-fg" />
			<button type="button" data-close class="min-h-11 rounded border border-line px-3 text-sm">Close</button>
		</div>
		<p id="search-dialog-help" class="sr-only">Results appear as you type. Press the down arrow to move into them and Escape to close.</p>
		<p id="search-dialog-status" role="status" aria-live="polite" class="px-4 pt-3 text-sm text-muted"></p>
		<div id="search-dialog-results" class="max-h-[60vh] overflow-y-auto p-3">
			<h3 class="text-sm font-semibold text-muted" hidden>Roles</h3>
			<ul class="mt-1 space-y-2"></ul>
			<h3 class="mt-3 text-sm font-semibold text-muted" hidden>Skills, projects and essays</h3>
			<ul class="mt-1 space-y-2"></ul>
		</div>
		<p class="border-t border-line px-4 py-3 text-sm"><a id="search-dialog-all" href="/search/">Filter and sort all results</a></p>`;
	document.body.append(element);

	const input = element.querySelector('input') as HTMLInputElement;
	const status = element.querySelector('#search-dialog-status') as HTMLElement;
	const results = element.querySelector('#search-dialog-results') as HTMLElement;
	const [rolesHeading, othersHeading] = [...results.querySelectorAll('h3')];
	const [rolesList, othersList] = [...results.querySelectorAll('ul')];
	const all = element.querySelector('#search-dialog-all') as HTMLAnchorElement;
	const links = () => [...results.querySelectorAll('a')];
	const focusable = () => [...element.querySelectorAll<HTMLElement>('input, button, a[href]')];

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(input.value.trim()), 120);
	});

	async function run(query: string): Promise<void> {
		const ticket = ++latest;
		all.href = query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
		if (!query) {
			show(rolesHeading, rolesList, []);
			show(othersHeading, othersList, []);
			status.textContent = '';
			return;
		}
		// Roles are what most readers want, so they get their own group instead of competing on rank.
		const [roles, others] = await Promise.all([
			search(query, { filters: { type: 'role' } }, 5),
			search(query, { filters: { type: { any: ['skill', 'project', 'essay'] } } }, 5),
		]);
		// A slower, older query must not overwrite a newer one.
		if (ticket !== latest) return;
		show(rolesHeading, rolesList, roles.results);
		show(othersHeading, othersList, others.results);
		const total = roles.total + others.total;
		status.textContent =
			total === 0
				? `No results for “${query}”.`
				: `${total} ${total === 1 ? 'result' : 'results'} for “${query}”.`;
	}

	function show(
		heading: HTMLElement | undefined,
		list: HTMLUListElement | undefined,
		found: ResultData[],
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
	// Start Pagefind (worker, WebAssembly, metadata) while the reader types, not after.
	void loadPagefind();
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
