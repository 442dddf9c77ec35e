import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageWeight, type PageWeight } from '../../scripts/page-weight';

const KB = 1024;
/**
 * HTML + CSS of a role page, brotli: what the first round trip of a new connection carries (ten TCP
 * segments of 1,460 bytes). However deep a roadmap grows, the page and its styles arrive in one trip.
 */
const ROLE_PAGE_BUDGET = 14_600;

/** Every script a page may load before interaction, the feature it serves, and its brotli cap. */
const SCRIPTS: Record<string, { feature: string; max: number }> = {
	'(inline)': { feature: 'theme before first paint, no flash of the wrong colours', max: 0.3 * KB },
	'SearchTrigger.js': {
		feature: 'search button and / and Ctrl+K shortcuts (the dialog loads on open)',
		max: 1.5 * KB,
	},
	'Header.js': {
		feature: 'theme choice (system, light, dark); Escape and a tap outside close the menu',
		max: 0.5 * KB,
	},
	// The progress panel's count and buttons are drawn by this script (their markup left the page's
	// HTML, which every role page sends before anything else; the script is cached across roles).
	'Progress.js': {
		feature: 'milestone checklists, the progress panel and the pace calculator',
		max: 2.25 * KB,
	},
	'SkillGraph.js': {
		feature: 'the skill graph, loaded from its own file as it nears the screen',
		max: 0.6 * KB,
	},
	'ServiceWorker.js': {
		feature: 'offline reading: registers the worker after load (the saved list loads when used)',
		max: 0.5 * KB,
	},
};
const ALLOWED = {
	role: [
		'(inline)',
		'SearchTrigger.js',
		'Header.js',
		'SkillGraph.js',
		'Progress.js',
		'ServiceWorker.js',
	],
	essay: ['(inline)', 'SearchTrigger.js', 'Header.js', 'ServiceWorker.js'],
	skill: ['(inline)', 'SearchTrigger.js', 'Header.js', 'ServiceWorker.js'],
};

/** Problems with a page's weight; empty when it is within budget. */
function overBudget(weight: PageWeight, kind: keyof typeof ALLOWED, budget?: number): string[] {
	const problems: string[] = [];
	const total = weight.html.brotli + weight.css.brotli;
	if (budget !== undefined && total > budget) {
		problems.push(
			`HTML + CSS is ${(total / KB).toFixed(1)} KB brotli, over the ${(budget / KB).toFixed(1)} KB budget`,
		);
	}
	for (const [name, size] of Object.entries(weight.scripts)) {
		const rule = SCRIPTS[name];
		if (!rule || !ALLOWED[kind].includes(name))
			problems.push(`${name} is not a script a ${kind} page needs`);
		else if (size.brotli > rule.max)
			problems.push(`${name} (${rule.feature}) is ${size.brotli} B brotli, over ${rule.max} B`);
	}
	return problems;
}

const pages = (folder: string) =>
	readdirSync(`dist/${folder}`, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/${folder}/${entry.name}/`);

describe('page-weight budgets (sizes, never times)', () => {
	test('there are role pages to weigh: an empty dist/roles must not pass', () => {
		expect(pages('roles').length).toBeGreaterThanOrEqual(10);
	});

	test('there are Spanish role pages to weigh too', () => {
		expect(pages('es/roles')).toHaveLength(pages('roles').length);
	});

	test.each([...pages('roles'), ...pages('es/roles')])(
		'%s: HTML + CSS within budget, only the scripts its features need',
		(path) => {
			expect(overBudget(pageWeight('dist', path), 'role', ROLE_PAGE_BUDGET)).toEqual([]);
		},
	);

	test.each([
		...pages('essays'),
		...pages('skills').slice(0, 10),
		...pages('es/essays'),
		...pages('es/skills').slice(0, 10),
	])('%s loads only the header scripts and the offline registration', (path) => {
		const kind = /^(\/es)?\/essays\//.test(path) ? 'essay' : 'skill';
		expect(overBudget(pageWeight('dist', path), kind)).toEqual([]);
	});

	test('a deliberately heavy page fails the budget, naming what is over', () => {
		const heavy = pageWeight('tests/fixtures/quality/heavy-site', '/roles/heavy/');
		expect(overBudget(heavy, 'role', ROLE_PAGE_BUDGET)).toEqual([
			expect.stringMatching(/^HTML \+ CSS is \d+\.\d KB brotli, over the 14\.3 KB budget$/),
			'tracker.js is not a script a role page needs',
		]);
	});
});
