/**
 * Role pages carry their own stylesheet (src/styles/role.css, scanned from the code that draws a role
 * page). Every class a built role page uses must have its rule there whenever the site's stylesheet
 * has one: a class the role stylesheet misses would leave that part of the page unstyled.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from './run';

const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
/** Class names a stylesheet has rules for, unescaped ("sm:text-4xl"). */
const ruled = (css: string) =>
	new Set(
		[...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((match) => (match[1] ?? '').replace(/\\/g, '')),
	);
const used = (html: string) =>
	new Set(
		[...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => (match[1] ?? '').split(/\s+/)),
	);

// The site's stylesheet, as an essay page carries it; and every role page in both languages.
const site = ruled(styleOf(readFileSync('dist/essays/layered-design/index.html', 'utf8')));
const rolePages = htmlFiles('dist').filter((file) => /\/roles\/[^/]+\/index\.html$/.test(file));

describe('the role pages’ own stylesheet', () => {
	test('there are role pages, and they do not carry the site stylesheet', () => {
		expect(rolePages.length).toBeGreaterThanOrEqual(64);
		const role = styleOf(readFileSync(rolePages[0] ?? '', 'utf8'));
		expect(role.length).toBeGreaterThan(0);
		expect(role).not.toBe(styleOf(readFileSync('dist/essays/layered-design/index.html', 'utf8')));
	});

	test('has a rule for every class a role page uses that the site stylesheet styles', () => {
		const missing = new Set<string>();
		for (const page of rolePages) {
			const html = readFileSync(page, 'utf8');
			const rules = ruled(styleOf(html));
			for (const name of used(html)) if (site.has(name) && !rules.has(name)) missing.add(name);
		}
		expect([...missing]).toEqual([]);
	});
});
