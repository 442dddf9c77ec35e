import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as contentDir } from './content-dir.ts';
import {
	EssaySchema,
	ProjectSchema,
	RoleSchema,
	SkillSchema,
	TrackSchema,
} from './schemas/index.ts';

const markdown = (folder: string) =>
	glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${folder}` });
const yaml = (folder: string) =>
	glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/${folder}` });

export const collections = {
	tracks: defineCollection({ loader: yaml('tracks'), schema: TrackSchema }),
	skills: defineCollection({ loader: yaml('skills'), schema: SkillSchema }),
	roles: defineCollection({ loader: markdown('roles'), schema: RoleSchema }),
	projects: defineCollection({ loader: markdown('projects'), schema: ProjectSchema }),
	essays: defineCollection({ loader: markdown('essays'), schema: EssaySchema }),
};
