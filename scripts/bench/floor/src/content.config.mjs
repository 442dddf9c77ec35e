// No schemas: the floor renders the same files without validating them, the least a site can do.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env['BENCH_CONTENT_DIR'];
if (!base) throw new Error('Set BENCH_CONTENT_DIR to a generated content folder');

const markdown = (/** @type {string} */ folder) =>
	glob({ pattern: '**/*.{md,mdx}', base: `${base}/${folder}` });

export const collections = {
	roles: defineCollection({ loader: markdown('roles') }),
	essays: defineCollection({ loader: markdown('essays') }),
};
