import { describe, expect, test } from 'vitest';
import {
	EssaySchema,
	ProjectSchema,
	RoleSchema,
	SkillSchema,
	TrackSchema,
} from '../../src/schemas';

const validRole = {
	title: 'Backend Engineer',
	tagline: 'Designs the APIs and data models that product features depend on.',
	track: 'engineering',
	pay: [
		{
			source: 'bls-oews-2024-05',
			occupation: '15-1252',
			match: 'nearest',
			reason: 'the broader occupation that includes backend developers',
		},
	],
	hoursPerWeek: 12,
	phases: [
		{
			title: 'Language and databases',
			months: 3,
			summary: 'Learn one language well and SQL on PostgreSQL.',
			skills: ['python', 'sql'],
			milestones: ['Ship a command-line tool'],
		},
	],
	typicalDay: ['Design an endpoint', 'Review a pull request', 'Write a migration'],
	whyItMatters: 'Every feature that calls a language model needs a backend behind it.',
	projects: ['crud-cli-tool'],
	updated: '2026-11-20',
};

/** Each failure as "path: message", the way a contributor reads it in the build output. */
function problems(
	schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
	value: unknown,
) {
	const result = schema.safeParse(value) as {
		success: boolean;
		error?: { issues: { path: PropertyKey[]; message: string }[] };
	};
	return result.success
		? []
		: (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a valid role parses, with defaults filled in', () => {
	test('defaults', () => {
		const role = RoleSchema.parse(validRole);
		expect(role.essays).toEqual([]);
		expect(role.related).toEqual([]);
		expect(role.draft).toBe(false);
		expect(role.updated).toEqual(new Date('2026-11-20'));
	});
});

describe('bad role frontmatter fails with a message that says how to fix it', () => {
	const [pay] = validRole.pay;
	const [phase] = validRole.phases;
	test.each([
		{
			name: 'long tagline',
			patch: { tagline: 'word '.repeat(32) + 'x' },
			expected: 'tagline: tagline must be at most 160 characters: it is also the meta description',
		},
		{
			name: 'bad track id',
			patch: { track: 'Engineering' },
			expected: 'track: ids are lowercase words joined by hyphens, like "backend-engineer"',
		},
		{
			name: 'a pay figure copied into the role instead of cited',
			patch: { pay: [{ region: 'US', currency: 'USD', amount: 130000, level: 'mid', year: 2025 }] },
			expected: [
				'pay.0.source: source is required: the id of a release in content/sources/, like "bls-oews-2024-05"',
				'pay.0.occupation: occupation is required: the code or name of the occupation in the source, like "15-1252"',
				'pay.0.match: match must be one of: exact, nearest',
				"pay.0: region, currency, amount, year: a role cites a figure, it does not copy one. Write { source, occupation, match, reason }; amount, currency, region, year and the source's name live in its file in content/sources/",
			],
		},
		{
			name: 'unknown match',
			patch: { pay: [{ ...pay, match: 'close' }] },
			expected: 'pay.0.match: match must be one of: exact, nearest',
		},
		{
			name: 'a nearest occupation with no reason',
			patch: { pay: [{ ...pay, reason: undefined }] },
			expected:
				'pay.0.reason: a nearest occupation needs a reason: say in a few words why it stands for this role',
		},
		{
			name: 'unknown level',
			patch: { pay: [{ ...pay, level: 'junior' }] },
			expected: 'pay.0.level: level must be one of: all, entry, mid, senior',
		},
		{
			name: 'a source id that is a path',
			patch: { pay: [{ ...pay, source: '../roles/backend-engineer' }] },
			expected: 'pay.0.source: ids are lowercase words joined by hyphens, like "backend-engineer"',
		},
		{
			name: 'a review date in the future',
			patch: { updated: '2999-01-01' },
			expected: 'updated: must not be in the future: write the day it happened, as YYYY-MM-DD',
		},
		{
			name: 'a fraction of an hour a week',
			patch: { hoursPerWeek: 0.0001 },
			expected: 'hoursPerWeek: hoursPerWeek must be at least 1',
		},
		{
			name: 'a title a megabyte long',
			patch: { title: 'word '.repeat(200_000) },
			expected:
				'title: title must be at most 40 characters, like "Backend Engineer": the page is titled "How to become a …" and the whole must fit the 70 characters search results show',
		},
		{
			name: 'no phases',
			patch: { phases: [] },
			expected: 'phases: a role needs at least one phase',
		},
		{
			name: 'phase without skills',
			patch: { phases: [{ ...phase, skills: [] }] },
			expected: 'phases.0.skills: a phase needs at least one skill id',
		},
		{
			name: 'zero months',
			patch: { phases: [{ ...phase, months: 0 }] },
			expected: 'phases.0.months: months must be more than 0',
		},
		{
			name: 'short typical day',
			patch: { typicalDay: ['Design an endpoint'] },
			expected: 'typicalDay: typicalDay needs 3 to 7 items',
		},
		{
			name: 'bad date',
			patch: { updated: 'last week' },
			expected: 'updated: must be a date written as YYYY-MM-DD, like 2026-11-20',
		},
		{
			name: 'misspelt field',
			patch: { hoursPerWeak: 12 },
			expected:
				': unknown field "hoursPerWeak" (did you mean "hoursPerWeek"?). The fields allowed here are title, tagline, track, pay, hoursPerWeek, phases, typicalDay, whyItMatters, projects, essays, related, updated, draft (check the spelling, or delete the line)',
		},
	])('$name', ({ patch, expected }) => {
		expect(problems(RoleSchema, { ...validRole, ...patch })).toEqual(
			Array.isArray(expected) ? expected : [expected],
		);
	});
});

