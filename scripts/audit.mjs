#!/usr/bin/env node
// `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) for the home page, a role,
// an essay and search, served from dist/ with the production headers. Writes reports/lighthouse.md and
// one JSON report per page. Needs a built site (npm run build) and a Chromium (CHROME_PATH or /usr/bin/chromium).
// Each page is audited --runs times (3 by default) and the run with the median performance score is
// reported, as Lighthouse's own docs advise: one run on a shared machine swings by several points.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const PORT = 4329;
const PAGES = {
	home: '/',
	role: '/roles/backend-engineer/',
	essay: '/essays/walking-the-backend-path/',
	search: '/search/?q=postgres',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

const chromePath = findChromium();
if (!chromePath) {
	console.error('No Chromium found: set CHROME_PATH, or run npm test once as root to install it.');
	process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], {
	stdio: 'ignore',
});
await new Promise((done) => setTimeout(done, 600));
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

/** One Lighthouse run; a trace that failed to record (NO_NAVSTART and the like) is run again. */
async function audit(url, attempts = 3) {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
		});
		if (!result?.lhr.runtimeError || attempt >= attempts) return result;
		console.log(`  ${url}: ${result.lhr.runtimeError.code}, running again`);
	}
}

const rows = [];
try {
	await mkdir('reports', { recursive: true });
	for (const [name, path] of Object.entries(PAGES)) {
		const url = `http://127.0.0.1:${PORT}${path}`;
		const runs = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await audit(url);
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			runs.push(result);
		}
		const performance = (run) => run.lhr.categories['performance']?.score ?? 0;
		runs.sort((a, b) => performance(a) - performance(b));
		const result = runs[Math.floor(runs.length / 2)];
		const each = runs.map((run) => Math.round(performance(run) * 100));
		await writeFile(`reports/lighthouse-${name}.json`, String(result.report));
		const scores = CATEGORIES.map((id) =>
			Math.round((result.lhr.categories[id]?.score ?? 0) * 100),
		);
		const failing = Object.values(result.lhr.audits)
			.filter(
				(audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
			)
			.map((audit) => audit.id);
		rows.push({ name, path, scores, failing, each });
		console.log(
			`${name.padEnd(7)} ${scores.join(' / ')}  (performance of each run: ${each.join(', ')})  ${failing.join(', ')}`,
		);
	}
} finally {
	chrome.kill();
	server.kill();
}

const table = [
	'| Page | Path | Performance | Accessibility | Best practices | SEO | Performance of each run | Failing audits |',
	'| --- | --- | --- | --- | --- | --- | --- | --- |',
	...rows.map(
		(row) =>
			`| ${row.name} | \`${row.path}\` | ${row.scores.join(' | ')} | ${row.each.join(', ')} | ${row.failing.join(', ') || '—'} |`,
	),
].join('\n');
await writeFile(
	'reports/lighthouse.md',
	`# Lighthouse\n\nMeasured by \`npm run audit\` on ${new Date().toISOString().slice(0, 10)} (Lighthouse, mobile preset, served with public/_headers; the median of ${RUNS} runs per page).\n\n${table}\n`,
);
console.log('\nWrote reports/lighthouse.md');
if (rows.some((row) => row.scores.some((score) => score < 100))) process.exitCode = 1;
