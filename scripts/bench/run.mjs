#!/usr/bin/env node
/**
 * The benchmark of issue 7: our site against the plain-Astro "floor" site, on the same generated content.
 *
 *   npm run bench -- --roles 1000 [--rounds 3] [--seed 1] [--skip-search] [--write-docs] [--keep]
 *                    [--floor-md]
 *
 * Generates N roles once, then each round builds our site and the floor site (scripts/bench/floor/)
 * with fresh caches, measuring wall time of build + Pagefind index, peak RSS of the build's process
 * tree and output size. Then it measures page weight, the related-roles computation and search in
 * headless Chromium, prints a Markdown report, writes it to reports/bench-<N>.md (bench-<N>-md.md
 * with --floor-md) and, with --write-docs, puts it into docs/benchmarks.md.
 *
 * The floor compiles the roles and essays as MDX, as issue 7's floor does; `--floor-md` builds it from
 * the very `.md` files our site reads instead, a floor our site can never beat (it only does less).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import {
	cp,
	mkdir,
	mkdtemp,
	open,
	readFile,
	readdir,
	rename,
	rm,
	stat,
	symlink,
	writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parse as parseHtml } from 'node-html-parser';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.mjs';
import { generateContent } from './generate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SERVE = join(ROOT, 'scripts/serve.mjs');
const CHROMIUM = findChromium() ?? '/usr/bin/chromium';
const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME);
const CHROMIUM_ARGS = CHROMIUM_FLAGS;
/** Fresh browser contexts per search measurement; the report gives the median of each step. */
const SEARCH_RUNS = 5;
/**
 * Searches for words the generator always writes (a skill name and an industry used in role titles).
 * Each visit is a fresh browser context. The search dialog starts loading Pagefind the moment it
 * opens, so a reader's first query usually arrives after some typing: `typingMs` is how long after
 * opening the query is issued (the query waits for Pagefind if it is still loading).
 */
const SEARCH_VISITS = [
	[{ label: 'first query, issued as search opens', query: 'kubernetes', typingMs: 0 }],
	[
		{
			label: 'first query, typed (issued 0.8 s after opening)',
			query: 'kubernetes',
			typingMs: 800,
		},
		{ label: 'second, new query', query: 'payments', typingMs: 0 },
		{ label: 'repeat of the first', query: 'kubernetes', typingMs: 0 },
	],
];
const SEARCH_STEPS = SEARCH_VISITS.flat();
const KB = 1000;
const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/**
 * @typedef {{ seconds: number, cpuSeconds: number | null, peakBytes: number | null, bytes: number, pages: number, indexSeconds: number | null, indexWaitSeconds: number | null }} BuildResult
 * @typedef {{ round: number, first: 'ours' | 'floor', ours: BuildResult, floor: BuildResult }} Round
 * @typedef {{ raw: number, br: number }} Size
 * @typedef {{ page: string, path: string, site: 'ours' | 'floor', html: Size, css: Size, js: Size, inline: number, files: string[] }} PageWeight
 * @typedef {{ label: string, query: string, loadMs: number, queryMs: number, totalMs: number, bytes: number, cdnBytes: number, requests: number, results: number }} SearchStep
 * @typedef {{ coldMs: number, medianMs: number, perRole: { median: number, p90: number, max: number } }} RelatedTiming
 */

/**
 * @param {readonly number[]} values
 * @returns {number} the median (mean of the middle two for an even count)
 */
function median(values) {
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? NaN)
		: ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * @param {readonly number[]} sorted - ascending
 * @param {number} fraction - 0–1
 * @returns {number} the value at that quantile
 */
function quantile(sorted, fraction) {
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

/**
 * Resident memory of a process and all its descendants, from /proc. Summing the tree matters: Pagefind
 * indexes in its own binary, next to the Node process that waits for it.
 * @param {number} rootPid
 * @returns {number} bytes
 */
function treeRss(rootPid) {
	/** @type {Map<number, number[]>} */
	const children = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let line;
		try {
			line = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // the process ended while we looked
		}
		// The command name in parentheses may contain spaces; the parent pid is the 2nd field after it.
		const ppid = Number(line.slice(line.lastIndexOf(')') + 2).split(' ')[1]);
		children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
	}
	let total = 0;
	const queue = [rootPid];
	for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
		try {
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			total += Number(rss?.[1] ?? 0) * 1024;
		} catch {
			// ended meanwhile: it holds no memory now
		}
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * @param {string} dir
 * @returns {Promise<{ bytes: number, pages: number }>} total file bytes and number of HTML pages
 */
async function folderStats(dir) {
	let bytes = 0;
	let pages = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		if (entry.name.endsWith('.html')) pages++;
	}
	return { bytes, pages };
}

/**
 * Runs `astro build` in `cwd` into `outDir`, timing it and sampling the peak RSS of its process tree.
 * @param {{ cwd: string, outDir: string, env: Record<string, string>, log: string }} options
 * @returns {Promise<BuildResult>}
 */
async function build({ cwd, outDir, env, log }) {
	await rm(outDir, { recursive: true, force: true });
	const logFile = await open(log, 'w');
	const timeFile = `${log}.time`;
	const astro = [process.execPath, ASTRO, 'build', '--outDir', outDir];
	// GNU time adds the CPU seconds of the whole tree, which another process on the machine barely
	// changes, next to wall time, which it does.
	const [command = '', ...args] = HAS_TIME
		? [TIME, '-f', '%U %S', '-o', timeFile, ...astro]
		: astro;
	const started = performance.now();
	const child = spawn(command, args, {
		cwd,
		env: {
			...process.env,
			NODE_ENV: 'production',
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			...env,
		},
		stdio: ['ignore', logFile.fd, logFile.fd],
	});
	// Without /proc (macOS), memory is reported as n/a rather than guessed.
	const canSample = existsSync('/proc/self/status') && child.pid !== undefined;
	let peak = 0;
	const sampler = canSample
		? setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100)
		: undefined;
	const code = await new Promise((done) => child.on('close', done));
	const seconds = (performance.now() - started) / 1000;
	clearInterval(sampler);
	await logFile.close();
	const output = await readFile(log, 'utf8');
	if (code !== 0) {
		const tail = output.trim().split('\n').slice(-30).join('\n');
		throw new Error(`astro build in ${cwd} failed (exit ${code}); full log: ${log}\n${tail}`);
	}
	const indexed = /indexed \d+ pages in ([\d.]+)s/.exec(output);
	const cpu = HAS_TIME ? (await readFile(timeFile, 'utf8')).trim().split(/\s+/).map(Number) : [];
	return {
		seconds,
		cpuSeconds: cpu.length === 2 ? (cpu[0] ?? 0) + (cpu[1] ?? 0) : null,
		peakBytes: canSample ? peak : null,
		...(await folderStats(outDir)),
		indexSeconds: indexed ? Number(indexed[1]) : null,
		// Ours indexes while pages render and logs how long the build then waited; the floor waits for all of it.
		indexWaitSeconds: Number(
			/the build waited ([\d.]+)s/.exec(output)?.[1] ?? (indexed ? indexed[1] : NaN),
		),
	};
}

