import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { externalRel, isExternal } from '../../src/lib/external-links';
import { headersFor, missingSecurityHeaders, parseHeaders } from '../../src/lib/headers';

describe('external links', () => {
	test.each([
		['https://www.postgresql.org/docs/', true],
		['http://example.org', true],
		['https://rolemap.dev/roles/', false],
		['/roles/', false],
		['#main', false],
		['mailto:hello@example.org', false],
		// Read as a browser reads them on a page of the site: these leave it too.
		['//evil.example/', true],
		['/\\evil.example/', true],
		['\\\\evil.example/', true],
		['/\t/evil.example/', true],
		[' https://evil.example/', true],
		['HTTPS://EVIL.EXAMPLE/', true],
		// "https:" without slashes is a path on this site (broken, but not leaving).
		['https:evil.example', false],
		['/%2F%2Fevil.example/', false],
	])('%s leaves the site: %s', (href, external) => {
		expect(isExternal(href, 'https://rolemap.dev')).toBe(external);
	});

	test('their rel keeps its own words and adds the three marks once', () => {
		expect(externalRel('license')).toEqual(['license', 'external', 'noopener', 'noreferrer']);
		expect(externalRel(['external', 'nofollow'])).toEqual([
			'external',
			'nofollow',
			'noopener',
			'noreferrer',
		]);
		expect(externalRel()).toEqual(['external', 'noopener', 'noreferrer']);
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
