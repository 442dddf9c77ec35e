import { z } from 'astro/zod';
import { HttpsUrlSchema, IdSchema } from './common.ts';
import { fields, line, most, paragraph, text } from './text.ts';

/** The kinds of skill a roadmap can ask for. */
export const SKILL_CATEGORIES = [
	'language',
	'database',
	'framework',
	'infrastructure',
	'cloud',
	'tool',
	'practice',
	'concept',
	'data',
	'ai',
	'security',
	'people',
] as const;

/** What a learning resource is. */
export const RESOURCE_KINDS = ['docs', 'book', 'course', 'video', 'article', 'tool'] as const;

/** One place to learn a skill. */
export const ResourceSchema = fields({
	/** What the reader will see as the link text, e.g. "PostgreSQL Tutorial". */
	title: line()
		.min(3, 'resource title is required, like "PostgreSQL Tutorial"')
		.max(120, 'resource title must be at most 120 characters')
		.describe('What the reader will see as the link text, e.g. "PostgreSQL Tutorial".'),
	/** The page itself, https only. */
	url: HttpsUrlSchema.describe('The page itself, https only.'),
	/** docs, book, course, video, article or tool. */
	kind: z
		.enum(RESOURCE_KINDS, { error: `kind must be one of: ${RESOURCE_KINDS.join(', ')}` })
		.describe('docs, book, course, video, article or tool.'),
	/** true when a reader can use it without paying. */
	free: z
		.boolean({ error: 'free must be true or false' })
		.describe('true when a reader can use it without paying.'),
}).describe('One place to learn a skill.');

/** Something a reader can learn, referenced by roles and projects. */
export const SkillSchema = fields({
	/** Display name with its usual capitalisation, e.g. "PostgreSQL". */
	name: line()
		.min(1, 'name is required, like "PostgreSQL"')
		.max(60, 'name must be at most 60 characters')
		.describe('Display name with its usual capitalisation, e.g. "PostgreSQL".'),
	/** What kind of skill this is; used to group the skills index. */
	category: z
		.enum(SKILL_CATEGORIES, {
			error: `category must be one of: ${SKILL_CATEGORIES.join(', ')}`,
		})
		.describe('What kind of skill this is; used to group the skills index.'),
	/** One or two sentences, in our own words, on what it is and why it matters. */
	description: paragraph()
		.min(20, 'description needs at least one full sentence (20+ characters)')
		.max(400, 'description should be one or two sentences (at most 400 characters)')
		.describe('One or two sentences, in our own words, on what it is and why it matters.'),
	/** Other names people search for, e.g. ["postgres", "psql"]. */
	aliases: z
		.array(
			text('alias')
				.min(1, 'an alias needs at least one letter')
				.max(60, 'an alias must be at most 60 characters'),
		)
		.max(20, most(20, 'aliases', 'keep the twenty names readers search for most'))
		.default([])
		.describe('Other names people search for, e.g. ["postgres", "psql"].'),
	/** Official documentation, as an https:// URL. */
	docs: HttpsUrlSchema.describe('Official documentation, as an https:// URL.'),
	/** What to learn inside the skill, in order: 4 to 12 short items. */
	topics: z
		.array(
			line()
				.min(3, 'a topic needs a few words')
				.max(80, 'a topic is a short phrase (at most 80 characters)'),
		)
		.min(4, 'topics needs 4 to 12 items: what a learner studies inside this skill, in order')
		.max(12, 'topics needs 4 to 12 items: split the skill in two if it needs more')
		.optional()
		.describe('What to learn inside the skill, in order: 4 to 12 short items.'),
	/** 2 to 6 places to learn it; at least one is the official docs (kind: docs). */
	resources: z
		.array(ResourceSchema)
		.min(2, 'resources needs 2 to 6 items')
		.max(6, 'resources needs 2 to 6 items: keep the best six')
		.refine((list) => list.some((resource) => resource.kind === 'docs'), {
			message: 'resources needs at least one official docs page (kind: docs)',
		})
		.optional()
		.describe('2 to 6 places to learn it; at least one is the official docs (kind: docs).'),
	/** Ids of skills that should come first (files in content/skills/). */
	prerequisites: z
		.array(IdSchema)
		.max(12, most(12, 'prerequisites', 'keep the skills needed first, not their own prerequisites'))
		.default([])
		.describe('Ids of skills that should come first (files in content/skills/).'),
}).describe('Something a reader can learn, referenced by roles and projects.');

export type Skill = z.infer<typeof SkillSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
