import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { CYCLE_CONTENT, UNKNOWN_PREREQUISITE_CONTENT } from './setup';

const { cycle, unknownPrerequisite } = inject('builds');

const check = (contentDir: string) => {
	const result = spawnSync(process.execPath, ['scripts/check.ts'], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
};

const CYCLE =
	'postgresql → sql → python → postgresql: a skill cannot come before itself. Remove one of these prerequisites';

describe('a cycle of prerequisites', () => {
	test('fails npm run check with the whole cycle at each edge, file and line', () => {
		const { code, output } = check(CYCLE_CONTENT);
		expect(code).toBe(1);
		for (const skill of ['postgresql', 'sql', 'python'])
			expect(output).toContain(`${CYCLE_CONTENT}/skills/${skill}.yaml:6  prerequisites  ${CYCLE}`);
	});

	test('fails the build with the same cycle, and nothing is built', () => {
		expect(cycle.code).not.toBe(0);
		expect(cycle.output).toContain(
			`${CYCLE_CONTENT}/skills/postgresql.yaml:6  prerequisites  ${CYCLE}`,
		);
		expect(existsSync(join(cycle.outDir, 'index.html'))).toBe(false);
	});
});

describe('an unknown prerequisite', () => {
	const line = `${UNKNOWN_PREREQUISITE_CONTENT}/skills/postgresql.yaml  prerequisites[0]  unknown skill "sqll": did you mean sql?`;

	test('fails npm run check with the closest id', () => {
		const { code, output } = check(UNKNOWN_PREREQUISITE_CONTENT);
		expect(code).toBe(1);
		expect(output).toContain(line.replace('postgresql.yaml  ', 'postgresql.yaml:6  '));
	});

	test('fails the build with the same message', () => {
		expect(unknownPrerequisite.code).not.toBe(0);
		expect(unknownPrerequisite.output).toContain(
			line.replace('postgresql.yaml  ', 'postgresql.yaml:6  '),
		);
	});
});

describe('a prerequisite taught later in the roadmap', () => {
	test('is a warning naming both skills, and the check still passes', () => {
		// The fixture's backend roadmap teaches postgresql in phase 1 and docker in phase 2.
		const { code, output } = check(
			CYCLE_CONTENT.replace('content-prerequisite-cycle', 'content-later-prerequisite'),
		);
		expect(code).toBe(0);
		expect(output).toContain(
			'phases[0].skills[2]  warning: postgresql needs docker first, which this roadmap teaches later (phase 2): move one of them',
		);
	});
});
