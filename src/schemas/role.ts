import { z } from 'astro/zod';
import { DateSchema, HttpsUrlSchema, IdSchema, today } from './common.ts';
import { CURRENCIES, isRegion } from './codes.ts';

/** Seniority a pay figure describes. */
export const PAY_LEVELS = ['entry', 'mid', 'senior'] as const;

/** Annual pay for one region, as published by its source. */
export const PaySchema = z
	.strictObject({
		/** ISO 3166-1 alpha-2 region code, e.g. "US", "IN". */
		region: z
			.string()
			.regex(/^[A-Z]{2}$/, {
				message: 'region must be a two-letter country code like "US"',
				abort: true,
			})
			.refine(isRegion, 'region must be a real ISO 3166-1 country code, like "US", "GB" or "IN"')
			.describe('ISO 3166-1 alpha-2 region code, e.g. "US", "IN".'),
		/** ISO 4217 currency code, e.g. "USD", "INR". */
		currency: z
			.string()
			.regex(/^[A-Z]{3}$/, {
				message: 'currency must be a three-letter code like "USD"',
				abort: true,
			})
			.refine(
				(code) => CURRENCIES.has(code),
				'currency must be an ISO 4217 code, like "USD", "GBP" or "INR"',
			)
			.describe('ISO 4217 currency code, e.g. "USD", "INR".'),
		/** Annual gross pay as a whole number in the currency's main unit, e.g. 130000. */
		amount: z
			.int('amount must be a whole number with no separators, like 130000')
			.positive()
			.describe("Annual gross pay as a whole number in the currency's main unit, e.g. 130000."),
		/** entry, mid or senior. */
		level: z
			.enum(PAY_LEVELS, { error: `level must be one of: ${PAY_LEVELS.join(', ')}` })
			.describe('entry, mid or senior.'),
		/** Where the figure was published. No source, no figure. */
		source: z
			.strictObject({
				/** Publisher and report, e.g. "U.S. Bureau of Labor Statistics, OEWS". */
				name: z
					.string()
					.min(2, 'source.name is required: who published this figure?')
					.max(300, 'source.name must be at most 300 characters')
					.describe('Publisher and report, e.g. "U.S. Bureau of Labor Statistics, OEWS".'),
				/** Link to the page that states the figure, https only. */
				url: HttpsUrlSchema.describe('Link to the page that states the figure, https only.'),
			})
			.describe('Where the figure was published. No source, no figure.'),
		/** Year the figure describes, e.g. 2025. */
		year: z
			.int('year must be a four-digit year like 2025')
			.min(2000, 'year must be 2000 or later')
			.refine((year) => year <= today().getUTCFullYear(), {
				message: 'year must not be in the future: write the year the figure describes',
			})
			.describe('Year the figure describes, e.g. 2025.'),
	})
	.describe('Annual pay for one region, as published by its source.');

/** "Pick one of these": practitioners choose one, e.g. one backend language. */
export const OneOfSchema = z
	.strictObject({
		/** Two to six skill ids; the reader learns one of them. */
		oneOf: z
			.array(IdSchema)
			.min(2, 'oneOf needs at least two skill ids: with one, list the skill on its own')
			.max(6, 'oneOf lists at most six skills')
			.describe('Two to six skill ids; the reader learns one of them.'),
	})
	.describe('"Pick one of these": practitioners choose one, e.g. one backend language.');

/** A skill id, or a "pick one" group of skill ids. */
export const PhaseSkillSchema = z.union([IdSchema, OneOfSchema], {
	error: 'each skill is a skill id like "postgresql", or a group like { oneOf: [python, go] }',
});

/** One phase of a roadmap. */
export const PhaseSchema = z
	.strictObject({
		/** Short name, e.g. "APIs and auth". */
		title: z
			.string()
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
		summary: z
			.string()
			.min(20, 'phase summary needs one full sentence (20+ characters)')
			.max(600, 'phase summary must be at most 600 characters')
			.describe('Two or three sentences on what this phase covers.'),
		/** Ids of the skills learnt in this phase (files in content/skills/). */
		skills: z
			.array(PhaseSkillSchema)
			.min(1, 'a phase needs at least one skill id')
			.describe('Ids of the skills learnt in this phase (files in content/skills/).'),
		/** Concrete, checkable outcomes that show the phase is done. */
		milestones: z
			.array(
				z
					.string()
					.min(8, 'a milestone needs a few words (8+ characters)')
					.max(200, 'a milestone must be at most 200 characters: one checkable outcome'),
			)
			.min(1, 'a phase needs at least one milestone')
			.describe('Concrete, checkable outcomes that show the phase is done.'),
	})
	.describe('One phase of a roadmap.');

/** A role roadmap. The body answers "What does a … do?". */
export const RoleSchema = z
	.strictObject({
		/** Role name, e.g. "Backend Engineer". */
		title: z
			.string()
			.min(3, 'title is required, like "Backend Engineer"')
			.max(60, 'title must be at most 60 characters, like "Backend Engineer"')
			.describe('Role name, e.g. "Backend Engineer".'),
		/** One line under the title; also the meta description. At most 160 characters. */
		tagline: z
			.string()
			.min(20, 'tagline needs one full sentence (20+ characters)')
			.max(160, 'tagline must be at most 160 characters: it is also the meta description')
			.describe('One line under the title; also the meta description. At most 160 characters.'),
		/** Id of the track this role belongs to (files in content/tracks/). */
		track: IdSchema.describe('Id of the track this role belongs to (files in content/tracks/).'),
		/** Pay figures, one per region and level, each with its source and year. */
		pay: z
			.array(PaySchema)
			.default([])
			.describe('Pay figures, one per region and level, each with its source and year.'),
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
			.describe('The roadmap, in order. Time to ready is the sum of their months.'),
		/** Three to seven things the role does on an ordinary day. */
		typicalDay: z
			.array(z.string().min(8).max(200, 'a typicalDay item must be at most 200 characters'))
			.min(3, 'typicalDay needs 3 to 7 items')
			.max(7, 'typicalDay needs 3 to 7 items')
			.describe('Three to seven things the role does on an ordinary day.'),
		/** A short plain-text paragraph on why the role matters now. */
		whyItMatters: z
			.string()
			.min(40, 'whyItMatters needs a short paragraph (40+ characters)')
			.max(1200, 'whyItMatters must be at most 1,200 characters: one short paragraph')
			.describe('A short plain-text paragraph on why the role matters now.'),
		/** Ids of hands-on projects (files in content/projects/). */
		projects: z
			.array(IdSchema)
			.default([])
			.describe('Ids of hands-on projects (files in content/projects/).'),
		/** Ids of essays that serve this role (files in content/essays/). */
		essays: z
			.array(IdSchema)
			.default([])
			.describe('Ids of essays that serve this role (files in content/essays/).'),
		/** Ids of roles to show as related even below the shared-skills threshold. */
		related: z
			.array(IdSchema)
			.default([])
			.describe('Ids of roles to show as related even below the shared-skills threshold.'),
		/** Date the role was last reviewed, YYYY-MM-DD. */
		updated: DateSchema.describe('Date the role was last reviewed, YYYY-MM-DD.'),
		/** Drafts are built in development but left out of the published site. */
		draft: z
			.boolean()
			.default(false)
			.describe('Drafts are built in development but left out of the published site.'),
	})
	.describe('A role roadmap. The body answers "What does a … do?".');

export type Pay = z.infer<typeof PaySchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type PhaseSkill = z.infer<typeof PhaseSkillSchema>;
export type Role = z.infer<typeof RoleSchema>;
