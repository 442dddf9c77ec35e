#!/usr/bin/env node
/**
 * How long a contributor waits, in `astro dev`, from saving a role with a broken skill reference to
 * the message: in the terminal and as the overlay on the open page; and from saving the fix to the
 * page shown again. Median of --rounds saves (5 by default).
 *
 *   node scripts/bench/dev-feedback.mjs                  the site's own content/ (16 roles)
 *   node scripts/bench/dev-feedback.mjs --content <dir>  a copy of any content folder
 *   node scripts/bench/dev-feedback.mjs --roles 1000     generated content (scripts/bench/generate.mjs)
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.mjs';
import { startDevServer } from './dev-server.mjs';
import { generateContent } from './generate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The role's first phase skill, renamed to an id no skill has.
 * @param {string} text - a role file
 * @returns {{ broken: string, id: string }} the file with the reference broken, and the unknown id
 */
export function breakFirstSkill(text) {
	const phases = text.indexOf('\nphases:');
	const skills = text.indexOf('skills:', phases);
	const match = /(\[\s*|-\s+)([a-z0-9-]+)/.exec(text.slice(skills + 'skills:'.length));
	if (phases === -1 || skills === -1 || !match?.[2]) throw new Error('no phase skill found');
	const at = skills + 'skills:'.length + match.index + (match[1]?.length ?? 0);
	const id = `${match[2]}-typo`;
	return { broken: text.slice(0, at) + id + text.slice(at + match[2].length), id };
}

const median = (/** @type {number[]} */ values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			roles: { type: 'string' },
			content: { type: 'string' },
			rounds: { type: 'string', default: '5' },
			seed: { type: 'string', default: '1' },
		},
	});
	const rounds = Number(values.rounds);
	let content = resolve(values.content ?? join(ROOT, 'content'));
	let generated;
	if (values.roles) {
		generated = await mkdtemp(join(tmpdir(), 'rolemap-dev-content-'));
		await generateContent({
			roles: Number(values.roles),
			seed: Number(values.seed),
			dir: generated,
		});
		content = generated;
	}
	const started = performance.now();
	const server = await startDevServer({ content });
	console.log(`dev server ready in ${Math.round(performance.now() - started)} ms (${server.url})`);
	const browser = await chromium.launch({
		executablePath: findChromium() ?? '/usr/bin/chromium',
		args: CHROMIUM_FLAGS,
	});
	try {
		// The first published role: a draft has no page.
		let role;
		for (const name of (await readdir(join(server.dir, 'roles'))).sort()) {
			const text = await readFile(join(server.dir, 'roles', name), 'utf8');
			if (name.endsWith('.md') && !/^draft: true$/m.test(text)) {
				role = name;
				break;
			}
		}
		if (!role) throw new Error('no role to edit');
		const file = join(server.dir, 'roles', role);
		const page = await browser.newPage();
		await page.goto(`${server.url}/roles/${role.replace(/\.md$/, '')}/`);
		await page.locator('h1').first().waitFor();
		const original = await readFile(file, 'utf8');
		const { broken, id } = breakFirstSkill(original);
		/** @type {{ terminal: number[], check: number[], overlay: number[], back: number[] }} */
		const times = { terminal: [], check: [], overlay: [], back: [] };
		for (let round = 0; round < rounds; round++) {
			let from = server.output().length;
			let saved = performance.now();
			await writeFile(file, broken);
			const overlay = page
				.locator('vite-error-overlay #message-content')
				.getByText(`unknown skill "${id}"`)
				.waitFor({ timeout: 60_000 })
				.then(() => performance.now());
			const terminal = await server.waitFor(
				new RegExp(`${role}:\\d+ .*unknown skill "${id}"`),
				from,
			);
			times.terminal.push(terminal - saved);
			// The run's own time, as the server prints it: the rest is the file system, the events and
			// Astro reloading the same file.
			times.check.push(
				Number(/found 1 error[^\n]*\((\d+) ms\)/.exec(server.output().slice(from))?.[1]),
			);
			times.overlay.push((await overlay) - saved);

			from = server.output().length;
			saved = performance.now();
			await writeFile(file, original);
			await server.waitFor(/no errors left/, from);
			await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 60_000 });
			await page.locator('h1').first().waitFor();
			times.back.push(performance.now() - saved);
			// Let the reload settle before the next save.
			await page.waitForLoadState('load');
		}
		const row = (/** @type {number[]} */ list) =>
			`median ${Math.round(median(list))} ms (${list.map((ms) => Math.round(ms)).join(', ')})`;
		console.log(
			`${values.roles ? `${values.roles} generated roles` : content}, ${rounds} saves, load average ${loadavg()[0]?.toFixed(2)}`,
		);
		console.log(`save → terminal message     ${row(times.terminal)}`);
		console.log(`  of which the checks        ${row(times.check)}`);
		console.log(`save → overlay on the page  ${row(times.overlay)}`);
		console.log(`fix → page shown again      ${row(times.back)}`);
	} finally {
		await browser.close();
		await server.stop();
		if (generated) await rm(generated, { recursive: true, force: true });
	}
}
