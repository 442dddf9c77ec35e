import { z } from 'astro/zod';
import { fields, line, paragraph } from './text.ts';

/** A family of related roles, such as "Infrastructure" or "Data & AI". */
export const TrackSchema = fields({
	/** Display name, e.g. "Data & AI". */
	name: line()
		.min(2, 'name is required, like "Data & AI"')
		.max(60, 'name must be at most 60 characters')
		.describe('Display name, e.g. "Data & AI".'),
	/** One or two sentences on what the roles in this track have in common. */
	description: paragraph()
		.min(20, 'description needs at least one full sentence (20+ characters)')
		.max(400, 'description must be at most 400 characters')
		.describe('One or two sentences on what the roles in this track have in common.'),
	/** Position in lists of tracks; lower numbers come first. */
	order: z
		.int('order must be a whole number, like 1')
		.nonnegative()
		.describe('Position in lists of tracks; lower numbers come first.'),
}).describe('A family of related roles, such as "Infrastructure" or "Data & AI".');

export type Track = z.infer<typeof TrackSchema>;
