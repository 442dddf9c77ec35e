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

describe('prefix filtering finds exactly the pairs a full comparison finds', () => {
	/** A seeded generator (mulberry32), so a failure can be replayed. */
	function random(seed: number) {
		return () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	/** Every pair compared directly: the definition the fast version must match. */
	function bruteForce(sets: { id: string; skills: string[] }[], threshold: number) {
		return new Map(
			sets.map((a) => {
				const mine = new Set(a.skills);
				const pairs = sets.flatMap((b) => {
					if (b === a) return [];
					const theirs = new Set(b.skills);
					const common = [...theirs].filter((skill) => mine.has(skill)).length;
					const share = common / (mine.size + theirs.size - common);
					return common > 0 && share >= threshold ? [`${b.id} ${share.toFixed(6)}`] : [];
				});
				return [a.id, pairs.sort()];
			}),
		);
	}

	test.each([0.1, 0.25, 1 / 3, 0.4, 0.5, 0.7, 1])('threshold %d', (threshold) => {
		const next = random(Math.round(threshold * 1000));
		// Skewed skill popularity, like real roadmaps: a few skills in most roles, many in a few.
		const sets = Array.from({ length: 300 }, (_, index) => ({
			id: `role-${index}`,
			skills: Array.from({ length: 2 + Math.floor(next() * 10) }, () =>
				String(Math.floor(next() ** 2 * 60)),
			),
		}));
		const fast = relatedRoles(sets, threshold);
		const expected = bruteForce(sets, threshold);
		let pairs = 0;
		for (const [id, list] of expected) {
			pairs += list.length;
			expect(
				fast
					.get(id)
					?.map((r) => `${r.id} ${r.share.toFixed(6)}`)
					.sort(),
				id,
			).toEqual(list);
		}
		// The comparison means something only if the data has pairs to find.
		if (threshold <= 0.5) expect(pairs).toBeGreaterThan(50);
	});
});

test.each([
	[0.4, '40%'],
	[2 / 3, '67%'],
	[1, '100%'],
])('share %d reads %s', (share, text) => {
	expect(formatShare(share)).toBe(text);
});
