import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildSite, OUTPUT, type BuildResult } from './build-site';

/** Where the hostile fixtures would write if any of their code ran. */
export const MARKERS = ['pwned-esm', 'pwned-export', 'pwned-expression'].map(
	(name) => `${OUTPUT}/${name}`,
);
export const HOSTILE_CONTENT = 'tests/.output/hostile-content';

/** The valid fixture site plus every hostile file as an essay. */
async function hostileContent(): Promise<void> {
	await rm(HOSTILE_CONTENT, { recursive: true, force: true });
	await mkdir(HOSTILE_CONTENT, { recursive: true });
	await cp('tests/fixtures/site', HOSTILE_CONTENT, { recursive: true });
	for (const name of await readdir('tests/fixtures/hostile')) {
		await cp(`tests/fixtures/hostile/${name}`, `${HOSTILE_CONTENT}/essays/${name}`);
	}
	await Promise.all(MARKERS.map((marker) => rm(marker, { force: true })));
}

declare module 'vitest' {
	export interface ProvidedContext {
		builds: Record<'site' | 'unknownSkill' | 'badFrontmatter' | 'hostile', BuildResult>;
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
	project.provide('builds', { site, unknownSkill, badFrontmatter, hostile });
}
