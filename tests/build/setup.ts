import type { TestProject } from 'vitest/node';
import { buildSite, type BuildResult } from './build-site';

declare module 'vitest' {
	export interface ProvidedContext {
		builds: Record<'site' | 'unknownSkill' | 'badFrontmatter', BuildResult>;
	}
}

/** Builds each fixture once, one after another (parallel builds would fight over two cores). */
export default async function setup(project: TestProject): Promise<void> {
	const site = await buildSite('site', 'tests/fixtures/site');
	if (site.code !== 0) throw new Error(`The fixture site failed to build:\n${site.output}`);
	const unknownSkill = await buildSite('unknown-skill', 'tests/fixtures/unknown-skill');
	const badFrontmatter = await buildSite('bad-frontmatter', 'tests/fixtures/bad-frontmatter');
	project.provide('builds', { site, unknownSkill, badFrontmatter });
}
