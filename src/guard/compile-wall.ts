/**
 * The second wall: a Sätteri plugin inside the build's own Markdown and MDX compile. It runs the guard's
 * rules on the very tree the compiler is about to turn into HTML or JavaScript, and stops the compile
 * on any problem. If a file ever got past the pre-build guard, it still could not run code.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { treeProblems, type RuleNode } from './rules.ts';
import { logText } from '../lib/log-text.ts';

/** Thrown when content reaches the compiler with code or raw markup in it. */
export class ContentCompileError extends Error {
	override name = 'ContentCompileError';
}

/** The plugin; add it to `satteri({ mdastPlugins })`. */
export const contentWall = defineMdastPlugin({
	name: 'rolemap-content-wall',
	options: { position: true },
	before(root, ctx) {
		const kind = ctx.sourceFormat === 'mdx' ? 'mdx' : 'md';
		const problems = treeProblems(root as unknown as RuleNode, kind);
		if (problems.length === 0) return;
		const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(content)';
		throw new ContentCompileError(
			`Content may not contain code; the compile stopped:\n${problems
				.map((problem) => logText(`${file}:${problem.line}:${problem.column}  ${problem.message}`))
				.join('\n')}`,
		);
	},
});
