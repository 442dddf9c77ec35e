/**
 * Checks that the external URLs in content/ still answer: extraction with the parsers the build uses
 * (YAML with line numbers, Markdown through Sätteri), a polite checking loop that reaches the network
 * only through the fetch it is given, and the report `npm run links:external` prints.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, visit } from 'yaml';
import { parseBody, splitFrontmatter } from '../guard/markdown.ts';
import type { RuleNode } from '../guard/rules.ts';
import { addressProblem } from './url-policy.ts';

/** One place an external URL is written. */
export interface LinkSite {
	/** The URL as written in the file. */
	url: string;
	/** Path of the file, relative to the folder the report is read from. */
	file: string;
	line: number;
}

const isExternal = (value: string, ignoreOrigin?: string) => {
	if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) return false;
	return new URL(value).origin !== ignoreOrigin;
};

/**
 * Every string value in a YAML document that is a whole http(s) URL (keys are skipped).
 * @param text - the YAML text
 * @param file - the file to name in each site
 * @param firstLine - the file line the YAML starts on (2 for frontmatter)
 * @param ignoreOrigin - the site's own origin, whose links are internal
 * @returns the URLs with their lines
 */
export function linksInYaml(
	text: string,
	file: string,
	firstLine = 1,
	ignoreOrigin?: string,
): LinkSite[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const sites: LinkSite[] = [];
	visit(document, {
		Scalar(key, node) {
			if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
			const url = node.value.trim();
			if (!isExternal(url, ignoreOrigin)) return;
			sites.push({ url, file, line: firstLine - 1 + lineCounter.linePos(node.range[0]).line });
		},
	});
	return sites;
}

/** Nodes whose `url` a reader's browser follows: links, autolinks, images, reference definitions. */
const URL_NODES = new Set(['link', 'image', 'definition']);

/**
 * Every external link, image and reference definition in a Markdown or MDX body.
 * @param body - the body from splitFrontmatter (frontmatter blanked, so its lines are file lines)
 * @param kind - "md" or "mdx"
 * @param file - the file to name in each site
 * @param ignoreOrigin - the site's own origin, whose links are internal
 * @returns the URLs with their lines
 */
export function linksInBody(
	body: string,
	kind: 'md' | 'mdx',
	file: string,
	ignoreOrigin?: string,
): LinkSite[] {
	const sites: LinkSite[] = [];
	const walk = (node: RuleNode) => {
		if (URL_NODES.has(node.type) && node.url && isExternal(node.url, ignoreOrigin))
			sites.push({ url: node.url, file, line: node.position?.start.line ?? 1 });
		for (const child of node.children ?? []) walk(child);
	};
	walk(parseBody(body, kind));
	return sites;
}

/**
 * Every external URL in one content file, in frontmatter and body, or in a YAML data file.
 * @param text - the file's text
 * @param file - its path, whose extension says how to read it
 * @param ignoreOrigin - the site's own origin, whose links are internal
 * @returns the URLs in file order
 */
export function linksInFile(text: string, file: string, ignoreOrigin?: string): LinkSite[] {
	if (/\.ya?ml$/.test(file)) return linksInYaml(text, file, 1, ignoreOrigin);
	const { yaml, body } = splitFrontmatter(text);
	const kind = file.endsWith('.mdx') ? 'mdx' : 'md';
	const sites = [
		// Frontmatter YAML starts on line 2, after the opening "---".
		...(yaml === null ? [] : linksInYaml(yaml, file, 2, ignoreOrigin)),
		...linksInBody(body, kind, file, ignoreOrigin),
	];
	return sites.sort((a, b) => a.line - b.line);
}

/**
 * Every external URL in a content folder and its sub-folders.
 * @param dir - the content folder
 * @param options - `base`: folder that file paths are relative to (default: the working directory);
 *   `ignoreOrigin`: the site's own origin
 * @returns the sites, by file then line, and the files that could not be read, with why
 */
export async function linksInContent(
	dir: string,
	options: { base?: string; ignoreOrigin?: string } = {},
): Promise<{ sites: LinkSite[]; files: number; problems: string[] }> {
	const base = options.base ?? process.cwd();
	const names = (await readdir(dir, { recursive: true }))
		.filter((name) => /\.(md|mdx|ya?ml)$/.test(name))
		.sort();
	const sites: LinkSite[] = [];
	const problems: string[] = [];
	for (const name of names) {
		const path = join(dir, name);
		const file = relative(base, path).split(sep).join('/');
		try {
			sites.push(...linksInFile(await readFile(path, 'utf8'), file, options.ignoreOrigin));
		} catch (error) {
			problems.push(`${file}: skipped, it could not be read (${(error as Error).message})`);
		}
	}
	return { sites, files: names.length, problems };
}

