/**
 * What contributed Markdown and MDX may contain, as rules over the syntax tree the build's own parser
 * (Sätteri) produces. The pre-build guard and the compile-time wall both run these rules, on trees from
 * the same parser with the same features, so they cannot disagree about what a file holds.
 *
 * The rules are an allow-list: a node type they do not know is refused, so a parser feature added later
 * is refused until someone decides it is safe.
 */
import { textProblem } from '../lib/text-rule.ts';
import { bodyUrlProblem, URL_MESSAGES } from '../lib/url-policy.ts';

/** Components an MDX file may use; the site passes exactly these to the renderer. */
export const ALLOWED_COMPONENTS = ['Callout'] as const;

/** Plain HTML elements an MDX file may write as tags, with the attributes each may carry. */
const ALLOWED_ELEMENTS: Record<string, readonly string[]> = {
	Callout: ['type'],
	abbr: ['title'],
	br: [],
	kbd: [],
	mark: [],
	sub: [],
	sup: [],
	details: ['open'],
	summary: [],
	figure: [],
	figcaption: [],
};

/**
 * Attributes that take one of a few words, each checked as an own key (a value such as "constructor"
 * or "__proto__" names no type, whatever Object.prototype holds). Callout.astro shows these types.
 */
export const ALLOWED_VALUES: Record<string, Record<string, readonly string[]>> = {
	Callout: { type: ['note', 'tip', 'warning'] },
};

/** Elements that run code, embed other pages or restyle the site, with what to write instead. */
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

/** Syntax that holds only text and other nodes: safe in itself, its children are still checked. */
const SAFE_NODES = new Set([
	'root',
	'paragraph',
	'heading',
	'thematicBreak',
	'blockquote',
	'list',
	'listItem',
	'code',
	'text',
	'emphasis',
	'strong',
	'inlineCode',
	'break',
	'linkReference',
	'imageReference',
	'footnoteReference',
	'footnoteDefinition',
	'table',
	'tableRow',
	'tableCell',
	'delete',
]);

/** Link schemes a reader's browser may follow from content. */
const SAFE_SCHEMES = new Set(['https', 'mailto']);

export const MESSAGES = {
	esm: 'import and export are not allowed: MDX would run them as code on the build machine. Delete the line; allowed components (Callout) need no import',
	expression:
		'{…} expressions are not allowed: MDX would run them as JavaScript. Write the text itself, or escape a literal brace as \\{',
	attributeExpression: (name: string) =>
		`<${name}> has an {…} attribute: expressions run as JavaScript. Write attribute values as plain text in quotes`,
	rawHtml:
		'raw HTML is not allowed in .md files: the site cannot check what it would do in a reader’s browser. Write it in Markdown (emphasis, code, links); for <kbd> or <abbr>, rename the file to .mdx',
	component: (name: string) =>
		`<${name || '>'}${name ? '>' : ''} is not an allowed component. Use Markdown, or one of: ${Object.keys(ALLOWED_ELEMENTS).join(', ')}`,
	forbidden: (name: string, why: string) => `<${name}> is not allowed: ${why}`,
	attributeValue: (element: string, name: string, value: string | null, words: readonly string[]) =>
		`<${element} ${name}${value === null ? '' : `=${JSON.stringify(value)}`}> ${
			value === null ? 'needs a value' : `is not a ${name} ${element} knows`
		}: write ${name}=${words
			.map((word) => `"${word}"`)
			.join(', ')
			.replace(
				/, ([^,]*)$/,
				' or $1',
			)} exactly as shown, or leave ${name} out for "${words[0] ?? ''}"`,
	attribute: (element: string, name: string) => {
		const allowed = ALLOWED_ELEMENTS[element] ?? [];
		return `<${element}> may not have a ${name}= attribute: ${
			/^on/i.test(name)
				? 'event handlers run JavaScript. Remove the attribute'
				: name.includes(':')
					? 'directives such as set:html or client:load run code or inject markup. Remove the attribute'
					: allowed.length > 0
						? `the attributes it may have are ${allowed.join(', ')}`
						: 'it takes no attributes'
		}`;
	},
	scheme: (scheme: string) =>
		`${scheme}: links are not allowed: only https:// and mailto: addresses, or a relative link like /roles/backend-engineer/. Rewrite the link`,
	wwwLiteral: URL_MESSAGES.wwwLiteral,
	unsupported: (type: string) =>
		`"${type}" syntax is not supported in content. Use plain Markdown; ask in the pull request if you need it`,
} as const;

/** One problem, located in the file. */
export interface GuardProblem {
	line: number;
	column: number;
	message: string;
}

/** The parts of an mdast node the rules read; Sätteri's trees have this unist shape. */
export interface RuleNode {
	type: string;
	position?: { start: { line: number; column: number } } | undefined;
	children?: readonly RuleNode[] | undefined;
	url?: string;
	/** A text node's text. */
	value?: unknown;
	/** The normalised label of a reference or definition. */
	identifier?: string;
	name?: string | null;
	attributes?: readonly {
		type: string;
		name?: string;
		value?: unknown;
	}[];
}

/**
 * The scheme of a URL as a browser would read it, or null for a relative URL.
 * Browsers strip leading spaces and control characters and ignore tabs and newlines anywhere, so
 * " java\tscript:" is still javascript:.
 * @param url - the URL as written
 * @returns the lowercased scheme, or null when the URL is relative
 */
export function urlScheme(url: string): string | null {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
	const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	if (!match?.[1]) return null;
	return match[1].toLowerCase();
}

