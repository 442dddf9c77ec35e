import { z } from 'astro/zod';
import { DateSchema, IdSchema } from './common.ts';
import { fields, line, most, paragraph } from './text.ts';

/** Seniority a pay figure describes: every level, or one band or grade (from its source's population). */
export const PAY_LEVELS = ['all', 'entry', 'mid', 'senior'] as const;

/** How a role matches the occupation a figure was measured for. */
export const PAY_MATCHES = ['exact', 'nearest'] as const;

/**
 * A pay figure cited from the register (content/sources/): the role names the release and the
 * occupation in it; amount, currency, year, statistic and population come from the release.
 */
export const PaySchema = z
	.strictObject(
		{
			/** Id of the release in content/sources/, e.g. "bls-oews-2024-05". */
			source: z
				.string({
					error:
						'source is required: the id of a release in content/sources/, like "bls-oews-2024-05"',
				})
				.pipe(IdSchema)
				.describe('Id of the release in content/sources/, e.g. "bls-oews-2024-05".'),
			/** The occupation in that release, by its code ("15-1252") or its name ("Software Developers"). */
			occupation: z
				.string({
					error:
						'occupation is required: the code or name of the occupation in the source, like "15-1252"',
				})
				.min(
					2,
					'occupation is required: the code or name of the occupation in the source, like "15-1252"',
				)
				.max(120, 'occupation must be at most 120 characters: its code or name in the source')
				.describe('The occupation in that release, by its code ("15-1252") or its name.'),
			/** exact: the occupation is this role; nearest: the closest occupation the source measures. */
			match: z
				.enum(PAY_MATCHES, { error: `match must be one of: ${PAY_MATCHES.join(', ')}` })
				.describe(
					'exact: the occupation is this role; nearest: the closest one the source measures.',
				),
			/** Why the nearest occupation stands for this role, in a few words (reviewers and the API). */
			reason: line()
				.min(8, 'reason needs a few words: why this occupation stands for the role')
				.max(200, 'reason must be at most 200 characters')
				.optional()
				.describe('Why the nearest occupation stands for this role, in a few words.'),
			/** Optional: the level this figure is shown as; it must match the source's population. */
			level: z
				.enum(PAY_LEVELS, { error: `level must be one of: ${PAY_LEVELS.join(', ')}` })
				.optional()
				.describe(
					"Optional: the level this figure is shown as; it must match the source's population.",
				),
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `${issue.keys.join(', ')}: a role cites a figure, it does not copy one. Write { source, occupation, match, reason }; amount, currency, region, year and the source's name live in its file in content/sources/`
					: undefined,
		},
	)
	.refine((pay) => pay.match === 'exact' || pay.reason, {
		message: 'a nearest occupation needs a reason: say in a few words why it stands for this role',
		path: ['reason'],
	})
	.describe('A pay figure cited from the register: a source id and an occupation in it.');

/** "Pick one of these": practitioners choose one, e.g. one backend language. */
export const OneOfSchema = fields({
	/** Two to six skill ids; the reader learns one of them. */
	oneOf: z
		.array(IdSchema)
		.min(2, 'oneOf needs at least two skill ids: with one, list the skill on its own')
		.max(6, 'oneOf lists at most six skills')
		.describe('Two to six skill ids; the reader learns one of them.'),
}).describe('"Pick one of these": practitioners choose one, e.g. one backend language.');

/** A skill id, or a "pick one" group of skill ids. */
export const PhaseSkillSchema = z.union([IdSchema, OneOfSchema], {
	error: 'each skill is a skill id like "postgresql", or a group like { oneOf: [python, go] }',
});

/** One phase of a roadmap. */
export const PhaseSchema = fields({
	/** Short name, e.g. "APIs and auth". */
	title: line()
		.min(2, 'phase title is required')
		.max(80, 'phase title must be at most 80 characters')
		.describe('Short name, e.g. "APIs and auth".'),
	/** Typical months at the role's hours per week; may be fractional (1.5). */
	months: z
		.number()
		.positive('months must be more than 0')
		.max(36)
		.describe("Typical months at the role's hours per week; may be fractional (1.5)."),
	/** Two or three sentences on what this phase covers. */
	summary: paragraph()
		.min(20, 'phase summary needs one full sentence (20+ characters)')
		.max(600, 'phase summary must be at most 600 characters')
		.describe('Two or three sentences on what this phase covers.'),
	/** Ids of the skills learnt in this phase (files in content/skills/). */
	skills: z
		.array(PhaseSkillSchema)
		.min(1, 'a phase needs at least one skill id')
		.max(15, most(15, 'skills in a phase', 'split the phase in two'))
		.describe('Ids of the skills learnt in this phase (files in content/skills/).'),
	/** Concrete, checkable outcomes that show the phase is done. */
	milestones: z
		.array(
			line()
				.min(8, 'a milestone needs a few words (8+ characters)')
				.max(200, 'a milestone must be at most 200 characters: one checkable outcome'),
		)
		.min(1, 'a phase needs at least one milestone')
		.max(12, most(12, 'milestones in a phase', 'keep the ones that best show the phase is done'))
		.describe('Concrete, checkable outcomes that show the phase is done.'),
}).describe('One phase of a roadmap.');