/** The fragment never reaches the server, so URLs that differ only there are one request. */
export const urlKey = (url: string) => {
	const parsed = new URL(url);
	parsed.hash = '';
	return parsed.href;
};

/** What the checker needs of a response; `fetch`'s Response fits. */
export interface FetchResponse {
	status: number;
	headers: { get(name: string): string | null };
	body?: { cancel(): Promise<void> } | null;
}

/** The part of `fetch` the checker calls; tests pass their own. */
export type FetchLike = (
	url: string,
	init: {
		method: 'HEAD' | 'GET';
		redirect: 'manual';
		signal: AbortSignal;
		headers: Record<string, string>;
	},
) => Promise<FetchResponse>;

/** What DNS answers for a host name; tests pass their own. */
export type Resolver = (
	hostname: string,
) => Promise<readonly { address: string; family: number }[]>;

/** The error code of a request the checker refused to make: the address is not public. */
export const NOT_PUBLIC = 'ENOTPUBLIC';

const notPublic = (message: string) =>
	Object.assign(
		new Error(`not requested: ${message}; the checker connects only to public addresses`),
		{
			code: NOT_PUBLIC,
		},
	);

/**
 * A `lookup` for Node's sockets that resolves a name, checks every address DNS gives and hands the
 * socket only those: the address checked is the address connected to, so an answer that changes
 * between a check and a connect (DNS rebinding) cannot slip a private address in.
 * @param resolve - the resolver
 * @param problem - why an address may not be used (addressProblem)
 * @returns the lookup function
 */
export function publicLookup(
	resolve: Resolver,
	problem: (address: string) => string | null = addressProblem,
): LookupFunction {
	return (hostname, options, callback) => {
		resolve(hostname).then(
			(answers) => {
				const family =
					options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
				const usable = answers.filter((answer) => !family || answer.family === family);
				if (usable.length === 0) {
					const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
					callback(Object.assign(error, { code: 'ENOTFOUND' }), '');
					return;
				}
				// One private address in the answer refuses the host: the socket may try any of them.
				for (const answer of answers) {
					const why = problem(answer.address);
					if (why) {
						callback(notPublic(`${hostname} resolves to ${answer.address}, ${why}`), '');
						return;
					}
				}
				const [first] = usable;
				if (options.all) callback(null, [...usable]);
				else callback(null, first?.address ?? '', first?.family ?? 4);
			},
			(error: unknown) => {
				callback(error as NodeJS.ErrnoException, '');
			},
		);
	};
}

/** DNS as the operating system answers it, every address. */
export const systemResolver: Resolver = (hostname) =>
	dnsLookup(hostname, { all: true, order: 'verbatim' });

/**
 * A fetch for the checker that connects only to public addresses: http(s) URLs only, an IP address
 * in the URL is checked as it is, a name is resolved and checked by `publicLookup` as the socket
 * connects, and each redirect is a new request checked the same way. Failures reject as fetch does
 * (`TypeError('fetch failed', { cause })`); a refused address has the cause code `ENOTPUBLIC`.
 * @param options - `resolve`: the resolver (default: the system's); `problem`: why an address may
 *   not be used (default: addressProblem; tests widen it to reach their own servers)
 * @returns the fetch
 */
export function publicFetch(
	options: { resolve?: Resolver; problem?: (address: string) => string | null } = {},
): FetchLike {
	const problem = options.problem ?? addressProblem;
	const lookup = publicLookup(options.resolve ?? systemResolver, problem);
	return (url, init) =>
		new Promise<FetchResponse>((resolve, reject) => {
			const fail = (cause: unknown) => {
				reject(new TypeError('fetch failed', { cause }));
			};
			const target = URL.canParse(url) ? new URL(url) : null;
			if (target?.protocol !== 'http:' && target?.protocol !== 'https:') {
				fail(notPublic(`${target?.protocol ?? 'an unreadable URL'} is not http or https`));
				return;
			}
			const literal = target.hostname.replace(/^\[|\]$/g, '');
			const why = isIP(literal) ? problem(literal) : null;
			if (why) {
				fail(notPublic(`${literal} is ${why}`));
				return;
			}
			const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
				target,
				{
					method: init.method,
					headers: init.headers,
					signal: init.signal,
					lookup,
					// A fresh connection for each request: no socket outlives the address check it had.
					agent: false,
				},
				(response) => {
					response.on('error', () => {});
					resolve({
						status: response.statusCode ?? 0,
						headers: {
							get: (name) => {
								const value = response.headers[name.toLowerCase()];
								return Array.isArray(value) ? value.join(', ') : (value ?? null);
							},
						},
						body: {
							cancel: () => {
								response.destroy();
								return Promise.resolve();
							},
						},
					});
				},
			);
			request.on('error', fail);
			request.end();
		});
}

