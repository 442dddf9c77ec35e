import { z } from 'astro/zod';
import { DateSchema, IdSchema } from './common.ts';

/** An engineering-mindset essay. The body is the essay itself. */
export const EssaySchema = z.strictObject({
	/** Title as it appears on the page. */
	title: z.string().min(4, 'title is required').max(100, 'title must be at most 100 characters'),
	/** One or two sentences; also the page's meta description. */
	description: z
		.string()
		.min(20, 'description needs one full sentence (20+ characters)')
		.max(200, 'description must be at most 200 characters: it is also the meta description'),
	/** First publication date, YYYY-MM-DD. */
	published: DateSchema,
	/** Date of the last substantial revision, YYYY-MM-DD. */
	updated: DateSchema.optional(),
	/** Topic tags, lowercase, e.g. ["networking", "databases"]. */
	tags: z.array(IdSchema).default([]),
	/** Ids of the roles this essay serves (files in content/roles/). */
	roles: z.array(IdSchema).default([]),
	/** Drafts are built in development but left out of the published site. */
	draft: z.boolean().default(false),
});

export type Essay = z.infer<typeof EssaySchema>;
