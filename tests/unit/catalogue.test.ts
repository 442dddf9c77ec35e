import { beforeAll, describe, expect, test } from 'vitest';
import { readCollection } from '../../src/checks/content-files';
import { relatedRoles } from '../../src/lib/related';
import { roleSkills } from '../../src/lib/roadmap';
import {
	EssaySchema,
	ProjectSchema,
	RoleSchema,
	SkillSchema,
	TrackSchema,
} from '../../src/schemas';
import { siteConfig } from '../../src/site.config';

// The published catalogue, read from content/ and validated by the same schemas the build uses.
const load = async <T>(folder: string, schema: { parse: (v: unknown) => T }) =>
	(await readCollection(`content/${folder}`)).map((entry) => ({
		...entry,
		data: schema.parse(entry.data),
	}));

let tracks: Awaited<ReturnType<typeof load<ReturnType<typeof TrackSchema.parse>>>>;
let skills: Awaited<ReturnType<typeof load<ReturnType<typeof SkillSchema.parse>>>>;
let roles: Awaited<ReturnType<typeof load<ReturnType<typeof RoleSchema.parse>>>>;
let projects: Awaited<ReturnType<typeof load<ReturnType<typeof ProjectSchema.parse>>>>;
let essays: Awaited<ReturnType<typeof load<ReturnType<typeof EssaySchema.parse>>>>;

beforeAll(async () => {
	[tracks, skills, roles, projects, essays] = await Promise.all([
		load('tracks', TrackSchema),
		load('skills', SkillSchema),
		load('roles', RoleSchema),
		load('projects', ProjectSchema),
		load('essays', EssaySchema),
	]);
	roles = roles.filter((role) => !role.data.draft);
});

describe('the catalogue is big enough to be useful', () => {
	test('at least 16 roles across at least 4 tracks', () => {
		expect(roles.length).toBeGreaterThanOrEqual(16);
		expect(new Set(roles.map((role) => role.data.track)).size).toBeGreaterThanOrEqual(4);
		expect(tracks.length).toBeGreaterThanOrEqual(4);
	});

	test('at least 80 skills and 8 essays', () => {
		expect(skills.length).toBeGreaterThanOrEqual(80);
		expect(essays.filter((essay) => !essay.data.draft).length).toBeGreaterThanOrEqual(8);
	});

	test('every role has at least 6 projects, and Backend Engineer keeps 12', () => {
		const short = roles.filter((role) => role.data.projects.length < 6).map((role) => role.id);
		expect(short).toEqual([]);
		expect(roles.find((role) => role.id === 'backend-engineer')?.data.projects).toHaveLength(12);
	});

	test('every role is complete: 3–6 phases, each with 2+ milestones, and at least one essay', () => {
		const incomplete = roles
			.filter(
				(role) =>
					role.data.phases.length < 3 ||
					role.data.phases.length > 6 ||
					role.data.phases.some((phase) => phase.milestones.length < 2) ||
					role.data.essays.length === 0 ||
					role.body.trim().length < 200,
			)
			.map((role) => role.id);
		expect(incomplete).toEqual([]);
	});
});

// Pay figures: tests/unit/pay-register.test.ts reads them with the register (content/sources/).

describe('skills are defined exactly where they are used', () => {
	test('no skill is used but undefined', () => {
		const defined = new Set(skills.map((skill) => skill.id));
		const used = [
			...roles.flatMap((role) => roleSkills(role.data.phases).map((id) => `${role.file}: ${id}`)),
			...projects.flatMap((project) => project.data.skills.map((id) => `${project.file}: ${id}`)),
		];
		expect(used.filter((use) => !defined.has(use.split(': ')[1] ?? ''))).toEqual([]);
	});

	test('no skill is defined but unused', () => {
		const used = new Set([
			...roles.flatMap((role) => roleSkills(role.data.phases)),
			...projects.flatMap((project) => project.data.skills),
		]);
		expect(skills.filter((skill) => !used.has(skill.id)).map((skill) => skill.file)).toEqual([]);
	});

	test('search aliases never repeat a skill’s own name or another skill’s id', () => {
		const ids = new Set(skills.map((skill) => skill.id));
		const clashes = skills.flatMap((skill) =>
			skill.data.aliases
				.filter(
					(alias) =>
						alias === skill.data.name.toLowerCase() || (ids.has(alias) && alias !== skill.id),
				)
				.map((alias) => `${skill.id}: ${alias}`),
		);
		expect(clashes).toEqual([]);
	});
});

describe('related roles', () => {
	// Deep roadmaps list 15–27 skills with alternatives, which dilutes the shared share; a role whose
	// neighbours fall under the threshold names them by hand in `related`.
	test('every role shows a related role: computed at the default threshold, or listed by hand', () => {
		const related = relatedRoles(
			roles.map((role) => ({ id: role.id, skills: roleSkills(role.data.phases) })),
			siteConfig.relatedThreshold,
		);
		const alone = roles
			.filter((role) => (related.get(role.id) ?? []).length === 0 && role.data.related.length === 0)
			.map((role) => role.id);
		expect(alone).toEqual([]);
	});
});

describe('depth and trust of the content', () => {
	test('every role names at least 15 skills and 60 topics across them', () => {
		const topics = new Map(skills.map((skill) => [skill.id, skill.data.topics?.length ?? 0]));
		const shallow = roles.flatMap((role) => {
			const ids = roleSkills(role.data.phases);
			const count = ids.reduce((sum, id) => sum + (topics.get(id) ?? 0), 0);
			return ids.length >= 15 && count >= 60
				? []
				: [`${role.id}: ${ids.length} skills, ${count} topics`];
		});
		expect(shallow).toEqual([]);
	});

	test('every skill has 4+ topics and 2+ resources, one of them official docs', () => {
		const thin = skills
			.filter(
				(skill) =>
					(skill.data.topics?.length ?? 0) < 4 ||
					(skill.data.resources?.length ?? 0) < 2 ||
					!skill.data.resources?.some((resource) => resource.kind === 'docs'),
			)
			.map((skill) => skill.id);
		expect(thin).toEqual([]);
	});
});
