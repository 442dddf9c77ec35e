import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	answer,
	questionQueue,
	type InstantAnswer,
	type InstantQuestion,
} from '../../src/components/search/instant-worker';
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
		if (!('hits' in reply)) throw new Error(JSON.stringify(reply));
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
		if (!('hits' in reply)) throw new Error(JSON.stringify(reply));
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
		const reply = await answer({ ...ask('/es/search-index.json', 'platform'), whole: true });
		if (!('hits' in reply)) throw new Error(JSON.stringify(reply));
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

describe('the dialog’s questions', () => {
	test('sends only the best few of each group, and counts them all', async () => {
		const many = index();
		for (let n = 0; n < 40; n++)
			many.roles.push([`Kubernetes Engineer ${n}`, `k-${n}`, 0, 10, '', 0, [0]]);
		const reply = await answer({ ...ask('/d/search-index.json', 'kubernetes'), take: 5 }, () =>
			Promise.resolve(many),
		);
		if (!('hits' in reply)) throw new Error('no hits');
		expect(reply.hits.filter((hit) => hit.type === 'role')).toHaveLength(5);
		expect(reply.hits.filter((hit) => hit.type !== 'role').map((hit) => hit.url)).toEqual([
			'/skills/kubernetes/',
			'/projects/kubernetes-deploy/',
		]);
		expect(reply.total).toBe(44);
	});

	test('a burst of keys is searched once: questions that a newer one overtook are answered as superseded', async () => {
		const replies: InstantAnswer[] = [];
		const searched: string[] = [];
		let release: () => void = () => {};
		const firstTurn = new Promise<void>((done) => (release = done));
		let turns = 0;
		const ask = questionQueue(
			(reply) => replies.push(reply),
			(question) => {
				searched.push(question.query);
				return Promise.resolve({ id: question.id, hits: [], total: 0 });
			},
			// The first turn waits until every key of the burst has arrived, as queued messages do.
			() => (turns++ === 0 ? firstTurn : Promise.resolve()),
		);
		const question = (id: number, query: string): InstantQuestion => ({
			id,
			index: '/search-index.json',
			query,
			filters: {},
			notes: NOTES,
		});
		['k', 'ku', 'kub', 'kube'].forEach((query, n) => {
			ask(question(n + 1, query));
		});
		release();
		await vi.waitFor(() => {
			expect(replies).toHaveLength(4);
		});
		expect(searched).toEqual(['kube']);
		expect(replies.slice(0, 3)).toEqual([1, 2, 3].map((id) => ({ id, superseded: true })));
		// A key typed after that answer is searched on its own.
		ask(question(5, 'kuber'));
		await vi.waitFor(() => {
			expect(searched).toEqual(['kube', 'kuber']);
		});
	});

	test('answers from the first file at once, before a large index’s further files arrive', async () => {
		let arrive: (index: InstantIndex) => void = () => {};
		const whole = new Promise<InstantIndex>((done) => (arrive = done));
		const first = index();
		const reply = await answer(ask('/e/search-index.json', 'backend'), () => ({
			first: Promise.resolve(first),
			whole,
		}));
		expect('hits' in reply && reply.hits.map((hit) => hit.url)).toEqual([
			'/roles/backend-engineer/',
		]);
		arrive(first);
	});
});
