import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markExternalLinks } from '../../src/lib/external-links';
import { headersFor, missingSecurityHeaders, parseHeaders } from '../../src/lib/headers';

describe('external links', () => {
	test.each([
		[
			'<a href="https://www.postgresql.org/docs/">docs</a>',
			'<a href="https://www.postgresql.org/docs/" rel="external noopener noreferrer">docs</a>',
		],
		[
			'<a href="https://creativecommons.org/" rel="license">CC</a>',
			'<a href="https://creativecommons.org/" rel="license external noopener noreferrer">CC</a>',
		],
		[
			'<a class="x" href=\'http://example.org\'>x</a>',
			'<a class="x" href=\'http://example.org\' rel="external noopener noreferrer">x</a>',
		],
		['<a href="/roles/">roles</a>', '<a href="/roles/">roles</a>'],
		['<a href="#main">skip</a>', '<a href="#main">skip</a>'],
		[
			'<a href="https://rolemap.dev/roles/">ours</a>',
			'<a href="https://rolemap.dev/roles/">ours</a>',
		],
		['<abbr title="x">y</abbr>', '<abbr title="x">y</abbr>'],
	])('%s', (html, expected) => {
		expect(markExternalLinks(html, 'https://rolemap.dev')).toBe(expected);
	});
});

describe('_headers', () => {
	const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

	test('every page gets the security headers', () => {
		expect(missingSecurityHeaders(headersFor(rules, '/roles/backend-engineer/'))).toEqual([]);
	});

	test('built assets are cached for a year and marked immutable', () => {
		expect(headersFor(rules, '/_astro/Base.abc123.css').get('cache-control')).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(headersFor(rules, '/roles/').get('cache-control')).toBeUndefined();
	});

	test('a headers file without HSTS fails the check, naming what is missing', () => {
		const weak = parseHeaders(readFileSync('tests/fixtures/quality/_headers-missing-hsts', 'utf8'));
		expect(missingSecurityHeaders(headersFor(weak, '/'))).toEqual([
			'strict-transport-security: expected Strict-Transport-Security with max-age of a year or more',
		]);
	});
});
