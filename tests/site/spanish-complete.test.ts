/**
 * The Spanish site is Spanish: no page under /es/ says its text is still English or out of date, and
 * no text on it is marked as English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from './run';

const pages = htmlFiles('dist/es');

describe('every /es/ page is in Spanish', () => {
	test('the site has Spanish pages to check', () => {
		expect(pages.length).toBeGreaterThan(400);
	});

	test('no page shows the untranslated or outdated notice', () => {
		const noticed = pages.filter((page) =>
			/data-translation="(missing|outdated)"/.test(readFileSync(page, 'utf8')),
		);
		expect(noticed).toEqual([]);
	});

	test('no role, skill, project or essay text is marked as English', () => {
		const english = pages
			.filter((page) => /\/(roles|skills|projects|essays)\//.test(page))
			.filter((page) => {
				const html = readFileSync(page, 'utf8');
				// Resources (documentation in English) may say so; content text may not.
				return /<(h1|p|li)[^>]*\slang="en"/.test(html.replace(/<a [^>]*>/g, ''));
			});
		expect(english).toEqual([]);
	});
});
