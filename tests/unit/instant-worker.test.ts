import { afterEach, describe, expect, test, vi } from 'vitest';
import { answer, type InstantQuestion } from '../../src/components/search/instant-worker';
import { instantSearch, type InstantIndex } from '../../src/lib/instant-search';

const index = (): InstantIndex => ({
	tracks: ['Software engineering', 'Data & AI'],
	skills: [
		['Kubernetes', 'kubernetes', ['k8s'], ['Pods and deployments', 'Helm charts']],
		['PostgreSQL', 'postgresql', ['postgres', 'psql'], ['Indexes and query plans']],
	],
	roles: [
		['Backend Engineer', 'backend-engineer', 0, 10, '$130K', 130000, [1, 0]],
		['Site Reliability Engineer', '', 0, 14, '$140K', 140000, [0]],
	],
	projects: [['Deploy to Kubernetes', 'kubernetes-deploy', [0]]],
	essays: [],
});

const NOTES = { needs: 'Requiere', uses: 'Usa', topic: 'Tema:', alsoCalled: 'También llamado' };
const ask = (path: string, query: string, filters = {}): InstantQuestion => ({
	id: 7,
	index: path,
	query,
	filters,
	notes: NOTES,
});
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

afterEach(() => vi.unstubAllGlobals());

describe('instant search on the search page’s worker', () => {
	test('answers with the hits the page would find, as data that survives postMessage, in the notes’ language', async () => {
		const reply = await answer(ask('/a/search-index.json', 'kubernetes', { types: ['role'] }), () =>
			Promise.resolve(index()),
		);
		if (!('hits' in reply)) throw new Error(reply.error);
		expect(reply.id).toBe(7);
		const expected = instantSearch(index(), 'kubernetes', { types: ['role'] }, NOTES);
		expect(reply.hits.map((hit) => hit.url)).toEqual(expected.map((hit) => hit.url));
		// structuredClone is what postMessage does: a function left in would fail it.
		const sent = structuredClone(reply);
		if (!('hits' in sent)) throw new Error('lost');
		expect(sent.hits.map((hit) => text(hit.title))).toEqual([
			'Site Reliability Engineer',
			'Backend Engineer',
		]);
		expect(text(sent.hits[0]?.note ?? [])).toBe('Requiere Kubernetes');
		expect(sent.hits.every((hit) => !hit.untranslated)).toBe(true);
	});

	test('marks the pages a translated index does not hold, so the page shows them as English', async () => {
		const spanish = { ...index(), translated: ['/roles/backend-engineer/'] };
		const reply = await answer(ask('/b/search-index.json', 'engineer'), () =>
			Promise.resolve(spanish),
		);
		if (!('hits' in reply)) throw new Error(reply.error);
		expect(Object.fromEntries(reply.hits.map((hit) => [hit.url, hit.untranslated]))).toEqual({
			'/roles/backend-engineer/': false,
			'/roles/site-reliability-engineer/': true,
		});
	});

	test('fetches the index once with every further file of roles; a file that fails leaves the others', async () => {
		const first = { ...index(), shards: 2 };
		const files: Record<string, unknown> = {
			'/es/search-index.json': first,
			'/es/search-index-2.json': {
				roles: [['Platform Engineer', '', 0, 12, '', 0, [0]]],
			},
		};
		const fetched: string[] = [];
		vi.stubGlobal('fetch', (path: string) => {
			fetched.push(path);
			const body = files[path];
			return Promise.resolve(
				body ? new Response(JSON.stringify(body)) : new Response('not found', { status: 404 }),
			);
		});
		const reply = await answer(ask('/es/search-index.json', 'platform'));
		if (!('hits' in reply)) throw new Error(reply.error);
		expect(reply.hits.map((hit) => hit.url)).toEqual(['/roles/platform-engineer/']);
		await answer(ask('/es/search-index.json', 'backend'));
		expect(fetched.sort()).toEqual([
			'/es/search-index-1.json',
			'/es/search-index-2.json',
			'/es/search-index.json',
		]);
	});

	test('a failed fetch is answered with its reason, and the next question fetches again', async () => {
		const load = vi
			.fn<(path: string) => Promise<InstantIndex>>()
			.mockRejectedValueOnce(new Error('search index: HTTP 503'))
			.mockResolvedValueOnce(index());
		expect(await answer(ask('/c/search-index.json', 'postgres'), load)).toEqual({
			id: 7,
			error: 'search index: HTTP 503',
		});
		const again = await answer(ask('/c/search-index.json', 'postgres'), load);
		expect('hits' in again && again.hits[0]?.url).toBe('/skills/postgresql/');
		expect(load).toHaveBeenCalledTimes(2);
	});
});
