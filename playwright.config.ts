import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.mjs';

// Several checkouts on one machine can each test on their own port.
const PORT = Number(process.env['ROLEMAP_TEST_PORT'] ?? 4321);
const chromium = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			...(chromium ? { executablePath: chromium } : {}),
			args: CHROMIUM_FLAGS,
		},
	},
	webServer: {
		command: `node scripts/serve.mjs dist ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
