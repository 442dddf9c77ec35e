/**
 * The guard against the build, on a generated corpus. For each variant the build's own path (Astro's
 * frontmatter split, then Sätteri with the build's features and no guard) decides what the file does:
 * MDX is evaluated and watched for code that runs, markup that is injected or elements that content
 * may never make; Markdown is rendered and its HTML checked by the output wall. Every variant that
 * does something dangerous in the build must be refused by the guard.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import {
	evaluate,
	markdownToHtml,
	mdxToJs,
	type HastPluginList,
	type MdastPluginList,
} from 'satteri';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { fileStructure } from '../../src/guard/body-structure';
import { guardBytes } from '../../src/guard/files';
import { MARKDOWN_FEATURES } from '../../src/guard/markdown';
import { pageProblems } from '../../src/guard/output';
import { bodyPageOf, reservedIdOwner } from '../../src/lib/page-ids';
import { structureCorpus, type GeneratedBody } from './structure-corpus';

const P = 'globalThis.__rolemapPwned = true';
const WHITESPACE = [' ', '\t', '  ', '\f', '\u00a0'];
const CLOSINGS = ['---', '--- ', '---\t', '---x', '----'];
const CONTAINERS: ((line: string) => string)[] = [
	(line) => line,
	(line) => `> ${line}`,
	(line) => `- ${line}`,
	(line) => `1. ${line}`,
	(line) => `Claim.[^1]\n\n[^1]: ${line}`,
	(line) => `  ${line}`,
	(line) => `> - ${line}`,
	(line) => `| a |\n| - |\n| ${line} |`,
	(line) => `<Callout>\n\n${line}\n\n</Callout>`,
];
const MDX = [
	(ws: string) => `export${ws}const x = (${P})`,
	(ws: string) => `import${ws}fs from 'node:fs'`,
	(ws: string) => `{${ws}${P}}`,
	(ws: string) => `text${ws}{${P}} text`,
	(ws: string) => `<Callout${ws}type={${P}}>x</Callout>`,
	(ws: string) => `<Callout${ws}{...(${P})}>x</Callout>`,
	(ws: string) => `<Callout${ws}set:html="<script>x</script>">x</Callout>`,
	(ws: string) => `<script${ws}>x</script>`,
	(ws: string) => `<img${ws}src="x" onerror="alert(1)" />`,
];
const MD = [
	(ws: string) => `<script${ws}>alert(1)</script>`,
	(ws: string) => `<img${ws}src="x" onerror="alert(1)">`,
	(ws: string) => `<meta${ws}http-equiv="refresh" content="0;url=https://evil.example/">`,
	(ws: string) => `[x](${ws === ' ' || ws === '\t' ? '' : ws}javascript:alert(1))`,
	(ws: string) => `<javascript:alert(1)>${ws}`,
	(ws: string) => `<a${ws}href="jav&#x09;ascript:alert(1)">x</a>`,
	(ws: string) => `[x][r]${ws}\n\n[r]: javascript:alert(1)`,
	(ws: string) => `<iframe${ws}src="https://evil.example/"></iframe>`,
	(ws: string) => `![x](data:text/html,x)${ws}`,
	(ws: string) => `x <svg/onload=alert(1)>${ws}<b${ws}onclick=alert(1)>y</b>`,
];

interface Variant {
	kind: 'md' | 'mdx';
	text: string;
}

/** Every combination of construct, container and whitespace; closings, line ends and BOM rotate. */
function corpus(): Variant[] {
	const variants: Variant[] = [];
	let n = 0;
	for (const [kind, constructs] of [
		['mdx', MDX],
		['md', MD],
	] as const) {
		for (const construct of constructs)
			for (const container of CONTAINERS)
				for (const ws of WHITESPACE) {
					const closing = CLOSINGS[n % CLOSINGS.length] ?? '---';
					const eol = n % 7 === 3 ? '\r\n' : '\n';
					const bom = n % 11 === 5 ? '\uFEFF' : '';
					n++;
					const body = `\nIntro.\n\n${container(construct(ws))}\n`;
					const text = `${bom}---\ntitle: Variant\n${closing}\n${body}`.replace(/\n/g, eol);
					variants.push({ kind, text });
				}
	}
	return variants;
}

const FORBIDDEN_TYPES = new Set([
	'script',
	'iframe',
	'meta',
	'object',
	'embed',
	'style',
	'base',
	'form',
	'img',
]);

