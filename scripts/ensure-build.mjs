#!/usr/bin/env node
// Browser tests read the built site in dist/. Build it first when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
	console.log('dist/ is missing: building the site for the browser tests…');
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
	});
}
