#!/usr/bin/env node
// Serves a built site the way the CDN does: static files, 404.html for unknown paths, and the
// response headers listed in the site's _headers file. Used by the browser tests and the audit.
//   node scripts/serve.mjs [dir] [port]     (dist and 4321 by default; port 0 takes any free port, and
//   the line it prints names the port it got). Every answer says which build it serves
//   (x-rolemap-build, from the site's build stamp) and, for the browser tests, which run started it
//   (x-rolemap-test-run, from ROLEMAP_TEST_RUN): a test can tell its own server from another's.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { readStamp } from '../src/integrations/build-stamp.ts';
import { headersFor, parseHeaders } from '../src/lib/headers.ts';

const [dir = 'dist', port = '4321'] = process.argv.slice(2);
const root = resolve(dir);
const read = (name, fallback) =>
	existsSync(join(root, name)) ? readFileSync(join(root, name)) : fallback;
const notFound = read('404.html', 'Not found');
const rules = parseHeaders(read('_headers', '').toString());
// The benchmark writes .gz files beside text files and asks for them, as a host compresses on the way out.
const gzip = process.env['ROLEMAP_SERVE_GZIP'] === '1';
const files = sirv(root, { dev: false, etag: true, dotfiles: false, gzip });
const build = readStamp(root)?.id ?? 'none';
const run = process.env['ROLEMAP_TEST_RUN'];

createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
	response.setHeader('x-rolemap-build', build);
	if (run) response.setHeader('x-rolemap-test-run', run);
	files(request, response, () => {
		response.statusCode = 404;
		response.setHeader('content-type', 'text/html; charset=utf-8');
		response.end(notFound);
	});
})
	.on('error', (error) => {
		console.error(
			/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
				? `Port ${port} on 127.0.0.1 is taken by another program. Pick another (ROLEMAP_TEST_PORT=<port> for the browser tests), or give 0 for any free port.`
				: `The server could not start: ${error.message}`,
		);
		process.exit(1);
	})
	.listen(Number(port), '127.0.0.1', function () {
		const address = this.address();
		const bound = typeof address === 'object' && address ? address.port : port;
		console.log(`Serving ${root} at http://127.0.0.1:${bound}/`);
	});