/**
 * - ok: answered 2xx; redirected: answered 2xx after redirects (a warning);
 * - dead: 4xx/5xx, no answer, a broken redirect or a failed connection;
 * - blocked: 401/403/429, the page may well exist but refuses the checker (a warning);
 * - unchecked: the time limit ran out first, or no server could be reached at all.
 */
export type Outcome = 'ok' | 'redirected' | 'dead' | 'blocked' | 'unchecked';

/** The verdict on one URL. */
export interface LinkResult {
	/** The URL requested (without its fragment). */
	url: string;
	outcome: Outcome;
	/** What a maintainer reads: "404 Not Found", "301 → https://new/", "no answer within 10 s". */
	detail: string;
	/** The last HTTP status seen, if any server answered. */
	status?: number;
	/** Where the redirects ended. */
	location?: string;
	/** True when the request failed before any server answered (DNS, connection, timeout). */
	network?: boolean;
}

/** How the checking loop behaves; every time is in milliseconds. */
export interface CheckOptions {
	fetch?: FetchLike;
	/** Requests in flight at once. */
	concurrency?: number;
	/** Requests in flight at once to one host (host and port). */
	perHost?: number;
	/** Time to wait for a response's headers. */
	timeout?: number;
	/** Time for the whole run; what is left when it runs out is reported unchecked. */
	limit?: number;
	/** Retries after a timeout, a 5xx or a 429. */
	retries?: number;
	/** First retry delay; each further retry doubles it. */
	backoff?: number;
	/** The longest Retry-After the checker waits for; a longer one ends the retries. */
	maxRetryAfter?: number;
	/** Redirects followed before a link is called dead. */
	maxRedirects?: number;
	/** URLs that may fail with no server answering before the run stops as network unreachable. */
	giveUpAfter?: number;
	userAgent?: string;
}

export const CHECK_DEFAULTS = {
	concurrency: 8,
	perHost: 2,
	timeout: 10_000,
	limit: 300_000,
	retries: 2,
	backoff: 1_000,
	maxRetryAfter: 30_000,
	maxRedirects: 5,
	giveUpAfter: 20,
	userAgent: 'Mozilla/5.0 (compatible; rolemap-link-check/1.0; +https://rolemap.dev)',
} as const satisfies Required<Omit<CheckOptions, 'fetch'>>;

/** The outcome of a whole run. */
export interface CheckRun {
	results: LinkResult[];
	/** No server answered any request: the network, not the links, is down. */
	networkUnreachable: boolean;
	/** The time limit stopped the run before every URL was checked. */
	limitReached: boolean;
	/** The time limit, in milliseconds. */
	limit: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;
const statusText = (status: number) =>
	`${status} ${STATUS_CODES[status] ?? 'Unknown Status'}`.trim();
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Describes a fetch failure by its cause's code, e.g. "host not found (ENOTFOUND)". */
export function networkReason(error: unknown): string {
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	const code = cause?.code ?? (error as { code?: string }).code;
	const known: Record<string, string> = {
		ENOTFOUND: 'host not found',
		EAI_AGAIN: 'DNS lookup failed',
		ECONNREFUSED: 'connection refused',
		ECONNRESET: 'connection reset',
		ENETUNREACH: 'network unreachable',
		EHOSTUNREACH: 'host unreachable',
		ETIMEDOUT: 'connection timed out',
		UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
		UND_ERR_SOCKET: 'connection closed',
	};
	const text =
		(code && known[code]) ??
		cause?.message ??
		(error instanceof Error ? error.message : String(error));
	return code ? `${text} (${code})` : text;
}

/** A certificate or TLS failure means a server was reached: a dead link, not a dead network. */
const reachedServer = (error: unknown) => {
	const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
	return /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code);
};

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
	if (!value) return undefined;
	if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface Job {
	key: string;
	/** The URL of this hop. */
	url: string;
	method: 'HEAD' | 'GET';
	/** Retries used on this hop. */
	attempt: number;
	/** Backoff waits so far for this URL; each one doubles the last. */
	waits: number;
	/** Status of the first redirect, when there was one. */
	firstRedirect?: number;
	hops: number;
	notBefore: number;
}

