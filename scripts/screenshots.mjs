#!/usr/bin/env node
// Screenshots for docs/: a role page light and dark at 1280 px and on a 375 px phone; the roles list
// and the roles map at 375 and 1280 px, light and dark; three Spanish role pages at 375 and 1280 px.
// Run after `npm run build`: `npm run screenshots`. Uses the same Chromium and server as the tests.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const PORT = 4329;
const ROLE = '/roles/backend-engineer/';
const schemes = /** @type {const} */ (['light', 'dark']);
const shots = [
	{ file: 'docs/role-page-light.png', width: 1280, height: 900, colorScheme: 'light' },
	// Scrolled to the roadmap, to show the contents list staying beside the text.
	{
		file: 'docs/role-page-dark.png',
		width: 1280,
		height: 900,
		colorScheme: 'dark',
		at: '#roadmap',
	},
	{ file: 'docs/role-page-375.png', width: 375, height: 812, colorScheme: 'light' },
	// The roles list and its map, as a reader meets them on a phone and on a laptop.
	...[375, 1280].flatMap((width) =>
		schemes.flatMap((colorScheme) => [
			{
				file: `docs/roles-list-${width}-${colorScheme}.png`,
				url: '/roles/',
				width,
				height: width === 375 ? 812 : 900,
				colorScheme,
			},
			{
				file: `docs/roles-map-${width}-${colorScheme}.png`,
				url: '/roles/',
				width,
				height: width === 375 ? 812 : 900,
				colorScheme,
				at: '#map-heading',
			},
		]),
	),
	// Spanish role pages, the longest ones.
	...['backend-engineer', 'blockchain-developer', 'network-engineer'].flatMap((id) =>
		[375, 1280].map((width) => ({
			file: `docs/es-${id}-${width}.png`,
			url: `/es/roles/${id}/`,
			width,
			height: width === 375 ? 812 : 900,
			colorScheme: 'light',
		})),
	),
];

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], {
	stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
try {
	for (const { file, url = ROLE, width, height, colorScheme, at } of shots) {
		// Reduced motion: the jump to a heading is instant, so the shot is not taken mid-scroll.
		const page = await browser.newPage({
			viewport: { width, height },
			colorScheme,
			reducedMotion: 'reduce',
		});
		await page.goto(`http://127.0.0.1:${PORT}${url}${at ?? ''}`);
		await page.waitForLoadState('networkidle');
		await page.screenshot({ path: file });
		await page.close();
		console.log(`wrote ${file}`);
	}
} finally {
	await browser.close();
	server.kill();
}
