#!/usr/bin/env node
// Finds a Chromium for the browser tests, installing Debian's package when that is possible.
// Playwright's own browser download is not used: it needs a network this project cannot assume.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags for headless Chromium here: without them it keeps trying to reach Google's services. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} the first Chromium found, honouring CHROME_PATH */
export function findChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
		return fromEnv;
	}
	return CANDIDATES.find((path) => existsSync(path));
}

/**
 * How Playwright launches the system's Chromium, for every Playwright config of the project.
 * @returns {{ executablePath?: string, args: string[] }}
 */
export function launchOptions() {
	const path = findChromium();
	return { ...(path ? { executablePath: path } : {}), args: CHROMIUM_FLAGS };
}

function canInstallWithApt() {
	return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	let found = findChromium();
	if (!found && canInstallWithApt()) {
		console.log('Chromium is missing: installing Debian’s chromium package (about a minute)…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		found = findChromium();
	}
	if (!found) {
		console.error(
			[
				'The browser tests need Chromium, and none was found.',
				'Install it (Debian/Ubuntu: sudo apt-get install chromium), or point the tests at one:',
				'  CHROME_PATH=/path/to/chromium npm test',
			].join('\n'),
		);
		process.exit(1);
	}
	console.log(`Browser tests use ${found}`);
}
