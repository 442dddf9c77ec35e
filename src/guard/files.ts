/**
 * Walks the content folder the way the guard needs it walked: without following links, refusing any
 * entry the build could read differently (a link, a nested folder, a file named unlike its id, two files
 * with one id), and reading each file's bytes strictly as UTF-8 before any parser sees them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileStructure } from './body-structure.ts';
import { guardMarkdown } from './markdown.ts';
import type { GuardProblem } from './rules.ts';
import { yamlProblems, type AcceptedYaml } from './yaml.ts';
import { TRANSLATED_LANGS } from '../i18n/languages.ts';
import { reservedIdProblem } from '../lib/ids.ts';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

import { REGISTRY, contentLayout, type ContentLayout } from '../registry.ts';

// Each collection's folder and file kinds, and which are translated, come from the registry.
export { COLLECTION_FILES, TRANSLATABLE } from '../registry.ts';

/** The largest content file the build accepts; the longest today is under 10 KB. */
export const MAX_FILE_BYTES = 100_000;

/**
 * The longest body, in characters, per collection (translations alike). Today's longest: a role
 * 8,566 (frontend-engineer), an essay 9,215 (the Spanish concurrency-in-practice), a project 2,774.
 * A role's body answers "what does a … do?" above its roadmap: a few screens, not a book.
 */
export const MAX_BODY_CHARS: Readonly<Record<string, number>> = {
	roles: 30_000,
	essays: 60_000,
	projects: 20_000,
};

export const FILE_MESSAGES = {
	link: 'a symbolic link is not allowed here: content must be a regular file inside content/. Replace the link with the file itself',
	special: 'only regular files are allowed here: content must be a regular file inside content/',
	nested: (collection: string) =>
		`folders inside content/${collection}/ are not read: content files sit directly in content/${collection}/. Move the file up`,
	unknownFolder: (folders: readonly string[]) =>
		`this is not a content folder: content/ holds only ${[...folders, ...TRANSLATED_LANGS].join(', ')}`,
	unknownTranslationFolder: (lang: string, folders: readonly string[]) =>
		`this is not a translation folder: content/${lang}/ holds only ${folders.join(', ')}`,
	strayFile: 'files directly in content/ are not read: put it in the folder of its collection',
	strayTranslation: (lang: string) =>
		`files directly in content/${lang}/ are not read: put a translation in content/${lang}/<collection>/, named like the English file`,
	name: (collection: string, extensions: readonly string[]) =>
		`the file name is not a valid id: name files in content/${collection}/ like backend-engineer.${extensions[0]} (lowercase letters, digits and single hyphens, then .${extensions.join(' or .')})`,
	duplicate: (other: string) =>
		`${other} has the same id: each id names exactly one file. Delete or rename one of them`,
	tooLarge: `the file is larger than ${MAX_FILE_BYTES / 1000} KB: split it, or link to longer material`,
	longBody: (collection: string, length: number, max: number) =>
		`the body has ${length.toLocaleString('en-GB')} characters; a body in content/${collection}/ has at most ${max.toLocaleString('en-GB')} (this line is where it passes the limit): shorten it${collection.endsWith('roles') ? ', or move the longer material into an essay and link to it' : ', or split it in two'}`,
	reserved: (problem: string) => `${problem}, and rename the file to it`,
	utf8: 'the file is not valid UTF-8 text: save it as UTF-8 (the byte here is not part of any character)',
	bom: 'the file starts with a byte-order mark: save it as UTF-8 without BOM',
	carriageReturn:
		'the file has Windows (CRLF) or old Mac (CR) line endings: save it with LF line endings',
	control: (code: number) =>
		`the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed: delete it (tabs and line breaks are fine)`,
} as const;

const ID_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]+)$/;

/** A guard problem with the file it is in, relative to the project root. */
export interface FileProblem extends GuardProblem {
	file: string;
}

// ignoreBOM keeps a byte-order mark in the text, so the guard can refuse it instead of hiding it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/**
 * Checks one file's bytes and, when they are clean text, its content.
 * @param bytes - the file as read from disk
 * @param kind - how the build reads it
 * @param accepted - where to keep the reading of YAML that has no problem
 * @returns problems with line and column in the file
 */
