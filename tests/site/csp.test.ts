import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from './run';

/** What a page's policy would block: inline scripts and stylesheets without their hash, style attributes. */
function blockedByPolicy(file: string): string[] {
	const root = parse(readFileSync(file, 'utf8'));
	const policy = root
		.querySelector('meta[http-equiv="content-security-policy"]')
		?.getAttribute('content');
	if (!policy) return [`${file}: no content-security-policy meta tag`];
	const directive = (name: string) =>
		policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
	const allowed = (text: string, name: string) =>
		directive(name).includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
	const problems: string[] = [];
	for (const script of root.querySelectorAll('script:not([src])')) {
		if (script.getAttribute('type') === 'application/ld+json') continue;
		if (!allowed(script.rawText, 'script-src'))
			problems.push(`${file}: inline script ${script.rawText.slice(0, 30)}… is not allowed`);
	}
	for (const style of root.querySelectorAll('style'))
		if (!allowed(style.rawText, 'style-src'))
			problems.push(`${file}: inline style ${style.rawText.slice(0, 30)}… is not allowed`);
	if (root.querySelector('[style]')) problems.push(`${file}: style attribute`);
	return problems;
}

describe('content security policy', () => {
	test('every page has a policy that allows each of its inline scripts and its stylesheet, and no style attribute', () => {
		const files = htmlFiles('dist');
		expect(files.length).toBeGreaterThan(100);
		expect(files.flatMap(blockedByPolicy)).toEqual([]);
	});

	test('the check does fail on a page with an inline script, a stylesheet and a style attribute its policy does not allow', () => {
		const file = 'tests/fixtures/quality/bad-site/inline-script.html';
		expect(blockedByPolicy(file)).toEqual([
			`${file}: inline script alert('not in the policy')… is not allowed`,
			`${file}: inline style h1 { font-size: 9rem }… is not allowed`,
			`${file}: style attribute`,
		]);
	});

	test('every page carries its stylesheet: no stylesheet to fetch before the first paint', () => {
		for (const file of htmlFiles('dist')) {
			const root = parse(readFileSync(file, 'utf8'));
			expect(root.querySelectorAll('link[rel="stylesheet"]'), file).toHaveLength(0);
			expect(root.querySelector('head > style')?.rawText.length ?? 0, file).toBeGreaterThan(5000);
		}
	});
});
