/**
 * `npm run links:external` against HTTP servers started here on 127.0.0.1: nothing reaches the
 * internet. Each route stands for one thing a real site does to a link checker.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseOptions } from '../../scripts/links-external';
import {
	checkLinks,
	formatReport,
	linksInContent,
	publicFetch,
	type CheckOptions,
	type FetchLike,
	type Resolver,
} from '../../src/lib/link-check';
import { addressProblem } from '../../src/lib/url-policy';

type Route = (request: IncomingMessage, response: ServerResponse, count: number) => void;

interface TestServer {
	origin: string;
	/** Every request as `METHOD /path`, in arrival order, with its arrival time. */
	seen: { request: string; at: number }[];
	/** Most requests this server held open at once. */
	maxInFlight: number;
	close(): Promise<void>;
}

const answer = (status: number, headers: Record<string, string> = {}): Route => {
	return (_request, response) => {
		response.writeHead(status, headers).end('body');
	};
};

async function startServer(routes: Record<string, Route>): Promise<TestServer> {
	const counts = new Map<string, number>();
	let inFlight = 0;
	const server: Server = createServer((request, response) => {
		const path = request.url ?? '/';
		state.seen.push({ request: `${request.method ?? ''} ${path}`, at: Date.now() });
		const count = counts.get(path) ?? 0;
		counts.set(path, count + 1);
		inFlight++;
		state.maxInFlight = Math.max(state.maxInFlight, inFlight);
		response.on('close', () => inFlight--);
		(routes[path] ?? answer(404))(request, response, count);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const state: TestServer = {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		seen: [],
		maxInFlight: 0,
		close: () =>
			new Promise((done) => {
				// The route that never answers keeps its sockets open until told otherwise.
				server.closeAllConnections();
				server.close(() => {
					done();
				});
			}),
	};
	return state;
}

/** A port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return port;
}

async function writeContent(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'rolemap-links-'));
	for (const [name, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, name)), { recursive: true });
		await writeFile(join(dir, name), text);
	}
	return dir;
}

/** Extracts, checks and formats a content folder the way the command does. */
async function report(dir: string, options: CheckOptions) {
	const { sites } = await linksInContent(dir, { base: dir });
	const run = await checkLinks(
		sites.map((site) => site.url),
		options,
	);
	return formatReport(sites, run);
}

const requestsTo = (server: TestServer, path: string) =>
	server.seen.filter((seen) => seen.request.endsWith(` ${path}`));

/**
 * The checker's own fetch, widened to reach this file's servers on 127.0.0.1 and nothing else
 * private: without it every request here would be refused (see "never connects to a private address").
 */
const LOOPBACK_FETCH = publicFetch({
	problem: (address) => (address === '127.0.0.1' ? null : addressProblem(address)),
});

// A generous timeout: on a loaded machine even 127.0.0.1 can take a few hundred milliseconds.
const FAST = {
	timeout: 5000,
	backoff: 50,
	retries: 2,
	fetch: LOOPBACK_FETCH,
} satisfies CheckOptions;

const temporary: string[] = [];
afterAll(async () => {
	await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a run over every kind of answer', () => {
	let server: TestServer;
	let result: Awaited<ReturnType<typeof report>>;
	let origin: string;

	beforeAll(async () => {
		server = await startServer({
			'/ok': answer(200),
			'/moved': answer(301, { location: '/new' }),
			'/new': answer(200),
			'/moved-away': answer(302, { location: '/removed' }),
			'/removed': answer(404),
			'/missing': answer(404),
			// Fails twice (HEAD, then the first GET), then recovers.
			'/flaky': (request, response, count) => {
				answer(count < 2 ? 500 : 200)(request, response, count);
			},
			'/broken': answer(500),
			'/no-head': (request, response, count) => {
				answer(request.method === 'HEAD' ? 405 : 200)(request, response, count);
			},
			'/forbidden': answer(403),
			'/busy': answer(429, { 'retry-after': '3600' }),
		});
		origin = server.origin;
		const dir = await writeContent({
			'roles/a.md': [
				'---',
				'title: A',
				'---',
				'',
				`[ok](${origin}/ok) and [moved](${origin}/moved).`,
				'',
				`[gone](${origin}/missing)`,
				'',
				`[flaky](${origin}/flaky) [broken](${origin}/broken)`,
				`[no head](${origin}/no-head)`,
				'',
			].join('\n'),
			'skills/b.yaml': [
				'name: B',
				`docs: ${origin}/ok#top`,
				'resources:',
				`  - url: ${origin}/ok`,
				`  - url: ${origin}/moved-away`,
				`  - url: ${origin}/forbidden`,
				`  - url: ${origin}/busy`,
				'',
			].join('\n'),
			'essays/c.md': ['---', 'title: C', '---', '', `<${origin}/ok>`, ''].join('\n'),
		});
		temporary.push(dir);
		result = await report(dir, FAST);
	});
	afterAll(() => server.close());

	test('prints dead, redirected and refused links with file:line and exits 1', () => {
		expect(result.lines).toEqual([
			'Dead links (3):',
			`roles/a.md:7  ${origin}/missing  404 Not Found`,
			`roles/a.md:9  ${origin}/broken  500 Internal Server Error`,
			`skills/b.yaml:5  ${origin}/moved-away  404 Not Found after 302 → ${origin}/removed`,
			'Redirected links (warnings) (1):',
			`roles/a.md:5  ${origin}/moved  301 → ${origin}/new`,
			'Links that refused the checker (warnings) (2):',
			`skills/b.yaml:6  ${origin}/forbidden  403 Forbidden (the server refuses automated checks; open it in a browser)`,
			`skills/b.yaml:7  ${origin}/busy  429 Too Many Requests (rate limited, Retry-After 3600 s)`,
			'9 URLs in 3 files (12 places): 3 fine, 3 dead, 1 redirected, 2 refused the checker, 0 not checked.',
		]);
		expect(result.exitCode).toBe(1);
	});

	test('requests a URL once, however many files hold it and whatever its fragment', () => {
		expect(requestsTo(server, '/ok').map((seen) => seen.request)).toEqual(['HEAD /ok']);
	});

	test('asks with GET when HEAD is refused', () => {
		expect(requestsTo(server, '/no-head').map((seen) => seen.request)).toEqual([
			'HEAD /no-head',
			'GET /no-head',
		]);
	});

	test('retries a 500 and passes the link when the server recovers', () => {
		expect(requestsTo(server, '/flaky').map((seen) => seen.request)).toEqual([
			'HEAD /flaky',
			'GET /flaky',
			'GET /flaky',
		]);
	});

	test('backs off exponentially between retries before calling a 500 dead', () => {
		const broken = requestsTo(server, '/broken');
		expect(broken.map((seen) => seen.request)).toEqual([
			'HEAD /broken',
			'GET /broken',
			'GET /broken',
			'GET /broken',
		]);
		// The first wait is the backoff (50 ms); each later one doubles it.
		const gaps = broken.slice(1).map((seen, index) => seen.at - (broken[index]?.at ?? 0));
		expect(gaps[0]).toBeGreaterThanOrEqual(45);
		expect(gaps[1]).toBeGreaterThanOrEqual(95);
		expect(gaps[2]).toBeGreaterThanOrEqual(195);
	});

	test('does not retry when Retry-After asks for longer than it will wait', () => {
		expect(requestsTo(server, '/busy').map((seen) => seen.request)).toEqual([
			'HEAD /busy',
			'GET /busy',
		]);
	});
});

describe('politeness and limits', () => {
	test('gives up on a server that never answers after the timeout and its retries', async () => {
		// Another server answering shows the network is up, so the silence is the link's.
		const server = await startServer({
			'/ok': answer(200),
			'/hang': () => {
				// Never answers: the checker's timeout has to end it.
			},
		});
		const dir = await writeContent({
			'roles/a.md': `---\ntitle: A\n---\n\n<${server.origin}/ok>\n\n<${server.origin}/hang>\n`,
		});
		temporary.push(dir);
		try {
			const result = await report(dir, { ...FAST, timeout: 500 });
			expect(result.lines).toEqual([
				'Dead links (1):',
				`roles/a.md:7  ${server.origin}/hang  no answer within 0.5 s`,
				'2 URLs in 1 file (2 places): 1 fine, 1 dead, 0 redirected, 0 refused the checker, 0 not checked.',
			]);
			expect(result.exitCode).toBe(1);
			expect(requestsTo(server, '/hang').map((seen) => seen.request)).toEqual([
				'HEAD /hang',
				'GET /hang',
				'GET /hang',
				'GET /hang',
			]);
		} finally {
			await server.close();
		}
	});

	test('waits as long as a short Retry-After asks before asking again', async () => {
		const server = await startServer({
			'/later': (request, response, count) => {
				answer(count === 0 ? 429 : 200, { 'retry-after': '1' })(request, response, count);
			},
		});
		try {
			const run = await checkLinks([`${server.origin}/later`], FAST);
			expect(run.results.map((result) => result.outcome)).toEqual(['ok']);
			const [first, second] = requestsTo(server, '/later');
			expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
		} finally {
			await server.close();
		}
	});

	test('keeps at most two requests open to one host and the concurrency in all', async () => {
		// Three hosts (ports), four slow pages each.
		let open = 0;
		let mostOpen = 0;
		const slow: Route = (_request, response) => {
			open++;
			mostOpen = Math.max(mostOpen, open);
			setTimeout(() => {
				open--;
				response.writeHead(200).end();
			}, 300);
		};
		const routes = { '/1': slow, '/2': slow, '/3': slow, '/4': slow };
		const servers = await Promise.all([1, 2, 3].map(() => startServer(routes)));
		try {
			const urls = servers.flatMap((server) => [1, 2, 3, 4].map((n) => `${server.origin}/${n}`));
			const run = await checkLinks(urls, { ...FAST, concurrency: 5 });
			expect(run.results.every((result) => result.outcome === 'ok')).toBe(true);
			expect(servers.map((server) => server.maxInFlight)).toEqual([2, 2, 2]);
			expect(mostOpen).toBe(5);
		} finally {
			await Promise.all(servers.map((server) => server.close()));
		}
	});

	test('finishes a URL before starting the next, so a time limit leaves whole URLs unchecked', async () => {
		const headRefused: Route = (request, response, count) => {
			answer(request.method === 'HEAD' ? 405 : 200)(request, response, count);
		};
		const server = await startServer({ '/a': headRefused, '/b': headRefused });
		try {
			await checkLinks([`${server.origin}/a`, `${server.origin}/b`], { ...FAST, concurrency: 1 });
			expect(server.seen.map((seen) => seen.request)).toEqual([
				'HEAD /a',
				'GET /a',
				'HEAD /b',
				'GET /b',
			]);
		} finally {
			await server.close();
		}
	});

	test('stops at the total limit and lists what it could not check', async () => {
		const server = await startServer({ '/ok': answer(200), '/hang': () => {} });
		const dir = await writeContent({
			'roles/a.md': `---\ntitle: A\n---\n\n[ok](${server.origin}/ok)\n\n[hang](${server.origin}/hang)\n`,
		});
		temporary.push(dir);
		try {
			const result = await report(dir, { ...FAST, timeout: 10_000, limit: 2000 });
			expect(result.lines).toEqual([
				'Not checked (1):',
				`roles/a.md:7  ${server.origin}/hang  not checked: the 2 s limit ran out`,
				'Stopped at the 2 s limit: 1 of 2 URLs not checked. Raise --limit to check them.',
				'2 URLs in 1 file (2 places): 1 fine, 0 dead, 0 redirected, 0 refused the checker, 1 not checked.',
			]);
			expect(result.exitCode).toBe(2);
		} finally {
			await server.close();
		}
	});

	test('exits 0 when links are only redirected', async () => {
		const server = await startServer({
			'/old': answer(308, { location: '/new' }),
			'/new': answer(200),
		});
		const dir = await writeContent({ 'skills/s.yaml': `docs: ${server.origin}/old\n` });
		temporary.push(dir);
		try {
			const result = await report(dir, FAST);
			expect(result.lines).toEqual([
				'Redirected links (warnings) (1):',
				`skills/s.yaml:1  ${server.origin}/old  308 → ${server.origin}/new`,
				'1 URL in 1 file (1 place): 0 fine, 0 dead, 1 redirected, 0 refused the checker, 0 not checked.',
			]);
			expect(result.exitCode).toBe(0);
		} finally {
			await server.close();
		}
	});
});

describe('never connects to a private address, whatever DNS answers', () => {
	/** A resolver that answers from a table and records every question. */
	const fakeDns = (answers: Record<string, string[] | (() => string[])>) => {
		const asked: string[] = [];
		const resolve: Resolver = (hostname) => {
			asked.push(hostname);
			const entry = answers[hostname];
			const addresses = typeof entry === 'function' ? entry() : (entry ?? []);
			return Promise.resolve(
				addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
			);
		};
		return { resolve, asked };
	};
	const refused = (what: string) =>
		`not requested: ${what}; the checker connects only to public addresses`;

	test.each([
		[
			'loopback',
			['127.0.0.1'],
			'looks-public.example.org resolves to 127.0.0.1, a loopback address',
		],
		[
			'cloud metadata',
			['169.254.169.254'],
			'looks-public.example.org resolves to 169.254.169.254, a link-local address',
		],
		['private', ['10.0.0.5'], 'looks-public.example.org resolves to 10.0.0.5, a private address'],
		[
			'carrier-grade NAT',
			['100.64.1.1'],
			'looks-public.example.org resolves to 100.64.1.1, a shared (carrier-grade NAT) address',
		],
		['IPv6 loopback', ['::1'], 'looks-public.example.org resolves to ::1, a loopback address'],
		[
			'v4-mapped IPv6',
			['::ffff:127.0.0.1'],
			'looks-public.example.org resolves to ::ffff:127.0.0.1, a loopback address (IPv4 127.0.0.1 inside IPv6)',
		],
		[
			'one private address among public ones',
			['93.184.216.34', '2606:2800:220:1::1', '192.168.1.1'],
			'looks-public.example.org resolves to 192.168.1.1, a private address',
		],
		[
			'multicast',
			['224.0.0.1'],
			'looks-public.example.org resolves to 224.0.0.1, a multicast address',
		],
	])('a name that resolves to %s is dead and never requested', async (_kind, addresses, why) => {
		const server = await startServer({ '/': answer(200) });
		const dns = fakeDns({ 'looks-public.example.org': addresses });
		const url = `http://looks-public.example.org:${new URL(server.origin).port}/`;
		try {
			const run = await checkLinks([url], {
				...FAST,
				fetch: publicFetch({ resolve: dns.resolve }),
			});
			expect(run.results).toEqual([{ url, outcome: 'dead', detail: refused(why) }]);
			expect(run.networkUnreachable).toBe(false);
			// Asked once: no retry, no GET after the HEAD, and nothing reached the server.
			expect(dns.asked).toEqual(['looks-public.example.org']);
			expect(server.seen).toEqual([]);
		} finally {
			await server.close();
		}
	});

	test('the system resolver is checked too: localhost is never requested', async () => {
		const server = await startServer({ '/': answer(200) });
		try {
			const run = await checkLinks([`http://localhost:${new URL(server.origin).port}/`], {
				...FAST,
				fetch: publicFetch(),
			});
			expect(run.results[0]?.detail).toMatch(
				/^not requested: localhost resolves to (127\.0\.0\.1|::1), a loopback address; the checker connects only to public addresses$/,
			);
			expect(server.seen).toEqual([]);
		} finally {
			await server.close();
		}
	});

	test('the address checked is the address connected to: a rebinding answer cannot slip in', async () => {
		// The test's own server stands for a public host: only 127.0.0.1 is allowed, as if public.
		const server = await startServer({
			'/start': answer(302, { location: '/next' }),
			'/next': answer(200),
		});
		const port = new URL(server.origin).port;
		let answers = 0;
		// First answer: the "public" address; every later one: a private address (a DNS rebind).
		const dns = fakeDns({
			'rebind.example.org': () => (answers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']),
		});
		const fetch = publicFetch({
			resolve: dns.resolve,
			problem: (address) => (address === '127.0.0.1' ? null : addressProblem(address)),
		});
		try {
			const run = await checkLinks([`http://rebind.example.org:${port}/start`], {
				...FAST,
				fetch,
			});
			// One resolution per connection, checked and used together: the first request reached
			// the server by the name it was given; the redirect's connection got the rebound
			// answer, was refused, and never connected.
			expect(server.seen.map((seen) => seen.request)).toEqual(['HEAD /start']);
			expect(dns.asked).toEqual(['rebind.example.org', 'rebind.example.org']);
			expect(run.results).toEqual([
				{
					url: `http://rebind.example.org:${port}/start`,
					outcome: 'dead',
					detail: `${refused('rebind.example.org resolves to 127.0.0.2, a loopback address')} after 302 → http://rebind.example.org:${port}/next`,
				},
			]);
		} finally {
			await server.close();
		}
	});

	test.each([
		[
			'the cloud metadata address',
			'http://169.254.169.254/latest/meta-data/',
			refused('169.254.169.254 is a link-local address'),
		],
		['a decimal IPv4 address', 'http://167772161/', refused('10.0.0.1 is a private address')],
		[
			'an IPv6 literal',
			'http://[fd00::1]/',
			refused('fd00::1 is a private (unique local) address'),
		],
		['a file', 'file:///etc/passwd', refused('file: is not http or https')],
		[
			'a name that resolves to a private address',
			'https://intranet.example.org/',
			refused('intranet.example.org resolves to 10.1.2.3, a private address'),
		],
	])('a redirect to %s is dead and not followed', async (_kind, location, why) => {
		const server = await startServer({ '/away': answer(301, { location }) });
		const dns = fakeDns({ 'intranet.example.org': ['10.1.2.3'] });
		const fetch = publicFetch({
			resolve: dns.resolve,
			problem: (address) => (address === '127.0.0.1' ? null : addressProblem(address)),
		});
		try {
			const run = await checkLinks([`${server.origin}/away`], { ...FAST, fetch });
			expect(run.results).toEqual([
				{
					url: `${server.origin}/away`,
					outcome: 'dead',
					detail: `${why} after 301 → ${new URL(location).href}`,
				},
			]);
			expect(server.seen.map((seen) => seen.request)).toEqual(['HEAD /away']);
		} finally {
			await server.close();
		}
	});
});

describe('without a network', () => {
	test('says the network is unreachable instead of calling every link dead', async () => {
		const [a, b] = [await closedPort(), await closedPort()];
		const dir = await writeContent({
			'skills/s.yaml': [
				`docs: http://127.0.0.1:${a}/docs`,
				'resources:',
				`  - url: http://127.0.0.1:${a}/guide`,
				`  - url: http://127.0.0.1:${b}/course`,
				'',
			].join('\n'),
		});
		temporary.push(dir);
		const result = await report(dir, FAST);
		expect(result.lines).toEqual([
			'Network unreachable: none of the 3 URLs tried got an answer from any server (3 × connection refused (ECONNREFUSED)). No link was judged dead; check the connection and run again.',
			'3 URLs in 1 file (3 places): 0 fine, 0 dead, 0 redirected, 0 refused the checker, 3 not checked.',
		]);
		expect(result.exitCode).toBe(2);
	});

	test('stops early when DNS fails for every host, as on a machine with no internet', async () => {
		// What Node's fetch throws when the resolver knows no hosts at all.
		const noDns: FetchLike = (url) =>
			Promise.reject(
				new TypeError('fetch failed', {
					cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`), {
						code: 'ENOTFOUND',
					}),
				}),
			);
		const urls = Array.from({ length: 12 }, (_, n) => `https://host${n}.example/`);
		const sites = urls.map((url, n) => ({ url, file: 'skills/s.yaml', line: n + 1 }));
		const run = await checkLinks(urls, { ...FAST, fetch: noDns, giveUpAfter: 5, concurrency: 1 });
		expect(formatReport(sites, run)).toEqual({
			lines: [
				'Network unreachable: none of the 5 URLs tried got an answer from any server (5 × host not found (ENOTFOUND)); the other 7 were not checked. No link was judged dead; check the connection and run again.',
				'12 URLs in 1 file (12 places): 0 fine, 0 dead, 0 redirected, 0 refused the checker, 12 not checked.',
			],
			exitCode: 2,
		});
	});

	test('calls a refused connection dead when other servers answer', async () => {
		const server = await startServer({ '/ok': answer(200) });
		const port = await closedPort();
		const dir = await writeContent({
			'skills/s.yaml': `docs: ${server.origin}/ok\nresources:\n  - url: http://127.0.0.1:${port}/gone\n`,
		});
		temporary.push(dir);
		try {
			const result = await report(dir, FAST);
			expect(result.lines).toEqual([
				'Dead links (1):',
				`skills/s.yaml:3  http://127.0.0.1:${port}/gone  connection refused (ECONNREFUSED)`,
				'2 URLs in 1 file (2 places): 1 fine, 1 dead, 0 redirected, 0 refused the checker, 0 not checked.',
			]);
			expect(result.exitCode).toBe(1);
		} finally {
			await server.close();
		}
	});
});

describe('extraction', () => {
	test('finds every external URL in frontmatter, bodies and YAML with its file:line', async () => {
		const { sites, problems } = await linksInContent('tests/fixtures/links', {
			ignoreOrigin: 'https://rolemap.dev',
		});
		expect(problems).toEqual([]);
		expect(sites.map(({ file, line, url }) => `${file}:${line}  ${url}`)).toEqual([
			// MDX: inside a component's children and in a footnote.
			'tests/fixtures/links/essays/sample-essay.mdx:12  https://details.example.org/',
			'tests/fixtures/links/essays/sample-essay.mdx:18  https://study.example.org/2024',
			'tests/fixtures/links/projects/sample-project.md:11  https://docs.example.org/#install',
			// Frontmatter (pay source), then a link, an autolink, a bare URL, an image, a definition.
			'tests/fixtures/links/roles/sample-role.md:11  https://stats.example.org/pay/sample',
			'tests/fixtures/links/roles/sample-role.md:18  https://handbook.example.org/start',
			'tests/fixtures/links/roles/sample-role.md:19  https://autolink.example.org/',
			'tests/fixtures/links/roles/sample-role.md:19  https://bare.example.org/page',
			'tests/fixtures/links/roles/sample-role.md:21  https://images.example.org/chart.png',
			'tests/fixtures/links/roles/sample-role.md:32  https://guide.example.org/v2#setup',
			// Skill YAML: docs and each resource's url; a URL inside a sentence is not a link.
			'tests/fixtures/links/skills/sample-skill.yaml:4  https://docs.example.org/',
			'tests/fixtures/links/skills/sample-skill.yaml:7  https://docs.example.org/',
			'tests/fixtures/links/skills/sample-skill.yaml:11  https://course.example.org/learn',
		]);
	});
});

// Each run starts Node and loads the site config: seconds, not milliseconds.
describe('the command', { timeout: 20_000 }, () => {
	const script = resolve('scripts/links-external.ts');
	// execFile, not execFileSync: the test servers live in this process and must keep answering.
	const run = (cwd: string, args: string[]) =>
		promisify(execFile)(process.execPath, [script, ...args], { cwd }).then(
			({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
			(error: unknown) => error as { stdout: string; stderr: string; code: number },
		);

	test('prints the report for ./content, refuses to connect to this machine and exits 1', async () => {
		// The weekly workflow runs this command: a URL into the runner's own network is a dead link
		// that is never requested, in every way an address can be written.
		const server = await startServer({ '/ok': answer(200), '/missing': answer(404) });
		const port = new URL(server.origin).port;
		const dir = await writeContent({
			'content/skills/s.yaml': [
				`docs: http://127.0.0.1:${port}/ok`,
				'resources:',
				`  - url: http://2130706433:${port}/decimal`,
				`  - url: http://[::ffff:127.0.0.1]:${port}/mapped`,
				`  - url: http://0x7f.1:${port}/hex`,
				'',
			].join('\n'),
		});
		temporary.push(dir);
		const refused = (address: string, note = '') =>
			`not requested: ${address} is a loopback address${note}; the checker connects only to public addresses`;
		try {
			const { stdout, code } = await run(dir, ['--concurrency', '2']);
			expect(stdout.split('\n')).toEqual([
				'Dead links (4):',
				`content/skills/s.yaml:1  http://127.0.0.1:${port}/ok  ${refused('127.0.0.1')}`,
				`content/skills/s.yaml:3  http://2130706433:${port}/decimal  ${refused('127.0.0.1')}`,
				`content/skills/s.yaml:4  http://[::ffff:127.0.0.1]:${port}/mapped  ${refused('::ffff:7f00:1', ' (IPv4 127.0.0.1 inside IPv6)')}`,
				`content/skills/s.yaml:5  http://0x7f.1:${port}/hex  ${refused('127.0.0.1')}`,
				'4 URLs in 1 file (4 places): 0 fine, 4 dead, 0 redirected, 0 refused the checker, 0 not checked.',
				'',
			]);
			expect(code).toBe(1);

			const json = await run(dir, ['--json']);
			expect(JSON.parse(json.stdout)).toMatchObject({
				exitCode: 1,
				networkUnreachable: false,
				links: [
					{
						url: `http://127.0.0.1:${port}/ok`,
						outcome: 'dead',
						detail: refused('127.0.0.1'),
						sites: [{ file: 'content/skills/s.yaml', line: 1 }],
					},
					{ url: `http://127.0.0.1:${port}/decimal`, outcome: 'dead' },
					{ url: `http://[::ffff:7f00:1]:${port}/mapped`, outcome: 'dead' },
					{ url: `http://127.0.0.1:${port}/hex`, outcome: 'dead' },
				],
			});
			expect(server.seen).toEqual([]);
		} finally {
			await server.close();
		}
	});

	test('refuses a bad option with exit code 2', async () => {
		const result = await run(tmpdir(), ['--concurrency', 'lots']);
		expect(result.code).toBe(2);
		expect(result).toMatchObject({
			stderr:
				'links:external: --concurrency must be a whole number from 1 to 64, like --concurrency 8; got "lots"\n',
		});
	});

	test.each([
		[
			['--timeout', 'abc'],
			'--timeout must be a positive number of seconds, like --timeout 10; got "abc"',
		],
		[
			['--timeout', '0'],
			'--timeout must be a positive number of seconds, like --timeout 10; got "0"',
		],
		[['--limit=-5'], '--limit must be a positive number of seconds, like --limit 300; got "-5"'],
		[
			['--concurrency', '100'],
			'--concurrency must be a whole number from 1 to 64, like --concurrency 8; got "100"',
		],
		[
			['--verbose'],
			"Unknown option '--verbose'\nusage: npm run links:external -- [--timeout <seconds>] [--concurrency <n>] [--limit <seconds>] [--json]",
		],
	])('%j is refused', (args, error) => {
		expect(parseOptions(args)).toEqual({ error });
	});

	test('reads seconds and counts into the checker’s milliseconds', () => {
		expect(
			parseOptions(['--timeout', '2.5', '--concurrency', '4', '--limit', '60', '--json']),
		).toEqual({
			timeout: 2500,
			concurrency: 4,
			limit: 60_000,
			json: true,
		});
	});
});
