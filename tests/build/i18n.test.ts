import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { page, text } from './html';
import { buildSite, OUTPUT } from './build-site';
import { TRANSLATION_SHAPE_CONTENT } from './setup';

const { site, translationShape } = inject('builds');
const ORIGIN = 'https://rolemap.dev';

const alternates = async (path: string): Promise<Record<string, string | undefined>> =>
	Object.fromEntries(
		(await page(site.outDir, path))
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href')]),
	);

describe('a translated role', () => {
	test('is served under /es/ in Spanish, with lang="es" and its Spanish text', async () => {
		const root = await page(site.outDir, '/es/roles/backend-engineer/');
		expect(root.querySelector('html')?.getAttribute('lang')).toBe('es');
		expect(text(root.querySelector('h1'))).toBe('Cómo llegar a ser Ingeniero/a backend');
		expect(text(root.querySelector('[data-content-body]'))).toContain(
			'quienes se dedican al backend construyen las API',
		);
		expect(root.querySelector('[data-content-body]')?.getAttribute('lang')).toBeUndefined();
		expect(text(root.querySelector('#phase-1'))).toContain('Lenguaje y bases de datos');
		expect(root.querySelector('[data-translation]')).toBeNull();
	});

	test('pairs with the English page both ways through hreflang, English as x-default', async () => {
		const pair = {
			en: `${ORIGIN}/roles/backend-engineer/`,
			es: `${ORIGIN}/es/roles/backend-engineer/`,
			'x-default': `${ORIGIN}/roles/backend-engineer/`,
		};
		expect(await alternates('/roles/backend-engineer/')).toEqual(pair);
		expect(await alternates('/es/roles/backend-engineer/')).toEqual(pair);
	});

	test('keeps the English milestone ids, so ticks are shared across languages', async () => {
		const ids = async (path: string) =>
			(await page(site.outDir, path))
				.querySelectorAll('[data-milestone]')
				.map((item) => item.getAttribute('data-milestone'));
		const english = await ids('/roles/backend-engineer/');
		expect(english).toHaveLength(9);
		expect(await ids('/es/roles/backend-engineer/')).toEqual(english);
	});
});

describe('a page not translated yet', () => {
	test('is still served under /es/, its content marked English, with a Spanish notice', async () => {
		const root = await page(site.outDir, '/es/roles/platform-engineer/');
		expect(root.querySelector('html')?.getAttribute('lang')).toBe('es');
		const notice = root.querySelector('[data-translation="missing"]');
		expect(text(notice)).toContain('Esta página aún no está traducida');
		expect(notice?.querySelector('a')?.getAttribute('href')).toMatch(
			/\/CONTRIBUTING\.md#translating$/,
		);
		const body = root.querySelector('[data-content-body]');
		expect(body?.getAttribute('lang')).toBe('en');
		expect(text(body)).toContain('Fixture body');
	});
});

