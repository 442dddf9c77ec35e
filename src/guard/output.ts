/**
 * The third wall: after the build, every page is parsed as a browser would parse it (parse5, the HTML
 * standard's parser) and checked for what content may never produce. The site's own markup passes by
 * construction; a hit means something got past the first two walls, and the build fails naming the page
 * and the content file behind it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { urlScheme } from './rules.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Elements that never belong on a page of this site. */
const NEVER = new Set([
	'base',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'portal',
]);

/** What a rendered content body (Markdown, MDX and the Callout component) may contain. */
const BODY_ELEMENTS = new Set([
	...[
		'p',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'a',
		'em',
		'strong',
		'code',
		'pre',
		'ul',
		'ol',
		'li',
	],
	...['blockquote', 'hr', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'input', 'br'],
	...['section', 'sup', 'sub', 'span', 'div', 'aside', 'abbr', 'kbd', 'mark', 'details', 'summary'],
	...['figure', 'figcaption'],
]);
const BODY_ATTRIBUTES = new Set([
	...['href', 'src', 'alt', 'title', 'id', 'class', 'align', 'type', 'checked', 'disabled', 'open'],
	...['start', 'rel', 'target', 'colspan', 'rowspan', 'loading', 'decoding', 'width', 'height'],
]);
const URL_ATTRIBUTES = new Set([
	...['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href', 'data'],
	...['srcset', 'ping', 'longdesc', 'manifest', 'icon'],
]);
const SAFE_SCHEMES = new Set(['https', 'http', 'mailto']);

/** The marker on the element that holds a rendered content body. */
export const CONTENT_BODY_ATTRIBUTE = 'data-content-body';

/** One finding on a built page. */
export interface OutputProblem {
	/** The page, relative to the output folder, e.g. "roles/backend-engineer/index.html". */
	page: string;
	/** The content file the page renders, when there is one. */
	source: string | null;
	message: string;
}

