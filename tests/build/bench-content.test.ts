import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { expect, test } from 'vitest';

// `npm run bench` builds generated content; if the content rules tighten, the generator must follow,
// or the benchmark stops at its first build.
test('the benchmark generator writes content that passes npm run check', async () => {
	const out = 'tests/.output/bench-content';
	await rm(out, { recursive: true, force: true });
	const generate = spawnSync(
		process.execPath,
		['scripts/bench/generate.mjs', '--roles', '300', '--out', out],
		{ encoding: 'utf8' },
	);
	expect(generate.status, generate.stderr).toBe(0);
	const check = spawnSync(process.execPath, ['scripts/check.ts'], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: out },
		encoding: 'utf8',
	});
	expect(
		check.stdout.split('\n').filter((line) => /:\d+ {2}/.test(line) && !line.includes('warning: ')),
	).toEqual([]);
	expect(check.status).toBe(0);
});
