/**
 * The registry is the one list of collections: adding a collection is one entry plus its schema, and
 * everything that walks, validates or translates content follows.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { guardFolder } from '../../src/guard/files.ts';
import {
	COLLECTION_FILES,
	COLLECTION_NAMES,
	COLLECTION_SCHEMAS,
	contentLayout,
	REGISTRY,
	TRANSLATABLE,
	TRANSLATED_FIELDS,
	TRANSLATION_SCHEMAS,
	translatable,
	type CollectionSpec,
} from '../../src/registry.ts';

/** The site's registry plus a glossary of terms: one entry and its schema. */
const GlossarySchema = z.strictObject({ term: z.string(), meaning: z.string() });
const withGlossary = {
	...REGISTRY,
	glossary: {
		noun: 'term',
		folder: 'glossary',
		files: ['yaml'],
		schema: GlossarySchema,
		translation: {
			collection: 'glossaryTranslations',
			schema: GlossarySchema.pick({ meaning: true }),
			fields: ['meaning'],
		},
		route: 'glossary',
		referable: true,
	},
} satisfies Record<string, CollectionSpec>;

/** A content folder with one valid role-less glossary term and its Spanish translation. */
function glossaryContent(): string {
	const dir = mkdtempSync(join(tmpdir(), 'rolemap-registry-'));
	mkdirSync(join(dir, 'glossary'));
	mkdirSync(join(dir, 'es', 'glossary'), { recursive: true });
	writeFileSync(
		join(dir, 'glossary', 'idempotent.yaml'),
		'term: idempotent\nmeaning: safe to repeat\n',
	);
	writeFileSync(join(dir, 'es', 'glossary', 'idempotent.yaml'), 'meaning: se puede repetir\n');
	return dir;
}

describe('the registry', () => {
	test('lists every collection once, with its schema, files and translation', () => {
		expect(COLLECTION_NAMES).toEqual([
			'tracks',
			'skills',
			'roles',
			'projects',
			'essays',
			'sources',
		]);
		expect(Object.keys(COLLECTION_SCHEMAS)).toEqual(COLLECTION_NAMES);
		expect(Object.keys(COLLECTION_FILES)).toEqual(COLLECTION_NAMES);
		expect(TRANSLATABLE).toEqual(['tracks', 'skills', 'roles', 'projects', 'essays']);
		expect(Object.keys(TRANSLATION_SCHEMAS)).toEqual(TRANSLATABLE);
		expect(TRANSLATED_FIELDS.roles).toContain('phases');
	});

	test('a collection added as one entry is walked, typed and translated', async () => {
		const dir = glossaryContent();
		// Without the entry, both folders are refused (problems come in path order)…
		const before = await guardFolder(dir);
		expect(before.map((problem) => problem.message)).toEqual([
			'this is not a translation folder: content/es/ holds only tracks, skills, roles, projects, essays',
			'this is not a content folder: content/ holds only tracks, skills, roles, projects, essays, sources, es',
		]);
		// …with it, the same files pass the guard, and every derived list names it.
		expect(await guardFolder(dir, undefined, undefined, contentLayout(withGlossary))).toEqual([]);
		expect(contentLayout(withGlossary).files['glossary']).toEqual(['yaml']);
		expect(translatable(withGlossary)).toContain('glossary');
	});

	test('its schema is the one the collection validates with', () => {
		expect(withGlossary.glossary.schema.safeParse({ term: 'x', meaning: 'y' }).success).toBe(true);
		expect(withGlossary.glossary.schema.safeParse({ term: 'x' }).success).toBe(false);
	});
});