/**
 * JavaScript files a module imports statically (`import … from "./x.js"`, `import "./x.js"`): they load
 * before the page is interactive. Dynamic `import()` loads on interaction and is left out.
 * @param {string} code
 * @returns {string[]} specifiers
 */
function staticImports(code) {
	return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)].map(
		(match) => match[1] ?? '',
	);
}

/**
 * @param {Buffer | string} content
 * @returns {Size}
 */
function sizeOf(content) {
	const buffer = Buffer.from(content);
	return { raw: buffer.length, br: brotliCompressSync(buffer).length };
}

/**
 * @param {Size[]} sizes
 * @returns {Size} their sum, each file compressed on its own as a server would send it
 */
function sum(sizes) {
	return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, br: total.br + size.br }), {
		raw: 0,
		br: 0,
	});
}

/**
 * What a reader downloads before interacting with one page: the HTML, its stylesheets, and its
 * scripts with their static imports. Inline `<script>`/`<style>` bytes are part of the HTML figure.
 * @param {string} outDir
 * @param {string} urlPath - e.g. "/roles/x/"
 * @returns {Promise<Omit<PageWeight, 'page' | 'site'>>}
 */
async function pageWeight(outDir, urlPath) {
	const html = await readFile(join(outDir, urlPath, 'index.html'));
	const document = parseHtml(html.toString());
	const local = (/** @type {string | undefined} */ href) =>
		href?.startsWith('/') ? href : undefined;
	const stylesheets = document
		.querySelectorAll('link[rel="stylesheet"]')
		.flatMap((link) => local(link.getAttribute('href')) ?? []);
	const scripts = [
		...document.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
		...document
			.querySelectorAll('link[rel="modulepreload"]')
			.map((link) => link.getAttribute('href')),
	].flatMap((src) => local(src) ?? []);
	const inline = [
		...document.querySelectorAll('script:not([src])'),
		...document.querySelectorAll('style'),
	].reduce((total, element) => total + Buffer.byteLength(element.text), 0);

	/** @type {Map<string, Buffer>} */
	const js = new Map();
	for (let queue = [...scripts], path = queue.shift(); path; path = queue.shift()) {
		if (js.has(path)) continue;
		const code = await readFile(join(outDir, path));
		js.set(path, code);
		queue.push(
			...staticImports(code.toString()).map((spec) => new URL(spec, `http://site${path}`).pathname),
		);
	}
	const css = await Promise.all(
		stylesheets.map(async (path) => sizeOf(await readFile(join(outDir, path)))),
	);
	return {
		path: urlPath,
		html: sizeOf(html),
		css: sum(css),
		js: sum([...js.values()].map(sizeOf)),
		inline,
		files: [...stylesheets, ...js.keys()],
	};
}

/**
 * Times src/lib/related.ts on the generated roles exactly as src/content.ts feeds it: roles sorted by
 * title, each role's skill set the union of its phases' skills. Node 24 strips the types on import.
 * @param {import('./generate.mjs').GeneratedRole[]} roles
 * @returns {Promise<RelatedTiming>}
 */
async function timeRelated(roles) {
	const load = (/** @type {string} */ path) => import(pathToFileURL(join(ROOT, path)).href);
	const [{ relatedRoles }, { roleSkills }, { siteConfig }] = await Promise.all([
		load('src/lib/related.ts'),
		load('src/lib/roadmap.ts'),
		load('src/site.config.ts'),
	]);
	const input = roles
		.toSorted((a, b) => a.title.localeCompare(b.title))
		.map((role) => ({ id: role.id, skills: roleSkills(role.phases), manual: role.related }));
	const times = [];
	/** @type {Map<string, unknown[]>} */
	let related = new Map();
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		related = relatedRoles(input, siteConfig.relatedThreshold, siteConfig.relatedLimit);
		times.push(performance.now() - started);
	}
	const counts = [...related.values()].map((list) => list.length).sort((a, b) => a - b);
	return {
		// The build calls it once, with nothing warmed up: the first run is the one that counts.
		coldMs: times[0] ?? NaN,
		medianMs: median(times),
		perRole: { median: quantile(counts, 0.5), p90: quantile(counts, 0.9), max: counts.at(-1) ?? 0 },
	};
}

/**
 * The body a CDN would send for one file: Pagefind's index files are compressed already, its
 * scripts and JSON are not, and a CDN compresses those on the way out.
 * @param {string} outDir
 * @param {string} path - URL path
 * @returns {Promise<number>} bytes, headers left out
 */
async function cdnBytes(outDir, path) {
	const body = await readFile(join(outDir, path));
	return /\.(js|json|css)$/.test(path) ? brotliCompressSync(body).length : body.length;
}

/**
 * A copy of the content with roles and essays as `.mdx`: issue 7's reference floor compiled MDX,
 * which builds in roughly 2.5× the time of the same files as `.md`.
 * @param {string} from - the generated content folder
 * @param {string} to - where the copy goes
 * @returns {Promise<string>} `to`
 */
async function mdxCopy(from, to) {
	await cp(from, to, { recursive: true });
	for (const folder of ['roles', 'essays']) {
		for (const name of await readdir(join(to, folder))) {
			await rename(join(to, folder, name), join(to, folder, name.replace(/\.md$/, '.mdx')));
		}
	}
	return to;
}

/** @returns {Promise<number>} a TCP port that was free a moment ago */
function freePort() {
	return new Promise((done, fail) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
			);
		});
	});
}

/**
 * One search as the search dialog runs it (src/scripts/search-dialog.ts): Pagefind imported and
 * initialised once per page, starting when search opens; the query `typingMs` later, waiting for
 * Pagefind if it is still loading; then roles and everything else searched side by side, five
 * results of each loaded. Runs inside the browser, so it may use nothing from this module.
 * @param {{ query: string, typingMs: number }} step
 * @returns {Promise<{ loadMs: number, queryMs: number, totalMs: number, results: number }>}
 */
