/**
 * Links and URLs that leave the site, point into the reader's or the builder's own network, imitate
 * another site or can never load: `npm run check` and `astro build` refuse each with the same line.
 * The fixtures and their lines are in tests/fixtures/hostile-links/.
 */
import { cp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent, formatFinding } from '../../src/checks/content';
import { BODY_LINES, YAML_LINES } from '../fixtures/hostile-links/expected';
import { buildSite, type BuildResult } from './build-site';

const FIXTURES = 'tests/fixtures/hostile-links';

/** The valid fixture site plus one folder of the hostile files. */
async function contentWith(folder: 'essays' | 'skills'): Promise<string> {
	const dir = `tests/.output/hostile-links-${folder}-content`;
	await rm(dir, { recursive: true, force: true });
	await cp('tests/fixtures/site', dir, { recursive: true });
	for (const name of await readdir(join(FIXTURES, folder)))
		await cp(join(FIXTURES, folder, name), join(dir, folder, name));
	return dir;
}

const runs: Record<'essays' | 'skills', { dir: string; build: BuildResult; check: string[] }> =
	{} as never;

beforeAll(async () => {
	// One after the other: two builds at once would fight over two cores.
	for (const folder of ['essays', 'skills'] as const) {
		const dir = await contentWith(folder);
		const { findings } = await checkContent(dir);
		const check = findings
			.filter((finding) => finding.severity === 'error')
			.map((finding) => formatFinding(finding));
		runs[folder] = { dir, check, build: await buildSite(`hostile-links-${folder}`, dir) };
	}
});

describe.each([
	['body links and images (the content guard)', 'essays', BODY_LINES],
	['URLs in YAML (the schema)', 'skills', YAML_LINES],
] as const)('%s', (_name, folder, lines) => {
	test('check prints exactly the expected lines, and no other error', () => {
		const { dir, check } = runs[folder];
		expect(check).toEqual(lines.map((line) => `${dir}/${line}`));
	});

	test('the build fails with the same lines and writes no page', () => {
		const { dir, build } = runs[folder];
		expect(build.code).not.toBe(0);
		const missing = lines
			.map((line) => `${dir}/${line}`)
			.filter((line) => !build.output.includes(line));
		expect(missing).toEqual([]);
		expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
	});
});
