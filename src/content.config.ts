import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as contentDir } from './content-dir.ts';
import {
	COLLECTION_NAMES,
	REGISTRY,
	TRANSLATABLE,
	type CollectionName,
	type TranslatableCollection,
} from './registry.ts';
import { TRANSLATED_LANGS } from './i18n/languages.ts';

type Registry = typeof REGISTRY;

// The same files the content guard reads (src/guard/files.ts): top-level only, by extension.
const pattern = (files: readonly string[]) =>
	files.length === 1 ? `*.${files[0]}` : `*.{${files.join(',')}}`;
const langs =
	TRANSLATED_LANGS.length === 1 ? TRANSLATED_LANGS[0] : `{${TRANSLATED_LANGS.join(',')}}`;

const english = Object.fromEntries(
	COLLECTION_NAMES.map((name) => {
		const { folder, files, schema } = REGISTRY[name];
		return [
			name,
			defineCollection({
				loader: glob({ pattern: pattern(files), base: `${contentDir}/${folder}` }),
				schema,
			}),
		];
	}),
) as { [K in CollectionName]: { loader: ReturnType<typeof glob>; schema: Registry[K]['schema'] } };

// Translations: content/<lang>/<collection>/<id>; the entry id is "<lang>/<id>".
const translated = Object.fromEntries(
	TRANSLATABLE.map((name) => {
		const { folder, files, translation } = REGISTRY[name];
		return [
			translation.collection,
			defineCollection({
				loader: glob({
					pattern: `${langs}/${folder}/${pattern(files)}`,
					base: contentDir,
					generateId: ({ entry }) => entry.replace(`/${folder}/`, '/').replace(/\.[a-z]+$/, ''),
				}),
				schema: translation.schema,
			}),
		];
	}),
) as {
	[K in TranslatableCollection as Registry[K]['translation']['collection']]: {
		loader: ReturnType<typeof glob>;
		schema: Registry[K]['translation']['schema'];
	};
};

/** Every collection of the registry (src/registry.ts), and its translations. */
export const collections = { ...english, ...translated };
