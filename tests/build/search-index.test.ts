import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { instantSearch, slug, type InstantIndex } from '../../src/lib/instant-search';

const { site } = inject('builds');

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** Pagefind's stored record of every indexed page: gzip of "pagefind_dcd" followed by JSON. */
async function fragments(outDir: string): Promise<Fragment[]> {
	const dir = join(outDir, 'pagefind/fragment');
	const names = await readdir(dir);
	return Promise.all(
		names.map(async (name) => {
			const raw = gunzipSync(await readFile(join(dir, name))).toString('utf8');
			return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
		}),
	);
}

let indexed: Fragment[];
let role: Fragment;

beforeAll(async () => {
	indexed = await fragments(site.outDir);
	const found = indexed.find((fragment) => fragment.url === '/roles/backend-engineer/');
	if (!found) throw new Error('the Backend Engineer page is not in the search index');
	role = found;
});

describe('the search index', () => {
	test('holds role, essay, skill and project pages and nothing else', () => {
		const urls = indexed.map((fragment) => fragment.url).sort();
		expect(
			urls.filter((url) => !/^(\/es)?\/(roles|essays|skills|projects)\/[a-z0-9-]+\/$/.test(url)),
		).toEqual([]);
		expect(urls).toContain('/essays/layered-design/');
		expect(urls).toContain('/skills/kubernetes/');
		expect(urls).toContain('/projects/rate-limited-api/');
		expect(urls).not.toContain('/roles/draft-role/');
	});

	test('indexes the role’s own content, not the navigation, footer or call to action', () => {
		expect(role.content).toContain('Language and databases');
		expect(role.content).toContain('Put a public API online with authentication and rate limiting');
		for (const chrome of [
			'Skip to main content',
			'Improve it on GitHub',
			'Edit this page',
			'Unlock the full',
			'Theme',
			'On this page',
			'Reviewed',
		]) {
			expect(role.content).not.toContain(chrome);
		}
	});

	test('indexes skill aliases, so "k8s" and "postgres" find the role', () => {
		expect(role.content).toContain('k8s');
		expect(role.content).toContain('postgres');
	});

	test('carries the facets and metadata the search page uses', () => {
		expect(role.filters['type']).toEqual(['role']);
		expect(role.filters['track']).toEqual(['Software engineering']);
		expect(role.filters['skill']).toEqual(
			expect.arrayContaining(['Python', 'SQL', 'PostgreSQL', 'Kubernetes', 'AWS']),
		);
		expect(role.meta['months']).toBe('10');
		expect(role.meta['pay']).toBe('$130K');
	});
});

describe('the instant index', () => {
	let instant: InstantIndex;
	beforeAll(async () => {
		instant = JSON.parse(
			await readFile(join(site.outDir, 'search-index.json'), 'utf8'),
		) as InstantIndex;
	});

	test('carries each skill’s aliases and topics, and the skills each role needs', () => {
		const kubernetes = instant.skills.findIndex(([, id]) => id === 'kubernetes');
		const [name, , aliases, topics] = instant.skills[kubernetes] ?? [];
		expect(name).toBe('Kubernetes');
		expect(aliases).toContain('k8s');
		expect(topics).toContain('helm charts for packaging');
		// Ids that are the title's slug are left out of the index.
		const ids = instant.roles.map(([title, id]) => id || slug(title));
		const backend = instant.roles[ids.indexOf('backend-engineer')];
		expect(backend?.[6]).toContain(kubernetes);
		expect(ids).not.toContain('draft-role');
	});

	test('answers a skill alias with the roles that need the skill, and a topic with the skill', () => {
		const roles = instantSearch(instant, 'k8s').filter((hit) => hit.type === 'role');
		expect(roles.map((hit) => hit.url)).toContain('/roles/backend-engineer/');
		const skills = instantSearch(instant, 'helm').filter((hit) => hit.type === 'skill');
		expect(skills.map((hit) => hit.url)).toEqual(['/skills/kubernetes/']);
	});
});

describe('excerpts from the full-text index', () => {
	test('the words a reader may be shown end before the other names indexed for matching', () => {
		const readable = Number(role.meta['readable']);
		const shown = role.content.split(/\s+/).slice(0, readable).join(' ');
		expect(shown).toContain('Language and databases');
		expect(shown).not.toMatch(/\bk8s\b/);
		expect(role.content.split(/\s+/).slice(readable)).toContain('k8s');
	});
});
