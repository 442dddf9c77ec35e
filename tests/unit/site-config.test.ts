import { describe, expect, test } from 'vitest';
import { defineSiteConfig, siteConfig } from '../../src/site.config';

const good = { ...siteConfig };

describe('site.config.ts is checked when it loads', () => {
	test('the real settings pass', () => {
		expect(defineSiteConfig(good)).toEqual(siteConfig);
	});

	test.each([
		[
			{ unlockFormUrl: 'http://forms.example/unlock' },
			'unlockFormUrl: unlockFormUrl must be an https:// address of the hosted form, or null to hide the call to action',
		],
		[
			{ url: 'https://rolemap.dev/' },
			'url: url must be an https:// origin with no path or trailing slash, like "https://rolemap.dev"',
		],
		[
			{ relatedThreshold: 40 },
			'relatedThreshold: relatedThreshold must be at most 1 (a share of skills, like 0.4)',
		],
		[{ relatedLimit: 2.5 }, 'relatedLimit: relatedLimit must be a whole number, like 8'],
	])('a bad value names the field and the fix: %o', (patch, message) => {
		expect(() => defineSiteConfig({ ...good, ...patch })).toThrow(`site.config.ts  ${message}`);
	});
});
