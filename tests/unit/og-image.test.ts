import { describe, expect, test } from 'vitest';
import { escapeXml, shareCardSvg } from '../../src/lib/og-image';
import { shareCardPng } from '../../src/og';

// Every character XML 1.0 cannot carry, and the invisible ones it can: none may break a share card.
const HOSTILE = [
	'\u0000',
	'\u0007',
	'\u001B',
	'\u0085',
	'\uFFFE',
	'\uFFFF',
	'\uD800',
	'\u2028',
	'\u202E',
	'\u200B',
	'\u{10FFFF}',
];

describe('a share card is drawn whatever its text (content cannot crash the build here)', () => {
	test('characters XML cannot carry are dropped, markup is escaped', () => {
		expect(escapeXml('Data\u0000 & <AI>\uFFFE\uD800')).toBe('Data &amp; &lt;AI&gt;');
	});

	test.each(HOSTILE.map((char) => [`U+${char.codePointAt(0)?.toString(16).toUpperCase()}`, char]))(
		'a title with %s renders to a PNG',
		async (_name, char) => {
			process.env['ROLEMAP_CACHE_DIR'] ??= 'tests/.output/og-image-cache';
			const card = { title: `Data${char}AI & <ML>`, kicker: `k${char}`, facts: [`f${char}`] };
			// XML 1.0's Char production: nothing outside it reaches the SVG.
			expect(shareCardSvg(card)).not.toMatch(
				/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u,
			);
			const png = await shareCardPng(card);
			expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		},
	);
});
