import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

// The site under test: this checkout's dist/ (or ROLEMAP_TEST_DIST, a site built with --outDir).
const DIST = resolve(import.meta.dirname, process.env['ROLEMAP_TEST_DIST'] ?? 'dist');
process.env['ROLEMAP_TEST_DIST'] = DIST;
// Each run starts its own server on a free port (ROLEMAP_TEST_PORT picks one instead) and never reuses
// a server already listening: one on a shared port may be another checkout's. The server prints the
// port it got; Playwright stores it in process.env.ROLEMAP_TEST_PORT (the `wait` pattern's group)
// before it starts the workers, which read this file again and so test that server.
const PORT = process.env['ROLEMAP_TEST_PORT'] ?? '0';
// Every answer of this run's server carries this token; tests/e2e/global-setup.ts checks it.
process.env['ROLEMAP_TEST_RUN'] ??= randomUUID();
const node = JSON.stringify(process.execPath);

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	// Sized for a busy two-core machine: with both cores shared by a dozen processes (load 25) the
	// slowest ordinary test took 21 s and a result 3 s to appear. A timeout only ends a test that hangs.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	forbidOnly: Boolean(process.env['CI']),
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: launchOptions(),
	},
	webServer: {
		// Rebuilds the site first when it is missing or older than the sources (a no-op after `npm run build`).
		command: `${node} scripts/ensure-build.mjs ${JSON.stringify(DIST)} && ${node} scripts/serve.mjs ${JSON.stringify(DIST)} ${PORT}`,
		wait: { stdout: /^Serving .* at http:\/\/127\.0\.0\.1:(?<rolemap_test_port>\d+)\/$/m },
		stdout: 'pipe',
		reuseExistingServer: false,
		// Time for a build of the whole site on a busy machine, when one is needed.
		timeout: 600_000,
	},
});
