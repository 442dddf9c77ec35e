import { describe, expect, test } from 'vitest';
import {
	addRoles,
	instantSearch,
	prepareIndex,
	splitRoles,
	termQuality,
	withinOneEdit,
	words,
	type InstantIndex,
} from '../../src/lib/instant-search';
import { excerpt, markdownText } from '../../src/lib/search-text';

const index: InstantIndex = {
	tracks: ['Software engineering', 'Data & AI'],
	skills: [
		['Kubernetes', 'kubernetes', ['k8s', 'kube'], ['Pods and deployments', 'Helm charts']],
		['PostgreSQL', 'postgresql', ['postgres', 'psql'], ['Indexes and query plans']],
		['Python', 'python', ['py', 'python3'], ['Virtual environments']],
	],
	roles: [
		['Backend Engineer', 'backend-engineer', 0, 10, '$130K', 130000, [2, 1, 0]],
		['Site Reliability Engineer', 'site-reliability-engineer', 0, 14, '$140K', 140000, [0]],
		// An id left out is the title's slug.
		['Data Engineer', '', 1, 8, '', 0, [2, 1]],
	],
	projects: [['Deploy to Kubernetes', 'kubernetes-deploy', [0]]],
	essays: [['Kubernetes without tears', 'kubernetes-without-tears']],
};

const titles = (query: string, filters = {}) =>
	instantSearch(index, query, filters).map((hit) => hit.title.map((s) => s.text).join(''));
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('words and typos', () => {
	test.each([
		['Node.js, C++ and C#', ['node.js', 'c++', 'and', 'c#']],
		['Café  résumé', ['cafe', 'resume']],
		// Plain ASCII takes a quicker path; one accented letter takes the Unicode one: same words.
		['...Go, Rust & TypeScript (2024) ...', ['go', 'rust', 'typescript', '2024']],
		['...Gó, Rust & TypeScript (2024) ...', ['go', 'rust', 'typescript', '2024']],
		['Diseño de APIs: REST/gRPC', ['diseno', 'de', 'apis', 'rest', 'grpc']],
	])('words(%j)', (input, expected) => {
		expect(words(input)).toEqual(expected);
	});

	test.each([
		['kubernetes', 'kubernets', true],
		['kubernetes', 'kubrenetes', true],
		['kubernetes', 'kubernetess', true],
		['kubernetes', 'kuberneetz', false],
		['python', 'pyhton', true],
	])('withinOneEdit(%s, %s) is %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
	});

	test.each([
		['kube', 'kubernetes', 2],
		['kubernetes', 'kubernetes', 3],
		['kubrenetes', 'kubernetes', 1],
		['kubre', 'kubernetes', 1],
		// Words under five letters get no typo allowance: "kbe" is not "kube".
		['kbue', 'kube', 0],
	])('termQuality(%s, %s) is %i', (term, word, expected) => {
		expect(termQuality(term, word)).toBe(expected);
	});
});

describe('instant search', () => {
	test('a skill alias lists the roles that need the skill, most central first', () => {
		const hits = instantSearch(index, 'k8s').filter((hit) => hit.type === 'role');
		expect(hits.map((hit) => hit.url)).toEqual([
			'/roles/site-reliability-engineer/',
			'/roles/backend-engineer/',
		]);
		expect(text(hits[0]?.note ?? [])).toBe('Needs Kubernetes (k8s)');
	});

	test('an alias typed exactly beats the same skill’s name being only a typo away', () => {
		// "sreps" is within one letter of the skill's name "Steps", and exactly its alias.
		const close: InstantIndex = {
			tracks: ['T'],
			skills: [
				['Steps', 'steps', ['sreps'], []],
				['Other', 'other', [], []],
			],
			roles: [
				// A title a typo away ranks below a skill the role needs, named exactly by its alias.
				['Steps Lead', 'steps-lead', 0, 10, '', 0, [1]],
				['Guardian', 'guardian', 0, 10, '', 0, [0]],
			],
			projects: [],
			essays: [],
		};
		const roles = instantSearch(close, 'sreps').filter((hit) => hit.type === 'role');
		expect(roles.map((hit) => hit.url)).toEqual(['/roles/guardian/', '/roles/steps-lead/']);
		expect(text(roles[0]?.note ?? [])).toBe('Needs Steps (sreps)');
	});

	test('title matches rank above skill matches, and the skill itself is listed', () => {
		expect(titles('kubernetes')).toEqual([
			'Kubernetes',
			'Deploy to Kubernetes',
			'Kubernetes without tears',
			'Site Reliability Engineer',
			'Backend Engineer',
		]);
	});

	test('a skill topic finds the skill, saying which topic', () => {
		const skill = instantSearch(index, 'helm').find((hit) => hit.type === 'skill');
		expect(skill?.url).toBe('/skills/kubernetes/');
		expect(text(skill?.note ?? [])).toBe('Topic: Helm charts');
	});

	test('every word must match, and a typo of one letter in a long word is forgiven', () => {
		expect(titles('data postgres')).toEqual(['Data Engineer']);
		expect(titles('reliabilty')).toEqual(['Site Reliability Engineer']);
		expect(titles('zzz')).toEqual([]);
	});

	test('an id left out of the index is the title’s slug', () => {
		expect(instantSearch(index, 'data').find((hit) => hit.type === 'role')?.url).toBe(
			'/roles/data-engineer/',
		);
	});

	test('filters and sorts as the search page asks', () => {
		expect(titles('', { types: ['role'], sort: 'pay' })).toEqual([
			'Site Reliability Engineer',
			'Backend Engineer',
		]);
		expect(titles('', { types: ['role'], sort: 'months' })).toEqual([
			'Data Engineer',
			'Backend Engineer',
			'Site Reliability Engineer',
		]);
		expect(titles('python', { tracks: ['Data & AI'] })).toEqual(['Data Engineer']);
		// Without a query, roles come in the catalogue's order (by title), then projects.
		expect(titles('', { skills: ['Kubernetes'], types: ['role', 'project'] })).toEqual([
			'Backend Engineer',
			'Site Reliability Engineer',
			'Deploy to Kubernetes',
		]);
	});
});