export function guardBytes(
	bytes: Uint8Array,
	kind: 'md' | 'mdx' | 'yaml',
	accepted?: AcceptedYaml,
	body?: { collection: string; max: number },
): GuardProblem[] {
	if (bytes.length > MAX_FILE_BYTES)
		return [{ line: 1, column: 1, message: FILE_MESSAGES.tooLarge }];
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		// Say where the bad byte is: stream the bytes through a fresh decoder, one pass, until it fails.
		const stream = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
		let valid = '';
		try {
			for (let i = 0; i < bytes.length; i++)
				valid += stream.decode(bytes.subarray(i, i + 1), { stream: true });
			stream.decode();
		} catch {
			// `valid` holds every whole character before the bad byte.
		}
		return [{ ...position(valid, valid.length), message: FILE_MESSAGES.utf8 }];
	}
	if (text.startsWith('\uFEFF')) return [{ line: 1, column: 1, message: FILE_MESSAGES.bom }];
	const cr = text.indexOf('\r');
	if (cr !== -1) return [{ ...position(text, cr), message: FILE_MESSAGES.carriageReturn }];
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/.exec(text);
	if (control) {
		return [
			{
				...position(text, control.index),
				message: FILE_MESSAGES.control(control[0].charCodeAt(0)),
			},
		];
	}
	if (body && kind !== 'yaml') {
		const frontmatter = extractFrontmatter(text);
		const start = frontmatter === undefined ? 0 : text.indexOf(frontmatter) + frontmatter.length;
		const length = text.length - start;
		if (length > body.max)
			return [
				{
					...position(text, start + body.max),
					message: FILE_MESSAGES.longBody(body.collection, length, body.max),
				},
			];
	}
	return kind === 'yaml'
		? yamlProblems(text, 'file', 0, accepted)
		: guardMarkdown(text, kind, accepted);
}

/**
 * What the guard found in each file it read, by path, for a caller that runs it again and again (the
 * dev server, on every save): a file whose bytes have not changed is not read again.
 */
export type GuardMemo = Map<
	string,
	{ bytes: Uint8Array; problems: readonly GuardProblem[]; accepted: AcceptedYaml }
>;

/**
 * A file's problems, from the memo when its bytes are the ones read last time.
 * @param memo - the memo, if the caller keeps one
 * @param path - the file
 * @param bytes - its bytes now
 * @param accepted - where the run keeps the YAML it accepted
 * @param guard - reads the file, keeping the YAML it accepts in the map it is given
 * @returns the file's problems
 */
function remembered(
	memo: GuardMemo | undefined,
	path: string,
	bytes: Uint8Array,
	accepted: AcceptedYaml | undefined,
	guard: (accepted: AcceptedYaml) => GuardProblem[],
): readonly GuardProblem[] {
	let kept = memo?.get(path);
	if (!kept || Buffer.compare(kept.bytes, bytes) !== 0) {
		const read: AcceptedYaml = new Map();
		kept = { bytes, problems: guard(read), accepted: read };
		memo?.set(path, kept);
	}
	for (const [text, reading] of kept.accepted) accepted?.set(text, reading);
	return kept.problems;
}

/**
 * One run of the content guard over a folder, for the steps that read the folder after it: the files
 * it refused (never read again) and its reading of the YAML of the files it accepted (never parsed
 * again).
 */
export interface GuardRun {
	refused: ReadonlySet<string>;
	accepted: AcceptedYaml;
}

/**
 * Runs the guard over a content folder.
 * @param dir - the content folder
 * @param memo - kept by a caller that runs the guard again and again: unchanged files are not read again
 * @returns its problems, file by file, and the run for the steps that follow
 */
export async function runGuard(
	dir: string,
	memo?: GuardMemo,
): Promise<{ problems: FileProblem[]; run: GuardRun }> {
	const accepted: AcceptedYaml = new Map();
	const problems = await guardFolder(dir, accepted, memo);
	return { problems, run: { refused: new Set(problems.map((problem) => problem.file)), accepted } };
}

/**
 * Every problem in every entry under a content folder: links, strays, names, duplicate ids, bytes,
 * frontmatter, YAML and Markdown/MDX bodies.
 * @param dir - the content folder
 * @param accepted - where to keep the reading of the YAML of files with no problem, for the content
 *   checks that follow
 * @param memo - what earlier runs found in each file (see runGuard)
 * @param layout - the collections' folders and file kinds (from the registry; another only in tests)
 * @returns problems, file by file, in a stable order
 */
