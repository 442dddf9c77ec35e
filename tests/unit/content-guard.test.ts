import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks/content';
import { FILE_MESSAGES, guardBytes, guardFolder, runGuard } from '../../src/guard/files';
import type { AcceptedYaml } from '../../src/guard/yaml';

const fixture = (name: string) => readFileSync(`tests/fixtures/hostile/${name}`);
const kindOf = (name: string) => name.split('.').pop() as 'md' | 'mdx' | 'yaml';
const guard = (name: string) =>
	guardBytes(fixture(name), kindOf(name)).map((p) => `${p.line}:${p.column} ${p.message}`);

const ESM =
	'import and export are not allowed: MDX would run them as code on the build machine. Delete the line; allowed components (Callout) need no import';
const EXPRESSION =
	'{…} expressions are not allowed: MDX would run them as JavaScript. Write the text itself, or escape a literal brace as \\{';
const RAW_HTML =
	'raw HTML is not allowed in .md files: the site cannot check what it would do in a reader’s browser. Write it in Markdown (emphasis, code, links); for <kbd> or <abbr>, rename the file to .mdx';
const scheme = (name: string) =>
	`${name}: links are not allowed: only https:// and mailto: addresses, or a relative link like /roles/backend-engineer/. Rewrite the link`;
const closing = (line: string) =>
	`the frontmatter must close with a line that is exactly "---", not ${JSON.stringify(line)}: remove what follows the dashes`;

describe('every hostile fixture is refused at the line and column of the problem', () => {
	test.each([
		// MDX that would run code on the build machine
		['esm-import.mdx', [`7:1 ${ESM}`, `11:1 ${ESM}`]],
		['esm-export.mdx', [`9:1 ${ESM}`]],
		['export-tab.mdx', [`9:1 ${ESM}`]],
		['expression.mdx', [`7:31 ${EXPRESSION}`, `9:1 ${EXPRESSION}`]],
		['footnote-expression.mdx', [`9:7 ${EXPRESSION}`]],
		['frontmatter-trailing-space.mdx', [`5:1 ${closing('--- ')}`]],
		[
			'attribute-expression.mdx',
			[
				'7:1 <Callout> has an {…} attribute: expressions run as JavaScript. Write attribute values as plain text in quotes',
			],
		],
		[
			'set-html.mdx',
			[
				'7:1 <Callout> may not have a set:html= attribute: directives such as set:html or client:load run code or inject markup. Remove the attribute',
			],
		],
		[
			'component.mdx',
			[
				'9:1 <Chart> is not an allowed component. Use Markdown, or one of: Callout, abbr, br, kbd, mark, sub, sup, details, summary, figure, figcaption',
			],
		],
		// Markdown that would put markup into readers' pages
		['script.md', [`9:1 ${RAW_HTML}`]],
		['iframe.md', [`9:1 ${RAW_HTML}`]],
		['object.md', [`7:1 ${RAW_HTML}`, `7:47 ${RAW_HTML}`]],
		['embed.md', [`7:1 ${RAW_HTML}`]],
		['style.md', [`7:1 ${RAW_HTML}`]],
		['onerror.md', [`7:48 ${RAW_HTML}`]],
		['list-onerror.md', [`7:20 ${RAW_HTML}`]],
		['footnote-html.md', [`9:7 ${RAW_HTML}`]],
		['frontmatter-tab.md', [`5:1 ${closing('---\t')}`]],
		['javascript-url.md', [`7:1 ${scheme('javascript')}`]],
		['data-url.md', [`7:1 ${scheme('data')}`]],
		['vbscript-url.md', [`7:1 ${RAW_HTML}`, `7:47 ${RAW_HTML}`]],
		['entity-javascript-url.md', [`7:1 ${RAW_HTML}`, `7:59 ${RAW_HTML}`]],
		// Files the build would read differently, or not at all
		[
			'toml.md',
			[
				'1:1 frontmatter must be YAML between two "---" lines; TOML frontmatter (+++) is not supported',
			],
		],
		['bom.md', [`1:1 ${FILE_MESSAGES.bom}`]],
		['crlf.md', [`1:4 ${FILE_MESSAGES.carriageReturn}`]],
		['latin1.md', [`7:4 ${FILE_MESSAGES.utf8}`]],
		// YAML
		[
			'alias-bomb.yaml',
			[
				'1:7 anchors and aliases (&name, *name) are not allowed: write the value out in full where it is needed',
			],
		],
		['empty.yaml', ['1:1 the file is empty: write its fields, one "name: value" per line']],
		['duplicate-keys.yaml', ['3:1 YAML could not be read: Map keys must be unique']],
		[
			'custom-tag.yaml',
			[
				'1:21 the YAML tag !!js/function is not allowed: write a plain value (text, number, true/false or a date)',
			],
		],
		[
			'syntax-error.yaml',
			[
				'3:1 YAML could not be read: Flow sequence in block collection must be sufficiently indented and end with a ]',
			],
		],
		[
			'impossible-date.yaml',
			['2:10 2026-02-30 is not a calendar date: write a real date as YYYY-MM-DD, like 2026-02-28'],
		],
	])('%s', (name, expected) => {
		expect(guard(name)).toEqual(expected);
	});
});

describe('a byte that is not UTF-8 is located exactly', () => {
	const head = new TextEncoder().encode(
		`---\ntitle: x\n---\n\n${'Text, é and 漢字.\n'.repeat(3000)}`,
	);
	test.each([
		['a lone Latin-1 byte deep in a long file', [...head, 0x61, 0xe9, 0x0a], '3005:2'],
		['a character cut off at the end of the file', [...head, 0x61, 0xe6, 0xbc], '3005:2'],
	])('%s', (_name, bytes, where) => {
		const [problem] = guardBytes(Uint8Array.from(bytes), 'md');
		expect(`${problem?.line}:${problem?.column} ${problem?.message}`).toBe(
			`${where} ${FILE_MESSAGES.utf8}`,
		);
	});
});

