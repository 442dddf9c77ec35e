import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBuiltSite, formatOutputProblem, OutputCheck } from '../../src/guard/output';

const ROLE = 'roles/backend-engineer/index.html';

/** A copy of one built page, changed by `change`. */
async function plantedAt(change: (html: string) => string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'rolemap-output-'));
	await cp('dist/roles/backend-engineer', join(dir, 'roles/backend-engineer'), { recursive: true });
	const html = await readFile(join(dir, ROLE), 'utf8');
	const changed = change(html);
	expect(changed).not.toBe(html);
	await writeFile(join(dir, ROLE), changed);
	return dir;
}

/** A copy of one built page with `markup` planted inside its content body. */
function planted(markup: string, where: 'body' | 'head' = 'body'): Promise<string> {
	return plantedAt((html) =>
		where === 'head'
			? html.replace('</head>', `${markup}</head>`)
			: html.replace(/(<div[^>]*data-content-body[^>]*>)/, `$1${markup}`),
	);
}

describe('the third wall: built pages are checked for what content may never produce', () => {
	test('the real site passes', async () => {
		expect(await checkBuiltSite('dist', 'content')).toEqual([]);
	});

	test.each([
		['<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<meta> outside <head>'],
		['<script>alert(1)</script>', '<script> inside a content body'],
		['<img src="x" onerror="alert(1)">', 'onerror= on <img>: event handlers run JavaScript'],
		['<a href="java\tscript:alert(1)">x</a>', 'javascript: URL in href= on <a>'],
		[
			'<form action="https://evil.example/"><input name="q"></form>',
			'<form> inside a content body',
		],
		['<iframe src="https://evil.example/"></iframe>', '<iframe> is never allowed on a page'],
		['<base href="https://evil.example/">', '<base> is never allowed on a page'],
	])('planting %s fails, naming the page and its content file', async (markup, message) => {
		const dir = await planted(markup);
		const problems = await checkBuiltSite(dir, 'content');
		expect(problems.map((problem) => formatOutputProblem(problem, dir))).toContainEqual(
			expect.stringContaining(`${ROLE} (content/roles/backend-engineer.md)  ${message}`),
		);
	});

	test('split between worker threads, the check finds the same problem on the same page', async () => {
		const dir = await planted('<img src="x" onerror="alert(1)">');
		await cp('dist/essays', join(dir, 'essays'), { recursive: true });
		const alone = await checkBuiltSite(dir, 'content', 1);
		expect(alone.map((problem) => problem.message)).toContain(
			'onerror= on <img>: event handlers run JavaScript',
		);
		expect(new Set(alone.map((problem) => problem.page))).toEqual(new Set([ROLE]));
		expect(await checkBuiltSite(dir, 'content', 3)).toEqual(alone);
	});

	test.each([
		['in the head', '<style>body { display: none }</style>', 'head' as const],
		['a second one before the page stylesheet', '<style>a { color: red }</style>', 'top' as const],
	])('an inline stylesheet the policy does not name fails: %s', async (_, markup, where) => {
		const dir =
			where === 'top'
				? await plantedAt((html) => html.replace('<style>', `${markup}<style>`))
				: await planted(markup, 'head');
		const problems = await checkBuiltSite(dir, 'content');
		expect(problems.map((problem) => problem.message)).toContain(
			"an inline <style> whose hash is not in the page's policy",
		);
	});

	test('the text "<style>" in a head script before the page stylesheet cannot hide what follows it', async () => {
		const dir = await plantedAt((html) =>
			html.replace(
				'<style>',
				'<script type="application/ld+json">"<style>"</script><meta http-equiv="refresh" content="0;url=https://evil.example/"><style>',
			),
		);
		const problems = await checkBuiltSite(dir, 'content');
		expect(problems.map((problem) => problem.message)).toContain(
			'<meta http-equiv="refresh"> is not allowed',
		);
	});

	test('a second policy <meta> in the head fails', async () => {
		const dir = await planted(
			'<meta http-equiv="content-security-policy" content="script-src *">',
			'head',
		);
		const problems = await checkBuiltSite(dir, 'content');
		expect(problems.map((problem) => problem.message)).toContain(
			'the page has 2 content-security-policy <meta> tags; it must have one',
		);
	});
});

describe('pages checked as they render, then every written file', () => {
	test('a file whose bytes are a page already checked is not parsed again', async () => {
		const dir = await plantedAt((html) => html.replace('</main>', '<p>Same page.</p></main>'));
		const check = new OutputCheck(1);
		await check.page(await readFile(join(dir, ROLE)), '/roles/backend-engineer/');
		expect(await check.site(dir, 'content')).toEqual([]);
		expect([check.rendered, check.parsedAfter]).toEqual([1, 0]);
	});

	test('a file changed after its page was handed over is parsed from the file, and fails', async () => {
		const clean = await readFile(`dist/${ROLE}`);
		const dir = await planted('<img src="x" onerror="alert(1)">');
		const check = new OutputCheck(2);
		await check.page(clean, '/roles/backend-engineer/');
		const problems = await check.site(dir, 'content');
		expect([check.rendered, check.parsedAfter]).toEqual([1, 1]);
		expect(problems.map((problem) => formatOutputProblem(problem, dir))).toContainEqual(
			expect.stringContaining(
				`${ROLE} (content/roles/backend-engineer.md)  onerror= on <img>: event handlers run JavaScript`,
			),
		);
	});

	test('a problem found as a page rendered is reported against the file written from it', async () => {
		const dir = await planted('<script>alert(1)</script>');
		const check = new OutputCheck(1);
		await check.page(await readFile(join(dir, ROLE)), '/roles/backend-engineer/');
		const problems = await check.site(dir, 'content');
		expect(check.parsedAfter).toBe(0);
		expect(problems.map((problem) => formatOutputProblem(problem, dir))).toEqual([
			expect.stringContaining(
				`${ROLE} (content/roles/backend-engineer.md)  <script> inside a content body`,
			),
		]);
	});

	test('a page handed over but never written is no finding', async () => {
		const dir = await plantedAt((html) => html.replace('</main>', '<p>Written.</p></main>'));
		const check = new OutputCheck(1);
		await check.page(Buffer.from('<!doctype html><p><script>alert(1)</script>'), '/elsewhere/');
		expect(await check.site(dir, 'content')).toEqual([]);
		expect(check.parsedAfter).toBe(1);
	});

	test('a page the check cannot read fails it, naming the page, and leaves nothing waiting', async () => {
		const dir = await plantedAt((html) => html.replace('</main>', '<p>Written.</p></main>'));
		const check = new OutputCheck(1);
		await check.page(undefined as unknown as Uint8Array, '/roles/unreadable/');
		await expect(check.site(dir, 'content')).rejects.toThrow(
			/^\/roles\/unreadable\/ could not be checked: TypeError/,
		);
	});

	test('a check closed while a page is still being parsed fails rather than waits', async () => {
		const dir = await plantedAt((html) => html.replace('</main>', '<p>Written.</p></main>'));
		const check = new OutputCheck(1);
		await check.page(await readFile(join(dir, ROLE)), '/roles/backend-engineer/');
		await check.close();
		await expect(check.site(dir, 'content')).rejects.toThrow('the output check was closed');
	});

	test('markup nested 100,000 deep is checked to the bottom, not a stack overflow', async () => {
		const deep = `${'<div>'.repeat(100_000)}<script>alert(1)</script>`;
		const dir = await planted(deep);
		const problems = await checkBuiltSite(dir, 'content', 1);
		expect(problems.map((problem) => problem.message)).toContain('<script> inside a content body');
	});
});