/**
 * Checks each URL once: HEAD first, GET when HEAD gives anything but a success or a redirect
 * (servers that mishandle HEAD answer 405, 403, 501, 404 or 500 to it), redirects followed by hand,
 * retries with exponential backoff, at most `concurrency` requests at once and `perHost` to a host.
 * @param urls - URLs to check; fragments are dropped and duplicates checked once
 * @param options - see CheckOptions; defaults in CHECK_DEFAULTS
 * @returns one result per distinct URL, in the order given, and how the run ended
 */
export function checkLinks(urls: readonly string[], options: CheckOptions = {}): Promise<CheckRun> {
	const settings = { ...CHECK_DEFAULTS, ...options };
	const doFetch: FetchLike = options.fetch ?? publicFetch();
	const keys = [...new Set(urls.map(urlKey))];
	const results = new Map<string, LinkResult>();
	const start = Date.now();
	const queue: Job[] = keys.map((key) => ({
		key,
		url: key,
		method: 'HEAD',
		attempt: 0,
		waits: 0,
		hops: 0,
		notBefore: start,
	}));
	const inFlight = new Map<Job, AbortController>();
	const perHost = new Map<string, number>();
	let answered = 0;
	let networkFailures = 0;
	let stopped = false;
	let wakeTimer: ReturnType<typeof setTimeout> | undefined;

	return new Promise((resolve) => {
		const finish = (limitReached: boolean) => {
			const why = limitReached ? `the ${seconds(settings.limit)} limit ran out` : 'no network';
			stopped = true;
			clearTimeout(wakeTimer);
			clearTimeout(limitTimer);
			for (const [job, controller] of inFlight) {
				controller.abort();
				queue.push(job);
			}
			for (const job of queue)
				if (!results.has(job.key))
					results.set(job.key, {
						url: job.key,
						outcome: 'unchecked',
						detail: `not checked: ${why}`,
					});
			const networkUnreachable =
				answered === 0 && [...results.values()].some((result) => result.network);
			if (networkUnreachable)
				for (const result of results.values()) if (result.network) result.outcome = 'unchecked';
			resolve({
				results: keys.flatMap((key) => results.get(key) ?? []),
				networkUnreachable,
				limitReached,
				limit: settings.limit,
			});
		};
		const limitTimer = setTimeout(() => {
			finish(true);
		}, settings.limit);

		const settle = (job: Job, result: Omit<LinkResult, 'url'>) =>
			results.set(job.key, { url: job.key, ...result });
		// A follow-up goes first, so started URLs finish before new ones begin.
		const again = (job: Job, changes: Partial<Job>) => queue.unshift({ ...job, ...changes });
		const hostOf = (url: string) => new URL(url).host;

		const pump = () => {
			if (stopped) return;
			if (queue.length === 0 && inFlight.size === 0) {
				finish(false);
				return;
			}
			const now = Date.now();
			let wake = Infinity;
			for (let index = 0; index < queue.length && inFlight.size < settings.concurrency;) {
				const job = queue[index];
				if (!job) break;
				const host = hostOf(job.url);
				if (job.notBefore > now) wake = Math.min(wake, job.notBefore);
				else if ((perHost.get(host) ?? 0) < settings.perHost) {
					queue.splice(index, 1);
					send(job, host);
					continue;
				}
				index++;
			}
			clearTimeout(wakeTimer);
			if (wake < Infinity) wakeTimer = setTimeout(pump, wake - now);
		};

		const send = (job: Job, host: string) => {
			const controller = new AbortController();
			let timedOut = false;
			const timer = setTimeout(() => {
				timedOut = true;
				controller.abort();
			}, settings.timeout);
			inFlight.set(job, controller);
			perHost.set(host, (perHost.get(host) ?? 0) + 1);
			// Through a promise, so a fetch that throws at once counts as a failed request, not a crash.
			Promise.resolve()
				.then(() =>
					doFetch(job.url, {
						method: job.method,
						redirect: 'manual',
						signal: controller.signal,
						headers: { 'user-agent': settings.userAgent, accept: '*/*' },
					}),
				)
				.then(
					(response) => {
						// The verdict needs the status line only; dropping the body frees the connection.
						response.body?.cancel().catch(() => {});
						if (!stopped) {
							answered++;
							onResponse(job, response);
						}
					},
					(error: unknown) => {
						if (!stopped) onError(job, error, timedOut);
					},
				)
				.finally(() => {
					clearTimeout(timer);
					if (stopped) return;
					inFlight.delete(job);
					perHost.set(host, (perHost.get(host) ?? 1) - 1);
					pump();
				});
		};

		const delayFor = (job: Job) => settings.backoff * 2 ** job.waits;

		const onResponse = (job: Job, response: FetchResponse) => {
			const { status } = response;
			const after = job.firstRedirect ? ` after ${job.firstRedirect} → ${job.url}` : '';
			if (status >= 200 && status < 300) {
				if (job.firstRedirect)
					settle(job, {
						outcome: 'redirected',
						detail: `${job.firstRedirect} → ${job.url}`,
						status,
						location: job.url,
					});
				else settle(job, { outcome: 'ok', detail: statusText(status), status });
				return;
			}
			if (REDIRECTS.has(status)) {
				const location = response.headers.get('location');
				if (!location || !URL.canParse(location, job.url)) {
					settle(job, {
						outcome: 'dead',
						detail: `${statusText(status)} without a usable Location header${after}`,
						status,
					});
					return;
				}
				const next = new URL(location, job.url).href;
				if (job.hops >= settings.maxRedirects) {
					settle(job, {
						outcome: 'dead',
						detail: `more than ${settings.maxRedirects} redirects (${job.firstRedirect} → … → ${next})`,
						status,
					});
					return;
				}
				again(job, {
					url: next,
					// A 303 means "GET the other resource", whatever the first method was.
					method: status === 303 ? 'GET' : job.method,
					attempt: 0,
					hops: job.hops + 1,
					firstRedirect: job.firstRedirect ?? status,
					notBefore: Date.now(),
				});
				return;
			}
			const transient = status === 429 || status >= 500;
			const wait = retryAfter(response.headers.get('retry-after'));
			const waitTooLong = wait !== undefined && wait > settings.maxRetryAfter;
			if (job.method === 'HEAD') {
				// GET gives the verdict; after a transient answer it waits as a retry would.
				if (!transient || waitTooLong) again(job, { method: 'GET', notBefore: Date.now() });
				else {
					const delay = Math.max(wait ?? 0, delayFor(job));
					again(job, { method: 'GET', waits: job.waits + 1, notBefore: Date.now() + delay });
				}
				return;
			}
			if (transient && !waitTooLong && job.attempt < settings.retries) {
				const delay = Math.max(wait ?? 0, delayFor(job));
				again(job, {
					attempt: job.attempt + 1,
					waits: job.waits + 1,
					notBefore: Date.now() + delay,
				});
				return;
			}
			if (status === 401 || status === 403 || status === 429) {
				const why =
					status === 429
						? `rate limited${wait === undefined ? '' : `, Retry-After ${seconds(wait)}`}`
						: 'the server refuses automated checks; open it in a browser';
				settle(job, {
					outcome: 'blocked',
					detail: `${statusText(status)} (${why})${after}`,
					status,
				});
				return;
			}
			settle(job, { outcome: 'dead', detail: `${statusText(status)}${after}`, status });
		};

		const onError = (job: Job, error: unknown, timedOut: boolean) => {
			const cause = (error as { cause?: { code?: string; message?: string } }).cause;
			if (cause?.code === NOT_PUBLIC) {
				// Not a network failure and not worth a retry: the link itself is wrong.
				const after = job.firstRedirect ? ` after ${job.firstRedirect} → ${job.url}` : '';
				settle(job, { outcome: 'dead', detail: `${cause.message ?? ''}${after}` });
				return;
			}
			if (job.method === 'HEAD') {
				again(job, { method: 'GET', notBefore: Date.now() });
				return;
			}
			if (timedOut && job.attempt < settings.retries) {
				again(job, {
					attempt: job.attempt + 1,
					waits: job.waits + 1,
					notBefore: Date.now() + delayFor(job),
				});
				return;
			}
			const reason = timedOut
				? `no answer within ${seconds(settings.timeout)}`
				: networkReason(error);
			const after = job.firstRedirect ? ` after ${job.firstRedirect} → ${job.url}` : '';
			if (reachedServer(error)) answered++;
			else networkFailures++;
			settle(job, {
				outcome: 'dead',
				detail: `${reason}${after}`,
				network: !reachedServer(error),
			});
			// Hundreds of identical failures would say nothing more about the links.
			if (answered === 0 && networkFailures >= settings.giveUpAfter) finish(false);
		};

		pump();
	});
}