describe('content that is only text passes', () => {
	test.each([
		[
			'plain Markdown',
			'---\ntitle: x\n---\n\n# Heading\n\nText with **bold**, `code` and [a link](https://example.org/).\n',
		],
		[
			'tables, lists, quotes and footnotes',
			'---\ntitle: x\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> quote\n\n- item[^1]\n\n[^1]: A note.\n',
		],
		[
			'relative, fragment and mailto links',
			'---\ntitle: x\n---\n\n[role](/roles/x/) [top](#top) [mail](mailto:a@example.org)\n',
		],
		[
			'code that shows HTML',
			'---\ntitle: x\n---\n\n```html\n<script>alert(1)</script>\n```\n\nInline `<img onerror=x>`.\n',
		],
	])('%s', (_name, text) => {
		expect(guardBytes(new TextEncoder().encode(text), 'md')).toEqual([]);
	});

	test('MDX with the allowed component and elements', () => {
		const text =
			'---\ntitle: x\n---\n\n<Callout type="tip">Press <kbd>Ctrl</kbd>, <abbr title="HyperText">HTML</abbr>.</Callout>\n\nAn escaped \\{brace\\}.\n';
		expect(guardBytes(new TextEncoder().encode(text), 'mdx')).toEqual([]);
	});
});

describe('the content folder: only regular files named by their id, one file per id', () => {
	const root = mkdtempSync(join(tmpdir(), 'rolemap-guard-'));
	const content = join(root, 'content');
	const role = '---\ntitle: Backend Engineer\n---\n\nText.\n';
	mkdirSync(join(content, 'roles', 'nested'), { recursive: true });
	mkdirSync(join(content, 'skills'), { recursive: true });
	writeFileSync(join(content, 'roles', 'backend-engineer.md'), role);
	writeFileSync(join(content, 'roles', 'backend-engineer~.md'), role);
	writeFileSync(join(content, 'roles', 'Backend.md'), role);
	writeFileSync(join(content, 'roles', 'data-engineer.md'), role);
	writeFileSync(join(content, 'roles', 'data-engineer.mdx'), role);
	writeFileSync(join(content, 'roles', 'nested', 'ml-engineer.md'), role);
	writeFileSync(join(content, 'roles', 'notes.txt'), 'notes');
	writeFileSync(join(content, 'skills', 'go.yaml'), 'name: Go\n');
	writeFileSync(join(content, 'stray.md'), role);
	mkdirSync(join(content, 'drafts'));
	// A link to a hostile file elsewhere, even one of the repository's own fixtures.
	symlinkSync(
		join(process.cwd(), 'tests/fixtures/hostile/export-tab.mdx'),
		join(content, 'roles', 'linked.mdx'),
	);
	symlinkSync(join(content, 'roles'), join(content, 'essays'));

	test('each bad entry is named with what to do', async () => {
		const problems = await guardFolder(content);
		const at = (path: string) => relative(process.cwd(), join(content, path));
		const name = FILE_MESSAGES.name('roles', ['md', 'mdx']);
		expect(problems.map((p) => `${p.file}  ${p.message}`)).toEqual([
			`${at('drafts')}  this is not a content folder: content/ holds only tracks, skills, roles, projects, essays, sources, es`,
			`${at('essays')}  ${FILE_MESSAGES.link}`,
			`${at('roles/backend-engineer~.md')}  ${name}`,
			`${at('roles/Backend.md')}  ${name}`,
			`${at('roles/data-engineer.mdx')}  ${FILE_MESSAGES.duplicate(at('roles/data-engineer.md'))}`,
			`${at('roles/linked.mdx')}  ${FILE_MESSAGES.link}`,
			`${at('roles/nested')}  ${FILE_MESSAGES.nested('roles')}`,
			`${at('roles/notes.txt')}  ${name}`,
			`${at('stray.md')}  ${FILE_MESSAGES.strayFile}`,
		]);
	});

	test('the real content passes', async () => {
		expect(await guardFolder('content')).toEqual([]);
	});
});

describe('the build reads each file once for the guard and the content checks', () => {
	test('checks after the guard find what `npm run check` finds, at the same lines, without parsing again', async () => {
		const dir = 'tests/fixtures/unknown-skill';
		const alone = await checkContent(dir);
		const { problems, run } = await runGuard(dir);
		expect(problems).toEqual([]);
		expect(run.refused.size).toBe(0);
		// Every file's YAML (a whole file or a frontmatter) was kept as the guard read it.
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
			/\.\w+$/.test(name),
		);
		expect(run.accepted.size).toBe(files.length);
		const afterGuard = await checkContent(dir, { guarded: run });
		expect(afterGuard.findings).toEqual(alone.findings);
		expect(afterGuard.findings).toContainEqual(
			expect.objectContaining({ line: 18, field: 'phases[0].skills[2]', severity: 'error' }),
		);
	});

	test('YAML the guard refused is never kept for the checks', () => {
		const accepted: AcceptedYaml = new Map();
		guardBytes(new TextEncoder().encode('a: &x 1\nb: *x\n'), 'yaml', accepted);
		guardBytes(
			new TextEncoder().encode('---\ntitle: !!js/function x\n---\n\nText.\n'),
			'md',
			accepted,
		);
		expect(accepted.size).toBe(0);
		guardBytes(new TextEncoder().encode('---\ntitle: Fine\n---\n\nText.\n'), 'md', accepted);
		expect([...accepted.keys()]).toEqual(['title: Fine\n']);
	});
});
