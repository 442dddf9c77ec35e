import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { page, section, text } from '../build/html';

const ROLE = '/roles/backend-engineer/';
// The built API; each test states the part of the JSON it reads.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape
const api = <T>(path: string): T =>
	(JSON.parse(readFileSync(`dist${path}`, 'utf8')) as { data: T }).data;

describe('the Backend Engineer roadmap, deep enough to follow', () => {
	test('its phases name at least 18 skills, each a native disclosure with its topic count', async () => {
		const roadmap = section(await page('dist', ROLE), 'roadmap');
		const skills = roadmap.querySelectorAll('ul.skills details');
		const names = new Set(skills.map((details) => text(details.querySelector('summary span'))));
		expect(names.size).toBeGreaterThanOrEqual(18);
		const postgres = skills.find(
			(details) => text(details.querySelector('summary span')) === 'PostgreSQL',
		);
		const topics = api<{ topics: string[] }>('/api/skills/postgresql.json').topics;
		expect(text(postgres?.querySelector('summary'))).toBe(`PostgreSQL · ${topics.length} topics`);
		expect(text(postgres)).toContain('Learn first: SQL.');
	});

	test('"pick one" groups list their options together', async () => {
		const roadmap = section(await page('dist', ROLE), 'roadmap');
		const group = roadmap.querySelector('ul.skills li.pick');
		expect(text(group?.querySelector('p'))).toBe('Pick one:');
		const options = group?.querySelectorAll('summary span').map((span) => text(span)) ?? [];
		expect(options).toEqual(expect.arrayContaining(['Python', 'Go', 'TypeScript']));
	});

	test('the skill graph is an SVG whose every node links to a skill page that exists', async () => {
		// The page keeps a box of the graph's size and loads the graph itself from graph.svg beside it.
		const box = (await page('dist', ROLE)).querySelector('figure.graph svg');
		expect(box?.getAttribute('data-graph-src')).toBe(`${ROLE}graph.svg`);
		const graph = parse(await readFile(`dist${ROLE}graph.svg`, 'utf8')).querySelector('svg');
		expect(graph?.getAttribute('viewBox')).toBe(box?.getAttribute('viewBox'));
		const links = graph?.querySelectorAll('a') ?? [];
		expect(links.length).toBeGreaterThanOrEqual(18);
		for (const link of links) {
			const href = link.getAttribute('href') ?? '';
			expect(href).toMatch(/^\/skills\/[a-z0-9-]+\/$/);
			expect(existsSync(`dist${href}index.html`), href).toBe(true);
		}
		expect(graph?.querySelectorAll('path[marker-end]').length).toBeGreaterThan(10);
	});

	test('the API carries the same graph: nodes by phase and prerequisite edges', () => {
		const role = api<{
			graph: { nodes: { id: string; phase: number }[]; edges: { from: string; to: string }[] };
		}>('/api/roles/backend-engineer.json');
		expect(role.graph.nodes.length).toBeGreaterThanOrEqual(18);
		expect(role.graph.edges).toContainEqual({ from: 'sql', to: 'postgresql' });
		const ids = new Set(role.graph.nodes.map((node) => node.id));
		for (const edge of role.graph.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
	});
});

describe('a skill page', () => {
	test('lists topics in order, resources with kind and price, what to learn first and what it leads to', async () => {
		const skill = api<{ topics: string[]; resources: { title: string }[] }>(
			'/api/skills/postgresql.json',
		);
		const root = await page('dist', '/skills/postgresql/');
		expect(
			section(root, 'topics')
				.querySelectorAll('ol li')
				.map((li) => text(li)),
		).toEqual(skill.topics);
		const resources = section(root, 'resources');
		expect(text(resources)).toMatch(/— Docs, free/);
		expect(resources.querySelectorAll('li').length).toBe(skill.resources.length);
		const order = section(root, 'before');
		expect(order.querySelector('#before + ol a')?.getAttribute('href')).toBe('/skills/sql/');
		expect(order.querySelectorAll('#after + ul a').map((a) => text(a))).toContain(
			'Database scaling',
		);
	});
});

describe('one catalogue: the page and the API agree', () => {
	test("a role page's essays are the API's essays, in order", async () => {
		const role = api<{ essays: string[] }>('/api/roles/backend-engineer.json');
		const list = section(await page('dist', ROLE), 'essays');
		const linked = list.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(linked).toEqual(role.essays.map((id) => `/essays/${id}/`));
		expect(role.essays.length).toBeGreaterThan(0);
	});
});
