import { describe, expect, test } from 'vitest';
import { formatShare, relatedRoles } from '../../src/lib/related';

const roles = [
	{ id: 'backend', skills: ['python', 'sql', 'postgresql', 'docker', 'git'] },
	// shares 4 of 6 distinct skills with backend: 4/6 = 0.67
	{ id: 'platform', skills: ['python', 'sql', 'docker', 'git', 'kubernetes'] },
	// shares 2 of 7 with backend: 0.29
	{ id: 'data', skills: ['python', 'sql', 'spark', 'airflow'] },
	// shares nothing
	{ id: 'designer', skills: ['figma'] },
];

describe('related roles by Jaccard share of skills', () => {
	const related = relatedRoles(roles, 0.4);

	test('keeps roles at or above the threshold, highest share first', () => {
		expect(related.get('backend')?.map((r) => [r.id, r.share.toFixed(2)])).toEqual([
			['platform', '0.67'],
		]);
	});

	test('lists the skills a reader would add to move across, in the other role’s order', () => {
		const platform = related.get('backend')?.[0];
		expect(platform?.toAdd).toEqual(['kubernetes']);
		expect(platform?.shared).toEqual(['python', 'sql', 'docker', 'git']);
	});

	test('is symmetric in share', () => {
		expect(related.get('platform')?.find((r) => r.id === 'backend')?.share).toBeCloseTo(4 / 6);
	});

	test('a role sharing no skills has no related roles', () => {
		expect(related.get('designer')).toEqual([]);
	});

	test.each([
		{ threshold: 0.25, expected: ['platform', 'data'] },
		{ threshold: 0.4, expected: ['platform'] },
		{ threshold: 0.7, expected: [] },
	])('threshold $threshold gives $expected for backend', ({ threshold, expected }) => {
		expect(
			relatedRoles(roles, threshold)
				.get('backend')
				?.map((r) => r.id),
		).toEqual(expected);
	});

	test('a share exactly at the threshold counts', () => {
		const pair = [
			{ id: 'a', skills: ['x', 'y'] },
			{ id: 'b', skills: ['y', 'z', 'w'] },
		];
		// |{y}| / |{x,y,z,w}| = 0.25
		expect(
			relatedRoles(pair, 0.25)
				.get('a')
				?.map((r) => r.id),
		).toEqual(['b']);
	});

	test('ties are ordered by id so builds are deterministic', () => {
		const tie = [
			{ id: 'a', skills: ['x', 'y'] },
			{ id: 'c', skills: ['x', 'y'] },
			{ id: 'b', skills: ['x', 'y'] },
		];
		expect(
			relatedRoles(tie, 0.4)
				.get('a')
				?.map((r) => r.id),
		).toEqual(['b', 'c']);
	});

	test('a limit keeps the closest roles only', () => {
		expect(
			relatedRoles(roles, 0.25, 1)
				.get('backend')
				?.map((r) => r.id),
		).toEqual(['platform']);
	});

	test('an editor’s manual pick appears below the threshold and is flagged', () => {
		const [first, ...others] = roles;
		if (!first) throw new Error('fixture needs a first role');
		const withManual = [{ ...first, manual: ['data'] }, ...others];
		const backend = relatedRoles(withManual, 0.4).get('backend');
		expect(backend?.map((r) => [r.id, r.manual])).toEqual([
			['platform', false],
			['data', true],
		]);
	});
});

test.each([
	[0.4, '40%'],
	[2 / 3, '67%'],
	[1, '100%'],
])('share %d reads %s', (share, text) => {
	expect(formatShare(share)).toBe(text);
});
