/**
 * Structure, in a real `astro build`: bodies cannot break their page, and what check accepts builds.
 *
 * - structure-ok: the fixture site plus every generated essay body check accepts (tests/unit/
 *   structure-corpus.ts), an aligned table in a role body and its Spanish translation, and a heading
 *   next to the page's own ids. It must build, pass the output check, and give no page a repeated id.
 * - structure-refused: the fixture site with headings that take the page's ids (English and Spanish,
 *   role, essay, project) and Callout types that are Object.prototype names. `npm run check`'s lines
 *   and the build's must be the same.
 *
 * Every built role, essay and project page is also read for ids set outside the content body: each must
 * be listed in src/lib/page-ids.ts, so the guard protects it.
 */
import { appendFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileStructure } from '../../src/guard/body-structure';
import { formatFileProblem, guardBytes, runGuard } from '../../src/guard/files';
import { reservedIdOwner, type BodyPage } from '../../src/lib/page-ids';
import { structureCorpus } from '../unit/structure-corpus';
import { buildSite, type BuildResult } from './build-site';

const OK = 'tests/.output/content-structure-ok';
const REFUSED = 'tests/.output/content-structure-refused';

const ALIGNED = '\n\n| Stage | Weeks | Share |\n|:--|:-:|--:|\n| One | 4 | 30% |\n';

/** Accepted generated bodies written as English essays; their ids. */
async function okContent(): Promise<string[]> {
	await rm(OK, { recursive: true, force: true });
	await cp('tests/fixtures/site', OK, { recursive: true });
	await appendFile(`${OK}/roles/backend-engineer.md`, `${ALIGNED}\n## Roadmap in practice\n`);
	await appendFile(`${OK}/es/roles/backend-engineer.md`, ALIGNED);
	const ids: string[] = [];
	for (const generated of structureCorpus()) {
		if (!generated.file.startsWith('essays/')) continue;
		const text = `---\ntitle: Generated ${generated.name}\ndescription: A generated body for the structure build test.\npublished: 2026-01-01\ntags: [generated]\nroles: [backend-engineer]\n---\n${generated.body.slice(1)}`;
		const bytes = new TextEncoder().encode(text);
		const path = `${OK}/${generated.file}`;
		if (guardBytes(bytes, generated.kind).length > 0) continue;
		if (fileStructure(bytes, generated.kind, path).length > 0) continue;
		await writeFile(path, text);
		ids.push(generated.file.replace(/^essays\/|\.mdx?$/g, ''));
	}
	return ids;
}

/** The fixture site with bodies that would break their pages. */
async function refusedContent(): Promise<void> {
	await rm(REFUSED, { recursive: true, force: true });
	await cp('tests/fixtures/site', REFUSED, { recursive: true });
	await appendFile(
		`${REFUSED}/roles/backend-engineer.md`,
		'\n## Roadmap\n\nText.\n\n## Phase\n\n## Phase\n',
	);
	await appendFile(`${REFUSED}/es/roles/backend-engineer.md`, '\n## Pay\n');
	await appendFile(`${REFUSED}/essays/layered-design.md`, '\n## For roles\n');
	await appendFile(`${REFUSED}/projects/crud-cli-tool.md`, '\n## Main\n');
	await appendFile(
		`${REFUSED}/essays/benign-mdx.mdx`,
		'\n<Callout type="constructor">x</Callout>\n\n<Callout type="valueOf">y</Callout>\n',
	);
}

let ok: BuildResult;
let refused: BuildResult;
let essays: string[];
let checkLines: string[];

beforeAll(async () => {
	essays = await okContent();
	await refusedContent();
	checkLines = (await runGuard(REFUSED)).problems.map(formatFileProblem);
	ok = await buildSite('structure-ok', OK);
	refused = await buildSite('structure-refused', REFUSED);
}, 900_000);

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** Every id on a page: inside content bodies and outside them. */
function ids(html: string): { inBody: string[]; outside: string[] } {
	const found = { inBody: [] as string[], outside: [] as string[] };
	const stack: { node: Node; body: boolean }[] = [{ node: parse(html), body: false }];
	for (let next = stack.pop(); next; next = stack.pop()) {
		const { node } = next;
		let body = next.body;
		if ('attrs' in node) {
			body ||= node.attrs.some((attribute) => attribute.name === 'data-content-body');
			const id = node.attrs.find((attribute) => attribute.name === 'id')?.value;
			if (id !== undefined) (body ? found.inBody : found.outside).push(id);
		}
		const children =
			'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		for (const child of children) stack.push({ node: child, body });
	}
	return found;
}

const repeated = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);