async function searchInPage({ query, typingMs }) {
	const started = performance.now();
	const scope = /** @type {any} */ (globalThis);
	// A runtime URL, as in src/scripts/pagefind.ts: the browser resolves it against the served site.
	const url = '/pagefind/pagefind.js';
	const firstUse = !scope.benchPagefind;
	scope.benchPagefind ??= import(url).then(async (api) => {
		await api.options({ noWorker: true });
		await api.init();
		scope.benchLoadMs = performance.now() - started;
		return api;
	});
	await new Promise((typed) => setTimeout(typed, typingMs));
	const asked = performance.now();
	const api = await scope.benchPagefind;
	const searching = performance.now();
	const groups = await Promise.all([
		api.search(query, { filters: { type: 'role' } }),
		api.search(query, { filters: { type: { any: ['skill', 'project', 'essay'] } } }),
	]);
	await Promise.all(
		groups.flatMap((group) =>
			group.results.slice(0, 5).map((/** @type {any} */ result) => result.data()),
		),
	);
	const done = performance.now();
	const results = groups.reduce((total, group) => total + group.results.length, 0);
	const loadMs = firstUse ? scope.benchLoadMs : 0;
	// "Total" is what the reader waits for: from the query to its results, loading included when
	// the query had to wait for it.
	return { loadMs, queryMs: done - searching, totalMs: done - asked, results };
}

/**
 * Serves `outDir` with scripts/serve.mjs on a free port and opens headless Chromium for `measure`;
 * both are closed afterwards, whatever happens.
 * @template T
 * @param {string} outDir
 * @param {Record<string, string>} env - extra environment for the server
 * @param {(browser: import('@playwright/test').Browser, port: number) => Promise<T>} measure
 * @returns {Promise<T>}
 */
async function withServedSite(outDir, env, measure) {
	const port = await freePort();
	const server = spawn(process.execPath, [SERVE, outDir, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, ...env },
	});
	try {
		await new Promise((ready, fail) => {
			server.stdout.on('data', (chunk) => String(chunk).includes('Serving') && ready(undefined));
			server.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
		});
		const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		try {
			return await measure(browser, port);
		} finally {
			await browser.close();
		}
	} finally {
		server.kill();
	}
}

/**
 * Serves `outDir` with scripts/serve.mjs and runs SEARCH_STEPS in headless Chromium, counting the
 * bytes of every /pagefind/ response (Pagefind's worker included).
 * @param {string} outDir
 * @returns {Promise<{ steps: SearchStep[], chromium: string }>} the median of SEARCH_RUNS runs per step
 */
async function measureSearch(outDir) {
	return withServedSite(outDir, {}, async (browser, port) => {
		/** @type {SearchStep[][]} */
		const runs = [];
		for (let run = 0; run < SEARCH_RUNS; run++) {
			/** @type {SearchStep[]} */
			const steps = [];
			for (const visit of SEARCH_VISITS) {
				// A new context has an empty HTTP cache, so every visit starts as a first visit.
				const context = await browser.newContext();
				const page = await context.newPage();
				/** @type {Promise<{ path: string, bytes: number }>[]} */
				let pending = [];
				page.on('requestfinished', (request) => {
					const path = new URL(request.url()).pathname;
					if (!path.startsWith('/pagefind/')) return;
					// Bodies are counted from Content-Length (Playwright reports 0 bytes for some, such as
					// worker scripts): serve.mjs compresses nothing, so that is what crosses the wire.
					const size = async () => {
						const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
						const length = Number((await response?.allHeaders())?.['content-length'] ?? NaN);
						const body = Number.isNaN(length) ? sizes.responseBodySize : length;
						return { path, bytes: body + sizes.responseHeadersSize };
					};
					pending.push(size());
				});
				await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
				for (const { label, query, typingMs } of visit) {
					pending = [];
					const timing = await page.evaluate(searchInPage, { query, typingMs });
					// Let 'requestfinished' events that raced the evaluate() reply arrive.
					await page.waitForTimeout(200);
					const fetched = await Promise.all(pending);
					const compressed = await Promise.all(fetched.map(({ path }) => cdnBytes(outDir, path)));
					steps.push({
						label,
						query,
						...timing,
						bytes: fetched.reduce((total, { bytes }) => total + bytes, 0),
						cdnBytes: compressed.reduce((a, b) => a + b, 0),
						requests: fetched.length,
					});
				}
				await context.close();
			}
			runs.push(steps);
		}
		const steps = SEARCH_STEPS.map(({ label, query }, i) => {
			const of = (/** @type {keyof SearchStep} */ key) =>
				median(runs.map((steps) => Number(steps[i]?.[key])));
			return {
				label,
				query,
				loadMs: of('loadMs'),
				queryMs: of('queryMs'),
				totalMs: of('totalMs'),
				bytes: of('bytes'),
				cdnBytes: of('cdnBytes'),
				requests: of('requests'),
				results: of('results'),
			};
		});
		return { steps, chromium: browser.version() };
	});
}

/**
 * Dialog visits, each in a fresh browser context: the reader presses "/" and types. `typingMs` is
 * the pause between opening and typing; `then` are later queries in the same visit (the box is
 * cleared and the new word typed); `slow` runs the visit on Chromium's slow-4G emulation.
 */
const DIALOG_VISITS = [
	{ label: 'first query, issued as search opens', query: 'kubernetes', typingMs: 0 },
	{
		label: 'first query, typed 0.8 s after opening',
		query: 'kubernetes',
		typingMs: 800,
		then: [
			{ label: 'later, new query', query: 'payments' },
			{ label: 'repeat of the first', query: 'kubernetes' },
		],
	},
	{
		label: 'first query, issued as search opens, slow 4G',
		query: 'kubernetes',
		typingMs: 0,
		slow: true,
	},
];
/** Chromium DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: 200_000,
	uploadThroughput: 93_750,
};

/**
 * Runs in the page: records when each query's instant results and full-text results are painted,
 * by watching the dialog's status line (it names the query once its results are in the lists), and
 * the time of every keydown. "Painted" is the first task after the next animation frame.
 */
