import { describe, expect, test } from 'vitest';
import { matchesExplorer } from '../../src/lib/explorer';
import {
	hasSearch,
	parseSearchState,
	searchStateToQuery,
	toPagefindOptions,
} from '../../src/lib/search-state';

describe('search state lives in the URL', () => {
	test.each([
		['q=k8s', { q: 'k8s', types: [], tracks: [], skills: [], sort: '' }],
		[
			'q=sql&type=role&track=Data+%26+AI&sort=months',
			{ q: 'sql', types: ['role'], tracks: ['Data & AI'], skills: [], sort: 'months' },
		],
		[
			'type=role&type=essay&skill=Docker',
			{ q: '', types: ['role', 'essay'], tracks: [], skills: ['Docker'], sort: '' },
		],
		// Unknown types and sorts from a hand-edited URL are dropped, not passed to the index.
		['q=%20go%20&type=video&sort=random', { q: 'go', types: [], tracks: [], skills: [], sort: '' }],
	])('%s', (query, state) => {
		expect(parseSearchState(new URLSearchParams(query))).toEqual(state);
	});

	test('a state survives the round trip through its URL', () => {
		const state = {
			q: 'postgres',
			types: ['role'],
			tracks: ['Data & AI', 'Software engineering'],
			skills: ['Docker'],
			sort: 'pay' as const,
		};
		expect(parseSearchState(new URLSearchParams(searchStateToQuery(state)))).toEqual(state);
	});

	test('empty parts are left out of the URL', () => {
		expect(searchStateToQuery({ q: 'go', types: [], tracks: [], skills: [], sort: '' })).toBe(
			'q=go',
		);
	});
});

describe('Pagefind options', () => {
	test('types and tracks match any chosen value, skills must all match', () => {
		expect(
			toPagefindOptions({
				q: '',
				types: ['role'],
				tracks: ['A', 'B'],
				skills: ['Docker', 'Go'],
				sort: '',
			}),
		).toEqual({
			filters: { type: { any: ['role'] }, track: { any: ['A', 'B'] }, skill: ['Docker', 'Go'] },
		});
	});

	test.each([
		['pay', { pay: 'desc' }],
		['months', { months: 'asc' }],
	] as const)('sort by %s', (sort, expected) => {
		expect(toPagefindOptions({ q: 'x', types: [], tracks: [], skills: [], sort }).sort).toEqual(
			expected,
		);
	});

	test('nothing to search for without a query or a facet', () => {
		expect(hasSearch({ q: '', types: [], tracks: [], skills: [], sort: 'pay' })).toBe(false);
		expect(hasSearch({ q: '', types: ['role'], tracks: [], skills: [], sort: '' })).toBe(true);
	});
});

describe('roles explorer', () => {
	const role = { track: 'data-ai', skills: ['python', 'dbt'], months: 10 };
	test.each([
		[{ track: '', skill: '', maxMonths: null }, true],
		[{ track: 'data-ai', skill: '', maxMonths: null }, true],
		[{ track: 'engineering', skill: '', maxMonths: null }, false],
		[{ track: '', skill: 'dbt', maxMonths: null }, true],
		[{ track: '', skill: 'go', maxMonths: null }, false],
		[{ track: '', skill: '', maxMonths: 10 }, true],
		[{ track: '', skill: '', maxMonths: 9 }, false],
	])('%j → %s', (filter, visible) => {
		expect(matchesExplorer(role, filter)).toBe(visible);
	});
});
