/**
 * The pay register: one file per statistical release or survey edition (content/sources/), with its
 * figures by occupation. Roles cite a figure (source id + occupation); they never copy one, so one
 * occupation in one release is one figure on every page that shows it.
 */
import { z } from 'astro/zod';
import { DateSchema, HttpsUrlSchema, IdSchema, today } from './common.ts';
import { CURRENCIES, isRegion } from './codes.ts';
import { line, paragraph } from './text.ts';
import { occupationKeys } from '../lib/occupation.ts';
import { TRANSLATED_LANGS } from '../i18n/languages.ts';

/** What a release's figures measure. */
export const STATISTICS = ['median', 'mean', 'p10', 'p25', 'p75', 'p90'] as const;

/** Who a release's figures cover: everyone in the occupation, or one experience band or grade. */
export const POPULATION_LEVELS = ['all', 'entry', 'mid', 'senior'] as const;

/** Words that belong in a reviewer's notes, never in text a reader sees. */
export const RESEARCH_NOTE =
	/\b(could not be (?:checked|verified|found|read)|couldn'?t (?:check|verify)|stored|unverified|not verified|to ?do|fixme|tbd|fact-?check(?:ed)?|we could(?: not)?|no copy)\b/i;

/** Text a reader sees, refused when it reads like a research note ("could not be checked", "stored"). */
function readerString(field: string, max: number) {
	return line()
		.min(2, `${field} is required`)
		.max(max, `${field} must be at most ${max} characters`)
		.superRefine((text, ctx) => {
			const match = RESEARCH_NOTE.exec(text);
			if (match)
				ctx.addIssue({
					code: 'custom',
					message: `${field} reads like a research note ("${match[0]}"): readers see this text. Keep research notes in docs/pay-sources.md`,
				});
		});
}

/** A reference period: a year ("2024") or a month ("2024-05"). */
export const PeriodSchema = z
	.string()
	.regex(/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?$/, {
		message: 'period must be a year or a month, like "2024" or "2024-05"',
		abort: true,
	})
	.refine((period) => period <= today().toISOString().slice(0, period.length), {
		message: 'period must not be in the future: write the year or month the figures describe',
	})
	.describe('The time the figures describe: a year ("2024") or a month ("2024-05").');

/** The occupation a figure was measured for, named as its publisher names it. */
export const OccupationSchema = z
	.strictObject({
		/** The publisher's name for it, e.g. "Software Developers". */
		name: readerString('occupation.name', 120).describe(
			'The publisher\'s name for it, e.g. "Software Developers".',
		),
		/** The publisher's code, e.g. "15-1252". */
		code: z
			.string()
			.regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,15}$/, {
				message: 'occupation.code is the publisher\'s code as written, like "15-1252" or "2134"',
			})
			.optional()
			.describe('The publisher\'s code, e.g. "15-1252".'),
		/**
		 * The occupation in the site's other languages, for their pages: the publisher's own name stays
		 * in `name` (the API and the citation use it).
		 */
		names: z
			.strictObject(
				Object.fromEntries(
					TRANSLATED_LANGS.map((lang) => [
						lang,
						readerString(`occupation.names.${lang}`, 120).optional(),
					]),
				),
			)
			.optional()
			.describe(
				'The occupation in the site\'s other languages, e.g. { es: "Desarrolladores de software" }; the publisher\'s name stays in name.',
			),
		/** The classification the code belongs to, e.g. "SOC 2018", "UK SOC 2020", "CNO-11". */
		scheme: line()
			.min(2)
			.max(40, 'occupation.scheme must be at most 40 characters, like "UK SOC 2020"')
			.optional()
			.describe(
				'The classification the code belongs to, e.g. "SOC 2018", "UK SOC 2020", "CNO-11".',
			),
	})
	.refine((occupation) => !occupation.code === !occupation.scheme, {
		message:
			'occupation.code and occupation.scheme go together: a code means nothing without its classification ("SOC 2018")',
	});