function installRecorder() {
	const scope = /** @type {any} */ (globalThis);
	const marks = { keys: /** @type {number[]} */ ([]), instant: {}, full: {}, links: {} };
	scope.benchMarks = marks;
	document.addEventListener('keydown', () => marks.keys.push(performance.now()), true);
	const painted = (/** @type {(at: number) => void} */ done) =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => done(performance.now());
			channel.port2.postMessage(0);
		});
	new MutationObserver(() => {
		const status = document.getElementById('search-dialog-status')?.textContent ?? '';
		const query = /“([^”]*)”/.exec(status)?.[1];
		if (!query) return;
		const lists = document.querySelectorAll('#search-dialog-results ul');
		const instantLinks = [...lists]
			.slice(0, 2)
			.reduce((n, list) => n + list.querySelectorAll('a').length, 0);
		const /** @type {any} */ m = marks;
		if (!(query in m.instant) && instantLinks > 0) {
			m.instant[query] = -1;
			m.links[query] = instantLinks;
			painted((at) => (m.instant[query] = at));
		}
		const fullDone = /mention|in the full text|No results/.test(status);
		if (!(query in m.full) && fullDone) {
			m.full[query] = -1;
			painted((at) => (m.full[query] = at));
		}
	}).observe(document.body, { subtree: true, childList: true, characterData: true });
}

/**
 * @typedef {{ label: string, query: string, instantMs: number, fullMs: number, links: number, instantBytes: number, instantBr: number, laterBr: number, laterRequests: number, fullBytes: number, fullBr: number, requests: number, fullRequests: number }} DialogStep
 */

/**
 * Search as a reader uses it: in headless Chromium against our output served by scripts/serve.mjs
 * with gzip (as any host sends JavaScript and JSON), keystrokes into the dialog, until result links
 * are painted. Bytes are split into what the first results wait for (the dialog's code and the
 * instant index's first file), the instant index's further files of roles (fetched once the first
 * has answered; the first results do not wait for them) and Pagefind's full-text files.
 * @param {string} outDir
 * @returns {Promise<DialogStep[]>} the median of SEARCH_RUNS runs per step
 */
async function measureDialog(outDir) {
	await gzipText(outDir);
	return withServedSite(outDir, { ROLEMAP_SERVE_GZIP: '1' }, async (browser, port) => {
		/** @type {DialogStep[][]} */
		const runs = [];
		for (let run = 0; run < SEARCH_RUNS; run++) {
			/** @type {DialogStep[]} */
			const steps = [];
			for (const visit of DIALOG_VISITS) {
				const context = await browser.newContext();
				const page = await context.newPage();
				/** @type {Promise<{ path: string, bytes: number }>[]} */
				let pending = [];
				let counting = false;
				page.on('requestfinished', (request) => {
					if (!counting) return;
					const path = new URL(request.url()).pathname;
					pending.push(
						(async () => {
							const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
							const length = Number((await response?.allHeaders())?.['content-length'] ?? NaN);
							const body = Number.isNaN(length) ? sizes.responseBodySize : length;
							return { path, bytes: body + sizes.responseHeadersSize };
						})(),
					);
				});
				await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
				await page.evaluate(installRecorder);
				if (visit.slow) {
					const cdp = await context.newCDPSession(page);
					await cdp.send('Network.enable');
					await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
				}
				const queries = [
					{ label: visit.label, query: visit.query, open: true },
					...(visit.then ?? []).map((later) => ({ ...later, open: false })),
				];
				for (const { label, query, open } of queries) {
					pending = [];
					counting = true;
					if (open) {
						await page.keyboard.press('/');
						if (visit.typingMs) await page.waitForTimeout(visit.typingMs);
					} else {
						await page.keyboard.press('Control+A');
						await page.keyboard.press('Backspace');
						await page.waitForTimeout(300);
					}
					await page.keyboard.type(query);
					await page.waitForFunction(
						(q) => /** @type {any} */ (globalThis).benchMarks.full[q] > 0,
						query,
						{ timeout: 60_000 },
					);
					await page.waitForTimeout(200);
					counting = false;
					const marks = await page.evaluate(() => /** @type {any} */ (globalThis).benchMarks);
					// From the last keystroke of the query: the moment the reader finished asking.
					const asked = marks.keys.at(-1);
					const fetched = await Promise.all(pending);
					const full = fetched.filter(({ path }) => path.startsWith('/pagefind/'));
					const isLater = (/** @type {string} */ path) => /\/search-index-\d+\.json$/.test(path);
					const later = fetched.filter(({ path }) => isLater(path));
					const instant = fetched.filter(
						({ path }) => !path.startsWith('/pagefind/') && !isLater(path),
					);
					const br = async (/** @type {{ path: string }[]} */ list) =>
						(await Promise.all(list.map(({ path }) => cdnBytes(outDir, path)))).reduce(
							(a, b) => a + b,
							0,
						);
					const sum = (/** @type {{ bytes: number }[]} */ list) =>
						list.reduce((total, { bytes }) => total + bytes, 0);
					steps.push({
						label,
						query,
						instantMs: marks.instant[query] > 0 ? marks.instant[query] - asked : NaN,
						fullMs: marks.full[query] - asked,
						links: marks.links[query] ?? 0,
						instantBytes: sum(instant),
						instantBr: await br(instant),
						laterBr: await br(later),
						laterRequests: later.length,
						fullBytes: sum(full),
						fullBr: await br(full),
						requests: instant.length,
						fullRequests: full.length,
					});
					// Later queries start from a clean slate of marks.
					await page.evaluate(() => {
						const m = /** @type {any} */ (globalThis).benchMarks;
						m.instant = {};
						m.full = {};
					});
				}
				await context.close();
			}
			runs.push(steps);
		}
		const labels = runs[0] ?? [];
		return labels.map(({ label, query }, i) => {
			const of = (/** @type {keyof DialogStep} */ key) =>
				median(runs.map((steps) => Number(steps[i]?.[key])));
			return {
				label,
				query,
				instantMs: of('instantMs'),
				fullMs: of('fullMs'),
				links: of('links'),
				instantBytes: of('instantBytes'),
				instantBr: of('instantBr'),
				laterBr: of('laterBr'),
				laterRequests: of('laterRequests'),
				fullBytes: of('fullBytes'),
				fullBr: of('fullBr'),
				requests: of('requests'),
				fullRequests: of('fullRequests'),
			};
		});
	});
}

/** @typedef {{ lastKeyMs: number, longestTaskMs: number, inpMs: number, tasksOver50: number }} PhoneRun */

