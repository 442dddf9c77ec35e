import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const { site } = inject('builds');

/** The URLs the built service worker precaches, as Workbox wrote them into sw.js. */
async function precached(): Promise<string[]> {
	const worker = await readFile(join(site.outDir, 'sw.js'), 'utf8');
	return [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '').sort();
}

describe('offline service worker', () => {
	test('precaches every built stylesheet and script, the home page, /roles/ and the offline page in each language, and the icons, and no other page', async () => {
		const assets = (await readdir(join(site.outDir, '_astro')))
			.filter((name) => /\.(css|js)$/.test(name))
			.map((name) => `_astro/${name}`);
		expect(await precached()).toEqual(
			[
				...assets,
				'index.html',
				'roles/index.html',
				'offline/index.html',
				'es/index.html',
				'es/roles/index.html',
				'es/offline/index.html',
				'logo.png',
				'favicon.ico',
				'icon-192.png',
				'icon-512.png',
				'apple-touch-icon.png',
				'site.webmanifest',
			].sort(),
		);
	});

	test('keeps pages network-first with a timeout, in bounded caches', async () => {
		const worker = await readFile(join(site.outDir, 'sw.js'), 'utf8');
		expect(worker).toContain('networkTimeoutSeconds:3');
		expect(worker).toMatch(/cacheName:"rolemap-pages".*maxEntries:60/);
	});

	test('the manifest makes the site installable in its own window', async () => {
		const manifest: unknown = JSON.parse(
			await readFile(join(site.outDir, 'site.webmanifest'), 'utf8'),
		);
		expect(manifest).toMatchObject({
			start_url: '/',
			display: 'standalone',
			icons: [
				{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
			],
		});
	});
});
