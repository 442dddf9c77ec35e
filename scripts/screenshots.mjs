#!/usr/bin/env node
// Screenshots of a role page for docs/: light and dark at 1280 px, and a 375 px phone. Run after
// `npm run build`: `node scripts/screenshots.mjs`. Uses the same Chromium and server as the tests.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const PORT = 4329;
const ROLE = `http://127.0.0.1:${PORT}/roles/backend-engineer/`;
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
];

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], {
	stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
try {
	for (const { file, width, height, colorScheme, at } of shots) {
		// Reduced motion: the jump to a heading is instant, so the shot is not taken mid-scroll.
		const page = await browser.newPage({
			viewport: { width, height },
			colorScheme,
			reducedMotion: 'reduce',
		});
		await page.goto(at ? `${ROLE}${at}` : ROLE);
		await page.waitForLoadState('networkidle');
		await page.screenshot({ path: file });
		await page.close();
		console.log(`wrote ${file}`);
	}
} finally {
	await browser.close();
	server.kill();
}
