/**
 * What a body may not do to the page around it, checked on the HTML tree the build renders (a Sätteri
 * hast step in astro.config.mjs) and, with the same code, by the content guard before the build:
 *
 * - A heading's id may not be one the page gives its own elements (src/lib/page-ids.ts). The id is
 *   computed by Astro's own heading step, so what is checked is what the page will carry, repeated
 *   headings' "-1" included.
 * - Aligned table columns (`| :-: |`) become a class instead of `style="text-align: …"`: the page's
 *   policy forbids style attributes, and the output check refuses them.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import {
	defineHastPlugin,
	markdownToHtml,
	mdxToJs,
	type HastPluginDefinition,
	type HastVisitorContext,
	type PluginFactoryContext,
} from 'satteri';
import { bodyPageOf, reservedIdOwner, type BodyPage } from '../lib/page-ids.ts';
import { MARKDOWN_FEATURES, splitFrontmatter } from './markdown.ts';
import type { GuardProblem } from './rules.ts';

/** Thrown when a body would break the page it is rendered on. */
export class BodyStructureError extends Error {
	override name = 'BodyStructureError';
}

export const STRUCTURE_MESSAGES = {
	headingId: (text: string, id: string, owner: string, repeated: boolean) =>
		`the heading "${text}" would get the id "${id}"${repeated ? ' (a repeated heading gets -1, -2…)' : ''}, already used by ${owner}: links to #${id} and the page's own labels would find the wrong element. Rename the heading`,
} as const;

/** The class an aligned cell gets, styled by .prose in src/styles/global.css. */
export const ALIGN_CLASSES = {
	left: 'align-left',
	center: 'align-center',
	right: 'align-right',
} as const;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

type Element = Parameters<HastVisitorContext['textContent']>[0] & {
	tagName: string;
	properties: Record<string, unknown>;
	position?: { start: { line: number; column: number } } | undefined;
};

/** Astro's heading step, run on the side: it assigns each heading the id the page will carry. */
function astroHeadingIds() {
	const plugin = (satteriHeadingIdsPlugin() as () => HastPluginDefinition)();
	const visitor = Array.isArray(plugin.element) ? plugin.element[0] : plugin.element;
	if (!visitor) throw new Error("Astro's heading step has changed shape: update body-structure.ts");
	const astro = { frontmatter: {}, headings: [] as { slug: string }[] };
	return (node: Element, ctx: HastVisitorContext): string => {
		const side = {
			textContent: (of: Element) => ctx.textContent(of),
			setProperty: () => undefined,
			data: { astro },
		} as unknown as HastVisitorContext;
		void visitor.visit(node as never, side);
		return astro.headings.at(-1)?.slug ?? '';
	};
}

/**
 * The step for one document.
 * @param page - the page its body is rendered on (null: only ids every page has count)
 * @param found - where problems go; when absent, the step throws on the first document with any
 * @param file - the file's name, for the thrown message
 */
function structureStep(
	page: BodyPage | null,
	found: GuardProblem[] | undefined,
	file: string,
): HastPluginDefinition {
	const idOf = astroHeadingIds();
	const fresh = astroHeadingIds;
	const problems: GuardProblem[] = [];
	return defineHastPlugin({
		name: 'rolemap-body-structure',
		options: { position: true },
		element: {
			filter: [...HEADINGS, 'th', 'td'],
			visit(node, ctx) {
				const element = node as unknown as Element;
				if (element.tagName === 'th' || element.tagName === 'td') {
					const style = element.properties['style'];
					const align =
						typeof style === 'string'
							? /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1]
							: undefined;
					if (align) {
						ctx.setProperty(node, 'style', null);
						ctx.setProperty(node, 'className', [
							ALIGN_CLASSES[align as keyof typeof ALIGN_CLASSES],
						]);
					}
					return;
				}
				const id = idOf(element, ctx);
				// An id the heading already has is Sätteri's own (the footnotes section's heading): content
				// cannot write one.
				if (typeof element.properties['id'] === 'string') return;
				const owner = reservedIdOwner(page, id);
				if (!owner) return;
				const text = ctx.textContent(node);
				problems.push({
					line: element.position?.start.line ?? 1,
					column: element.position?.start.column ?? 1,
					message: STRUCTURE_MESSAGES.headingId(text, id, owner, fresh()(element, ctx) !== id),
				});
			},
		},
		after() {
			if (problems.length === 0) return;
			problems.sort((a, b) => a.line - b.line || a.column - b.column);
			if (found) {
				found.push(...problems);
				return;
			}
			throw new BodyStructureError(
				`A body would break the page it is on; the compile stopped:\n${problems
					.map((problem) => `${file}:${problem.line}:${problem.column}  ${problem.message}`)
					.join('\n')}`,
			);
		},
	});
}

/**
 * The build's step: add to `satteri({ hastPlugins })`. Each document gets its own, told by its path
 * which page renders it.
 * @param context - what Sätteri says of the document
 * @returns the step for that document
 */
export function bodyStructure(context: PluginFactoryContext): HastPluginDefinition {
	const path = context.fileURL ? fileURLToPath(context.fileURL) : '';
	const file = path ? relative(process.cwd(), path) : '(content)';
	return structureStep(bodyPageOf(path), undefined, file);
}

/**
 * The same check for the content guard, on a body as the build passes it to the parser.
 * @param body - the text after the frontmatter, lines kept
 * @param kind - "md" or "mdx"
 * @param path - the file's path, which says the page it is rendered on
 * @returns problems at file lines and columns
 */
export function bodyStructureProblems(
	body: string,
	kind: 'md' | 'mdx',
	path: string,
): GuardProblem[] {
	const found: GuardProblem[] = [];
	const hastPlugins = [structureStep(bodyPageOf(path), found, path)];
	const done: unknown =
		kind === 'mdx'
			? mdxToJs(body, { features: MARKDOWN_FEATURES, hastPlugins })
			: markdownToHtml(body, { features: MARKDOWN_FEATURES, hastPlugins });
	// Every step here is synchronous, so the problems are in by now.
	if (done instanceof Promise) throw new Error('the body-structure check ran asynchronously');
	return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The check for one file the guard has accepted.
 * @param bytes - the file (clean UTF-8, frontmatter already checked)
 * @param kind - "md" or "mdx"
 * @param path - its path
 * @returns problems at file lines and columns
 */
export function fileStructure(bytes: Uint8Array, kind: 'md' | 'mdx', path: string): GuardProblem[] {
	const { body } = splitFrontmatter(new TextDecoder().decode(bytes), { checkYaml: false });
	return bodyStructureProblems(body, kind, path);
}
