import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as contentDir } from './content-dir.ts';
import { COLLECTION_SCHEMAS as schemas } from './schemas/index.ts';
import { TRANSLATION_SCHEMAS as translated } from './schemas/translation.ts';
import { TRANSLATED_LANGS } from './i18n/languages.ts';

// The same files the content guard reads (src/guard/files.ts): top-level only, by extension.
const markdown = (folder: string) =>
	glob({ pattern: '*.{md,mdx}', base: `${contentDir}/${folder}` });
const yaml = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir}/${folder}` });
// Translations: content/<lang>/<collection>/<id>; the entry id is "<lang>/<id>".
const translations = (folder: string, extensions: string) =>
	glob({
		pattern: `${TRANSLATED_LANGS.length === 1 ? TRANSLATED_LANGS[0] : `{${TRANSLATED_LANGS.join(',')}}`}/${folder}/*.${extensions}`,
		base: contentDir,
		generateId: ({ entry }) => entry.replace(`/${folder}/`, '/').replace(/\.[a-z]+$/, ''),
	});

export const collections = {
	tracks: defineCollection({ loader: yaml('tracks'), schema: schemas.tracks }),
	skills: defineCollection({ loader: yaml('skills'), schema: schemas.skills }),
	roles: defineCollection({ loader: markdown('roles'), schema: schemas.roles }),
	projects: defineCollection({ loader: markdown('projects'), schema: schemas.projects }),
	essays: defineCollection({ loader: markdown('essays'), schema: schemas.essays }),
	sources: defineCollection({ loader: yaml('sources'), schema: schemas.sources }),
	roleTranslations: defineCollection({
		loader: translations('roles', '{md,mdx}'),
		schema: translated.roles,
	}),
	skillTranslations: defineCollection({
		loader: translations('skills', 'yaml'),
		schema: translated.skills,
	}),
	projectTranslations: defineCollection({
		loader: translations('projects', '{md,mdx}'),
		schema: translated.projects,
	}),
	trackTranslations: defineCollection({
		loader: translations('tracks', 'yaml'),
		schema: translated.tracks,
	}),
	essayTranslations: defineCollection({
		loader: translations('essays', '{md,mdx}'),
		schema: translated.essays,
	}),
};