/**
 * Search as a reader on a mid-range phone meets it: Chromium's CPU slowed 4× (Lighthouse's mobile
 * factor), the dialog opened with "/", a 2 s pause, then "kubernetes" typed at 120 ms a key. Records
 * the last key to its results painted, the longest main-thread task while typing, and INP (the
 * longest interaction, from the Event Timing API). The median of `runs` fresh browser contexts.
 * @param {string} outDir
 * @param {number} runs
 * @returns {Promise<PhoneRun & { runs: PhoneRun[] }>}
 */
async function measurePhone(outDir, runs = 3) {
	return withServedSite(outDir, {}, async (browser, port) => {
		/** @type {PhoneRun[]} */
		const results = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
			await page.evaluate(installRecorder);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.keyboard.press('/');
			await page.waitForTimeout(2000);
			await page.evaluate(() => {
				const scope = /** @type {any} */ (globalThis);
				scope.benchTasks = [];
				scope.benchEvents = new Map();
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						scope.benchTasks.push({ start: entry.startTime, duration: entry.duration });
				}).observe({ type: 'longtask' });
				new PerformanceObserver((list) => {
					for (const entry of /** @type {any[]} */ (list.getEntries())) {
						if (!entry.interactionId) continue;
						const longest = scope.benchEvents.get(entry.interactionId) ?? 0;
						scope.benchEvents.set(entry.interactionId, Math.max(longest, entry.duration));
					}
				}).observe({ type: 'event', durationThreshold: 16, buffered: false });
			});
			await page.keyboard.type('kubernetes', { delay: 120 });
			await page.waitForFunction(
				() => /** @type {any} */ (globalThis).benchMarks.instant['kubernetes'] > 0,
				undefined,
				{ timeout: 60_000 },
			);
			// Event Timing entries arrive after the frame that ends an interaction.
			await page.waitForTimeout(500);
			const got = await page.evaluate(() => {
				const scope = /** @type {any} */ (globalThis);
				const marks = scope.benchMarks;
				// Tasks that started before the results were painted: the full text that follows a pause is not typing.
				const tasks = /** @type {{ start: number, duration: number }[]} */ (scope.benchTasks)
					.filter((task) => task.start < marks.instant['kubernetes'])
					.map((task) => task.duration);
				return {
					lastKeyMs: marks.instant['kubernetes'] - marks.keys.at(-1),
					longestTaskMs: Math.max(0, ...tasks),
					tasksOver50: tasks.filter((t) => t > 50).length,
					inpMs: Math.max(0, .../** @type {number[]} */ ([...scope.benchEvents.values()])),
				};
			});
			results.push(got);
			await context.close();
		}
		const of = (/** @type {keyof PhoneRun} */ key) => median(results.map((r) => r[key]));
		return {
			lastKeyMs: of('lastKeyMs'),
			longestTaskMs: of('longestTaskMs'),
			inpMs: of('inpMs'),
			tasksOver50: of('tasksOver50'),
			runs: results,
		};
	});
}

/**
 * @param {PhoneRun & { runs: PhoneRun[] }} phone
 * @returns {string} the phone measurement as a table, with every run
 */
function phoneTable(phone) {
	return table(
		['Measure (CPU 4×, typed at 120 ms a key)', 'Median', 'Runs', 'Target'],
		[
			[
				'Last key → results painted',
				ms(phone.lastKeyMs),
				phone.runs.map((r) => ms(r.lastKeyMs)).join(', '),
				'≤ 100 ms',
			],
			[
				'Longest main-thread task while typing',
				ms(phone.longestTaskMs),
				phone.runs.map((r) => ms(r.longestTaskMs)).join(', '),
				'≤ 50 ms',
			],
			[
				'Tasks over 50 ms while typing',
				String(phone.tasksOver50),
				phone.runs.map((r) => String(r.tasksOver50)).join(', '),
				'0',
			],
			[
				'INP (longest interaction, Event Timing)',
				ms(phone.inpMs),
				phone.runs.map((r) => ms(r.inpMs)).join(', '),
				'≤ 100 ms',
			],
		],
	);
}

/**
 * Writes a .gz beside every HTML, CSS, JavaScript and JSON file, for serve.mjs to send to
 * browsers that accept gzip (Chromium offers brotli only over HTTPS).
 * @param {string} outDir
 */
async function gzipText(outDir) {
	for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(html|css|js|mjs|json)$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: 9 }));
	}
}

/**
 * @param {DialogStep[]} steps
 * @returns {string} the dialog measurements as a Markdown table
 */
function dialogTable(steps) {
	return table(
		[
			'Step',
			'Query',
			'First results painted',
			'Full-text results painted',
			'Bytes before first results (gzip / br)',
			'Requests',
			'Further role files (br, requests)',
			'Full-text bytes (as served / br)',
			'Requests',
			'Instant links',
		],
		steps.map((s) => [
			s.label,
			`\`${s.query}\``,
			`**${ms(s.instantMs)}**`,
			`**${ms(s.fullMs)}**`,
			`${kb(s.instantBytes)} / ${kb(s.instantBr)}`,
			s.requests,
			s.laterRequests > 0 ? `${kb(s.laterBr)}, ${s.laterRequests}` : '–',
			`${kb(s.fullBytes)} / ${kb(s.fullBr)}`,
			s.fullRequests,
			s.links,
		]),
	);
}

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 * @returns {string} a Markdown table
 */