describe('what check accepts builds', () => {
	test('the site with every accepted generated body builds, and its pages pass the output check', () => {
		expect(ok.output).not.toContain('Nothing should be deployed');
		expect(ok.code).toBe(0);
		expect(ok.output).toMatch(/checked built pages in \d+ ms/);
		expect(essays.length).toBeGreaterThan(80);
		console.info(`structure build: ${essays.length} generated essays built`);
	});

	test.each(['roles/backend-engineer', 'es/roles/backend-engineer'])(
		'an aligned table in %s builds with classes, not style=',
		async (page) => {
			const html = await readFile(join(ok.outDir, page, 'index.html'), 'utf8');
			expect(html).toContain('<th class="align-left">Stage</th>');
			expect(html).toContain('<th class="align-center">');
			expect(html).toContain('<td class="align-right">30%</td>');
			expect(html).not.toMatch(/<t[hd][^>]* style=/);
		},
	);

	test('no built page carries an id twice, and no body takes the id the pace field is drawn with', async () => {
		const pages = [
			'roles/backend-engineer',
			'es/roles/backend-engineer',
			...essays.map((id) => `essays/${id}`),
		];
		const twice: string[] = [];
		for (const page of pages) {
			const found = ids(await readFile(join(ok.outDir, page, 'index.html'), 'utf8'));
			for (const id of repeated([...found.inBody, ...found.outside])) twice.push(`${page}: ${id}`);
		}
		expect(twice).toEqual([]);
		const role = await readFile(join(ok.outDir, 'roles/backend-engineer/index.html'), 'utf8');
		expect(role).toContain('id="roadmap-in-practice"');
		// The hours field is drawn by the page's script with this id (src/lib/page-ids.ts reserves it):
		// the HTML has the box, and nothing else may take the id.
		expect(role).toContain('data-pace');
		expect(role).not.toContain('id="pace-hours"');
	});
});

describe('what check refuses, the build refuses with the same lines', () => {
	test('check names each heading and Callout, file and line', () => {
		const pageOwner = (id: string) =>
			`links to #${id} and the page's own labels would find the wrong element. Rename the heading`;
		expect(checkLines).toEqual([
			`${REFUSED}/es/roles/backend-engineer.md:${checkLines[0]?.split(':')[1] ?? ''}:1  the heading "Pay" would get the id "pay", already used by the role page's "pay" section: ${pageOwner('pay')}`,
			expect.stringMatching(
				/essays\/benign-mdx\.mdx:\d+:1 {2}<Callout type="constructor"> is not a type Callout knows: write type="note", "tip" or "warning" exactly as shown, or leave type out for "note"$/,
			),
			expect.stringMatching(
				/essays\/benign-mdx\.mdx:\d+:1 {2}<Callout type="valueOf"> is not a type Callout knows/,
			),
			expect.stringMatching(
				/essays\/layered-design\.md:\d+:1 {2}the heading "For roles" would get the id "for-roles", already used by the essay page's "for-roles" section/,
			),
			expect.stringMatching(
				/projects\/crud-cli-tool\.md:\d+:1 {2}the heading "Main" would get the id "main", already used by every page's "main" element/,
			),
			expect.stringMatching(
				/roles\/backend-engineer\.md:\d+:1 {2}the heading "Roadmap" would get the id "roadmap", already used by the role page's "roadmap" section/,
			),
			expect.stringMatching(
				/roles\/backend-engineer\.md:\d+:1 {2}the heading "Phase" would get the id "phase-1" \(a repeated heading gets -1, -2…\), already used by the role page's heading for phase 1 of the roadmap/,
			),
		]);
	});

	test('the build stops before rendering, printing every one of check’s lines', () => {
		expect(refused.code).not.toBe(0);
		for (const line of checkLines) expect(refused.output).toContain(line);
	});
});

describe('every id a page sets itself is one the guard protects', () => {
	test.each([
		['roles', 'roles'],
		['essays', 'essays'],
		['projects', 'projects'],
		['es/roles', 'roles'],
	] as [string, BodyPage][])('%s pages', async (folder, page) => {
		const unlisted = new Set<string>();
		let pages = 0;
		for (const entry of await readdir(join(ok.outDir, folder), { withFileTypes: true })) {
			if (!entry.isDirectory()) continue;
			const html = await readFile(join(ok.outDir, folder, entry.name, 'index.html'), 'utf8').catch(
				() => '',
			);
			if (!html) continue;
			pages++;
			for (const id of ids(html).outside) if (reservedIdOwner(page, id) === null) unlisted.add(id);
		}
		expect(pages).toBeGreaterThan(0);
		// An id here is one a body heading could take: add it to src/lib/page-ids.ts.
		expect([...unlisted]).toEqual([]);
	});
});
