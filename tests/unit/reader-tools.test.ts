import { describe, expect, test } from 'vitest';
import { niceTicks, scale, timelineBars } from '../../src/lib/charts';
import { compareSkills } from '../../src/lib/compare';
import { monthsAtPace } from '../../src/lib/pace';
import {
	countDone,
	mergeProgress,
	milestoneId,
	parseProgressFile,
	ticksLostByReplacing,
	type ProgressFile,
} from '../../src/lib/progress';
import { rankBySkillGap } from '../../src/lib/skill-gap';

describe('milestone ids', () => {
	const milestones = [
		'Ship a public API with auth',
		'Publish an OpenAPI spec',
		'Deploy to a real cloud',
	];

	test('depend on the text, not the position: reordering or adding milestones keeps every id', () => {
		const before = milestones.map(milestoneId);
		const after = ['A brand new first milestone', ...[...milestones].reverse()].map(milestoneId);
		expect(after.slice(1).reverse()).toEqual(before);
	});

	test('ignore case and spacing, so a typo-level edit of whitespace keeps progress', () => {
		expect(milestoneId('Ship a  public API with auth ')).toBe(
			milestoneId('ship a public api with auth'),
		);
	});

	test('differ for different milestones and look like m + base 36', () => {
		const ids = milestones.map(milestoneId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^m[0-9a-z]{1,7}$/);
	});

	test('count ticks per phase and per role', () => {
		const ids = milestones.map(milestoneId);
		expect(countDone(ids, new Set([ids[0] ?? '', 'm-other']))).toEqual({ done: 1, total: 3 });
	});
});

describe('progress files', () => {
	test('a valid export round-trips, dropping anything that is not a milestone id', () => {
		const file = JSON.stringify({
			format: 'rolemap-progress',
			version: 1,
			roles: { 'backend-engineer': ['m1abc', 42, '<script>'] },
		});
		expect(parseProgressFile(file).roles).toEqual({ 'backend-engineer': ['m1abc'] });
	});

	test.each([
		['not json', 'That file is not a Rolemap progress file (it is not JSON).'],
		[
			'{"format":"something-else","version":1,"roles":{}}',
			'That file is not a Rolemap progress file.',
		],
		[
			'{"format":"rolemap-progress","version":2,"roles":{}}',
			'That file is not a Rolemap progress file.',
		],
	])('%s is refused', (text, message) => {
		expect(() => parseProgressFile(text)).toThrow(message);
	});
});

describe('pace', () => {
	test.each([
		{ months: 10, at: 12, pace: 12, expected: 10 },
		{ months: 10, at: 12, pace: 6, expected: 20 },
		{ months: 10, at: 12, pace: 24, expected: 5 },
		{ months: 10, at: 12, pace: 20, expected: 6 },
		{ months: 10, at: 12, pace: 60, expected: 2 },
		{ months: 1, at: 10, pace: 60, expected: 0.5 },
	])(
		'$months months at $at h/week is about $expected months at $pace h/week',
		({ months, at, pace, expected }) => {
			expect(monthsAtPace(months, at, pace)).toBe(expected);
		},
	);

	test('zero hours a week is refused', () => {
		expect(() => monthsAtPace(10, 12, 0)).toThrow('hours a week must be more than 0');
	});
});

describe('skill gap', () => {
	const roles = [
		{ id: 'backend', title: 'Backend Engineer', skills: ['python', 'sql', 'postgresql', 'docker'] },
		{ id: 'data', title: 'Data Engineer', skills: ['python', 'sql', 'spark', 'airflow', 'dbt'] },
		{ id: 'frontend', title: 'Frontend Engineer', skills: ['html', 'css', 'javascript'] },
	];

	test('ranks the role with the largest share of its skills first, and says what is missing', () => {
		const ranked = rankBySkillGap(['python', 'sql', 'postgresql'], roles);
		expect(ranked.map((r) => [r.id, r.coverage, r.missing])).toEqual([
			['backend', 0.75, ['docker']],
			['data', 0.4, ['spark', 'airflow', 'dbt']],
		]);
	});

	test('a tie goes to the role with fewer skills left to learn', () => {
		const ranked = rankBySkillGap(
			['python', 'html'],
			[
				{ id: 'a', title: 'A', skills: ['python', 'x', 'y', 'z'] },
				{ id: 'b', title: 'B', skills: ['html', 'q'] },
				{ id: 'c', title: 'C', skills: ['python', 'html', 'r', 's', 't', 'u', 'v', 'w'] },
			],
		);
		// b has half its skills; a and c a quarter each, and a has fewer left to learn.
		expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
	});

	test('roles sharing nothing are left out', () => {
		expect(rankBySkillGap(['rust'], roles)).toEqual([]);
	});
});

