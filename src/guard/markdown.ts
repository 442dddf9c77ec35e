/**
 * Reads a Markdown or MDX file exactly as the build will: Astro's own frontmatter splitter, then the
 * build's own parser (Sätteri) with the same features. The rules then run on that tree. Where Astro's
 * reading is loose (a frontmatter that closes at "--- " or "---x", a TOML "+++" block, a byte-order
 * mark), the guard refuses the file instead of guessing, so what it accepts reads one way only.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import { treeProblems, type GuardProblem, type RuleNode } from './rules.ts';
import { yamlProblems, type AcceptedYaml } from './yaml.ts';

/**
 * The parser features the build uses for Markdown and MDX. astro.config.mjs passes these to the
 * processor; the guard parses with them. One object, so the two cannot drift apart.
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

export const FRONTMATTER_MESSAGES = {
	missing:
		'the file must start with frontmatter: a line "---", the fields as YAML, then a line "---"',
	toml: 'frontmatter must be YAML between two "---" lines; TOML frontmatter (+++) is not supported',
	opening: (line: string) =>
		`the frontmatter must open with a line that is exactly "---", not ${JSON.stringify(line)}`,
	closing: (line: string) =>
		`the frontmatter must close with a line that is exactly "---", not ${JSON.stringify(line)}: remove what follows the dashes`,
} as const;

/** The parts of a content file the build sees. */
export interface SplitFile {
	/** The frontmatter's YAML text, or null when the file has none. */
	yaml: string | null;
	/** The body as the build passes it to the parser: frontmatter blanked out, lines kept. */
	body: string;
	/** Problems with how the frontmatter is written. */
	problems: GuardProblem[];
}

/**
 * Splits a file where Astro splits it, and refuses the loose forms Astro also accepts.
 * @param text - the whole file
 * @param options - `checkYaml: false` skips the strict reading of the frontmatter's YAML, for
 *   callers that read only files the guard has already accepted; `accepted`, where to keep the
 *   reading of YAML that has no problem
 * @returns the frontmatter, the body and any problem with the split
 */
export function splitFrontmatter(
	text: string,
	{ checkYaml = true, accepted }: { checkYaml?: boolean; accepted?: AcceptedYaml | undefined } = {},
): SplitFile {
	const raw = extractFrontmatter(text);
	const firstLine = text.split('\n', 1)[0] ?? '';
	if (raw === undefined) {
		const problem = firstLine.startsWith('+++')
			? FRONTMATTER_MESSAGES.toml
			: FRONTMATTER_MESSAGES.missing;
		return { yaml: null, body: text, problems: [{ line: 1, column: 1, message: problem }] };
	}
	if (firstLine.startsWith('+++'))
		return {
			yaml: null,
			body: text,
			problems: [{ line: 1, column: 1, message: FRONTMATTER_MESSAGES.toml }],
		};
	if (firstLine !== '---')
		return {
			yaml: null,
			body: text,
			problems: [{ line: 1, column: 1, message: FRONTMATTER_MESSAGES.opening(firstLine) }],
		};
	// The file opens with exactly "---", so Astro's match is "---" + raw + its closing delimiter.
	const closingStart = 3 + raw.length;
	const closingLine = text.slice(closingStart).split('\n', 1)[0] ?? '';
	if (closingLine !== '---') {
		const message = FRONTMATTER_MESSAGES.closing(closingLine);
		const line = text.slice(0, closingStart).split('\n').length;
		return { yaml: raw, body: '', problems: [{ line, column: 1, message }] };
	}
	const yaml = raw.replace(/^[^\n]*\n/, '');
	const yamlErrors = checkYaml ? yamlProblems(yaml, 'frontmatter', 1, accepted) : [];
	if (yamlErrors.length > 0) return { yaml, body: '', problems: yamlErrors };
	const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	return { yaml, body: content, problems: [] };
}

/**
 * Parses a body with the build's parser.
 * @param body - the text after the frontmatter, as the build passes it
 * @param kind - "md" or "mdx"
 * @returns the mdast root, with positions
 */
export function parseBody(body: string, kind: 'md' | 'mdx'): RuleNode {
	const options = { features: MARKDOWN_FEATURES, position: true };
	return (kind === 'mdx' ? mdxToMdast(body, options) : markdownToMdast(body, options)) as RuleNode;
}

/**
 * Every problem in one Markdown or MDX file: its frontmatter's form and YAML, and its body's syntax.
 * @param text - the file's text (already known to be valid UTF-8 without a BOM)
 * @param kind - "md" or "mdx"
 * @param accepted - where to keep the reading of frontmatter that has no problem
 * @returns problems at file lines and columns
 */
export function guardMarkdown(
	text: string,
	kind: 'md' | 'mdx',
	accepted?: AcceptedYaml,
): GuardProblem[] {
	const split = splitFrontmatter(text, { accepted });
	if (split.problems.length > 0) return split.problems;
	let root: RuleNode;
	try {
		root = parseBody(split.body, kind);
	} catch (error) {
		const { line = 1, column = 1 } = error as { line?: number; column?: number };
		const reason = error instanceof Error ? error.message : String(error);
		return [
			{
				line,
				column,
				message: `${kind.toUpperCase()} could not be read: ${reason}. Check for an unclosed tag or a stray { or <`,
			},
		];
	}
	return treeProblems(root, kind);
}
