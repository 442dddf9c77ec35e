/**
 * The content guard: reads a Markdown or MDX file with a real parser and reports anything that could
 * run code on the build machine or in a reader's browser. Contributed content is data; it never runs.
 *
 * MDX compiles to JavaScript, so an `import`, an `export` or a `{…}` expression in a pull request would
 * run during the build. Plain Markdown passes raw HTML through, so `<script>` or `onerror=` would run in
 * readers' browsers. Both are rejected here, with the line, the column and what to write instead.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** Components an MDX file may use; the site passes exactly these to the renderer. */
export const ALLOWED_COMPONENTS = ['Callout'] as const;

/** Plain HTML elements that are harmless in content, for MDX files. */
const ALLOWED_ELEMENTS = new Set([
	'abbr',
	'br',
	'kbd',
	'mark',
	'sub',
	'sup',
	'details',
	'summary',
	'figure',
	'figcaption',
]);

/** Elements that run code, embed other pages or restyle the site. */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
	script: 'content may not run scripts. Remove it; to show code, use a fenced code block',
	style: 'styles come from the site, not from content. Remove it and use Markdown emphasis instead',
	iframe:
		'embedded pages can track readers or run code. Link to the page instead: [title](https://…)',
	frame:
		'embedded pages can track readers or run code. Link to the page instead: [title](https://…)',
	object: 'plugins and embedded objects can run code. Link to the file instead: [title](https://…)',
	embed: 'plugins and embedded objects can run code. Link to the file instead: [title](https://…)',
	applet: 'plugins and embedded objects can run code. Link to the file instead: [title](https://…)',
	base: 'it would change where every link on the page points. Remove it',
	meta: 'page metadata comes from the frontmatter. Remove it',
	link: 'stylesheets and preloads come from the site. Remove it',
	form: 'content may not collect data from readers. Link to the form instead',
};

const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'poster',
	'cite',
	'background',
	'xlink:href',
	'srcset',
	'data',
]);
const BAD_SCHEME = /^\s*(javascript|data|vbscript)\s*:/i;

/** One problem, located in the file. */
export interface GuardProblem {
	line: number;
	column: number;
	message: string;
}

interface Position {
	start: { line: number; column: number };
}

function at(position: Position | undefined, lineOffset: number, message: string): GuardProblem {
	return {
		line: (position?.start.line ?? 1) + lineOffset,
		column: position?.start.column ?? 1,
		message,
	};
}

function urlProblem(url: string): string | null {
	// Browsers ignore control characters inside a scheme, so "java\tscript:" still runs.
	const cleaned = url.replace(/\p{Cc}/gu, '');
	const scheme = BAD_SCHEME.exec(cleaned)?.[1]?.toLowerCase();
	return scheme
		? `${scheme}: URLs are not allowed: they can run code or hide content. Use an https:// address or a relative link like /roles/backend-engineer/`
		: null;
}

/** Checks raw HTML found in a Markdown file, with positions relative to the file. */
function checkHtml(html: string, base: Position | undefined, lineOffset: number): GuardProblem[] {
	const problems: GuardProblem[] = [];
	const tree: HastRoot = fromHtml(html, { fragment: true });
	const baseLine = (base?.start.line ?? 1) + lineOffset;
	const baseColumn = base?.start.column ?? 1;
	visit(tree, 'element', (node: Element) => {
		const line = baseLine + (node.position?.start.line ?? 1) - 1;
		const column =
			(node.position?.start.line ?? 1) === 1
				? baseColumn + (node.position?.start.column ?? 1) - 1
				: (node.position?.start.column ?? 1);
		const where = { line, column };
		const forbidden = FORBIDDEN_ELEMENTS[node.tagName];
		if (forbidden)
			problems.push({ ...where, message: `<${node.tagName}> is not allowed: ${forbidden}` });
		for (const [name, value] of Object.entries(node.properties)) {
			problems.push(...attributeProblems(name, value, where));
		}
	});
	return problems;
}

