/**
 * The collection registry: every content collection, declared once. The content config
 * (src/content.config.ts), the guard (src/guard/files.ts), the checks, references, translations and the
 * catalogue's loader read these lists; none of them spells a collection of its own. Adding a collection
 * is one entry here plus its schema (tests/unit/registry.test.ts adds one).
 */
import type { z } from 'astro/zod';
import { EssaySchema } from './schemas/essay.ts';
import { ProjectSchema } from './schemas/project.ts';
import { RoleSchema } from './schemas/role.ts';
import { SkillSchema } from './schemas/skill.ts';
import { SourceSchema } from './schemas/source.ts';
import { TrackSchema } from './schemas/track.ts';
import {
	EssayTranslationSchema,
	ProjectTranslationSchema,
	RoleTranslationSchema,
	SkillTranslationSchema,
	TrackTranslationSchema,
} from './schemas/translation.ts';

/** A content file's kind: Markdown (with YAML frontmatter), MDX, or plain YAML. */
export type FileKind = 'md' | 'mdx' | 'yaml';

/** How one collection is stored, validated, translated and published. */
export interface CollectionSpec {
	/** What one entry is called in messages: "unknown skill …", "a role's …". */
	noun: string;
	/** The folder under content/, named like the collection. */
	folder: string;
	/** The file kinds its folder holds; the first is the one a new file gets. */
	files: readonly FileKind[];
	/** The schema of an English entry. */
	schema: z.ZodType;
	/** Where a translation lives and what it holds; null when the collection is not translated. */
	translation: {
		/** The Astro collection of its translations, e.g. "roleTranslations". */
		collection: string;
		schema: z.ZodType;
		/** The English fields it translates (with the body, for Markdown): what its version covers. */
		fields: readonly string[];
	} | null;
	/** The site path its entries are published under (/<route>/<id>/); null when it has no pages. */
	route: string | null;
	/** Whether other entries may name its entries by id (references are checked against it). */
	referable: boolean;
}

/**
 * Every collection, in the order lists of them follow (tracks first: everything else refers to them).
 * `satisfies` keeps each entry's literal types, so derived lists are typed by name.
 */
export const REGISTRY = {
	tracks: {
		noun: 'track',
		folder: 'tracks',
		files: ['yaml'],
		schema: TrackSchema,
		translation: {
			collection: 'trackTranslations',
			schema: TrackTranslationSchema,
			fields: ['name', 'description'],
		},
		route: null,
		referable: true,
	},
	skills: {
		noun: 'skill',
		folder: 'skills',
		files: ['yaml'],
		schema: SkillSchema,
		translation: {
			collection: 'skillTranslations',
			schema: SkillTranslationSchema,
			fields: ['name', 'description', 'topics'],
		},
		route: 'skills',
		referable: true,
	},
	roles: {
		noun: 'role',
		folder: 'roles',
		files: ['md', 'mdx'],
		schema: RoleSchema,
		translation: {
			collection: 'roleTranslations',
			schema: RoleTranslationSchema,
			fields: ['title', 'tagline', 'phases', 'typicalDay', 'whyItMatters'],
		},
		route: 'roles',
		referable: true,
	},
	projects: {
		noun: 'project',
		folder: 'projects',
		files: ['md', 'mdx'],
		schema: ProjectSchema,
		translation: {
			collection: 'projectTranslations',
			schema: ProjectTranslationSchema,
			fields: ['title', 'summary'],
		},
		route: 'projects',
		referable: true,
	},
	essays: {
		noun: 'essay',
		folder: 'essays',
		files: ['md', 'mdx'],
		schema: EssaySchema,
		translation: {
			collection: 'essayTranslations',
			schema: EssayTranslationSchema,
			fields: ['title', 'description'],
		},
		route: 'essays',
		referable: true,
	},
	sources: {
		noun: 'source',
		folder: 'sources',
		files: ['yaml'],
		schema: SourceSchema,
		translation: null,
		route: null,
		referable: false,
	},
} as const satisfies Record<string, CollectionSpec>;

type Registry = typeof REGISTRY;
export type CollectionName = keyof Registry;

/** Collections with a translation: content/<lang>/<collection>/<id of the English entry>. */
export type TranslatableCollection = {
	[K in CollectionName]: Registry[K]['translation'] extends null ? never : K;
}[CollectionName];

/** Collections other entries refer to by id. */
export type ReferableCollection = {
	[K in CollectionName]: Registry[K]['referable'] extends true ? K : never;
}[CollectionName];

const entries = <T extends Record<string, CollectionSpec>>(registry: T) =>
	Object.entries(registry) as [keyof T & string, T[keyof T]][];

/**
 * Each collection's folder kinds, by name.
 * @param registry - the registry (another one only in tests)
 * @returns e.g. { roles: ['md', 'mdx'], … }
 */
export function collectionFiles<T extends Record<string, CollectionSpec>>(
	registry: T,
): { [K in keyof T]: T[K]['files'] } {
	return Object.fromEntries(entries(registry).map(([name, spec]) => [name, spec.files])) as {
		[K in keyof T]: T[K]['files'];
	};
}

/**
 * The names of the collections that are translated.
 * @param registry - the registry (another one only in tests)
 * @returns e.g. ['tracks', 'skills', 'roles', …]
 */
export function translatable<T extends Record<string, CollectionSpec>>(
	registry: T,
): (keyof T & string)[] {
	return entries(registry)
		.filter(([, spec]) => spec.translation !== null)
		.map(([name]) => name);
}

/** Where each collection's files live: what the guard walks. */
export interface ContentLayout {
	/** Each collection folder's file kinds. */
	files: Readonly<Record<string, readonly FileKind[]>>;
	/** The collections a translation folder may hold. */
	translatable: readonly string[];
}

/**
 * The folders and file kinds of a registry's collections.
 * @param registry - the registry (another one only in tests)
 * @returns what the guard walks
 */
export const contentLayout = (registry: Record<string, CollectionSpec>): ContentLayout => ({
	files: collectionFiles(registry),
	translatable: translatable(registry),
});

export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];
export const COLLECTION_FILES = collectionFiles(REGISTRY);
export const TRANSLATABLE = translatable(REGISTRY) as TranslatableCollection[];
/** The collections other entries refer to by id: references are checked against their files. */
export const REFERABLE = COLLECTION_NAMES.filter(
	(name) => REGISTRY[name].referable,
) as ReferableCollection[];

/** Each collection's schema, by name: the one map the build and `npm run check` share. */
export const COLLECTION_SCHEMAS = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [name, REGISTRY[name].schema]),
) as { [K in CollectionName]: Registry[K]['schema'] };

/** Each translated collection's translation schema, by name. */
export const TRANSLATION_SCHEMAS = Object.fromEntries(
	TRANSLATABLE.map((name) => [name, REGISTRY[name].translation.schema]),
) as { [K in TranslatableCollection]: Registry[K]['translation']['schema'] };

/** What each translated collection's translation translates, by name. */
export const TRANSLATED_FIELDS = Object.fromEntries(
	TRANSLATABLE.map((name) => [name, REGISTRY[name].translation.fields]),
) as { [K in TranslatableCollection]: Registry[K]['translation']['fields'] };