export async function guardFolder(
	dir: string,
	accepted?: AcceptedYaml,
	memo?: GuardMemo,
	layout: ContentLayout = contentLayout(REGISTRY),
): Promise<FileProblem[]> {
	const problems: FileProblem[] = [];
	const name = (path: string) => relative(process.cwd(), path) || path;
	const report = (path: string, message: string) =>
		problems.push({ file: name(path), line: 1, column: 1, message });

	const top = await readdir(dir, { withFileTypes: true }).catch(() => {
		throw new Error(
			`The content folder ${dir} does not exist: set ROLEMAP_CONTENT_DIR to a folder that does`,
		);
	});
	const reads: Promise<void>[] = [];
	/** Checks every file of one collection folder; `collection` is its path under content/. */
	const walkCollection = async (
		path: string,
		collection: string,
		extensions: readonly string[],
	): Promise<void> => {
		const ids = new Map<string, string>();
		const maxBody = MAX_BODY_CHARS[collection.split('/').at(-1) ?? ''];
		const body = maxBody === undefined ? undefined : { collection, max: maxBody };
		const files = await readdir(path, { withFileTypes: true });
		for (const file of files.sort((a, b) => a.name.localeCompare(b.name))) {
			const filePath = join(path, file.name);
			if (file.isSymbolicLink()) {
				report(filePath, FILE_MESSAGES.link);
				continue;
			}
			if (file.isDirectory()) {
				report(filePath, FILE_MESSAGES.nested(collection));
				continue;
			}
			if (!file.isFile()) {
				report(filePath, FILE_MESSAGES.special);
				continue;
			}
			const match = ID_NAME.exec(file.name);
			const [, id, extension] = match ?? [];
			if (!id || !extension || !extensions.includes(extension)) {
				report(filePath, FILE_MESSAGES.name(collection, extensions));
				continue;
			}
			const reserved = reservedIdProblem(id);
			if (reserved) {
				report(filePath, FILE_MESSAGES.reserved(reserved));
				continue;
			}
			const other = ids.get(id);
			if (other) {
				report(filePath, FILE_MESSAGES.duplicate(name(other)));
				continue;
			}
			ids.set(id, filePath);
			const kind = extension as 'md' | 'mdx' | 'yaml';
			reads.push(
				readFile(filePath).then((bytes) => {
					const found = remembered(memo, filePath, bytes, accepted, (read) => {
						const problems = guardBytes(bytes, kind, read, body);
						// A body with no code is then read as its page renders it (body-structure.ts).
						if (problems.length === 0 && kind !== 'yaml')
							problems.push(...fileStructure(bytes, kind, filePath));
						return problems;
					});
					for (const problem of found) {
						problems.push({ file: name(filePath), ...problem });
					}
				}),
			);
		}
	};
	for (const entry of top.sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isSymbolicLink()) {
			report(path, FILE_MESSAGES.link);
			continue;
		}
		// A README for contributors may sit at the top; no collection reads it.
		if (entry.isFile() && entry.name === 'README.md') continue;
		if (!entry.isDirectory()) {
			report(path, FILE_MESSAGES.strayFile);
			continue;
		}
		if ((TRANSLATED_LANGS as readonly string[]).includes(entry.name)) {
			// Translations: content/<lang>/<collection>/, the same rules one level down.
			const folders = await readdir(path, { withFileTypes: true });
			for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
				const folderPath = join(path, folder.name);
				if (folder.isSymbolicLink()) report(folderPath, FILE_MESSAGES.link);
				else if (!folder.isDirectory())
					report(folderPath, FILE_MESSAGES.strayTranslation(entry.name));
				else if (!layout.translatable.includes(folder.name))
					report(
						folderPath,
						FILE_MESSAGES.unknownTranslationFolder(entry.name, layout.translatable),
					);
				else
					await walkCollection(
						folderPath,
						`${entry.name}/${folder.name}`,
						layout.files[folder.name] ?? [],
					);
			}
			continue;
		}
		const kinds = Object.hasOwn(layout.files, entry.name) ? layout.files[entry.name] : undefined;
		if (!kinds) {
			report(path, FILE_MESSAGES.unknownFolder(Object.keys(layout.files)));
			continue;
		}
		await walkCollection(path, entry.name, kinds);
	}
	await Promise.all(reads);
	return problems.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
	);
}

/**
 * "content/essays/x.mdx:3:1  message", the form editors and terminals turn into links.
 * @param problem - one problem
 * @returns the line to print
 */
export function formatFileProblem(problem: FileProblem): string {
	return `${problem.file}:${problem.line}:${problem.column}  ${problem.message}`;
}
