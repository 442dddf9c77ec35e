import { z } from 'astro/zod';
import { DateSchema, IdSchema, SlugSchema } from './common.ts';
import { fields, line, most, paragraph } from './text.ts';

/** An engineering-mindset essay. The body is the essay itself. */
export const EssaySchema = fields({
	/** Title as it appears on the page. */
	title: line()
		.min(4, 'title is required')
		.max(
			60,
			'title must be at most 60 characters: with " · Rolemap" the page title must fit the 70 characters search results show',
		)
		.describe('Title as it appears on the page.'),
	/** One or two sentences; also the page's meta description. */
	description: paragraph()
		.min(20, 'description needs one full sentence (20+ characters)')
		.max(200, 'description must be at most 200 characters: it is also the meta description')
		.describe("One or two sentences; also the page's meta description."),
	/** First publication date, YYYY-MM-DD. */
	published: DateSchema.describe('First publication date, YYYY-MM-DD.'),
	/** Date of the last substantial revision, YYYY-MM-DD. */
	updated: DateSchema.optional().describe('Date of the last substantial revision, YYYY-MM-DD.'),
	/** Topic tags, lowercase, e.g. ["networking", "databases"]. */
	tags: z
		.array(SlugSchema)
		.max(10, most(10, 'tags', 'keep the ten that say most about the essay'))
		.default([])
		.describe('Topic tags, lowercase, e.g. ["networking", "databases"].'),
	/** Ids of the roles this essay serves (files in content/roles/). */
	roles: z
		.array(IdSchema)
		.max(30, most(30, 'roles', 'keep the thirty it serves best'))
		.default([])
		.describe('Ids of the roles this essay serves (files in content/roles/).'),
	/** Drafts are built in development but left out of the published site. */
	draft: z
		.boolean()
		.default(false)
		.describe('Drafts are built in development but left out of the published site.'),
}).describe('An engineering-mindset essay. The body is the essay itself.');

export type Essay = z.infer<typeof EssaySchema>;