/** What the build does with a variant: true when it runs code or emits markup content may not make. */
async function buildIsDangerous({ kind, text }: Variant): Promise<boolean> {
	let body: string;
	try {
		body = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
	} catch {
		return false; // the build stops on its own
	}
	if (kind === 'md') {
		const { html } = markdownToHtml(body, { features: MARKDOWN_FEATURES });
		const page = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="x"></head><body><div data-content-body>${html}</div></body></html>`;
		return pageProblems(page).length > 0;
	}
	const seen = { dangerous: false };
	const jsx = (type: unknown, rawProps: unknown) => {
		const props = rawProps as Record<string, unknown> | null;
		const name = typeof type === 'string' ? type : '';
		if (FORBIDDEN_TYPES.has(name)) seen.dangerous = true;
		for (const [key, value] of Object.entries(props ?? {})) {
			if (key.includes(':') || /^on/i.test(key)) seen.dangerous = true;
			if (typeof value === 'string' && /^\s*(javascript|data|vbscript):/i.test(value))
				seen.dangerous = true;
		}
		return null;
	};
	try {
		// An import that survives into the module's top level (not text that mentions one).
		if (/^import\b[^\n]*node:fs/m.test(mdxToJs(body, { features: MARKDOWN_FEATURES }).code))
			return true;
		delete (globalThis as Record<string, unknown>)['__rolemapPwned'];
		const module = (await evaluate(body, {
			Fragment: 'Fragment',
			jsx,
			jsxs: jsx,
			features: MARKDOWN_FEATURES,
		})) as {
			default?: (props: unknown) => unknown;
		};
		module.default?.({ components: { Callout: () => null } });
	} catch {
		// A compile or runtime error: the payload may still have run before it.
	}
	return seen.dangerous || (globalThis as Record<string, unknown>)['__rolemapPwned'] === true;
}

describe('differential: the guard refuses everything the build would let through', () => {
	const variants = corpus();

	test(`a corpus of ${variants.length} generated variants`, async () => {
		const missed: string[] = [];
		let dangerous = 0;
		for (const variant of variants) {
			if (!(await buildIsDangerous(variant))) continue;
			dangerous++;
			const problems = guardBytes(new TextEncoder().encode(variant.text), variant.kind);
			if (problems.length === 0) missed.push(`${variant.kind}: ${JSON.stringify(variant.text)}`);
			for (const problem of problems) {
				expect(problem.line).toBeGreaterThanOrEqual(1);
				expect(problem.column).toBeGreaterThanOrEqual(1);
			}
		}
		expect(missed).toEqual([]);
		// The corpus must actually exercise the build: most variants are dangerous there.
		expect(dangerous).toBeGreaterThan(variants.length / 2);
	});
});

/** HTML from the JSX an MDX body evaluates to (the element names and attributes Astro would write). */
type Html = { html: string };
const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const VOID = new Set(['br', 'hr', 'img', 'input']);
const FRAGMENT = Symbol('Fragment');
function toHtml(child: unknown): string {
	if (child === null || child === undefined || typeof child === 'boolean') return '';
	if (Array.isArray(child)) return child.map(toHtml).join('');
	if (typeof child === 'object' && 'html' in child) return (child as Html).html;
	return escapeHtml(typeof child === 'string' ? child : JSON.stringify(child));
}
function jsxToHtml(type: unknown, rawProps: unknown): Html {
	const { children, ...props } = (rawProps ?? {}) as Record<string, unknown>;
	if (typeof type === 'function') return (type as (props: unknown) => Html)(rawProps);
	if (type === FRAGMENT) return { html: toHtml(children) };
	const name = String(type);
	const attributes = Object.entries(props)
		.filter(([, value]) => value !== null && value !== undefined && value !== false)
		.map(([key, value]) => {
			const attribute = key === 'className' ? 'class' : key;
			if (value === true) return ` ${attribute}`;
			const text = Array.isArray(value)
				? value.join(' ')
				: typeof value === 'string'
					? value
					: JSON.stringify(value);
			return ` ${attribute}="${escapeHtml(text)}"`;
		})
		.join('');
	return { html: `<${name}${attributes}>${VOID.has(name) ? '' : `${toHtml(children)}</${name}>`}` };
}
/** Callout.astro's markup around its children. */
const callout = (props: { children?: unknown }): Html => ({
	html: `<aside class="my-6" aria-label="Note"><p class="font-semibold">Note</p><div class="mt-1">${toHtml(props.children)}</div></aside>`,
});

const processor = config.markdown?.processor ?? satteri();
const options = processor.options as {
	mdastPlugins: MdastPluginList;
	hastPlugins: HastPluginList;
};
// Made once: what Astro makes once per build.
const markdownRenderer = processor.createRenderer({ syntaxHighlight: false });
const mdxRenderer = processor.createMdxRenderer?.(
	{ syntaxHighlight: false },
	{ optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
);
const shell = (html: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="x"></head><body><main><div data-content-body>${html}</div></main></body></html>`;

/** A generated body as a file: a line of frontmatter, then the body from its second line. */
const fileText = ({ body }: GeneratedBody) => `---\ntitle: Generated\n---\n${body.slice(1)}`;

/** What check says of a generated body: every problem, as `npm run check` would list it. */
function checked(generated: GeneratedBody): string[] {
	const { file, kind } = generated;
	const path = `content/${file}`;
	const bytes = new TextEncoder().encode(fileText(generated));
	const problems = guardBytes(bytes, kind);
	if (problems.length === 0) problems.push(...fileStructure(bytes, kind, path));
	return problems.map((problem) => `${path}:${problem.line}:${problem.column}  ${problem.message}`);
}

/**
 * What the build does with it: the configured renderer from astro.config.mjs (Markdown: its HTML; MDX:
 * Astro's MDX compile, then the same plugins evaluated to HTML), and the output check on the page.
 * @returns "refused: …" with the reason, or the HTML of the body
 */
async function built(generated: GeneratedBody): Promise<{ refused: string } | { html: string }> {
	const { file, kind } = generated;
	const path = `content/${file}`;
	// The body as Astro passes it to the renderer: the frontmatter blanked out, lines kept.
	const body = parseFrontmatter(fileText(generated), { frontmatter: 'empty-with-spaces' }).content;
	try {
		let html: string;
		if (kind === 'md') {
			const renderer = await markdownRenderer;
			html = (await renderer.render(body, { fileURL: pathToFileURL(path), frontmatter: {} })).code;
		} else {
			const renderer = await mdxRenderer;
			await renderer?.process(body, path, {});
			const module = (await evaluate(body, {
				Fragment: FRAGMENT,
				jsx: jsxToHtml,
				jsxs: jsxToHtml,
				features: MARKDOWN_FEATURES,
				fileURL: pathToFileURL(path),
				mdastPlugins: options.mdastPlugins,
				hastPlugins: [...options.hastPlugins, satteriHeadingIdsPlugin()],
				data: {
					astro: {
						frontmatter: {},
						headings: [],
						localImagePaths: new Set<string>(),
						remoteImagePaths: new Set<string>(),
					},
				},
			})) as { default: (props: unknown) => Html };
			html = module.default({ components: { Callout: callout } }).html;
		}
		const problems = pageProblems(shell(html));
		return problems.length > 0 ? { refused: `output check: ${problems.join('; ')}` } : { html };
	} catch (error) {
		return { refused: error instanceof Error ? error.message : String(error) };
	}
}

describe('differential: check and build agree on generated Markdown constructs', () => {
	const corpus = structureCorpus();

	test(`a corpus of ${corpus.length} generated bodies (tables of every alignment, footnotes, lists, headings h1–h6, code, links, emphasis, blockquotes, allowed and refused HTML, combinations)`, async () => {
		const disagreements: string[] = [];
		let accepted = 0;
		for (const generated of corpus) {
			const check = checked(generated);
			const build = await built(generated);
			if (check.length === 0) {
				accepted++;
				if ('refused' in build)
					disagreements.push(`check accepts, build refuses ${generated.name}: ${build.refused}`);
				else {
					// No heading of an accepted body carries an id its page uses.
					const page = bodyPageOf(generated.file);
					// (Sätteri's footnotes section has its own heading: the one "footnote-label" there may be.)
					const ids = [...build.html.matchAll(/<h[1-6][^>]* id="([^"]*)"/g)].map(
						([, id]) => id ?? '',
					);
					if (ids.filter((id) => id === 'footnote-label').length > 1)
						disagreements.push(`${generated.name}: two "footnote-label" ids`);
					for (const id of ids)
						if (id !== 'footnote-label' && reservedIdOwner(page, id) !== null)
							disagreements.push(`${generated.name}: heading id "${id}" is the page's own`);
				}
			} else if (!('refused' in build))
				disagreements.push(`check refuses, build accepts ${generated.name}: ${check.join(' | ')}`);
			else
				for (const line of check)
					// A body the parser cannot read fails both, each with the parser's words.
					if (!line.includes('could not be read') && !build.refused.includes(line))
						disagreements.push(`build refuses ${generated.name} without check's line: ${line}`);
		}
		expect(disagreements).toEqual([]);
		// Both directions are exercised: most bodies build, and a good share are refused.
		expect(accepted).toBeGreaterThan(corpus.length / 2);
		expect(corpus.length - accepted).toBeGreaterThan(100);
		console.info(
			`structure differential: ${corpus.length} bodies, ${accepted} accepted and built, ${corpus.length - accepted} refused by both`,
		);
	}, 300_000);
});
