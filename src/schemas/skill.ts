import { z } from 'astro/zod';
import { HttpsUrlSchema } from './common.ts';

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

/** Something a reader can learn, referenced by roles and projects. */
export const SkillSchema = z.strictObject({
	/** Display name with its usual capitalisation, e.g. "PostgreSQL". */
	name: z.string().min(1, 'name is required, like "PostgreSQL"'),
	/** What kind of skill this is; used to group the skills index. */
	category: z.enum(SKILL_CATEGORIES, {
		error: `category must be one of: ${SKILL_CATEGORIES.join(', ')}`,
	}),
	/** One or two sentences, in our own words, on what it is and why it matters. */
	description: z
		.string()
		.min(20, 'description needs at least one full sentence (20+ characters)')
		.max(400, 'description should be one or two sentences (at most 400 characters)'),
	/** Other names people search for, e.g. ["postgres", "psql"]. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Official documentation, as an https:// URL. */
	docs: HttpsUrlSchema,
});

export type Skill = z.infer<typeof SkillSchema>;
