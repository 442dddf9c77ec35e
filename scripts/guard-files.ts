/**
 * Runs the content guard over every Markdown and MDX file in a content folder.
 * Shared by the build integration and `npm run check`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { guardFile, type GuardProblem } from '../src/lib/content-guard.ts';

/** A guard problem with the file it is in, relative to the project root. */
export interface FileProblem extends GuardProblem {
	file: string;
}

/**
 * Every problem in every .md and .mdx file under `dir`.
 * @param dir - the content folder
 * @returns problems, file by file, in reading order
 */
export async function guardFolder(dir: string): Promise<FileProblem[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	const results = await Promise.all(
		files.map(async (path) => {
			const file = relative(process.cwd(), path);
			return guardFile(await readFile(path, 'utf8'), path).map((problem) => ({ file, ...problem }));
		}),
	);
	return results.flat();
}

/**
 * "content/essays/x.mdx:3:1  message", the form editors and terminals turn into links.
 * @param problem - one problem
 * @returns the line to print
 */
export function formatFileProblem(problem: FileProblem): string {
	return `${problem.file}:${problem.line}:${problem.column}  ${problem.message}`;
}
