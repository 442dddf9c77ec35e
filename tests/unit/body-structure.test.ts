/**
 * A body may not break the page it is rendered on: no heading takes an id the page uses itself, and
 * aligned tables build. Each case is checked twice: by the content guard (what `npm run check` and
 * the build's first step print) and by the build's own renderer from astro.config.mjs (the compile
 * step, which must stop with the same line).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { bodyStructure, bodyStructureProblems } from '../../src/guard/body-structure';
import { guardBytes } from '../../src/guard/files';
import { pageProblems, sourceOf } from '../../src/guard/output';
import { ALLOWED_VALUES } from '../../src/guard/rules';
import { ESSAY_PAGE_IDS, LAYOUT_IDS, reservedIdOwner, ROLE_PAGE_IDS } from '../../src/lib/page-ids';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

const processor = () => config.markdown?.processor ?? satteri();

/** What the build's Markdown renderer does with a body: its HTML, or the error that stopped it. */
async function renderMarkdown(body: string, file: string): Promise<string> {
	const renderer = await processor().createRenderer({ syntaxHighlight: false });
	const { code } = await renderer.render(body, { fileURL: pathToFileURL(file), frontmatter: {} });
	return code;
}

/** What the build's MDX compile does with a body. */
async function compileMdx(body: string, file: string): Promise<string> {
	const renderer = await processor().createMdxRenderer?.(
		{ syntaxHighlight: false },
		{ optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
	);
	if (!renderer) throw new Error('the configured processor cannot render MDX');
	return (await renderer.process(body, file, {})).code;
}

const check = (body: string, file: string) =>
	bodyStructureProblems(body, file.endsWith('.mdx') ? 'mdx' : 'md', file).map(
		(problem) => `${file}:${problem.line}:${problem.column}  ${problem.message}`,
	);

const collision = (text: string, id: string, owner: string, repeated = false) =>
	`the heading "${text}" would get the id "${id}"${repeated ? ' (a repeated heading gets -1, -2…)' : ''}, already used by ${owner}: links to #${id} and the page's own labels would find the wrong element. Rename the heading`;

describe('a body heading cannot take an id its page uses', () => {
	test.each([
		[
			'## Roadmap in a role',
			'content/roles/x.md',
			'Intro.\n\n## Roadmap\n',
			'3:1',
			collision('Roadmap', 'roadmap', `the role page's "roadmap" section`),
		],
		[
			'## Pay in a role',
			'content/roles/x.md',
			'## Pay\n',
			'1:1',
			collision('Pay', 'pay', `the role page's "pay" section`),
		],
		[
			'## Pace hours (the pace input’s id)',
			'content/roles/x.md',
			'## Pace hours\n',
			'1:1',
			collision('Pace hours', 'pace-hours', `the role page's "pace-hours" section`),
		],
		[
			'a repeated heading whose -1 is a phase',
			'content/roles/x.md',
			'## Phase\n\nText.\n\n## Phase\n',
			'5:1',
			collision('Phase', 'phase-1', "the role page's heading for phase 1 of the roadmap", true),
		],
		[
			'## Phase 12',
			'content/roles/x.md',
			'## Phase 12\n',
			'1:1',
			collision('Phase 12', 'phase-12', "the role page's heading for phase 12 of the roadmap"),
		],
		[
			'a link, code and emphasis that read "Roadmap"',
			'content/roles/x.md',
			'## [Road](/roles/)`map`*!*\n',
			'1:1',
			collision('Roadmap!', 'roadmap', `the role page's "roadmap" section`),
		],
		[
			'a setext heading in capitals',
			'content/roles/x.md',
			'\nROADMAP\n=======\n',
			'2:1',
			collision('ROADMAP', 'roadmap', `the role page's "roadmap" section`),
		],
		[
			'a heading in a list in a blockquote',
			'content/roles/x.md',
			'> - ## Why\n',
			'1:5',
			collision('Why', 'why', `the role page's "why" section`),
		],
		[
			'## Roadmap in a Spanish translation',
			'content/es/roles/x.md',
			'## Roadmap\n',
			'1:1',
			collision('Roadmap', 'roadmap', `the role page's "roadmap" section`),
		],
		[
			'## For roles in an essay',
			'content/essays/x.md',
			'## For roles\n',
			'1:1',
			collision('For roles', 'for-roles', `the essay page's "for-roles" section`),
		],
		[
			'## Main (the skip link’s target) in a project',
			'content/projects/x.md',
			'## Main\n',
			'1:1',
			collision('Main', 'main', `every page's "main" element`),
		],
		[
			'## Footnote label (Sätteri’s footnotes heading)',
			'content/essays/x.md',
			'A.[^1]\n\n[^1]: Note.\n\n## Footnote label\n',
			'5:1',
			collision('Footnote label', 'footnote-label', 'the footnotes section Markdown adds'),
		],
		[
			'a heading named like a footnote',
			'content/essays/x.md',
			'## User content fn 1\n',
			'1:1',
			collision('User content fn 1', 'user-content-fn-1', 'the footnotes Markdown adds'),
		],
		[
			'## Roadmap in an MDX Callout',
			'content/roles/x.mdx',
			'<Callout type="tip">\n\n## Roadmap\n\n</Callout>\n',
			'3:1',
			collision('Roadmap', 'roadmap', `the role page's "roadmap" section`),
		],
	])('%s: refused at check and at compile', async (_name, file, body, where, message) => {
		const line = `${file}:${where}  ${message}`;
		expect(check(body, file)).toEqual([line]);
		const build = file.endsWith('.mdx') ? compileMdx(body, file) : renderMarkdown(body, file);
		await expect(build).rejects.toThrow(line);
	});

	test.each([
		['## Pay in an essay (no section of its own)', 'content/essays/x.md', '## Pay\n'],
		['## Roadmap in a project', 'content/projects/x.md', '## Roadmap\n'],
		['a footnote labelled roadmap', 'content/roles/x.md', 'A.[^roadmap]\n\n[^roadmap]: Note.\n'],
		[
			'{#roadmap}, which Markdown here does not read as an id',
			'content/roles/x.md',
			'### Phase 1 {#roadmap}\n',
		],
		['## Phase 1b', 'content/roles/x.md', '## Phase 1b\n'],
		['## Roadmaps', 'content/roles/x.md', '## Roadmaps\n'],
	])('%s: accepted, and built', async (_name, file, body) => {
		expect(check(body, file)).toEqual([]);
		expect(await renderMarkdown(body, file)).toContain('<h');
	});

	test('a heading cannot set its own id: raw <h2 id> is refused as HTML in .md and as a tag in .mdx', () => {
		const md = new TextEncoder().encode('---\ntitle: x\n---\n\n<h2 id="roadmap">Hi</h2>\n');
		expect(guardBytes(md, 'md').map((problem) => problem.message)).toEqual([
			expect.stringContaining('raw HTML is not allowed in .md files'),
		]);
		expect(guardBytes(md, 'mdx').map((problem) => problem.message)).toEqual([
			expect.stringContaining('<h2> is not an allowed component'),
		]);
	});

	test('the role page sets the ids the guard protects: each of its own ids is listed', () => {
		for (const id of Object.values(ROLE_PAGE_IDS))
			expect(reservedIdOwner('roles', id)).not.toBeNull();
		for (const id of Object.values(ESSAY_PAGE_IDS))
			expect(reservedIdOwner('essays', id)).not.toBeNull();
		for (const id of Object.values(LAYOUT_IDS))
			expect(reservedIdOwner('projects', id)).not.toBeNull();
	});
});

describe('aligned tables build', () => {
	const table = '| l | c | r | n |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n';

	test('each alignment becomes a class, and the page passes the output check', async () => {
		const html = await renderMarkdown(table, 'content/roles/x.md');
		expect(html).toContain('<th class="align-left">l</th>');
		expect(html).toContain('<th class="align-center">c</th>');
		expect(html).toContain('<td class="align-right">3</td>');
		expect(html).toContain('<td>4</td>');
		expect(html).not.toContain('style=');
		const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="x"></head><body><div data-content-body>${html}</div></body></html>`;
		expect(pageProblems(page)).toEqual([]);
	});

	test('in MDX too', async () => {
		const code = await compileMdx(`<Callout>\n\n${table}\n</Callout>\n`, 'content/essays/x.mdx');
		expect(code).toContain('"align-center"');
		expect(code).not.toContain('text-align');
	});

	test('the configured pipeline runs the step after the link step', () => {
		const options = processor().options as { hastPlugins: unknown[] };
		expect(options.hastPlugins.at(-1)).toBe(bodyStructure);
	});
});

describe('Callout types are own keys', () => {
	test('every type the guard allows has a label in every language', () => {
		for (const type of ALLOWED_VALUES['Callout']?.['type'] ?? []) {
			expect(Object.hasOwn(en.components.callout, type)).toBe(true);
			expect(Object.hasOwn(es.components.callout, type)).toBe(true);
		}
	});
});

describe('an output-check failure names the content file behind the page', () => {
	const site = 'tests/fixtures/site';
	test.each([
		['roles/backend-engineer/index.html', `${site}/roles/backend-engineer.md`],
		['es/roles/backend-engineer/index.html', `${site}/es/roles/backend-engineer.md`],
		// No Spanish file: the Spanish page shows the English text, so the English file is named.
		['es/roles/platform-engineer/index.html', `${site}/roles/platform-engineer.md`],
		['es/essays/benign-mdx/index.html', `${site}/essays/benign-mdx.mdx`],
		['skills/docker/index.html', `${site}/skills/docker.yaml`],
		['compare/index.html', null],
	])('%s → %s', (page, file) => {
		expect(sourceOf(page, site)).toBe(file);
	});
});
