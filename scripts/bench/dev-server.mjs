/**
 * `astro dev` over a copy of some content, on a free port, for the dev-server browser test
 * (tests/e2e-dev/) and the save-to-message benchmark (dev-feedback.mjs): the content is copied to a
 * temporary folder the caller may edit, and the server's output is kept so a caller can wait for a line.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** @returns {Promise<number>} a TCP port that was free a moment ago */
export function freePort() {
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
 * Starts the dev server over a copy of a content folder.
 * @param {{ content: string, timeoutMs?: number }} options - `content`: the folder to copy
 * @returns {Promise<{
 *   url: string,
 *   dir: string,
 *   output: () => string,
 *   waitFor: (pattern: RegExp, from?: number, timeoutMs?: number) => Promise<number>,
 *   stop: () => Promise<void>,
 * }>} `dir` is the copy (edit it); `waitFor` resolves with the time (performance.now()) the first
 *   line matching `pattern` after offset `from` of the output was printed
 */
export async function startDevServer({ content, timeoutMs = 120_000 }) {
	const work = await mkdtemp(join(tmpdir(), 'rolemap-dev-'));
	const dir = join(work, 'content');
	await cp(content, dir, { recursive: true });
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: ROOT,
			env: {
				...process.env,
				ROLEMAP_CONTENT_DIR: dir,
				ROLEMAP_CACHE_DIR: join(work, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				// No colours: lines are matched as text.
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		},
	);
	let text = '';
	/** @type {{ pattern: RegExp, from: number, done: (at: number) => void }[]} */
	let waiting = [];
	const onData = (/** @type {Buffer} */ chunk) => {
		const at = performance.now();
		text += chunk.toString();
		waiting = waiting.filter((wait) => {
			if (!wait.pattern.test(text.slice(wait.from))) return true;
			wait.done(at);
			return false;
		});
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	const exited = new Promise((done) => child.once('exit', done));

	/** @type {(pattern: RegExp, from?: number, ms?: number) => Promise<number>} */
	const waitFor = (pattern, from = 0, ms = timeoutMs) =>
		new Promise((done, fail) => {
			if (pattern.test(text.slice(from))) {
				done(performance.now());
				return;
			}
			const timer = setTimeout(
				() =>
					fail(
						new Error(
							`The dev server printed no line matching ${pattern} in ${ms} ms. It printed:\n${text.slice(from)}`,
						),
					),
				ms,
			);
			waiting.push({
				pattern,
				from,
				done: (at) => {
					clearTimeout(timer);
					done(at);
				},
			});
		});

	const stop = async () => {
		if (child.exitCode === null && child.pid) {
			// The server and anything it started: its own process group.
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
			await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
		}
		await rm(work, { recursive: true, force: true });
	};

	try {
		await Promise.race([
			waitFor(/watching for file changes/),
			exited.then(() => {
				throw new Error(`The dev server stopped before it was ready:\n${text}`);
			}),
		]);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url: `http://127.0.0.1:${port}`, dir, output: () => text, waitFor, stop };
}
