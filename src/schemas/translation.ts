/**
 * Translations hold only the text a reader reads; structure and data (phases' skills, months, pay,
 * ids, dates) always come from the English entry the file is named after. The file
 * content/<lang>/<collection>/<id>.<ext> translates content/<collection>/<id>.<ext>.
 */
import { z } from 'astro/zod';
import { EssaySchema } from './essay.ts';
import { PhaseSchema, RoleSchema } from './role.ts';
import { ProjectSchema } from './project.ts';
import { SkillSchema } from './skill.ts';
import { TrackSchema } from './track.ts';
import { fields, line, most } from './text.ts';

/** The version of the English text a translation was made from (see src/lib/translation.ts). */
export const SourceVersionSchema = z
	.string()
	.regex(
		/^[0-9a-f]{8}$/,
		'sourceVersion must be the 8-character version of the English text, like "3f9a1c2e": `npm run new -- translation <lang> <collection>/<id>` writes it, and `npm run check -- --translations` prints the current one',
	)
	.describe(
		'Version of the English text this translation was made from; when the English changes, the page says the translation is out of date.',
	);

const text = <T extends z.ZodType>(schema: T, what: string) => schema.describe(what);

/** The English entry's fields: a translation that repeats one is told it comes from English. */
const englishOnly = (shape: object) => Object.keys(shape);

/** A role's translatable text. */
export const RoleTranslationSchema = fields(
	{
		sourceVersion: SourceVersionSchema,
		title: text(RoleSchema.shape.title, 'The role name in this language.'),
		tagline: text(RoleSchema.shape.tagline, 'The tagline; also the meta description.'),
		phases: z
			.array(
				fields(
					{
						title: PhaseSchema.shape.title,
						summary: PhaseSchema.shape.summary,
						milestones: PhaseSchema.shape.milestones,
					},
					{ fromEnglish: ['months', 'skills'] },
				),
			)
			.min(1, 'a role needs at least one phase')
			.max(12, most(12, 'phases in a role', 'translate the English phases, one for one'))
			.describe(
				"Each English phase's title, summary and milestones, in the same order and number.",
			),
		typicalDay: RoleSchema.shape.typicalDay,
		whyItMatters: RoleSchema.shape.whyItMatters,
	},
	{ fromEnglish: englishOnly(RoleSchema.shape) },
).describe('A translation of a role: the text only; the roadmap itself comes from English.');

/** An essay's translatable text; the body is the translated essay. */
export const EssayTranslationSchema = fields(
	{
		sourceVersion: SourceVersionSchema,
		title: EssaySchema.shape.title,
		description: EssaySchema.shape.description,
	},
	{ fromEnglish: englishOnly(EssaySchema.shape) },
).describe('A translation of an essay: title, description and the body.');

/** A skill's translatable text. */
export const SkillTranslationSchema = fields(
	{
		sourceVersion: SourceVersionSchema,
		name: SkillSchema.shape.name
			.optional()
			.describe('Only when this language uses another name; product names stay as they are.'),
		description: SkillSchema.shape.description,
		aliases: SkillSchema.shape.aliases.describe(
			'Extra words readers of this language search for; the English aliases still apply.',
		),
		topics: z
			.array(
				line()
					.min(3, 'a topic needs a few words')
					.max(80, 'a topic is a short phrase (at most 80 characters)'),
			)
			.max(12, most(12, 'topics', 'translate the English topics, one for one'))
			.optional()
			.describe('The English topics in this language, in the same order and number.'),
	},
	{ fromEnglish: englishOnly(SkillSchema.shape) },
).describe('A translation of a skill: its description, topics and, if it differs, its name.');

/** A project's translatable text; the body is the translated brief. */
export const ProjectTranslationSchema = fields(
	{
		sourceVersion: SourceVersionSchema,
		title: ProjectSchema.shape.title,
		summary: ProjectSchema.shape.summary,
	},
	{ fromEnglish: englishOnly(ProjectSchema.shape) },
).describe('A translation of a project: title, summary and the body.');

/** A track's translatable text. */
export const TrackTranslationSchema = fields(
	{
		sourceVersion: SourceVersionSchema,
		name: TrackSchema.shape.name,
		description: TrackSchema.shape.description,
	},
	{ fromEnglish: englishOnly(TrackSchema.shape) },
).describe('A translation of a track: its name and description.');

export type RoleTranslation = z.infer<typeof RoleTranslationSchema>;
export type EssayTranslation = z.infer<typeof EssayTranslationSchema>;
export type SkillTranslation = z.infer<typeof SkillTranslationSchema>;