function table(headers, rows) {
	const line = (/** @type {(string | number)[]} */ cells) => `| ${cells.join(' | ')} |`;
	return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * @param {number | null} value
 * @returns {value is number} whether there is a figure to show
 */
const known = (value) => value !== null && !Number.isNaN(value);
const seconds = (/** @type {number | null} */ s) => (known(s) ? `${s.toFixed(1)} s` : 'n/a');
const ms = (/** @type {number} */ m) => `${Math.round(m)} ms`;
const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(1)} KB`;
const mib = (/** @type {number | null} */ bytes) =>
	known(bytes) ? `${Math.round(bytes / MIB)} MiB` : 'n/a';
const ratio = (/** @type {number | null} */ a, /** @type {number | null} */ b) =>
	a === null || b === null ? NaN : a / b;
const times = (/** @type {number} */ r) => (Number.isNaN(r) ? 'n/a' : `${r.toFixed(2)}×`);

/**
 * The columns of the build table; each is shown for both sites with the ratio ours / floor.
 * @type {{ name: string, get: (build: BuildResult) => number | null, show: (value: number | null) => string }[]}
 */
const METRICS = [
	{ name: 'Wall time', get: (b) => b.seconds, show: seconds },
	{ name: 'CPU time', get: (b) => b.cpuSeconds, show: seconds },
	// The floor builds the same pages (every role and essay in both languages), but ours also builds
	// skills, projects, tracks, tools and data files: per page is the comparison the team decided on.
	{
		name: 'Wall time per page',
		get: (b) => (b.pages > 0 ? (b.seconds * 1000) / b.pages : null),
		show: (ms) => (known(ms) ? `${ms.toFixed(1)} ms` : 'n/a'),
	},
	{ name: 'Index', get: (b) => b.indexSeconds, show: seconds },
	{ name: 'Index wait', get: (b) => b.indexWaitSeconds, show: seconds },
	{ name: 'Peak memory', get: (b) => b.peakBytes, show: mib },
	{
		name: 'Output',
		get: (b) => b.bytes,
		show: (bytes) => (known(bytes) ? `${(bytes / MIB).toFixed(1)} MiB` : 'n/a'),
	},
];

/**
 * @param {{ label: string, stated: number, roles: number, value: number, limit: number, show: (n: number) => string, note?: string }} target
 * @returns {(string | number)[]} one row of the targets table
 */
function targetRow({ label, stated, roles, value, limit, show, note = '' }) {
	const verdict = Number.isNaN(value)
		? 'not measured'
		: value <= limit
			? 'pass'
			: `miss by ${show(value - limit)} (${Math.round((value / limit - 1) * 100)}% over)`;
	const at = stated === roles ? '' : ` (target is for ${stated.toLocaleString('en')} roles)`;
	return [label, `≤ ${show(limit)}`, show(value), `${verdict}${at}${note}`];
}

/**
 * @param {object} results
 * @param {string} results.command
 * @param {Awaited<ReturnType<typeof generateContent>>} results.content
 * @param {Round[]} results.rounds
 * @param {PageWeight[]} results.weights
 * @param {RelatedTiming} results.related
 * @param {{ steps: SearchStep[], dialog: DialogStep[], phone: PhoneRun & { runs: PhoneRun[] }, chromium: string } | null} results.search
 * @param {{ before: number[], after: number[] }} results.load
 * @param {boolean} results.floorMdx
 * @returns {string} the Markdown report
 */
function report({ command, content, rounds, weights, related, search, load, floorMdx }) {
	const n = content.counts.roles;
	const versions = ['astro', 'pagefind', '@astrojs/mdx'].map(
		(name) =>
			`${name} ${JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`,
	);
	const median3 = (/** @type {(round: Round) => number} */ pick) => median(rounds.map(pick));
	const timeRatio = median3((r) => r.ours.seconds / r.floor.seconds);
	const oursPeak = Math.max(...rounds.map((r) => r.ours.peakBytes ?? NaN));
	const [dialogOpen, dialogTyped, dialogLater, , dialogSlow] = search?.dialog ?? [];
	const cpu = cpus();

	return [
		`# Benchmark: ${n.toLocaleString('en')} roles${floorMdx ? '' : ', floor built from .md'}`,
		'',
		`Command: \`${command}\``,
		'',
		`- Date ${new Date().toISOString().slice(0, 10)}; ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / GIB)} GiB RAM; Node ${process.versions.node}; ${versions.join(', ')}${search ? `; Chromium ${search.chromium}` : ''}.`,
		`- Load average (1 min) ${load.before[0]?.toFixed(2)} before, ${load.after[0]?.toFixed(2)} after. Other work on the machine makes times noisy; compare the ratios, which pair builds run minutes apart.`,
		`- Content (seed ${content.seed}): ${Object.entries(content.counts)
			.map(([k, v]) => `${v} ${k}`)
			.join(
				', ',
			)}. Pages built: ours ${rounds[0]?.ours.pages}, floor ${rounds[0]?.floor.pages} (the floor has one page per role and essay in each of the two languages, plus a home page in each). The floor reads ${floorMdx ? 'the roles and essays renamed to `.mdx`, the floor issue 7 defines' : 'the same `.md` files as ours (`--floor-md`)'}.`,
		'',
		'## Build + index',
		'',
		'Wall time of `astro build` including the Pagefind index; CPU time (user + system) of the build process tree; time Pagefind took, from the build log (ours indexes while pages render), and how long the build waited for it after the pages were done (the floor waits for all of it); peak RSS of the process tree (Node + Pagefind), sampled every 100 ms; bytes in the output folder. Each build starts with an empty content cache; the site built first alternates between rounds. Medians are per column; the ratio median is the median of the per-round ratios.',
		'',
		table(
			['Round', 'First', ...METRICS.flatMap((m) => [`${m.name} ours / floor`, 'Ratio'])],
			[
				...rounds.map((r) => [
					r.round,
					r.first,
					...METRICS.flatMap((m) => [
						`${m.show(m.get(r.ours))} / ${m.show(m.get(r.floor))}`,
						times(ratio(m.get(r.ours), m.get(r.floor))),
					]),
				]),
				[
					'**median**',
					'',
					...METRICS.flatMap((m) => [
						`${m.show(median3((r) => m.get(r.ours) ?? NaN))} / ${m.show(median3((r) => m.get(r.floor) ?? NaN))}`,
						`**${times(median3((r) => ratio(m.get(r.ours), m.get(r.floor))))}**`,
					]),
				],
			],
		),
		'',
		'## Page weight',
		'',
		'Before any interaction: the HTML, linked stylesheets, and scripts with their static imports (dynamic imports load on interaction and are left out). Brotli at quality 11, each file on its own. 1 KB = 1,000 bytes. Inline `<script>`/`<style>` bytes are inside the HTML figure and also shown on their own.',
		'',
		table(
			[
				'Page',
				'Site',
				'HTML raw / br',
				'CSS raw / br',
				'JS raw / br',
				'Total br',
				'Inline JS+CSS raw',
				'Files',
			],
			weights.map((w) => [
				`${w.page} \`${w.path}\``,
				w.site,
				`${kb(w.html.raw)} / ${kb(w.html.br)}`,
				`${kb(w.css.raw)} / ${kb(w.css.br)}`,
				`${kb(w.js.raw)} / ${kb(w.js.br)}`,
				kb(w.html.br + w.css.br + w.js.br),
				kb(w.inline),
				w.files.map((file) => `\`${file}\``).join(', ') || '–',
			]),
		),
		'',
		'## Related roles',
		'',
		`\`relatedRoles()\` from \`src/lib/related.ts\` on the ${n} generated roles, called as \`src/content.ts\` calls it: first (cold) call ${ms(related.coldMs)}, median of 5 calls ${ms(related.medianMs)}. Related roles per role: median ${related.perRole.median}, 90th percentile ${related.perRole.p90}, max ${related.perRole.max}.`,
		'',
		'## Search',
		'',
		search
			? [
					`**Through the dialog**, as a reader uses it: headless Chromium, ${SEARCH_RUNS} fresh browser contexts, medians; our output served by \`scripts/serve.mjs\` with gzip. The reader presses \`/\`, then types the query at once or 0.8 s later; later queries clear the box and type a new word. Times run from the query's last keystroke until its result links are painted (the first task after the next animation frame once the dialog's status names the query): first results come from the instant index (\`/search-index.json\`), full-text results from Pagefind, which starts loading once the instant index has arrived. The slow-4G visit uses Chromium's network emulation (150 ms round trip, 1.6 Mbit/s down) from the moment search opens. Bytes before first results are every response after \`/\` that is not Pagefind's (the dialog's code and the instant index's first file), headers included; a catalogue of more than 1,500 roles has further files of roles (\`/search-index-1.json\` …), fetched once the first file has answered and counted on their own, since the first results do not wait for them; full-text bytes are Pagefind's files. "br" is the same bodies brotli-compressed as a CDN sends them over HTTPS (Chromium asks for brotli only over HTTPS).`,
					'',
					dialogTable(search.dialog),
					'',
					`**On a mid-range phone**: the same dialog with Chromium's CPU slowed 4× (Lighthouse's mobile factor) at 390 px, opened with \`/\`, a 2 s pause, then "kubernetes" typed at 120 ms a key; 3 fresh contexts, medians. Long tasks from \`PerformanceObserver({ type: 'longtask' })\` while typing; INP is the longest interaction the Event Timing API reports.`,
					'',
					phoneTable(search.phone),
					'',
					`**Pagefind's API alone**, for comparison with earlier runs: our site served by \`scripts/serve.mjs\` (no compression), headless Chromium, ${SEARCH_RUNS} fresh browser contexts, medians. Each query runs as the dialog ran it before instant search: two filtered searches (roles; skills, projects and essays) and the data of their first five results. Pagefind starts loading when search opens ("Load": importing \`/pagefind/pagefind.js\` and \`init()\`, once per page); the first query is issued either at once or 0.8 s later, as a reader types, and waits for loading if it has not finished. "Query" is the searching itself; "Total" is what the reader waits for, from the query to its results. Each visit is a fresh browser context. Bytes are every \`/pagefind/\` response as served, headers included; "with CDN compression" is the same bodies with Pagefind's JavaScript and JSON brotli-compressed, as a CDN would send them (its index files are compressed already).`,
					'',
					table(
						[
							'Step',
							'Query',
							'Load',
							'Query',
							'Total',
							'Pagefind bytes',
							'With CDN compression',
							'Requests',
							'Results',
						],
						search.steps.map((s) => [
							s.label,
							`\`${s.query}\``,
							ms(s.loadMs),
							ms(s.queryMs),
							`**${ms(s.totalMs)}**`,
							kb(s.bytes),
							kb(s.cdnBytes),
							s.requests,
							s.results,
						]),
					),
				].join('\n')
			: 'Skipped (`--skip-search`).',
		'',
		'## Targets (issue 7)',
		'',
		table(
			['Target', 'Limit', `Measured at ${n} roles`, 'Result'],
			[
				targetRow({
					label: 'Build + index time, ours / floor (median ratio)',
					stated: 5000,
					roles: n,
					value: timeRatio,
					limit: 0.8,
					show: times,
				}),
				targetRow({
					label: 'Peak memory of our build (highest round)',
					stated: 5000,
					roles: n,
					value: oursPeak,
					limit: 4 * GIB,
					show: (b) => `${(b / GIB).toFixed(2)} GiB`,
				}),
				targetRow({
					label: 'Related roles computed (cold call)',
					stated: 5000,
					roles: n,
					value: related.coldMs / 1000,
					limit: 0.3,
					show: (s) => `${s.toFixed(2)} s`,
				}),
				targetRow({
					label: 'Pagefind index time, ours / floor (median ratio)',
					stated: 5000,
					roles: n,
					value: median3((r) => ratio(r.ours.indexSeconds, r.floor.indexSeconds)),
					limit: 1.5,
					show: times,
				}),
				targetRow({
					label: 'First results painted, typed 0.8 s after opening',
					stated: 1000,
					roles: n,
					value: dialogTyped?.instantMs ?? NaN,
					limit: 100,
					show: ms,
				}),
				targetRow({
					label: 'First results painted, query issued as search opens',
					stated: 1000,
					roles: n,
					value: dialogOpen?.instantMs ?? NaN,
					limit: 250,
					show: ms,
				}),
				targetRow({
					label: 'First results painted, issued as search opens, slow 4G',
					stated: 1000,
					roles: n,
					value: dialogSlow?.instantMs ?? NaN,
					limit: 1000,
					show: ms,
				}),
				targetRow({
					label: 'Bytes before first results (brotli)',
					stated: 1000,
					roles: n,
					value: dialogOpen?.instantBr ?? NaN,
					limit: 60 * KB,
					show: kb,
					note: dialogOpen ? `; ${kb(dialogOpen.instantBytes)} as served with gzip` : '',
				}),
				targetRow({
					label: 'Full-text results of the first query painted (typed 0.8 s after opening)',
					stated: 1000,
					roles: n,
					value: dialogTyped?.fullMs ?? NaN,
					limit: 300,
					show: ms,
				}),
				targetRow({
					label: 'Later, new query: first results painted',
					stated: 1000,
					roles: n,
					value: dialogLater?.instantMs ?? NaN,
					limit: 30,
					show: ms,
				}),
			],
		),
		'',
	].join('\n');
}

