/**
 * Reads content/ straight from disk, without Astro: for tests and scripts that need the catalogue in
 * milliseconds rather than a full build. The build itself reads content through Astro's collections.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { GuardRun } from '../guard/files.ts';
import { splitFrontmatter } from '../guard/markdown.ts';
import { readYaml, type AcceptedYaml } from '../guard/yaml.ts';

/** One content file: its id, path, parsed data and Markdown body. */
export interface ContentFile {
	id: string;
	/** Path relative to the project root. */
	file: string;
	data: unknown;
	body: string;
	/** The file as written. */
	text: string;
	/** Line in the file where the value at `path` starts; the nearest existing parent when it is missing. */
	lineOf(path: readonly PropertyKey[]): number;
}

function parseYaml(
	text: string,
	firstLine: number,
	accepted: AcceptedYaml | undefined,
): Pick<ContentFile, 'data' | 'lineOf'> {
	const { document, lineCounter } = accepted?.get(text) ?? readYaml(text);
	return {
		data: document.toJS() as unknown,
		lineOf(path) {
			for (let depth = path.length; depth > 0; depth--) {
				const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as {
					range?: [number, number, number];
				} | null;
				if (node?.range) return firstLine + lineCounter.linePos(node.range[0]).line - 1;
			}
			return firstLine;
		},
	};
}

/**
 * Every entry of one collection folder.
 * @param dir - the collection folder, e.g. "content/roles"
 * @param guarded - when the content guard has read the folder, its run: the files it refused
 *   (relative to the project root) are not read, and the others' YAML is taken as the guard read it,
 *   not parsed or checked a second time. Without it every file is read and its frontmatter checked
 *   strictly here.
 * @returns entries sorted by file name
 */
export async function readCollection(dir: string, guarded?: GuardRun): Promise<ContentFile[]> {
	const skip = guarded?.refused ?? new Set<string>();
	const accepted = guarded?.accepted;
	const names = (await readdir(dir).catch(() => [] as string[]))
		.filter(
			(name) =>
				/\.(md|mdx|ya?ml)$/.test(name) && !skip.has(relative(process.cwd(), join(dir, name))),
		)
		.sort();
	return Promise.all(
		names.map(async (name) => {
			const path = join(dir, name);
			const text = await readFile(path, 'utf8');
			const id = basename(name, extname(name));
			const file = relative(process.cwd(), path);
			if (/\.ya?ml$/.test(name))
				return { id, file, body: '', text, ...parseYaml(text, 1, accepted) };
			// Split where the build splits (the guard's reading); the YAML starts on line 2.
			const { yaml, body } = splitFrontmatter(text, { checkYaml: !guarded });
			if (yaml === null) return { id, file, body: text, text, data: {}, lineOf: () => 1 };
			return { id, file, body, text, ...parseYaml(yaml, 2, accepted) };
		}),
	);
}
