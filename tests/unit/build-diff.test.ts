import { describe, expect, test } from 'vitest';
import { cell, diffBuilds, summaryMarkdown, type BuildData } from '../../src/lib/build-diff';

const build = (over: Partial<BuildData> = {}): BuildData => ({
	pages: ['/', '/roles/a/'],
	roles: {
		a: {
			title: 'A',
			hoursPerWeek: 10,
			pay: [
				{
					region: 'US',
					formatted: '$132K',
					year: 2023,
					source: { name: 'BLS', url: 'https://www.bls.gov/oes/' },
				},
			],
		},
	},
	skills: { go: { name: 'Go' } },
	translated: { es: ['/roles/a/'] },
	weights: { '/roles/a/': 13_000 },
	warnings: [],
	...over,
});

describe('diffBuilds', () => {
	test('a pay figure that changes is listed before and after, with its source', () => {
		const head = build();
		head.roles['a'] = {
			...head.roles['a'],
			pay: [
				{
					region: 'US',
					formatted: '$133K',
					year: 2024,
					source: { name: 'BLS', url: 'https://www.bls.gov/oes/' },
				},
			],
		};
		const diff = diffBuilds(build(), head);
		expect(diff.pay).toHaveLength(1);
		expect(summaryMarkdown(diff, 'https://rolemap.dev')).toContain(
			'| a | US | $132K · 2023 | $133K · 2024 | [BLS](https://www.bls.gov/oes/) |',
		);
	});

	test('a page over budget, a lost translation and a new warning are called out', () => {
		const head = build({
			translated: { es: [] },
			weights: { '/roles/a/': 15_000 },
			warnings: ['content/roles/a.md:3  updated  warning: old'],
		});
		head.roles['a'] = { ...head.roles['a'], hoursPerWeek: 12 };
		const text = summaryMarkdown(diffBuilds(build(), head), 'https://rolemap.dev');
		expect(text).toContain('| 13,000 B | 15,000 B | ❌ over budget |');
		expect(text).toContain('- **es**: 1 → 0 pages translated');
		expect(text).toContain('  - no longer translated (shows English): /roles/a/');
		expect(text).toContain('- content/roles/a.md:3  updated  warning: old');
	});

	test('content cannot break the summary: table cells, links and line breaks are escaped', () => {
		expect(cell('a | b\n## heading [x](javascript:alert(1)) <img>')).toBe(
			'a \\| b ## heading \\[x\\](javascript:alert(1)) \\<img\\>',
		);
		const head = build();
		head.roles['a'] = {
			...head.roles['a'],
			pay: [{ region: 'US', formatted: '$1', source: { name: 'x', url: 'javascript:alert(1)' } }],
		};
		const text = summaryMarkdown(diffBuilds(build(), head), 'https://rolemap.dev');
		expect(text).not.toContain('](javascript:');
	});
});