test('compare splits skills into common and unique, in each role’s order', () => {
	expect(compareSkills(['python', 'sql', 'docker'], ['sql', 'spark', 'python'])).toEqual({
		common: ['python', 'sql'],
		onlyA: ['docker'],
		onlyB: ['spark'],
	});
});

describe('charts', () => {
	test('timeline bars are proportional to months and fill the width', () => {
		const bars = timelineBars([
			{ title: 'A', months: 3 },
			{ title: 'B', months: 3 },
			{ title: 'C', months: 4 },
		]);
		expect(bars.map((bar) => [bar.start, bar.width])).toEqual([
			[0, 30],
			[30, 30],
			[60, 40],
		]);
	});

	test.each([
		[13, [0, 5, 10, 15]],
		[164_070, [0, 50_000, 100_000, 150_000, 200_000]],
		[1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
	])('ticks for %d', (max, ticks) => {
		expect(niceTicks(max)).toEqual(ticks);
	});

	test('scale maps the domain onto the range, upside down when asked', () => {
		expect(scale(5, 10, [0, 100])).toBe(50);
		expect(scale(5, 10, [300, 100])).toBe(200);
	});
});

describe('importing progress', () => {
	const file = (roles: Record<string, string[]>): ProgressFile => ({
		format: 'rolemap-progress',
		version: 1,
		roles,
	});

	test('merging keeps every tick from both and counts what it adds', () => {
		const { file: merged, added } = mergeProgress(
			file({ 'backend-engineer': ['m1', 'm2'] }),
			file({ 'backend-engineer': ['m2', 'm3'], 'qa-engineer': ['m4'] }),
		);
		expect({ ...merged.roles }).toEqual({
			'backend-engineer': ['m1', 'm2', 'm3'],
			'qa-engineer': ['m4'],
		});
		expect(added).toBe(2);
	});

	test('an empty list for a role would lose its ticks only by replacing', () => {
		const current = file({ 'backend-engineer': ['m1', 'm2'] });
		const imported = parseProgressFile(
			JSON.stringify({ format: 'rolemap-progress', version: 1, roles: { 'backend-engineer': [] } }),
		);
		expect(ticksLostByReplacing(current, imported)).toBe(2);
		expect(mergeProgress(current, imported).file.roles['backend-engineer']).toEqual(['m1', 'm2']);
	});

	test('a key that is not a role id, such as __proto__, is dropped without touching any object', () => {
		const parsed = parseProgressFile(
			'{"format":"rolemap-progress","version":1,"roles":{"__proto__":["m1"],"qa-engineer":["m2"]}}',
		);
		expect(Object.keys(parsed.roles)).toEqual(['qa-engineer']);
		expect(({} as Record<string, unknown>)['m1']).toBeUndefined();
	});

	test.each(['constructor', 'valueof', 'tostring'])(
		'a role whose id is %s keeps its ticks',
		(id) => {
			const parsed = parseProgressFile(
				`{"format":"rolemap-progress","version":1,"roles":{"${id}":["m1"]}}`,
			);
			expect(parsed.roles[id]).toEqual(['m1']);
			const { file: merged } = mergeProgress(parsed, file({}));
			expect(merged.roles[id]).toEqual(['m1']);
			expect((JSON.parse(JSON.stringify(merged)) as ProgressFile).roles[id]).toEqual(['m1']);
			expect(mergeProgress(file({}), file({})).file.roles[id]).toBeUndefined();
		},
	);
});