describe('a translation made from an older English text', () => {
	test('says so at the top, with a link to the English page', async () => {
		const root = await page(site.outDir, '/es/essays/layered-design/');
		const notice = root.querySelector('[data-translation="outdated"]');
		expect(text(notice)).toContain(
			'El original en inglés de esta página ha cambiado desde que se tradujo.',
		);
		expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/essays/layered-design/');
		expect(text(root.querySelector('h1'))).toBe('Diseño en capas sin ceremonia');
	});

	test('is listed by npm run check -- --translations, with the share translated', () => {
		const result = spawnSync(process.execPath, ['scripts/check.ts', '--translations'], {
			env: { ...process.env, ROLEMAP_CONTENT_DIR: 'tests/fixtures/site' },
			encoding: 'utf8',
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'es: 3 of 22 entries translated (13.6%), 2 up to date, 1 outdated, 19 missing',
		);
		expect(result.stdout).toMatch(
			/ {2}outdated {2}tests\/fixtures\/site\/es\/essays\/layered-design\.md \(made from 00000000; the English is now [0-9a-f]{8}\)/,
		);
		expect(result.stdout).toContain('  missing   roles/platform-engineer');
	});
});

describe('a translation whose shape no longer matches its English entry', () => {
	const line = `${TRANSLATION_SHAPE_CONTENT}/es/roles/backend-engineer.md:9  phases[0].milestones  has 2 milestones in phase 1 but the English has 3: add a translation of each new English item, in the English order (the English: 1. “Ship a command-line tool that manages records” 2. “Write a query joining three tables with the right indexes” 3. “Explain an EXPLAIN ANALYZE plan to someone else”)`;

	test('fails the build naming what to add, and nothing is built', () => {
		expect(translationShape.code).not.toBe(0);
		expect(translationShape.output).toContain(line);
		expect(existsSync(join(translationShape.outDir, 'index.html'))).toBe(false);
	});

	test('fails npm run check with the same line', () => {
		const result = spawnSync(process.execPath, ['scripts/check.ts'], {
			env: { ...process.env, ROLEMAP_CONTENT_DIR: TRANSLATION_SHAPE_CONTENT },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(line);
	});
});

describe('one of everything per language', () => {
	test('the sitemap lists both languages, each URL with its alternates', async () => {
		const sitemap = await readFile(join(site.outDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${ORIGIN}/es/roles/backend-engineer/</loc>`);
		expect(sitemap).toContain(
			`<xhtml:link rel="alternate" hreflang="es" href="${ORIGIN}/es/roles/backend-engineer/"/>`,
		);
	});

	test('each language has its own RSS feed, linked from its pages', async () => {
		const feed = await readFile(join(site.outDir, 'es/rss.xml'), 'utf8');
		expect(feed).toContain('<language>es</language>');
		expect(feed).toContain(`<link>${ORIGIN}/es/essays/layered-design/</link>`);
		expect(feed).toContain('<title>Diseño en capas sin ceremonia</title>');
		const root = await page(site.outDir, '/es/');
		expect(root.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(
			'/es/rss.xml',
		);
	});

	test('the Spanish instant index lists each translated page once, so results can say what is English', async () => {
		const index = JSON.parse(await readFile(join(site.outDir, 'es/search-index.json'), 'utf8')) as {
			translated: string[];
		};
		expect(index.translated.filter((path) => path === '/roles/backend-engineer/')).toHaveLength(1);
		expect(index.translated).toContain('/skills/postgresql/');
		expect(index.translated).not.toContain('/roles/platform-engineer/');
		expect(index.translated.every((path) => /^\/(roles|skills|essays|projects)\//.test(path))).toBe(
			true,
		);
		const english = JSON.parse(await readFile(join(site.outDir, 'search-index.json'), 'utf8')) as {
			translated?: string[];
		};
		expect(english.translated).toBeUndefined();
	});

	test('Pagefind keeps a separate index per language', async () => {
		const entry = JSON.parse(
			await readFile(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
		expect(entry.languages['es']?.page_count).toBe(entry.languages['en']?.page_count);
	});
});

describe('interface strings', () => {
	test('a key missing from a language fails the build at once, naming the key and file', async () => {
		// A copy of the project whose Spanish dictionary lost one key.
		const root = resolve(OUTPUT, 'missing-key-project');
		await rm(root, { recursive: true, force: true });
		await mkdir(root, { recursive: true });
		for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
			await cp(name, join(root, name), { recursive: true });
		await symlink(resolve('node_modules'), join(root, 'node_modules'));
		const dictionary = join(root, 'src/i18n/es.ts');
		const source = await readFile(dictionary, 'utf8');
		const without = source.replace(/\n\t\tskipLink: [^\n]+/, '');
		expect(without).not.toBe(source);
		await writeFile(dictionary, without);
		const build = await buildSite('missing-key', resolve('tests/fixtures/site'), root);
		expect(build.code).not.toBe(0);
		expect(build.output).toContain('src/i18n/es.ts  site.skipLink: missing Español text; add it');
		expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
		// Stopped at start-up: no page was ever rendered.
		expect(build.output).not.toContain('generating static routes');
	});
});