/** Text and exit code for a run. */
export interface LinkReport {
	lines: string[];
	/** 1: a dead link; 2: none found dead, but the run could not check everything; 0: otherwise. */
	exitCode: 0 | 1 | 2;
}

const HEADINGS: [Outcome, string][] = [
	['dead', 'Dead links'],
	['redirected', 'Redirected links (warnings)'],
	['blocked', 'Links that refused the checker (warnings)'],
	['unchecked', 'Not checked'],
];

/**
 * The report a maintainer reads: one line per place a link is written, `file:line  url  what`,
 * grouped dead, redirected, blocked and unchecked, then a summary.
 * @param sites - where each URL is written
 * @param run - the checker's results
 * @returns the lines to print and the exit code
 */
export function formatReport(sites: readonly LinkSite[], run: CheckRun): LinkReport {
	const byKey = new Map(run.results.map((result) => [result.url, result]));
	const files = new Set(sites.map((site) => site.file)).size;
	const count = (outcome: Outcome) => run.results.filter((r) => r.outcome === outcome).length;
	const lines: string[] = [];
	const ordered = [...sites].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.url.localeCompare(b.url),
	);
	for (const [outcome, heading] of HEADINGS) {
		// With no network, listing every link would bury the one thing worth saying.
		if (outcome === 'unchecked' && run.networkUnreachable) continue;
		const group = ordered.flatMap((site) => {
			const result = byKey.get(urlKey(site.url));
			return result?.outcome === outcome
				? [`${site.file}:${site.line}  ${site.url}  ${result.detail}`]
				: [];
		});
		if (group.length === 0) continue;
		lines.push(`${heading} (${group.length}):`, ...group);
	}
	const total = run.results.length;
	if (run.networkUnreachable) {
		const tried = run.results.filter((result) => result.network);
		const reasons = new Map<string, number>();
		for (const result of tried) {
			const reason = result.detail.replace(/ after \d{3} → .*$/, '');
			reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
		}
		const why = [...reasons]
			.sort((a, b) => b[1] - a[1])
			.map(([reason, times]) => `${times} × ${reason}`)
			.join(', ');
		const untried = total - tried.length;
		lines.push(
			`Network unreachable: none of the ${plural(tried.length, 'URL')} tried got an answer from any server (${why})${
				untried === 0
					? ''
					: `; the other ${untried} ${untried === 1 ? 'was' : 'were'} not checked${run.limitReached ? ` before the ${seconds(run.limit)} limit` : ''}`
			}. No link was judged dead; check the connection and run again.`,
		);
	} else if (run.limitReached) {
		lines.push(
			`Stopped at the ${seconds(run.limit)} limit: ${count('unchecked')} of ${plural(total, 'URL')} not checked. Raise --limit to check them.`,
		);
	}
	if (total === 0) lines.push('No external links found.');
	else
		lines.push(
			`${plural(total, 'URL')} in ${plural(files, 'file')} (${plural(sites.length, 'place')}): ${count('ok')} fine, ${count('dead')} dead, ${count('redirected')} redirected, ${count('blocked')} refused the checker, ${count('unchecked')} not checked.`,
		);
	const exitCode = count('dead') > 0 ? 1 : run.networkUnreachable || run.limitReached ? 2 : 0;
	return { lines, exitCode };
}

/**
 * The run as JSON: every URL with its verdict and every place it is written.
 * @param sites - where each URL is written
 * @param run - the checker's results
 * @returns a value for JSON.stringify
 */
export function reportJson(sites: readonly LinkSite[], run: CheckRun) {
	const { exitCode } = formatReport(sites, run);
	return {
		exitCode,
		networkUnreachable: run.networkUnreachable,
		limitReached: run.limitReached,
		links: run.results.map((result) => ({
			...result,
			sites: sites
				.filter((site) => urlKey(site.url) === result.url)
				.map(({ file, line, url }) => ({ file, line, url })),
		})),
	};
}