const attr = (element: Element, name: string) =>
	element.attrs.find((attribute) => attribute.name === name)?.value;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function textOf(element: Element): string {
	return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/**
 * Every problem in one page's HTML.
 * @param html - the page as built
 * @returns messages; empty when the page holds only what the site itself writes
 */
export function pageProblems(html: string): string[] {
	const problems: string[] = [];
	// The page's stylesheet (20 KB, the same on every page) is taken out before parsing and its hash
	// checked against the policy below: the parser would only step over it, character by character.
	// Cutting at the first "</style" is where the parser itself ends a <style>, so the rest of the page
	// parses exactly as it would have.
	// Only a <style> that nothing but <meta> tags precede in <head> is cut: any other tag before it
	// (a script, a comment) could hold the text "<style>" and move the cut into the page.
	const open = html.indexOf('<style>');
	const close = open >= 0 ? html.indexOf('</style', open) : -1;
	const head = html.indexOf('<head>');
	const cut =
		head >= 0 &&
		open > head &&
		close > open &&
		/^(?:\s*<meta\b[^<>]*>)*\s*$/.test(html.slice(head + '<head>'.length, open));
	const stylesheet = cut ? html.slice(open + '<style>'.length, close) : undefined;
	const document = parse(
		cut ? `${html.slice(0, open + '<style>'.length)}${html.slice(close)}` : html,
	);
	const policies: string[] = [];
	const inlineScripts: { text: string; inHead: boolean }[] = [];
	const inlineStyles: string[] = [];

	// Depth-first in document order, with a stack of its own: markup nested a hundred thousand deep
	// is checked like any other, not a stack overflow.
	const stack: { element: Element; inHead: boolean; inBody: boolean }[] = [];
	const enter = (node: ParentNode, inHead: boolean, inBody: boolean) => {
		const elements = node.childNodes.filter((child): child is Element => 'tagName' in child);
		for (let i = elements.length - 1; i >= 0; i--) {
			const element = elements[i];
			if (element) stack.push({ element, inHead, inBody });
		}
	};
	enter(document, false, false);
	for (let next = stack.pop(); next; next = stack.pop()) {
		const { element, inHead, inBody } = next;
		const tag = element.tagName;
		const where = `<${tag}>`;
		if (NEVER.has(tag)) problems.push(`${where} is never allowed on a page`);
		if (tag === 'meta') {
			const equiv = attr(element, 'http-equiv')?.toLowerCase();
			if (!inHead) problems.push('<meta> outside <head>');
			if (equiv === 'content-security-policy') policies.push(attr(element, 'content') ?? '');
			else if (equiv !== undefined) problems.push(`<meta http-equiv="${equiv}"> is not allowed`);
		}
		if (tag === 'script') {
			const type = attr(element, 'type') ?? '';
			const src = attr(element, 'src');
			if (inBody) problems.push('<script> inside a content body');
			else if (type === 'application/ld+json') {
				if (!inHead) problems.push('structured data <script> outside <head>');
			} else if (src !== undefined) {
				if (!/^\/(_astro|pagefind)\/[\w.-]+\.js$/.test(src))
					problems.push(`<script src="${src}"> is not one of the site's own scripts`);
			} else inlineScripts.push({ text: textOf(element), inHead });
		}
		if (tag === 'style') {
			// The first one is the stylesheet taken out above.
			const text =
				inlineStyles.length === 0 && stylesheet !== undefined ? stylesheet : textOf(element);
			inlineStyles.push(text);
		}
		if (tag === 'form') {
			const action = attr(element, 'action') ?? '';
			if (inBody) problems.push('<form> inside a content body');
			else if (action !== '' && !/^\/(?!\/)/.test(action))
				problems.push(`<form action="${action}"> leaves the site`);
		}
		if (inBody && !BODY_ELEMENTS.has(tag)) problems.push(`${where} inside a content body`);
		for (const { name, value } of element.attrs) {
			const lower = name.toLowerCase();
			if (lower.startsWith('on'))
				problems.push(`${lower}= on ${where}: event handlers run JavaScript`);
			if (lower === 'style' && inBody) problems.push(`style= on ${where} inside a content body`);
			if (inBody && !BODY_ATTRIBUTES.has(lower) && !/^(aria|data-footnote)/.test(lower))
				problems.push(`${lower}= on ${where} inside a content body`);
			if (URL_ATTRIBUTES.has(lower)) {
				for (const url of lower === 'srcset' ? value.split(',') : [value]) {
					const scheme = urlScheme(url.trim());
					if (scheme !== null && !SAFE_SCHEMES.has(scheme))
						problems.push(`${scheme}: URL in ${lower}= on ${where}`);
				}
			}
		}
		const body =
			inBody || element.attrs.some((attribute) => attribute.name === CONTENT_BODY_ATTRIBUTE);
		// A <template>'s children live in its content fragment.
		const content = 'content' in element ? (element.content as ParentNode) : element;
		enter(content, inHead || tag === 'head', body);
	}

	if (policies.length !== 1) {
		problems.push(
			policies.length === 0
				? 'the page has no content-security-policy <meta>'
				: `the page has ${policies.length} content-security-policy <meta> tags; it must have one`,
		);
	}
	const policy = policies[0] ?? '';
	for (const text of inlineStyles) {
		const directive = policy.split(';').find((part) => part.trim().startsWith('style-src ')) ?? '';
		if (!directive.includes(sha256(text)))
			problems.push("an inline <style> whose hash is not in the page's policy");
	}
	for (const script of inlineScripts) {
		if (!script.inHead) problems.push('an inline <script> outside <head>');
		else if (!policy.includes(sha256(script.text)))
			problems.push("an inline <script> whose hash is not in the page's policy");
	}
	return [...new Set(problems)];
}

/**
 * The content file behind a page, found from its address: /roles/x/ → content/roles/x.md; a page in
 * another language → its translation (content/es/roles/x.md), or the English file whose text it shows
 * where there is none.
 * @param page - the page relative to the output folder
 * @param contentDir - the content folder
 * @returns the file, or null for pages that render no single content file
 */
export function sourceOf(page: string, contentDir: string): string | null {
	const match = /^(?:([a-z]{2})\/)?(roles|essays|projects|skills)\/([^/]+)\/index\.html$/.exec(
		page.split(sep).join('/'),
	);
	if (!match) return null;
	const [, lang, collection = '', id = ''] = match;
	for (const folder of lang ? [join(lang, collection), collection] : [collection])
		for (const extension of ['md', 'mdx', 'yaml']) {
			const file = join(contentDir, folder, `${id}.${extension}`);
			if (existsSync(file)) return relative(process.cwd(), file);
		}
	return null;
}

/** The hash that ties a page checked as it rendered to the file written from it. */
const pageHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

/** One page's bytes as text, the same way for a page handed over and for a file read back. */
const pageText = (bytes: Uint8Array) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** What a worker thread (output-worker.ts) is asked. */
export type OutputRequest =
	| { id: number; bytes: Uint8Array; page: string }
	| { id: number; paths: readonly string[]; known: ReadonlySet<string> };
/**
 * What it answers: per page its hash, and its problems unless its hash was already known; or why it
 * could not check them.
 */
export type OutputAnswer = ({ id: number } & Checked) | { id: number; error: string };
/** Each page's hash, and its problems unless its hash was already known. */
interface Checked {
	pages: { hash: string; problems?: string[] }[];
}

/**
 * One page's hash, and its problems unless the hash is known; an error naming the page when it cannot
 * be checked.
 */
function checkPage(
	bytes: Uint8Array,
	page: string,
	known?: ReadonlySet<string>,
): Checked['pages'][number] {
	try {
		const hash = pageHash(bytes);
		return known?.has(hash) ? { hash } : { hash, problems: pageProblems(pageText(bytes)) };
	} catch (error) {
		throw new Error(`${page} could not be checked: ${String(error)}`, { cause: error });
	}
}

/**
 * The checks a worker thread does.
 * @param request - one page's HTML, or files to read, skipping the check of those whose hash is known
 * @returns the answer to post back
 */
export async function answerRequest(request: OutputRequest): Promise<OutputAnswer> {
	if ('bytes' in request)
		return { id: request.id, pages: [checkPage(request.bytes, request.page)] };
	const pages: Checked['pages'] = [];
	// A few files read ahead at a time: reading all of a large site at once held it all in memory.
	for (let start = 0; start < request.paths.length; start += 16) {
		const batch = request.paths.slice(start, start + 16);
		const files = await Promise.all(batch.map((path) => readFile(path)));
		files.forEach((bytes, i) => pages.push(checkPage(bytes, batch[i] ?? '', request.known)));
	}
	return { id: request.id, pages };
}

interface Waiter {
	done: (answer: Checked) => void;
	fail: (error: Error) => void;
}

/** Pages handed over while rendering and not yet answered, at the most: the build waits for room. */
const PENDING_PAGES = 32;

/**
 * The output check as a pool of worker threads. During a build each page is handed over as it renders
 * (`page`), so parsing runs beside rendering instead of after it; `site` then reads every HTML file
 * actually written, and checks any whose bytes are not exactly a page already checked. Nothing is
 * trusted for being handed over: what is deployed is what is checked.
 */
export class OutputCheck {
	readonly #workers: { worker: Worker; pending: number }[];
	readonly #waiting = new Map<number, Waiter>();
	/** Problems of every page checked so far, by its hash. */
	readonly #checked = new Map<string, string[]>();
	#room: (() => void)[] = [];
	#pending = 0;
	#nextId = 0;
	#failure: Error | undefined;
	#closing = false;
	/** Pages checked as they rendered. */
	rendered = 0;
	/** Files `site` had to parse: written without being handed over, or changed since. */
	parsedAfter = 0;

	/** @param threads - worker threads, at least one */
	constructor(threads: number) {
		this.#workers = Array.from({ length: Math.max(1, threads) }, () => {
			const entry = {
				worker: new Worker(new URL('./output-worker.ts', import.meta.url)),
				pending: 0,
			};
			// An idle thread does not keep the process alive: a build that fails while rendering exits.
			entry.worker.unref();
			entry.worker.on('message', (answer: OutputAnswer) => {
				if (--entry.pending === 0) entry.worker.unref();
				if ('error' in answer) this.#fail(new Error(answer.error));
				else
					this.#settle(answer.id, (waiter) => {
						waiter.done(answer);
					});
			});
			entry.worker.on('error', (error: Error) => {
				this.#fail(error);
			});
			entry.worker.on('messageerror', (error: Error) => {
				this.#fail(error);
			});
			// A thread that ends while the check still needs it fails the check, whatever its exit code.
			entry.worker.on('exit', (code) => {
				if (!this.#closing)
					this.#fail(new Error(`a thread of the check stopped (exit code ${code})`));
			});
			return entry;
		});
	}

	#settle(id: number, how: (waiter: Waiter) => void) {
		const waiter = this.#waiting.get(id);
		this.#waiting.delete(id);
		if (waiter) how(waiter);
	}

	#fail(error: Error) {
		this.#failure ??= error;
		for (const id of [...this.#waiting.keys()])
			this.#settle(id, (waiter) => {
				waiter.fail(error);
			});
	}

	#ask(request: OutputRequest): Promise<Checked> {
		if (this.#failure !== undefined) return Promise.reject(this.#failure);
		// The thread with the least to do takes it.
		const entry = this.#workers.reduce((least, next) =>
			next.pending < least.pending ? next : least,
		);
		if (entry.pending++ === 0) entry.worker.ref();
		const answered = new Promise<Checked>((done, fail) =>
			this.#waiting.set(request.id, { done, fail }),
		);
		try {
			entry.worker.postMessage(request);
		} catch (error) {
			// Not sent, so never answered: counted back, and the check fails rather than waits.
			if (--entry.pending === 0) entry.worker.unref();
			this.#fail(error instanceof Error ? error : new Error(String(error)));
		}
		return answered;
	}

	/**
	 * Hands over one rendered page. Returns at once unless too many pages wait, so memory stays bounded.
	 * @param bytes - the page as it will be written (copied to the thread)
	 * @param page - its address, to name it if it cannot be checked
	 */
	async page(bytes: Uint8Array, page: string): Promise<void> {
		while (this.#pending >= PENDING_PAGES) await new Promise<void>((room) => this.#room.push(room));
		this.#pending++;
		const answered = this.#ask({ id: this.#nextId++, bytes, page });
		answered
			.then(
				(answer) => {
					for (const { hash, problems } of answer.pages) this.#checked.set(hash, problems ?? []);
					this.rendered++;
				},
				() => undefined,
			)
			.finally(() => {
				this.#pending--;
				this.#room.shift()?.();
			});
	}

	/**
	 * Checks every HTML file under the output folder, reusing what was checked as pages rendered, then
	 * stops the threads.
	 * @param outDir - the built site
	 * @param contentDir - the content folder, to name the file behind a page
	 * @returns every problem, page by page
	 */
	async site(outDir: string, contentDir: string): Promise<OutputProblem[]> {
		try {
			while (this.#pending > 0) await new Promise<void>((room) => this.#room.push(room));
			if (this.#failure !== undefined) throw this.#failure;
			const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
			const paths = entries
				.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
				.map((entry) => join(entry.parentPath, entry.name))
				.sort();
			// One share per thread, every nth file: the known hashes are copied to each thread once.
			const known = new Set(this.#checked.keys());
			const threads = Math.min(this.#workers.length, paths.length);
			const answers = await Promise.all(
				Array.from({ length: threads }, (_, t) =>
					this.#ask({
						id: this.#nextId++,
						paths: paths.filter((_, i) => i % threads === t),
						known,
					}),
				),
			);
			return paths.flatMap((path, i) => {
				const answer = answers[i % threads]?.pages[Math.floor(i / threads)];
				const found = answer?.problems ?? this.#checked.get(answer?.hash ?? '');
				if (!found) throw new Error(`the check has no answer for ${path}`);
				if (answer?.problems) this.parsedAfter++;
				if (found.length === 0) return [];
				const page = relative(outDir, path);
				const source = sourceOf(page, contentDir);
				return found.map((message) => ({ page, source, message }));
			});
		} finally {
			await this.close();
		}
	}

	/** Stops the threads; anything still asked of them fails rather than waits. */
	async close(): Promise<void> {
		this.#closing = true;
		this.#fail(new Error('the output check was closed'));
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}

/**
 * Checks every HTML page under the output folder, split between worker threads.
 * @param outDir - the built site
 * @param contentDir - the content folder, to name the file behind a page
 * @param threads - worker threads to use; by default one per core, up to 4
 * @returns every problem, page by page
 */
export function checkBuiltSite(
	outDir: string,
	contentDir: string,
	threads = Math.min(availableParallelism(), 4),
): Promise<OutputProblem[]> {
	return new OutputCheck(threads).site(outDir, contentDir);
}

/**
 * "dist/roles/x/index.html (content/roles/x.md)  <script> inside a content body"
 * @param problem - one finding
 * @param outDir - the output folder, for the page's path
 * @returns the line to print
 */
export function formatOutputProblem(problem: OutputProblem, outDir: string): string {
	const page = relative(process.cwd(), join(outDir, problem.page));
	return `${page}${problem.source ? ` (${problem.source})` : ''}  ${problem.message}`;
}
