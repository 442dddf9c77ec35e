import { spawnSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { beforeAll, expect, inject, test } from 'vitest';
import { buildSite, type BuildResult } from './build-site';

const { site } = inject('builds');
const CHANGED = 'tests/.output/content-pr-summary';
let head: BuildResult;

// The pull request: one role's hours change, one role is added.
beforeAll(async () => {
	await rm(CHANGED, { recursive: true, force: true });
	await cp('tests/fixtures/site', CHANGED, { recursive: true });
	const platform = `${CHANGED}/roles/platform-engineer.md`;
	const text = await readFile(platform, 'utf8');
	await writeFile(platform, text.replace('hoursPerWeek: 10', 'hoursPerWeek: 15'));
	await writeFile(
		`${CHANGED}/roles/release-engineer.md`,
		text.replace('title: Platform Engineer', 'title: Release Engineer'),
	);
	head = await buildSite('pr-summary', CHANGED);
	expect(head.code, head.output).toBe(0);
}, 600_000);

test('the pull-request summary lists the added pages, the changed role with its field, and page weights', () => {
	const result = spawnSync(
		process.execPath,
		['scripts/pr-summary.ts', site.outDir, head.outDir, '--site', 'https://preview.example.org'],
		{ encoding: 'utf8' },
	);
	expect(result.status, result.stderr).toBe(0);
	const summary = result.stdout;
	expect(summary).toContain('## What this pull request changes on the site');
	// Both languages' pages of the added role; the changed role, and the backend role whose related
	// roles now include the added one; skills whose count of roles changed.
	expect(summary).toMatch(/^2 pages added, 0 removed; 2 roles and \d+ skills changed\.$/m);
	expect(summary).toContain(
		'- [/roles/release-engineer/](https://preview.example.org/roles/release-engineer/)',
	);
	expect(summary).toContain(
		'- [/roles/platform-engineer/](https://preview.example.org/roles/platform-engineer/): hoursPerWeek, totalHours, related',
	);
	// Both languages' pages of the changed and the added role, each against the budget.
	for (const path of [
		'/roles/platform-engineer/',
		'/es/roles/platform-engineer/',
		'/roles/release-engineer/',
	])
		expect(summary).toMatch(
			new RegExp(
				`^\\| \\[${path.replaceAll('/', '\\/')}\\]\\(.+\\) \\| ([\\d,]+ B|new) \\| [\\d,]+ B \\| ✅ \\|$`,
				'm',
			),
		);
	expect(summary).toMatch(/\| \[\/roles\/release-engineer\/\]\(.+\) \| new \|/);
	expect(summary).not.toContain('### Removed pages');
});

test('two identical builds make a summary that says nothing changed', () => {
	const result = spawnSync(process.execPath, ['scripts/pr-summary.ts', site.outDir, site.outDir], {
		encoding: 'utf8',
	});
	expect(result.stdout).toContain('No page, figure, translation or warning changes.');
});
