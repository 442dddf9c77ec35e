import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from './run';

/** What a page's policy would block: inline scripts without their hash, inline styles. */
function blockedByPolicy(file: string): string[] {
	const root = parse(readFileSync(file, 'utf8'));
	const policy = root
		.querySelector('meta[http-equiv="content-security-policy"]')
		?.getAttribute('content');
	if (!policy) return [`${file}: no content-security-policy meta tag`];
	const scriptSrc = policy
		.split(';')
		.find((directive) => directive.trim().startsWith('script-src'));
	const problems: string[] = [];
	for (const script of root.querySelectorAll('script:not([src])')) {
		if (script.getAttribute('type') === 'application/ld+json') continue;
		const hash = createHash('sha256').update(script.rawText).digest('base64');
		if (!scriptSrc?.includes(`'sha256-${hash}'`))
			problems.push(`${file}: inline script ${script.rawText.slice(0, 30)}… is not allowed`);
	}
	if (root.querySelector('style, [style]')) problems.push(`${file}: inline style`);
	return problems;
}

describe('content security policy', () => {
	test('every page has a policy that allows each of its inline scripts and nothing inline-styled', () => {
		const files = htmlFiles('dist');
		expect(files.length).toBeGreaterThan(100);
		expect(files.flatMap(blockedByPolicy)).toEqual([]);
	});

	test('the check does fail on a page with an inline script and style its policy does not allow', () => {
		const file = 'tests/fixtures/quality/bad-site/inline-script.html';
		expect(blockedByPolicy(file)).toEqual([
			`${file}: inline script alert('not in the policy')… is not allowed`,
			`${file}: inline style`,
		]);
	});
});