/** One figure: one occupation in one region, as the release states it. */
export const FigureSchema = z.strictObject({
	occupation: OccupationSchema,
	/** ISO 3166-1 alpha-2 region code, e.g. "US". */
	region: z
		.string()
		.regex(/^[A-Z]{2}$/, {
			message: 'region must be a two-letter country code like "US"',
			abort: true,
		})
		.refine(isRegion, 'region must be a real ISO 3166-1 country code, like "US", "GB" or "IN"'),
	/** ISO 4217 currency code, e.g. "USD". */
	currency: z
		.string()
		.regex(/^[A-Z]{3}$/, {
			message: 'currency must be a three-letter code like "USD"',
			abort: true,
		})
		.refine(
			(code) => CURRENCIES.has(code),
			'currency must be an ISO 4217 code, like "USD", "GBP" or "INR"',
		),
	/** Annual gross pay as a whole number in the currency's main unit, e.g. 133080. */
	amount: z
		.int('amount must be a whole number with no separators, like 133080')
		.positive('amount must be more than 0'),
	/** The exact sentence or table row of the source that states the figure, for reviewers. */
	quote: paragraph()
		.min(10, 'quote is required: copy the sentence or table row that states the figure')
		.max(600, 'quote must be at most 600 characters: the one sentence or table row'),
	/** The page that states this figure, when it is not the release's own page. */
	url: HttpsUrlSchema.optional(),
});

/** One statistical release or survey edition. */
export const SourceSchema = z
	.strictObject({
		/** Who published it, e.g. "U.S. Bureau of Labor Statistics". */
		publisher: readerString('publisher', 120).describe(
			'Who published it, e.g. "U.S. Bureau of Labor Statistics".',
		),
		/** The short name readers know, e.g. "BLS", "ONS", "INE". */
		short: readerString('short', 24).describe(
			'The short name readers know, e.g. "BLS", "ONS", "INE".',
		),
		/** The series every edition shares, e.g. "oews": a newer edition of a series supersedes older ones. */
		series: IdSchema.describe(
			'The series every edition shares, e.g. "oews": a newer edition supersedes older ones.',
		),
		/** The release's title, e.g. "Occupational Employment and Wage Statistics". */
		title: readerString('title', 200).describe(
			'The release\'s title, e.g. "Occupational Employment and Wage Statistics".',
		),
		/** The time the figures describe: "2024" or "2024-05". */
		period: PeriodSchema,
		/** The day the release was published, YYYY-MM-DD. */
		published: DateSchema.optional().describe(
			'The day the release was published, YYYY-MM-DD, when the source states it.',
		),
		/** The day a reviewer last read every figure's quote in the source, YYYY-MM-DD. */
		checked: DateSchema.optional().describe(
			"The day a reviewer last read every figure's quote in the source, YYYY-MM-DD.",
		),
		/** The release's page, https only. */
		url: HttpsUrlSchema.describe("The release's page, https only."),
		/** What the figures measure. */
		statistic: z
			.enum(STATISTICS, { error: `statistic must be one of: ${STATISTICS.join(', ')}` })
			.describe('What the figures measure: median, mean, or a percentile (p10, p25, p75, p90).'),
		/** Who the figures cover. */
		population: z
			.strictObject({
				/** all: every level of experience; entry, mid or senior: one band or grade. */
				level: z.enum(POPULATION_LEVELS, {
					error: `population.level must be one of: ${POPULATION_LEVELS.join(', ')}`,
				}),
				/** The band or grade as the source defines it, e.g. "3–5 years' experience". */
				band: readerString('population.band', 80).optional(),
			})
			.refine((population) => population.level === 'all' || population.band, {
				message:
					'population.band is required for an experience band or grade: say what the source counts, like "3–5 years\' experience"',
				path: ['band'],
			})
			.describe('Who the figures cover: every level, or one experience band or grade.'),
		/** The figures, one per occupation. */
		figures: z
			.array(FigureSchema)
			.min(1, 'a source needs at least one figure')
			.describe(
				'The figures, one per occupation, each with the sentence or table row it comes from.',
			),
	})
	.describe('One statistical release or survey edition, with its figures by occupation.')
	.superRefine((source, ctx) => {
		// One occupation, one figure: a second row for the same code or name would let roles disagree.
		const seen = new Map<string, number>();
		source.figures.forEach((figure, index) => {
			for (const key of occupationKeys(figure.occupation)) {
				const first = seen.get(key);
				if (first !== undefined && first !== index)
					ctx.addIssue({
						code: 'custom',
						path: ['figures', index, 'occupation'],
						message: `figures[${first}] already has the occupation "${key}": one occupation is one figure in a release. Keep one`,
					});
				else seen.set(key, index);
			}
		});
	});

export type Source = z.infer<typeof SourceSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Statistic = (typeof STATISTICS)[number];
export type PopulationLevel = (typeof POPULATION_LEVELS)[number];
