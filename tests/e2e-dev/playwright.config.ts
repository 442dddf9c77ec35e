import { defineConfig } from '@playwright/test';
import { launchOptions } from '../../scripts/chromium.mjs';

// The dev-server tests start `astro dev` themselves, each run on a free port over a copy of the
// fixture site: no built site and no shared server.

export default defineConfig({
	testDir: '.',
	workers: 1,
	// Starting the dev server takes seconds, more on a busy machine.
	timeout: 180_000,
	expect: { timeout: 30_000 },
	forbidOnly: Boolean(process.env['CI']),
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		launchOptions: launchOptions(),
	},
});
