#!/usr/bin/env node
// The site tests and browser tests read a built site: this makes sure it is built from this checkout's
// sources as they are now. A site that is missing, unfinished or older than the sources (a file in
// content/, src/, public/, astro.config.mjs or package-lock.json changed since; another content folder;
// a build in another mode) is rebuilt, so `npm test` passes on a fresh machine and never tests an old
// build. With --check it is refused instead, saying why and what to run.
//
//   node scripts/ensure-build.mjs [--check] [dir]     (dir: dist by default)
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { readStamp, sourceStamp, staleReasons } from '../src/integrations/build-stamp.ts';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const near = relative(process.cwd(), dir);
const shown = near.startsWith('..') ? dir : near || '.';
// The tests read a production build, whatever mode the calling test runner set (Vitest sets NODE_ENV=test).
const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };

const reasons = () => staleReasons(readStamp(dir), sourceStamp(process.cwd(), env));
const stale = reasons();
if (stale.length > 0) {
	const why = stale.map((reason) => `  - ${reason}`).join('\n');
	if (checkOnly) {
		console.error(
			`${shown}/ is not built from the sources as they are now:\n${why}\nRun \`npm run build\` (or \`npm test\`, which rebuilds it).`,
		);
		process.exit(1);
	}
	console.log(`${shown}/ is not built from the sources as they are now; building it:\n${why}`);
	const outDir = shown === 'dist' ? [] : ['--outDir', dir];
	try {
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...outDir], {
			stdio: 'inherit',
			env,
		});
	} catch {
		console.error(`The build of ${shown}/ failed (its errors are above): the tests cannot run.`);
		process.exit(1);
	}
	const still = reasons();
	if (still.length > 0) {
		console.error(
			`${shown}/ was built, but the sources changed while it built:\n${still.map((reason) => `  - ${reason}`).join('\n')}\nRun the tests again once the edits are done.`,
		);
		process.exit(1);
	}
}