/**
 * Replaces the figures of one variant in docs/benchmarks.md (between `<!-- bench:<variant>:start -->`
 * and `<!-- bench:<variant>:end -->`), appending a section the first time.
 * @param {string} variant - "1000", or "1000-md" for the `.md` floor
 * @param {string} markdown - the report
 */
async function writeDocs(variant, markdown) {
	const file = join(ROOT, 'docs/benchmarks.md');
	const docs = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
	const start = `<!-- bench:${variant}:start -->`;
	const end = `<!-- bench:${variant}:end -->`;
	// Two heading levels down, so each report nests under the page's "Latest figures" section.
	const body = `${start}\n${markdown.replace(/^(#+) /gm, '##$1 ').trim()}\n${end}`;
	const from = docs.indexOf(start);
	const to = docs.indexOf(end);
	const updated =
		from >= 0 && to > from
			? docs.slice(0, from) + body + docs.slice(to + end.length)
			: `${docs.trimEnd()}\n\n${body}\n`;
	await writeFile(file, updated);
}

async function main() {
	const { values } = parseArgs({
		options: {
			roles: { type: 'string', default: '1000' },
			rounds: { type: 'string', default: '3' },
			seed: { type: 'string', default: '1' },
			'skip-search': { type: 'boolean', default: false },
			'write-docs': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			'floor-md': { type: 'boolean', default: false },
			'search-only': { type: 'string' },
			'phone-only': { type: 'boolean', default: false },
		},
	});
	// Measures search on a site already built (an output folder kept with --keep), nothing else.
	if (values['search-only']) {
		const site = resolve(values['search-only']);
		console.log(phoneTable(await measurePhone(site)));
		if (values['phone-only']) return;
		const steps = await measureDialog(site);
		console.log(dialogTable(steps));
		return;
	}
	const roles = Number(values.roles);
	const roundCount = Number(values.rounds);
	if (!Number.isInteger(roles) || roles < 1) throw new Error('--roles must be a whole number ≥ 1');
	if (!Number.isInteger(roundCount) || roundCount < 1)
		throw new Error('--rounds must be a whole number ≥ 1');
	if (Number(process.versions.node.split('.')[0]) < 22) {
		throw new Error(
			`Astro 7 needs Node ≥ 22.12; this is ${process.version}. Run it as \`npm run bench\`.`,
		);
	}
	const command = ['npm run bench --', ...process.argv.slice(2)].join(' ');
	const load = { before: loadavg(), after: /** @type {number[]} */ ([]) };

	const work = await mkdtemp(join(tmpdir(), `rolemap-bench-${roles}-`));
	// Astro runs the build's prerender chunks from inside the output folder, so packages must resolve
	// from there: one symlink at the top of the work folder serves every output and the floor copy.
	await symlink(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
	const floorDir = join(work, 'floor');
	await cp(join(import.meta.dirname, 'floor'), floorDir, { recursive: true });
	const log = (/** @type {string} */ message) => console.error(`[bench] ${message}`);
	log(`working in ${work}`);

	let keep = values.keep;
	try {
		const content = await generateContent({
			roles,
			seed: Number(values.seed),
			dir: join(work, 'content'),
		});
		log(`generated ${JSON.stringify(content.counts)}`);
		const floorMdx = !values['floor-md'];
		const floorContent = floorMdx
			? await mdxCopy(content.dir, join(work, 'content-mdx'))
			: content.dir;
		const related = await timeRelated(content.roles);
		log(`related roles: ${ms(related.coldMs)} cold`);

		const sites = {
			ours: {
				cwd: ROOT,
				outDir: join(work, 'out-ours'),
				env: (/** @type {string} */ cache) => ({
					ROLEMAP_CONTENT_DIR: content.dir,
					ROLEMAP_CACHE_DIR: cache,
				}),
			},
			floor: {
				cwd: floorDir,
				outDir: join(work, 'out-floor'),
				env: (/** @type {string} */ cache) => ({
					BENCH_CONTENT_DIR: floorContent,
					BENCH_CACHE_DIR: cache,
				}),
			},
		};
		/**
		 * @param {'ours' | 'floor'} site
		 * @param {number} round
		 * @returns {Promise<BuildResult>}
		 */
		const buildSite = async (site, round) => {
			const { cwd, outDir, env } = sites[site];
			// A cache of its own for every build, so each round is a cold build.
			const cache = join(work, `cache-${site}-${round}`);
			log(`round ${round}/${roundCount}: building ${site}…`);
			const result = await build({
				cwd,
				outDir,
				env: env(cache),
				log: join(work, `build-${site}-${round}.log`),
			});
			await rm(cache, { recursive: true, force: true });
			log(`  ${site}: ${seconds(result.seconds)}, ${mib(result.peakBytes)}`);
			return result;
		};
		/** @type {Round[]} */
		const rounds = [];
		for (let round = 1; round <= roundCount; round++) {
			// Alternate who goes first, so neither site always gets the cooler machine or the warmer disk cache.
			const first = round % 2 ? 'ours' : 'floor';
			const firstResult = await buildSite(first, round);
			const secondResult = await buildSite(first === 'ours' ? 'floor' : 'ours', round);
			const [ours, floor] =
				first === 'ours' ? [firstResult, secondResult] : [secondResult, firstResult];
			rounds.push({ round, first, ours, floor });
		}

		// The same role and essay on both sites: the first of each in generation order.
		const pages = [
			{ page: 'home', path: '/' },
			{ page: 'role', path: `/roles/${content.roles[0]?.id}/` },
			{ page: 'essay', path: `/essays/${content.essays[0]}/` },
		];
		/** @type {PageWeight[]} */
		const weights = [];
		for (const { page, path } of pages) {
			for (const site of /** @type {const} */ (['ours', 'floor'])) {
				weights.push({ page, site, ...(await pageWeight(sites[site].outDir, path)) });
			}
		}

		let search = null;
		if (!values['skip-search']) {
			log('measuring search in Chromium…');
			const api = await measureSearch(sites.ours.outDir);
			log('measuring search through the dialog…');
			log('measuring search as a phone meets it (CPU 4×)…');
			const phone = await measurePhone(sites.ours.outDir);
			search = { ...api, dialog: await measureDialog(sites.ours.outDir), phone };
		}
		load.after = loadavg();

		const markdown = report({
			command,
			content,
			rounds,
			weights,
			related,
			search,
			load,
			floorMdx,
		});
		console.log(markdown);
		const variant = `${roles}${floorMdx ? '' : '-md'}`;
		const file = join(ROOT, `reports/bench-${variant}.md`);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, markdown);
		log(`report written to ${relative(ROOT, file)}`);
		if (values['write-docs']) {
			await writeDocs(variant, markdown);
			log('docs/benchmarks.md updated');
		}
	} catch (error) {
		// The build logs named in the error live in the work folder.
		keep = true;
		throw error;
	} finally {
		if (keep) log(`kept ${work}`);
		else await rm(work, { recursive: true, force: true });
	}
}

await main();
