import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as contentDir } from './content-dir.ts';
import { COLLECTION_SCHEMAS as schemas } from './schemas/index.ts';

// The same files the content guard reads (src/guard/files.ts): top-level only, by extension.
const markdown = (folder: string) =>
	glob({ pattern: '*.{md,mdx}', base: `${contentDir}/${folder}` });
const yaml = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir}/${folder}` });

export const collections = {
	tracks: defineCollection({ loader: yaml('tracks'), schema: schemas.tracks }),
	skills: defineCollection({ loader: yaml('skills'), schema: schemas.skills }),
	roles: defineCollection({ loader: markdown('roles'), schema: schemas.roles }),
	projects: defineCollection({ loader: markdown('projects'), schema: schemas.projects }),
	essays: defineCollection({ loader: markdown('essays'), schema: schemas.essays }),
};