/** A role roadmap. The body answers "What does a … do?". */
export const RoleSchema = fields({
	/** Role name, e.g. "Backend Engineer". */
	title: line()
		.min(3, 'title is required, like "Backend Engineer"')
		.max(
			40,
			'title must be at most 40 characters, like "Backend Engineer": the page is titled "How to become a …" and the whole must fit the 70 characters search results show',
		)
		.describe('Role name, e.g. "Backend Engineer".'),
	/** One line under the title; also the meta description. At most 160 characters. */
	tagline: line()
		.min(20, 'tagline needs one full sentence (20+ characters)')
		.max(160, 'tagline must be at most 160 characters: it is also the meta description')
		.describe('One line under the title; also the meta description. At most 160 characters.'),
	/** Id of the track this role belongs to (files in content/tracks/). */
	track: IdSchema.describe('Id of the track this role belongs to (files in content/tracks/).'),
	/** Pay figures cited from the register (content/sources/), one per region and level. */
	pay: z
		.array(PaySchema)
		.default([])
		.describe('Pay figures cited from the register (content/sources/), one per region and level.'),
	/** Hours a week the roadmap's months assume. */
	hoursPerWeek: z
		.number('hoursPerWeek must be a number, like 10')
		.min(1, 'hoursPerWeek must be at least 1')
		.max(60, 'hoursPerWeek above 60 is not a plan anyone keeps')
		.describe("Hours a week the roadmap's months assume."),
	/** The roadmap, in order. Time to ready is the sum of their months. */
	phases: z
		.array(PhaseSchema)
		.min(1, 'a role needs at least one phase')
		.max(12, most(12, 'phases in a role', 'merge phases, or split the roadmap into two roles'))
		.describe('The roadmap, in order. Time to ready is the sum of their months.'),
	/** Three to seven things the role does on an ordinary day. */
	typicalDay: z
		.array(
			line()
				.min(8, 'a typicalDay item needs a few words (8+ characters)')
				.max(200, 'a typicalDay item must be at most 200 characters'),
		)
		.min(3, 'typicalDay needs 3 to 7 items')
		.max(7, 'typicalDay needs 3 to 7 items')
		.describe('Three to seven things the role does on an ordinary day.'),
	/** A short plain-text paragraph on why the role matters now. */
	whyItMatters: paragraph()
		.min(40, 'whyItMatters needs a short paragraph (40+ characters)')
		.max(1200, 'whyItMatters must be at most 1,200 characters: one short paragraph')
		.describe('A short plain-text paragraph on why the role matters now.'),
	/** Ids of hands-on projects (files in content/projects/). */
	projects: z
		.array(IdSchema)
		.max(30, most(30, 'projects in a role', 'keep the best thirty'))
		.default([])
		.describe('Ids of hands-on projects (files in content/projects/).'),
	/** Ids of essays that serve this role (files in content/essays/). */
	essays: z
		.array(IdSchema)
		.max(20, most(20, 'essays in a role', 'keep the twenty that serve it best'))
		.default([])
		.describe('Ids of essays that serve this role (files in content/essays/).'),
	/** Ids of roles to show as related even below the shared-skills threshold. */
	related: z
		.array(IdSchema)
		.max(12, most(12, 'related roles', 'keep the closest twelve'))
		.default([])
		.describe('Ids of roles to show as related even below the shared-skills threshold.'),
	/** Date the role was last reviewed, YYYY-MM-DD. */
	updated: DateSchema.describe('Date the role was last reviewed, YYYY-MM-DD.'),
	/** Drafts are built in development but left out of the published site. */
	draft: z
		.boolean()
		.default(false)
		.describe('Drafts are built in development but left out of the published site.'),
}).describe('A role roadmap. The body answers "What does a … do?".');

export type Pay = z.infer<typeof PaySchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type PhaseSkill = z.infer<typeof PhaseSkillSchema>;
export type Role = z.infer<typeof RoleSchema>;
