import { describe, expect, test } from 'vitest';
import { cycleMessage, learnFirst, prerequisiteCycles } from '../../src/lib/prerequisites';
import {
	collectReferences,
	findBrokenReferences,
	formatBrokenReference,
} from '../../src/lib/references';

describe('the prerequisite graph', () => {
	test('a cycle is reported whole, once', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']],
		]);
		expect(prerequisiteCycles(graph).map(cycleMessage)).toEqual([
			'a → b → c → a: a skill cannot come before itself. Remove one of these prerequisites',
		]);
	});

	test('an acyclic graph has none, and "learn first" lists every prerequisite nearest first', () => {
		const graph = new Map([
			['postgresql', ['sql']],
			['sql', []],
			['database-scaling', ['postgresql', 'system-design']],
			['system-design', ['http']],
			['http', []],
		]);
		expect(prerequisiteCycles(graph)).toEqual([]);
		expect(learnFirst('database-scaling', graph)).toEqual([
			'postgresql',
			'system-design',
			'sql',
			'http',
		]);
	});

	test('an unknown prerequisite is a broken reference with the closest ids', () => {
		const broken = findBrokenReferences(
			collectReferences({
				roles: [],
				projects: [],
				essays: [],
				skills: [{ file: 'content/skills/postgresql.yaml', data: { prerequisites: ['sqll'] } }],
			}),
			{
				tracks: new Set(),
				skills: new Set(['sql', 'postgresql']),
				roles: new Set(),
				projects: new Set(),
				essays: new Set(),
			},
		);
		expect(broken.map(formatBrokenReference)).toEqual([
			'content/skills/postgresql.yaml  prerequisites[0]  unknown skill "sqll": did you mean sql?',
		]);
	});
});
