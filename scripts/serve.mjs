#!/usr/bin/env node
// Serves a built site the way the CDN does: static files, 404.html for unknown paths, and the
// response headers listed in the site's _headers file. Used by the browser tests.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const [dir = 'dist', port = '4321'] = process.argv.slice(2);
const root = resolve(dir);
const notFound = existsSync(join(root, '404.html'))
	? readFileSync(join(root, '404.html'))
	: 'Not found';
const files = sirv(root, { dev: false, etag: true, dotfiles: false });

createServer((request, response) => {
	files(request, response, () => {
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(notFound);
	});
}).listen(Number(port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