describe('full-text excerpts', () => {
	test('markdownText keeps what a reader sees', () => {
		expect(
			markdownText(
				'## Heading\n\n- A [link](https://x.org) and **bold** `code`\n<Callout>Hi</Callout>',
			),
		).toBe('Heading A link and bold code Hi');
	});

	test('an excerpt never shows the other names indexed after the text', () => {
		const content = 'How to become a Backend Engineer Builds APIs with Python. py python3 cpython';
		const shown = text(excerpt(content, 10, 'python3'));
		expect(shown).toBe('How to become a Backend Engineer Builds APIs with Python.');
		expect(shown).not.toContain('cpython');
	});

	test('an excerpt starts near the first match and marks it', () => {
		const content = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ') + ' kubernetes end';
		const segments = excerpt(content, 62, 'kubernetes', 10);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['kubernetes']);
		expect(text(segments).startsWith('… ')).toBe(true);
	});
});

describe('preparing the index in slices', () => {
	test('pauses between skills when asked, and then answers as an index prepared at once', async () => {
		const sliced = structuredClone(index);
		let pauses = 0;
		await prepareIndex(sliced, () => Promise.resolve(pauses++), -1);
		expect(pauses).toBe(sliced.skills.length);
		for (const query of ['k8s', 'kubernetes', 'kubernets', 'sql', 'helm'])
			expect(instantSearch(sliced, query).map((hit) => hit.url)).toEqual(
				instantSearch(structuredClone(index), query).map((hit) => hit.url),
			);
	});

	test('an index already prepared is not prepared again', async () => {
		const once = structuredClone(index);
		instantSearch(once, 'sql');
		let pauses = 0;
		await prepareIndex(once, () => Promise.resolve(pauses++), -1);
		expect(pauses).toBe(0);
	});
});

describe('an index split into files of roles', () => {
	// Seven roles named so that queries match some in every file.
	const large: InstantIndex = {
		...structuredClone(index),
		roles: [
			...index.roles,
			['Kubernetes Platform Engineer', '', 0, 12, '$150K', 150000, [0]],
			['Python Data Analyst', '', 1, 6, '$90K', 90000, [2]],
			['Database Reliability Engineer', '', 0, 16, '$145K', 145000, [1, 0]],
			['Zeta Engineer', '', 1, 9, '', 0, []],
		],
	};
	const urls = (searched: InstantIndex, query: string, filters = {}) =>
		instantSearch(searched, query, filters).map((hit) => `${hit.url} ${hit.score}`);
	const queries: [string, object][] = [
		['engineer', {}],
		['k8s', {}],
		['postgres', {}],
		['pyhton', {}],
		['engineer', { sort: 'pay' }],
		['', { types: ['role'], sort: 'months' }],
	];

	test('a catalogue that fits in one file is left whole', () => {
		const { index: first, shards } = splitRoles(large, 7);
		expect(first).toBe(large);
		expect(first.shards).toBeUndefined();
		expect(shards).toEqual([]);
	});

	test('the first file keeps everything but the later roles, which follow in order', () => {
		const { index: first, shards } = splitRoles(structuredClone(large), 3);
		expect(first.roles.map(([title]) => title)).toEqual(large.roles.slice(0, 3).map(([t]) => t));
		expect(first.shards).toBe(2);
		expect(first.skills).toEqual(large.skills);
		expect(shards.map((shard) => shard.roles.map(([title]) => title))).toEqual([
			large.roles.slice(3, 6).map(([title]) => title),
			large.roles.slice(6).map(([title]) => title),
		]);
	});

	test('roles added file by file after the first answered rank as in the whole index', async () => {
		const { index: first, shards } = splitRoles(structuredClone(large), 3);
		await prepareIndex(first);
		// The first file answers with its own roles only.
		expect(urls(first, 'k8s')).not.toContain(
			urls(large, 'k8s').find((u) => u.includes('platform')),
		);
		for (const shard of shards) addRoles(first, shard.roles);
		for (const [query, filters] of queries)
			expect(urls(first, query, filters)).toEqual(urls(large, query, filters));
	});

	test('roles added while the first file is still being prepared are searched too', async () => {
		const { index: first, shards } = splitRoles(structuredClone(large), 3);
		let added = false;
		await prepareIndex(
			first,
			() => {
				if (!added) for (const shard of shards) addRoles(first, shard.roles);
				added = true;
				return Promise.resolve();
			},
			-1,
		);
		for (const [query, filters] of queries)
			expect(urls(first, query, filters)).toEqual(urls(large, query, filters));
	});
});
