import { z } from 'astro/zod';
import { IdSchema } from './common.ts';
import { fields, line, most, paragraph } from './text.ts';

/** How much experience a project expects. */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

/** A hands-on portfolio project. The body holds the brief, the steps and what "done" looks like. */
export const ProjectSchema = fields({
	/** Short imperative title, e.g. "Build a rate-limited public API". */
	title: line()
		.min(4, 'title is required, like "Build a rate-limited public API"')
		.max(
			60,
			'title must be at most 60 characters: with " · Rolemap" the page title must fit the 70 characters search results show',
		)
		.describe('Short imperative title, e.g. "Build a rate-limited public API".'),
	/** One sentence on what the reader builds and learns. */
	summary: paragraph()
		.min(20, 'summary needs one full sentence (20+ characters)')
		.max(200, 'summary must be at most 200 characters: one sentence')
		.describe('One sentence on what the reader builds and learns.'),
	/** beginner, intermediate or advanced. */
	difficulty: z
		.enum(DIFFICULTIES, {
			error: `difficulty must be one of: ${DIFFICULTIES.join(', ')}`,
		})
		.describe('beginner, intermediate or advanced.'),
	/** Ids of the skills the project exercises (files in content/skills/). */
	skills: z
		.array(IdSchema)
		.min(1, 'list at least one skill id, like [postgresql]')
		.max(15, most(15, 'skills', 'keep the ones the project exercises most'))
		.describe('Ids of the skills the project exercises (files in content/skills/).'),
	/** Rough hours to finish, as a whole number. */
	hours: z
		.int('hours must be a whole number, like 20')
		.positive()
		.max(500)
		.describe('Rough hours to finish, as a whole number.'),
}).describe(
	'A hands-on portfolio project. The body holds the brief, the steps and what "done" looks like.',
);

export type Project = z.infer<typeof ProjectSchema>;
