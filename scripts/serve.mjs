#!/usr/bin/env node
// Serves a built site the way the CDN does: static files, 404.html for unknown paths, and the
// response headers listed in the site's _headers file. Used by the browser tests and the audit.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
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

createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
	files(request, response, () => {
		response.statusCode = 404;
		response.setHeader('content-type', 'text/html; charset=utf-8');
		response.end(notFound);
	});
}).listen(Number(port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
