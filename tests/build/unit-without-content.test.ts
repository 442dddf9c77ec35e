/**
 * A contributor whose content is broken can still run the unit tests: Vitest's projects start without
 * reading content/ (only the build project builds it), so `npm run test:unit` reports tests, not the
 * content guard.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('the unit project runs its tests while content/ is invalid', () => {
	const run = spawnSync(
		process.execPath,
		['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'tests/unit/pay.test.ts'],
		{
			encoding: 'utf8',
			env: {
				...process.env,
				ROLEMAP_CONTENT_DIR: 'tests/fixtures/bad-frontmatter',
				CI: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
			timeout: 120_000,
		},
	);
	const output = `${run.stdout}${run.stderr}`;
	expect(output).not.toContain('match must be one of');
	expect(output).toMatch(/Tests\s+\S*\d+ passed/);
	expect(run.status).toBe(0);
});