/**
 * The problem with a link or image target, if any: the scheme first, then the site's URL policy
 * (src/lib/url-policy.ts): https to a public host, mailto with one address, a path starting with
 * one "/", a #fragment; images from the site only.
 * @param url - the URL as the parser read it
 * @param role - "link" for links and reference definitions, "image" for images and the
 *   definitions images use
 * @returns the message, or null when the link is safe
 */
export function urlProblem(url: string, role: 'link' | 'image' = 'link'): string | null {
	const scheme = urlScheme(url);
	if (scheme !== null && !SAFE_SCHEMES.has(scheme)) return MESSAGES.scheme(scheme);
	return bodyUrlProblem(url, role);
}

/**
 * A bare "www.example.com" in prose, which GFM turns into an http:// link: the link starts where its
 * only text starts, and that text is the address without "http://".
 */
function wwwLiteral(node: RuleNode): string | null {
	const text = node.children?.length === 1 ? node.children[0] : undefined;
	const start = node.position?.start;
	const textStart = text?.position?.start;
	if (text?.type !== 'text' || !start || !textStart || typeof text.value !== 'string') return null;
	const sameStart = start.line === textStart.line && start.column === textStart.column;
	return sameStart && node.url === `http://${text.value}` ? text.value : null;
}

/** The labels of reference definitions that images use: their targets are image sources. */
function imageLabels(root: RuleNode): Set<string> {
	const labels = new Set<string>();
	const stack: RuleNode[] = [root];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === 'imageReference' && node.identifier) labels.add(node.identifier);
		if (node.children) stack.push(...node.children);
	}
	return labels;
}

function jsxProblems(node: RuleNode): string[] {
	const name = node.name ?? '';
	const lower = name.toLowerCase();
	const forbidden = Object.hasOwn(FORBIDDEN_ELEMENTS, lower)
		? FORBIDDEN_ELEMENTS[lower]
		: undefined;
	if (forbidden) return [MESSAGES.forbidden(name, forbidden)];
	const allowed = Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
	if (!allowed) return [MESSAGES.component(name)];
	const problems: string[] = [];
	for (const attribute of node.attributes ?? []) {
		if (
			attribute.type !== 'mdxJsxAttribute' ||
			(attribute.value !== null && typeof attribute.value === 'object')
		) {
			problems.push(MESSAGES.attributeExpression(name));
			continue;
		}
		const attributeName = attribute.name ?? '';
		if (!allowed.includes(attributeName)) {
			problems.push(MESSAGES.attribute(name, attributeName));
			continue;
		}
		const values = Object.hasOwn(ALLOWED_VALUES, name) ? ALLOWED_VALUES[name] : undefined;
		const words =
			values && Object.hasOwn(values, attributeName) ? values[attributeName] : undefined;
		const value = attribute.value;
		if (words && !(typeof value === 'string' && words.includes(value)))
			problems.push(
				MESSAGES.attributeValue(
					name,
					attributeName,
					typeof value === 'string' ? value : null,
					words,
				),
			);
	}
	return problems;
}

/**
 * The problems of one node, not of its children.
 * @param node - an mdast node from Sätteri
 * @param kind - the file's format: in .md raw HTML is refused, in .mdx JSX is checked
 * @param imageIds - labels of the definitions images use (`imageLabels`): their targets are images
 * @returns messages; empty when the node is allowed
 */
export function nodeProblems(
	node: RuleNode,
	kind: 'md' | 'mdx',
	imageIds: ReadonlySet<string> = new Set(),
): string[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return [MESSAGES.esm];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return [MESSAGES.expression];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return kind === 'mdx' ? jsxProblems(node) : [MESSAGES.rawHtml];
		case 'html':
			return [MESSAGES.rawHtml];
		case 'link':
		case 'image':
		case 'definition': {
			const www = node.type === 'link' ? wwwLiteral(node) : null;
			if (www) return [MESSAGES.wwwLiteral(www)];
			const image =
				node.type === 'image' ||
				(node.type === 'definition' && imageIds.has(node.identifier ?? ''));
			const problem = urlProblem(node.url ?? '', image ? 'image' : 'link');
			return problem ? [problem] : [];
		}
		case 'text': {
			// Body text passes the same text rule as every field (entities are decoded by now, so
			// `&#x202E;` is judged as the character it writes). Code keeps whatever it holds.
			const problem = typeof node.value === 'string' ? bodyTextProblem(node.value) : undefined;
			return problem ? [problem] : [];
		}
		default:
			return SAFE_NODES.has(node.type) ? [] : [MESSAGES.unsupported(node.type)];
	}
}

/**
 * Why a run of body text is refused: a character the text rule refuses, or a word no phone can wrap.
 * A run with no visible character is fine in a body (the space between two links, say).
 * @param text - a text node's value
 * @returns the message, or undefined
 */
function bodyTextProblem(text: string): string | undefined {
	const problem = textProblem(text, 'paragraph');
	if (!problem || problem.startsWith('has no visible text')) return undefined;
	return `the text ${problem}`;
}

/**
 * Every problem in a parsed body, in reading order.
 * @param root - the mdast root from Sätteri, with positions
 * @param kind - "md" or "mdx"
 * @returns problems at the line and column of the node that holds them
 */
export function treeProblems(root: RuleNode, kind: 'md' | 'mdx'): GuardProblem[] {
	const problems: GuardProblem[] = [];
	const imageIds = imageLabels(root);
	const stack: RuleNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if (!node) break;
		const where = {
			line: node.position?.start.line ?? 1,
			column: node.position?.start.column ?? 1,
		};
		for (const message of nodeProblems(node, kind, imageIds)) problems.push({ ...where, message });
		if (node.children)
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RuleNode);
	}
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
