import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages';
import { ID_PATTERN, MAX_ID_LENGTH, reservedIdProblem } from '../../src/lib/ids';
import { IdSchema } from '../../src/schemas';

/** The top level of the built site, derived: pages, [...lang] pages, public/ and what the build adds. */
function topLevelSegments(): string[] {
	const names = [
		...readdirSync('src/pages'),
		...readdirSync('src/pages/[...lang]'),
		...readdirSync('public'),
		// Written by the build itself: Pagefind's folder, the service worker, @astrojs/sitemap.
		'pagefind',
		'sw.js',
		'sitemap-index.xml',
		'sitemap-0.xml',
	];
	return names
		.filter((name) => !name.startsWith('[...'))
		.map((name) => name.replace(/\[[a-z]+\]/g, '7').replace(/\..*$/, ''))
		.filter((name) => ID_PATTERN.test(name));
}

describe('ids that would be read as something else are refused', () => {
	test('every top-level page, folder and file of the site is reserved (derived from src/pages and public/)', () => {
		const segments = topLevelSegments();
		expect(segments).toEqual(
			expect.arrayContaining([
				'roles',
				'skills',
				'essays',
				'projects',
				'search',
				'compare',
				'skill-gap',
				'api',
				'data',
				'og',
				'offline',
				'rss',
				'icon-7',
				'search-index-7',
			]),
		);
		expect(segments.filter((segment) => reservedIdProblem(segment) === undefined)).toEqual([]);
	});

	test('every language code', () => {
		for (const lang of LANG_CODES)
			expect(reservedIdProblem(lang)).toBe(
				`the id "${lang}" is a language code: a page at …/${lang}/ would be read as a page in that language: choose a longer, more specific id`,
			);
	});

	test.each(['con', 'prn', 'aux', 'nul', 'com0', 'com1', 'com9', 'lpt1', 'lpt9'])(
		'the Windows device name %s',
		(id) => {
			expect(reservedIdProblem(id)).toBe(
				`the id "${id}" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id`,
			);
		},
	);

	test('an id longer than 80 characters', () => {
		expect(reservedIdProblem('a'.repeat(MAX_ID_LENGTH))).toBeUndefined();
		expect(reservedIdProblem('a'.repeat(252))).toBe(
			'the id has 252 characters; at most 80 keep every file built from it (like /api/roles/<id>.json) within what file systems accept: choose a shorter id',
		);
	});

	test.each([
		'aux-tools',
		'console',
		'com10',
		'espanol',
		'esp',
		'api-testing',
		'rest-apis',
		'search-engines',
		'data-quality',
		'icon-design',
		'roles-and-teams',
	])('%s is fine', (id) => {
		expect(reservedIdProblem(id)).toBeUndefined();
	});

	test('a reference to a reserved id is refused with the reason', () => {
		const result = IdSchema.safeParse('es');
		expect(result.error?.issues.map((issue) => issue.message)).toEqual([
			'no entry can have this id: the id "es" is a language code: a page at …/es/ would be read as a page in that language: choose a longer, more specific id',
		]);
	});
});

test('essay tags are words, not ids: "api" or "data" is a fine tag', async () => {
	const { EssaySchema } = await import('../../src/schemas');
	const essay = {
		title: 'Layered design',
		description: 'A description long enough for the schema.',
		published: '2026-01-01',
		tags: ['api', 'data', 'search'],
	};
	expect(EssaySchema.safeParse(essay).success).toBe(true);
});
