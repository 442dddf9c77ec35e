/**
 * "Save for offline" and the "Saved for offline" lists. Loaded by ServiceWorker.astro only on pages
 * that show them or when something is saved, so other pages never download it.
 */
import {
	describeSaved,
	OFFLINE_CACHES,
	parseSaved,
	SAVED_KEY,
	withEntry,
	withoutEntry,
	type SavedEntry,
	type SavedWords,
} from '../../lib/offline';
import { basePath, isLang, localePath } from '../../i18n/languages';
import { pageLang } from '../../i18n/client/strings';
import { loadStrings, type ClientStrings } from '../../i18n/client/page-strings';

const lang = pageLang();
const inLang = (path: string) => (isLang(lang) ? localePath(lang, path) : path);
// The words, in the page's language, from the client strings chunk (precached with every script, so
// the offline page has them too): the pages' HTML carries none of them.
let t: ClientStrings['offline'];
let words: SavedWords;

const readList = (): SavedEntry[] => {
	try {
		return parseSaved(localStorage.getItem(SAVED_KEY));
	} catch {
		return [];
	}
};
const writeList = (list: SavedEntry[]) => {
	localStorage.setItem(SAVED_KEY, JSON.stringify(list));
	renderLists();
};

/**
 * The script files this page runs with (its stylesheet is inside the page). Their names carry a hash
 * of their content, so a deploy that changes them changes the names.
 */
const pageAssets = () =>
	[...document.querySelectorAll<HTMLScriptElement>('script[src^="/_astro/"]')].flatMap(
		(element) => element.getAttribute('src') ?? [],
	);

/**
 * Stores the pages and files at once; Cache.addAll stores all or nothing.
 * @param entry - what to store
 */
async function store(entry: SavedEntry): Promise<void> {
	const cache = await caches.open(OFFLINE_CACHES.saved);
	// Fresh from the server, and not also left in the HTTP cache, where removing could not reach it.
	await cache.addAll(
		[...entry.pages, ...entry.assets].map((path) => new Request(path, { cache: 'no-store' })),
	);
	const list = withEntry(readList(), entry);
	writeList(list);
	// Files of an earlier deploy that no saved page uses any more.
	const used = new Set(list.flatMap((saved) => saved.assets));
	for (const request of await cache.keys()) {
		const path = new URL(request.url).pathname;
		if (path.startsWith('/_astro/') && !used.has(path)) await cache.delete(request);
	}
}

async function remove(url: string): Promise<void> {
	const { list, unused } = withoutEntry(readList(), url);
	const cache = await caches.open(OFFLINE_CACHES.saved);
	await Promise.all(unused.map((path) => cache.delete(path)));
	writeList(list);
}

function initSaveButton(section: HTMLElement): void {
	const button = section.querySelector('button');
	const status = section.querySelector('[role="status"]');
	if (!button || !status) return;
	const url = location.pathname;
	// getAttribute, not .pathname: the skill graph's links are SVG <a> elements, which have no pathname.
	const links = (selector: string) => [
		...new Set(
			[...document.querySelectorAll(selector)].map(
				(a) => new URL(a.getAttribute('href') ?? '', location.href).pathname,
			),
		),
	];
	const saved = readList().find((entry) => entry.url === url);
	if (saved) status.textContent = t.saved(describeSaved(saved.pages, words));
	button.addEventListener('click', () => {
		const pages = [
			...new Set([
				url,
				...links(`[aria-labelledby="roadmap"] a[href^="${inLang('/skills/')}"]`),
				...links(`[aria-labelledby="essays"] a[href^="${inLang('/essays/')}"]`),
			]),
		];
		button.disabled = true;
		status.textContent = t.saving(pages.length);
		const entry = {
			url,
			title: section.dataset['title'] ?? document.title,
			pages,
			// The skill graph comes from its own file (SkillGraph.astro).
			assets: [...pageAssets(), `${url}graph.svg`],
			saved: new Date().toISOString(),
		};
		store(entry)
			.then(() => {
				status.textContent = t.saved(describeSaved(pages, words));
			})
			.catch(() => {
				status.textContent = navigator.onLine ? t.saveFailed : t.saveOffline;
			})
			.finally(() => {
				button.disabled = false;
			});
	});
}

/** Fills every "Saved for offline" list on the page. */
function renderLists(): void {
	const list = readList();
	for (const element of document.querySelectorAll<HTMLElement>('[data-saved-list]')) {
		element.hidden = !element.hasAttribute('data-always') && list.length === 0;
		const items = element.querySelector('ul');
		const empty = element.querySelector<HTMLElement>('[data-saved-empty]');
		if (empty) empty.hidden = list.length > 0;
		items?.replaceChildren(
			...list.map((entry) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = entry.url;
				link.textContent = entry.title;
				const detail = document.createElement('span');
				detail.textContent = ` (${describeSaved(entry.pages, words)}) `;
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'underline';
				button.textContent = t.remove;
				button.setAttribute('aria-label', t.removeLabel(entry.title));
				button.addEventListener('click', () => void remove(entry.url));
				item.append(link, detail, button);
				return item;
			}),
		);
	}
}

/** Saved pages from an earlier deploy are stored again, so they and their files match this one. */
async function refreshStale(): Promise<void> {
	const current = pageAssets();
	if (!navigator.onLine || current.length === 0 || !('caches' in window)) return;
	// One at a time: each store reads and writes the whole list.
	for (const entry of readList()) {
		// Every page loads the header's scripts: one of them missing from the entry means a new deploy.
		if (current.some((path) => !entry.assets.includes(path)))
			await store({
				...entry,
				assets: [...pageAssets(), ...entry.assets.filter((path) => path.endsWith('/graph.svg'))],
				saved: new Date().toISOString(),
			});
	}
}

/** On the offline page: the other pages this browser kept as the reader opened them. */
async function renderVisited(element: HTMLElement): Promise<void> {
	const cache = await caches.open(OFFLINE_CACHES.pages);
	// Pages only: the cache also keeps files pages load (a roadmap's graph.svg), which are not pages to list.
	const requests = [...(await cache.keys())]
		.filter((request) => new URL(request.url).pathname.endsWith('/'))
		.reverse();
	const items = await Promise.all(
		requests.map(async (request) => {
			const html = (await (await cache.match(request))?.text()) ?? '';
			// The page's own title, less the site name it ends with.
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ · Rolemap$/, '');
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = new URL(request.url).pathname;
			// Titles are HTML-escaped in the page; the text node must show them unescaped.
			link.textContent = new DOMParser().parseFromString(
				title ?? link.pathname,
				'text/html',
			).documentElement.textContent;
			item.append(link);
			return item;
		}),
	);
	element.querySelector('ul')?.replaceChildren(...items);
	element.hidden = items.length === 0;
}

/** Everything starts once the words have loaded. */
async function start(): Promise<void> {
	t = (await loadStrings()).offline;
	words = { role: t.theRole, skills: t.skillPages, essays: t.essays, and: t.and };
	const saveSection = document.querySelector<HTMLElement>('[data-save-offline]');
	if (saveSection && 'caches' in window) initSaveButton(saveSection);
	// Visited directly rather than in place of a missing page: nothing is missing.
	if (basePath(location.pathname) === '/offline/')
		document.querySelector<HTMLElement>('[data-offline-missed]')?.setAttribute('hidden', '');
	renderLists();
	const visited = document.querySelector<HTMLElement>('[data-visited-list]');
	if (visited && 'caches' in window) void renderVisited(visited);
	void refreshStale().catch(() => undefined);
}

void start().catch(() => undefined);
