/**
 * The guard against the build, on a generated corpus. For each variant the build's own path (Astro's
 * frontmatter split, then Sätteri with the build's features and no guard) decides what the file does:
 * MDX is evaluated and watched for code that runs, markup that is injected or elements that content
 * may never make; Markdown is rendered and its HTML checked by the output wall. Every variant that
 * does something dangerous in the build must be refused by the guard.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { evaluate, markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { guardBytes } from '../../src/guard/files';
import { MARKDOWN_FEATURES } from '../../src/guard/markdown';
import { pageProblems } from '../../src/guard/output';

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
