import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES } from '../lib/offline';
import { TRANSLATED_LANGS } from '../i18n/languages';
import { logText } from '../lib/log-text';

/** The pages every language precaches: its home page, its roles index and its offline page. */
const PRECACHED_PAGES = ['', ...TRANSLATED_LANGS.map((lang) => `${lang}/`)].flatMap((prefix) => [
	`${prefix}index.html`,
	`${prefix}roles/index.html`,
	`${prefix}offline/index.html`,
]);

/**
 * Writes the service worker (`sw.js`) for a built site with Workbox. The scripts, fonts, icons, the
 * home page, `/roles/` and the offline page, in every language, are precached (every page carries its
 * own stylesheet); every page is network-first with a short timeout and kept in a bounded cache;
 * search files are kept when search is first used.
 * @param dir - the built site folder
 * @returns how many files are precached, their total size in bytes, and Workbox's words on any page
 *   too large to precache
 */
export async function writeServiceWorker(
	dir: string,
): Promise<{ count: number; size: number; skipped: string[] }> {
	const { count, size, warnings } = await generateSW({
		globDirectory: dir,
		globPatterns: [
			'_astro/**/*.{css,js,woff2}',
			...PRECACHED_PAGES,
			'{logo.png,favicon.ico,icon-192.png,icon-512.png,apple-touch-icon.png,site.webmanifest}',
		],
		swDest: `${dir}/sw.js`,
		// One file: no second script to import under the worker's own policy.
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		cacheId: 'rolemap',
		// Hashed names never change content, so they need no revision.
		dontCacheBustURLsMatching: /^_astro\//,
		// Precached pages are fallbacks only: without an index, /roles/ goes network-first below.
		directoryIndex: null,
		// A new deploy waits until no tab shows the old one, so no page mixes old and new files; a first
		// install has no old one, so it takes the open page at once.
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		runtimeCaching: [
			{
				// Pages opened, and the first page, which ServiceWorker.astro sends (CACHE_URLS) as same-origin;
				// "Save for offline" fetches in cors mode, into its own cache, and passes by.
				// A role page's skill graph is fetched from its own file, kept with the pages.
				urlPattern: ({ request, url }) =>
					request.mode === 'navigate' ||
					request.mode === 'same-origin' ||
					url.pathname.endsWith('/graph.svg'),
				handler: 'NetworkFirst',
				options: {
					cacheName: OFFLINE_CACHES.pages,
					networkTimeoutSeconds: 3,
					// Network first means the server's copy: revalidate rather than trust a heuristic HTTP cache.
					fetchOptions: { cache: 'no-cache' },
					expiration: { maxEntries: 60 },
					cacheableResponse: { statuses: [200] },
					plugins: [
						{
							// No network and no copy in the pages cache: a saved or precached copy, else the offline page.
							handlerDidError: async ({ request }) => {
								const url = new URL(request.url);
								const options = { ignoreSearch: true };
								// The offline page in the language of the page asked for (/es/… → /es/offline/).
								const lang = /^\/([a-z]{2})\//.exec(url.pathname)?.[1];
								return (
									(await caches.match(url.pathname, options)) ??
									(await caches.match(`${url.pathname}index.html`, options)) ??
									(lang ? await caches.match(`/${lang}/offline/index.html`, options) : undefined) ??
									(await caches.match('/offline/index.html', options)) ??
									Response.error()
								);
							},
						},
					],
				},
			},
			{
				// Pagefind's names, and the instant index's, stay the same across builds: network first.
				urlPattern: /\/(pagefind\/|search-index(-\d+)?\.json)/,
				handler: 'NetworkFirst',
				options: {
					cacheName: OFFLINE_CACHES.search,
					networkTimeoutSeconds: 3,
					fetchOptions: { cache: 'no-cache' },
					expiration: { maxEntries: 300 },
					cacheableResponse: { statuses: [200] },
					plugins: [
						{
							// Pagefind asks for its entry file with a ?ts= cache-buster: keep one copy, found offline.
							cacheKeyWillBeUsed: ({ request }) => {
								const url = new URL(request.url);
								url.search = '';
								return Promise.resolve(url.href);
							},
						},
					],
				},
			},
			{
				// Files of another deploy (a newer page fetched under this worker, or a saved page's own copy).
				urlPattern: /\/_astro\//,
				handler: 'CacheFirst',
				options: {
					cacheName: OFFLINE_CACHES.assets,
					expiration: { maxEntries: 60 },
					cacheableResponse: { statuses: [200] },
					plugins: [
						{
							handlerDidError: async ({ request }) =>
								(await caches.match(request)) ?? Response.error(),
						},
					],
				},
			},
		],
	});
	// A page too large to precache (the roles index of a very large catalogue) is left to the pages
	// cache like any other page; anything else Workbox warns about stops the build.
	const tooLarge = warnings.filter((warning) => /won't be precached/.test(warning));
	const other = warnings.filter((warning) => !tooLarge.includes(warning));
	if (other.length > 0) throw new Error(`Workbox: ${other.join('\n')}`);
	return { count, size, skipped: tooLarge };
}

/**
 * Writes the service worker into `dist/` once pages are generated; `astro build` ends when it is written.
 * @returns the Astro integration
 */
export function offline(): AstroIntegration {
	let writing: ReturnType<typeof writeServiceWorker> | undefined;
	const start = (dir: URL) => writeServiceWorker(fileURLToPath(dir).replace(/\/$/, ''));
	return {
		name: 'rolemap:offline',
		hooks: {
			// Every page and asset is written once pages are generated: the worker is written while the
			// output check and the other integrations finish.
			'astro:build:generated': ({ dir }) => {
				writing = start(dir);
				// Failures are reported when the build ends; until then nothing awaits this.
				writing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, skipped } = await (writing ?? start(dir));
				writing = undefined;
				for (const warning of skipped) logger.warn(logText(`not precached: ${warning}`));
				logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
			},
		},
	};
}
