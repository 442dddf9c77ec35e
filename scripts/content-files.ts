/**
 * Reads content/ straight from disk, without Astro: for tests and scripts that need the catalogue in
 * milliseconds rather than a full build. The build itself reads content through Astro's collections.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';

/** One content file: its id, path, parsed data and Markdown body. */
export interface ContentFile {
	id: string;
	file: string;
	data: unknown;
	body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Every entry of one collection folder.
 * @param dir - the collection folder, e.g. "content/roles"
 * @returns entries sorted by id
 */
export async function readCollection(dir: string): Promise<ContentFile[]> {
	const names = (await readdir(dir)).filter((name) => /\.(md|mdx|ya?ml)$/.test(name)).sort();
	return Promise.all(
		names.map(async (name) => {
			const file = join(dir, name);
			const text = await readFile(file, 'utf8');
			const id = basename(name, extname(name));
			if (/\.ya?ml$/.test(name)) return { id, file, data: parse(text), body: '' };
			const match = FRONTMATTER.exec(text);
			return { id, file, data: match ? parse(match[1] ?? '') : {}, body: match?.[2] ?? text };
		}),
	);
}