function attributeProblems(
	name: string,
	value: unknown,
	where: { line: number; column: number },
): GuardProblem[] {
	const lower = name.toLowerCase();
	if (/^on/.test(lower)) {
		return [
			{
				...where,
				message: `${lower}= is not allowed: event handlers run JavaScript. Remove the attribute`,
			},
		];
	}
	const plain = lower.replace(/-/g, '');
	if (URL_ATTRIBUTES.has(plain) || URL_ATTRIBUTES.has(lower)) {
		const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
		const problem = urlProblem(text);
		if (problem) return [{ ...where, message: problem }];
	}
	return [];
}

/**
 * Every problem in one content file's body.
 * @param body - the Markdown or MDX text after the frontmatter
 * @param kind - "md" or "mdx"
 * @param lineOffset - lines before the body in the file (the frontmatter), so lines match the file
 * @returns problems in reading order; empty when the file is safe
 */
export function guardContent(body: string, kind: 'md' | 'mdx', lineOffset = 0): GuardProblem[] {
	let tree: MdastRoot;
	try {
		tree =
			kind === 'mdx'
				? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
				: fromMarkdown(body);
	} catch (error) {
		const { line = 1, column = 1 } = error as { line?: number; column?: number };
		const reason = (error as { reason?: string }).reason ?? String(error);
		return [
			{
				line: line + lineOffset,
				column,
				message: `MDX could not be read: ${reason}. Check for an unclosed tag or a stray { or <`,
			},
		];
	}

	const problems: GuardProblem[] = [];
	visit(tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push(
					at(
						node.position,
						lineOffset,
						'import and export are not allowed: MDX would run them as code on the build machine. Delete the line; allowed components (Callout) need no import',
					),
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push(
					at(
						node.position,
						lineOffset,
						'{…} expressions are not allowed: MDX would run them as JavaScript. Write the text itself, or escape a literal brace as \\{',
					),
				);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const forbidden = FORBIDDEN_ELEMENTS[name];
				if (forbidden) {
					problems.push(at(node.position, lineOffset, `<${name}> is not allowed: ${forbidden}`));
				} else if (
					name === '' ||
					(!ALLOWED_ELEMENTS.has(name) && !(ALLOWED_COMPONENTS as readonly string[]).includes(name))
				) {
					problems.push(
						at(
							node.position,
							lineOffset,
							`<${name || '>'}${name ? '>' : ''} is not an allowed component. Use Markdown, or one of: ${ALLOWED_COMPONENTS.join(', ')}, ${[...ALLOWED_ELEMENTS].join(', ')}`,
						),
					);
				}
				for (const attribute of node.attributes) {
					if (
						attribute.type === 'mdxJsxExpressionAttribute' ||
						(attribute.value !== null && typeof attribute.value === 'object')
					) {
						problems.push(
							at(
								node.position,
								lineOffset,
								`<${name}> has an {…} attribute: expressions run as JavaScript. Write attribute values as plain text in quotes`,
							),
						);
						continue;
					}
					const where = {
						line: (node.position?.start.line ?? 1) + lineOffset,
						column: node.position?.start.column ?? 1,
					};
					problems.push(...attributeProblems(attribute.name, attribute.value, where));
				}
				break;
			}
			case 'html':
				problems.push(...checkHtml(node.value, node.position, lineOffset));
				break;
			case 'link':
			case 'image':
			case 'definition': {
				const problem = urlProblem(node.url);
				if (problem) problems.push(at(node.position, lineOffset, problem));
				break;
			}
		}
	});
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * Guards a whole file: frontmatter is skipped (the schemas check it), the body is parsed.
 * @param text - the file's full text
 * @param fileName - used to pick the parser: .mdx files are parsed as MDX
 * @returns problems with line numbers of the file itself
 */
export function guardFile(text: string, fileName: string): GuardProblem[] {
	const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
	const lineOffset = frontmatter.split('\n').length - 1;
	return guardContent(
		text.slice(frontmatter.length),
		fileName.endsWith('.mdx') ? 'mdx' : 'md',
		lineOffset,
	);
}