describe('other collections', () => {
	test.each([
		{
			name: 'skill with an http docs link',
			schema: SkillSchema,
			value: {
				name: 'Redis',
				category: 'database',
				description: 'An in-memory data store used for caching.',
				docs: 'http://redis.io',
			},
			expected: ['docs: must be an absolute https:// URL, like "https://www.postgresql.org/docs/"'],
		},
		{
			name: 'skill with an unknown category',
			schema: SkillSchema,
			value: {
				name: 'Redis',
				category: 'db',
				description: 'An in-memory data store used for caching.',
				docs: 'https://redis.io/docs/',
			},
			expected: [
				'category: category must be one of: language, database, framework, infrastructure, cloud, tool, practice, concept, data, ai, security, people',
			],
		},
		{
			name: 'project with no skills',
			schema: ProjectSchema,
			value: {
				title: 'Build a CLI',
				summary: 'A command-line tool that manages records.',
				difficulty: 'beginner',
				skills: [],
				hours: 10,
			},
			expected: ['skills: list at least one skill id, like [postgresql]'],
		},
		{
			name: 'project with fractional hours',
			schema: ProjectSchema,
			value: {
				title: 'Build a CLI',
				summary: 'A command-line tool that manages records.',
				difficulty: 'easy',
				skills: ['python'],
				hours: 2.5,
			},
			expected: [
				'difficulty: difficulty must be one of: beginner, intermediate, advanced',
				'hours: hours must be a whole number, like 20',
			],
		},
		{
			name: 'essay with a long description',
			schema: EssaySchema,
			value: {
				title: 'Layered design',
				description: 'word '.repeat(40) + 'x',
				published: '2026-10-01',
			},
			expected: [
				'description: description must be at most 200 characters: it is also the meta description',
			],
		},
		{
			name: 'track without order',
			schema: TrackSchema,
			value: { name: 'Data & AI', description: 'Roles that turn raw data into decisions.' },
			expected: ['order: order must be a whole number, like 1'],
		},
	])('$name', ({ schema, value, expected }) => {
		expect(problems(schema, value)).toEqual(expected);
	});
});

