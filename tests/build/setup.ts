import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, OUTPUT, type BuildResult } from './build-site';

/** Where the hostile fixtures would write if any of their code ran: every "pwned-…" they name. */
export async function markers(): Promise<string[]> {
	const names = new Set<string>();
	for (const name of await readdir('tests/fixtures/hostile')) {
		const text = await readFile(`tests/fixtures/hostile/${name}`, 'latin1');
		for (const match of text.matchAll(/pwned-[a-z-]+/g)) names.add(match[0]);
	}
	return [...names].map((name) => `${OUTPUT}/${name}`);
}
export const HOSTILE_CONTENT = 'tests/.output/hostile-content';

/**
 * The valid fixture site plus every hostile file (Markdown as essays, YAML as skills), a link to a
 * hostile file outside content/, an impostor named like a real role and a .md/.mdx pair with one id.
 */
async function hostileContent(): Promise<void> {
	await rm(HOSTILE_CONTENT, { recursive: true, force: true });
	await mkdir(HOSTILE_CONTENT, { recursive: true });
	await cp('tests/fixtures/site', HOSTILE_CONTENT, { recursive: true });
	for (const name of await readdir('tests/fixtures/hostile')) {
		const folder = name.endsWith('.yaml') ? 'skills' : 'essays';
		await cp(`tests/fixtures/hostile/${name}`, `${HOSTILE_CONTENT}/${folder}/${name}`);
	}
	await symlink(
		resolve('tests/fixtures/hostile/export-tab.mdx'),
		`${HOSTILE_CONTENT}/roles/linked.mdx`,
	);
	await cp(
		`${HOSTILE_CONTENT}/roles/backend-engineer.md`,
		`${HOSTILE_CONTENT}/roles/backend-engineer~.md`,
	);
	await cp(
		`${HOSTILE_CONTENT}/roles/backend-engineer.md`,
		`${HOSTILE_CONTENT}/roles/backend-engineer.mdx`,
	);
	await Promise.all((await markers()).map((marker) => rm(marker, { force: true })));
}

export const CYCLE_CONTENT = 'tests/.output/content-prerequisite-cycle';
export const UNKNOWN_PREREQUISITE_CONTENT = 'tests/.output/content-unknown-prerequisite';

/** The valid fixture site with `prerequisites` lines appended to some of its skills. */
async function withPrerequisites(dir: string, lines: Record<string, string>): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	await cp('tests/fixtures/site', dir, { recursive: true });
	for (const [skill, line] of Object.entries(lines)) {
		const file = `${dir}/skills/${skill}.yaml`;
		await writeFile(file, `${await readFile(file, 'utf8')}${line}\n`);
	}
}

export const TRANSLATION_SHAPE_CONTENT = 'tests/.output/content-translation-shape';

/** The valid fixture site whose Spanish role lost the last milestone of its first phase. */
async function translationShape(): Promise<void> {
	await rm(TRANSLATION_SHAPE_CONTENT, { recursive: true, force: true });
	await cp('tests/fixtures/site', TRANSLATION_SHAPE_CONTENT, { recursive: true });
	const file = `${TRANSLATION_SHAPE_CONTENT}/es/roles/backend-engineer.md`;
	const text = await readFile(file, 'utf8');
	await writeFile(
		file,
		text.replace('      - Explica a otra persona un plan de EXPLAIN ANALYZE\n', ''),
	);
}

declare module 'vitest' {
	export interface ProvidedContext {
		builds: Record<
			| 'site'
			| 'unknownSkill'
			| 'badFrontmatter'
			| 'hostile'
			| 'cycle'
			| 'unknownPrerequisite'
			| 'translationShape',
			BuildResult
		>;
	}
}

/** Builds each fixture once, one after another (parallel builds would fight over two cores). */
export default async function setup(project: TestProject): Promise<void> {
	const site = await buildSite('site', 'tests/fixtures/site');
	if (site.code !== 0) throw new Error(`The fixture site failed to build:\n${site.output}`);
	const unknownSkill = await buildSite('unknown-skill', 'tests/fixtures/unknown-skill');
	const badFrontmatter = await buildSite('bad-frontmatter', 'tests/fixtures/bad-frontmatter');
	await hostileContent();
	const hostile = await buildSite('hostile', HOSTILE_CONTENT);
	// postgresql → sql → python → postgresql
	await withPrerequisites(CYCLE_CONTENT, {
		postgresql: 'prerequisites: [sql]',
		sql: 'prerequisites: [python]',
		python: 'prerequisites: [postgresql]',
	});
	const cycle = await buildSite('prerequisite-cycle', CYCLE_CONTENT);
	await withPrerequisites(UNKNOWN_PREREQUISITE_CONTENT, { postgresql: 'prerequisites: [sqll]' });
	const unknownPrerequisite = await buildSite('unknown-prerequisite', UNKNOWN_PREREQUISITE_CONTENT);
	// Checked only (a warning does not stop a build): postgresql needs docker, taught a phase later.
	await withPrerequisites('tests/.output/content-later-prerequisite', {
		postgresql: 'prerequisites: [docker]',
	});
	await translationShape();
	const translationShapeBuild = await buildSite('translation-shape', TRANSLATION_SHAPE_CONTENT);
	project.provide('builds', {
		translationShape: translationShapeBuild,
		site,
		unknownSkill,
		badFrontmatter,
		hostile,
		cycle,
		unknownPrerequisite,
	});
}
