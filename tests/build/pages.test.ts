import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { page, section, text } from './html';

const { site } = inject('builds');

describe('every page', () => {
	test.each([
		'/',
		'/roles/',
		'/roles/backend-engineer/',
		'/essays/layered-design/',
		'/skills/',
		'/404.html',
	])('%s starts with a skip link to the main landmark', async (path) => {
		const root = await page(site.outDir, path);
		const first = root.querySelector('body a, body button, body input');
		expect(text(first)).toBe('Skip to main content');
		expect(first?.getAttribute('href')).toBe('#main');
		expect(root.querySelector('main#main')).not.toBeNull();
		expect(root.querySelectorAll('h1')).toHaveLength(1);
		expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
	});
});

test('the roles index groups roles by track', async () => {
	const roles = await page(site.outDir, '/roles/');
	expect(roles.querySelectorAll('section[data-track-section] h2').map(text)).toEqual([
		'Software engineering',
		'Design',
	]);
	expect(section(roles, 'engineering').querySelectorAll('h3').map(text)).toEqual([
		'Backend Engineer',
		'Platform Engineer',
	]);
});

test('an essay shows its date, reading time, contents and the roles it serves', async () => {
	const essay = await page(site.outDir, '/essays/layered-design/');
	expect(text(essay.querySelector('h1'))).toBe('Layered design without the ceremony');
	expect(text(essay.querySelector('article header'))).toContain('3 August 2026 · 1 min read');
	expect(
		essay
			.querySelectorAll('nav[aria-labelledby="contents-heading"] a')
			.map((a) => [text(a), a.getAttribute('href')]),
	).toEqual([
		['Why layers', '#why-layers'],
		['A smaller point', '#a-smaller-point'],
		['When layers hurt', '#when-layers-hurt'],
	]);
	expect(essay.querySelector('#when-layers-hurt')).not.toBeNull();
	expect(section(essay, 'for-roles').querySelectorAll('h3').map(text)).toEqual([
		'Backend Engineer',
		'Platform Engineer',
	]);
});

test('a code block is plain, unstyled markup the page policy allows (no inline styles)', async () => {
	const essay = await page(site.outDir, '/essays/layered-design/');
	// The parser keeps <pre> content as raw text.
	expect(essay.querySelector('pre')?.innerHTML.trim()).toBe(
		`<code class="language-ts">const layers = ['presentation', 'rules', 'data'];\n</code>`,
	);
	expect(essay.querySelectorAll('main [style]')).toEqual([]);
});

test('a skill page lists the roles that need it, in which phase, and projects that use it', async () => {
	const skill = await page(site.outDir, '/skills/postgresql/');
	expect(text(skill.querySelector('h1'))).toBe('PostgreSQL');
	expect(text(skill)).toContain('Also known as postgres.');
	expect(section(skill, 'roles').querySelectorAll('li').map(text)).toEqual([
		'Backend Engineer — phase 1, Language and databases',
		'Platform Engineer — phase 1, Services and containers',
	]);
	expect(section(skill, 'projects').querySelectorAll('h3').map(text)).toEqual([
		'Build a command-line record keeper',
	]);
});

test('a project page shows difficulty, time, skills and the roadmaps it belongs to', async () => {
	const project = await page(site.outDir, '/projects/rate-limited-api/');
	expect(text(project.querySelector('dl'))).toBe('Difficulty Intermediate Time About 25 hours');
	expect(section(project, 'for-roles').querySelectorAll('a').map(text)).toEqual([
		'Backend Engineer',
		'Platform Engineer',
	]);
});

test('the 404 page is a real page that search engines skip', async () => {
	const notFound = await page(site.outDir, '/404.html');
	expect(text(notFound.querySelector('h1'))).toBe('We could not find that page');
	expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
});

test('the build writes a search index', () => {
	expect(existsSync(join(site.outDir, 'pagefind/pagefind.js'))).toBe(true);
	expect(site.output).toMatch(/indexed \d+ pages/);
});

test('the build reads the catalogue once, however many pages and languages ask for it', () => {
	// The Pagefind integration counts the loads through src/build/channel.ts and fails a build that
	// built the catalogue more than once (two module instances would be twice the work, and pages that
	// could disagree).
	expect(site.output).toContain('catalogue built once; indexed');
});

test('links in Markdown and MDX bodies that leave the site are marked as they compile; ours are not', async () => {
	for (const path of ['/essays/layered-design/', '/essays/benign-mdx/']) {
		const body = (await page(site.outDir, path)).querySelector('[data-content-body]');
		const links = body?.querySelectorAll('a') ?? [];
		const outside = links.filter((link) => link.getAttribute('href')?.startsWith('https://'));
		expect(outside.length, path).toBe(1);
		expect(outside[0]?.getAttribute('rel'), path).toBe('external noopener noreferrer');
		const ours = links.find((link) => link.getAttribute('href') === '/roles/');
		expect(ours?.getAttribute('rel'), path).toBeUndefined();
	}
});