describe('skill topics, resources and prerequisites', () => {
	const skill = {
		name: 'PostgreSQL',
		category: 'database',
		description: 'An open-source relational database.',
		docs: 'https://www.postgresql.org/docs/',
	};
	const docs = {
		title: 'PostgreSQL documentation',
		url: 'https://www.postgresql.org/docs/',
		kind: 'docs',
		free: true,
	};
	const book = {
		title: 'Use The Index, Luke',
		url: 'https://use-the-index-luke.com/',
		kind: 'book',
		free: true,
	};

	test.each([
		[
			{ topics: ['joins', 'indexes', 'transactions'] },
			'topics: topics needs 4 to 12 items: what a learner studies inside this skill, in order',
		],
		[
			{ topics: Array.from({ length: 13 }, (_, i) => `topic ${i}`) },
			'topics: topics needs 4 to 12 items: split the skill in two if it needs more',
		],
		[
			{ topics: ['joins', 'indexes', 'transactions', 'word '.repeat(16) + 'x'] },
			'topics.3: a topic is a short phrase (at most 80 characters)',
		],
		[{ resources: [docs] }, 'resources: resources needs 2 to 6 items'],
		[
			{ resources: [book, { ...book, title: 'Another book' }] },
			'resources: resources needs at least one official docs page (kind: docs)',
		],
		[
			{ resources: [docs, { ...book, kind: 'podcast' }] },
			'resources.1.kind: kind must be one of: docs, book, course, video, article, tool',
		],
		[
			{ resources: [docs, { ...book, url: 'http://use-the-index-luke.com/' }] },
			'resources.1.url: must be an absolute https:// URL, like "https://www.postgresql.org/docs/"',
		],
		[
			{ resources: [docs, { ...book, free: 'yes' }] },
			'resources.1.free: free must be true or false',
		],
		[
			{ prerequisites: ['SQL'] },
			'prerequisites.0: ids are lowercase words joined by hyphens, like "backend-engineer"',
		],
	])('%o fails with its message', (patch, message) => {
		expect(problems(SkillSchema, { ...skill, ...patch })).toEqual([message]);
	});

	test('a complete skill parses', () => {
		expect(
			problems(SkillSchema, {
				...skill,
				topics: ['joins', 'indexes', 'transactions', 'backups'],
				resources: [docs, book],
				prerequisites: ['sql'],
			}),
		).toEqual([]);
	});
});

describe('a phase may name a "pick one" group', () => {
	test.each([
		[
			[{ oneOf: ['python'] }],
			'phases.0.skills.0.oneOf: oneOf needs at least two skill ids: with one, list the skill on its own',
		],
		[
			[{ oneOf: ['python', 'Go'] }],
			'phases.0.skills.0.oneOf.1: ids are lowercase words joined by hyphens, like "backend-engineer"',
		],
	])('%o fails with its message', (skills, message) => {
		const role = RoleSchema.safeParse({
			title: 'Backend Engineer',
			tagline: 'Designs the APIs and data models every product depends on.',
			track: 'engineering',
			hoursPerWeek: 10,
			phases: [
				{
					title: 'Basics',
					months: 2,
					summary: 'Learn one language well, then SQL.',
					skills,
					milestones: ['Ship a CLI tool'],
				},
			],
			typicalDay: ['Review code', 'Write a migration', 'Debug a slow query'],
			whyItMatters: 'Every product feature depends on a reliable backend service.',
			updated: '2026-01-01',
		});
		expect(
			role.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
		).toContain(message);
	});
});

describe('titles fit a search result', () => {
	test.each([
		['projects', ProjectSchema],
		['essays', EssaySchema],
	] as const)('a %s title over 60 characters is refused, saying why', (_name, schema) => {
		const result = schema.shape.title.safeParse('x'.repeat(40) + ' ' + 'y'.repeat(20));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe(
			'title must be at most 60 characters: with " · Rolemap" the page title must fit the 70 characters search results show',
		);
		expect(schema.shape.title.safeParse('x'.repeat(30) + ' ' + 'y'.repeat(29)).success).toBe(true);
	});
});
