/**
 * The dev server as a contributor uses it (issue 35, and the clean console of issue 36): `astro dev`
 * over a copy of the fixture site, edited while a page is open. Its own server, so it runs with its own
 * config: `npx playwright test -c tests/e2e-dev`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { breakFirstSkill } from '../../scripts/bench/dev-feedback.mjs';
import { startDevServer } from '../../scripts/bench/dev-server.mjs';

type DevServer = Awaited<ReturnType<typeof startDevServer>>;

test.describe.configure({ mode: 'serial' });

let server: DevServer;

test.beforeAll(async () => {
	server = await startDevServer({ content: 'tests/fixtures/site' });
});

test.afterAll(async () => {
	await server.stop();
});

const ROLE = '/roles/backend-engineer/';

/** `npm run check`'s error lines for the server's content, as a contributor would run it. */
async function checkLines(): Promise<string[]> {
	const { stdout } = await promisify(execFile)(process.execPath, ['scripts/check.ts'], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: server.dir, FORCE_COLOR: '0' },
	}).catch((error: unknown) => error as { stdout: string });
	return stdout.split('\n').filter((line) => /^[./]/.test(line) && !line.includes('  warning: '));
}

/** Everything the page's console says, and every request that failed. */
function listen(page: Page): string[] {
	const heard: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning')
			heard.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => heard.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// A request the page gave up on as it reloaded (Vite reloads a page once, the first time it finds
		// the modules a page needs) never reaches the console.
		const reason = request.failure()?.errorText ?? '';
		if (reason !== 'net::ERR_ABORTED') heard.push(`failed: ${request.url()} ${reason}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) heard.push(`${response.status()}: ${response.url()}`);
	});
	return heard;
}

test('a role page in the dev server: nothing in the console, no failed request, the toolbar styled', async ({
	page,
}) => {
	// A fresh server's first visit finds the browser modules the page needs and reloads it once, with
	// "504 Outdated Optimize Dep" for the requests it cut short (Vite's, once per new dependency): the
	// page is judged from the visit after that, as a contributor meets it all day.
	await page.goto(server.url + ROLE);
	await page.waitForLoadState('networkidle');
	const heard = listen(page);
	await page.goto(server.url + ROLE);
	await expect(page.getByRole('heading', { level: 1, name: 'Backend Engineer' })).toBeVisible();
	// The service worker is registered after load; the toolbar draws itself after that.
	await page.waitForLoadState('load');
	await page.waitForTimeout(1500);
	expect(heard).toEqual([]);
	// Its own styles apply (a page policy made for built pages blocked them): the bar floats.
	await expect(page.locator('astro-dev-toolbar #dev-toolbar-root')).toHaveCSS('position', 'fixed');
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});

test('a broken reference: the terminal and every page show check’s line until the fix, then the page comes back', async ({
	page,
}) => {
	const file = join(server.dir, 'roles', 'backend-engineer.md');
	const original = await readFile(file, 'utf8');
	const { broken, id } = breakFirstSkill(original);
	await page.goto(server.url + ROLE);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Backend Engineer');

	const from = server.output().length;
	await writeFile(file, broken);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay.locator('#message-content')).toContainText(`unknown skill "${id}"`);

	// The same line `npm run check` prints, word for word, in the terminal and on the page.
	const lines = await checkLines();
	expect(lines).toHaveLength(1);
	const [line = ''] = lines;
	expect(line).toMatch(
		new RegExp(
			`roles/backend-engineer\\.md:(\\d+)  phases\\[0\\]\\.skills\\[0\\]  unknown skill "${id}": did you mean python\\?$`,
		),
	);
	await server.waitFor(new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), from);
	await expect(overlay.locator('#message-content')).toHaveText(line);
	await expect(overlay.locator('#title')).toHaveText(
		'Content check found 1 error: each line names the file, the field and the fix.',
	);
	// The file is shown at the line.
	const lineNumber = /\.md:(\d+)/.exec(line)?.[1] ?? '';
	await expect(overlay.locator('#code header h2')).toContainText(
		`roles/backend-engineer.md:${lineNumber}`,
	);

	// Every other page says the same, and renders nothing from the content.
	for (const path of ['/', '/skills/python/', '/es/roles/backend-engineer/']) {
		const response = await page.goto(server.url + path);
		expect(response?.status(), path).toBe(500);
		await expect(page.locator('vite-error-overlay #message-content'), path).toHaveText(line);
	}
	const json = await page.request.get(`${server.url}/api/roles.json`);
	expect(json.status()).toBe(500);
	expect(await json.text()).toContain(line);

	// The fix: the open page comes back by itself.
	await page.goto(server.url + ROLE);
	await expect(overlay).toBeVisible();
	await writeFile(file, original);
	await expect(overlay).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Backend Engineer');
	await server.waitFor(/no errors left, the pages are back/, from);
});

test('code in an MDX file is never compiled: the page, the module and its output never appear', async ({
	page,
}) => {
	const file = join(server.dir, 'essays', 'benign-mdx.mdx');
	const original = await readFile(file, 'utf8');
	const marker = join(server.dir, '..', 'ran');
	// Compiled once while it was clean, so the server holds a module for it.
	await page.goto(`${server.url}/essays/benign-mdx/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shortcuts worth learning');

	await writeFile(
		file,
		`${original}\nexport const ran = await import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'export'));\n\n{import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'expression'))}\n`,
	);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay.locator('#title')).toContainText('The content guard found 2 problems');
	await expect(overlay.locator('#message-content')).toContainText('essays/benign-mdx.mdx:');

	const response = await page.goto(`${server.url}/essays/benign-mdx/`);
	expect(response?.status()).toBe(500);
	// Asked for as a module, by its path: refused too.
	const module = await page.request.get(`${server.url}/@fs${file}`);
	expect(module.status()).toBe(500);
	expect(await module.text()).toContain('the dev server does not compile it');
	await page.waitForTimeout(1000);
	expect(existsSync(marker)).toBe(false);

	await writeFile(file, original);
	await expect(overlay).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shortcuts worth learning');
	expect(existsSync(marker)).toBe(false);
});

test('content quoted in a message stays text in the overlay: no link, no markup', async ({
	page,
}) => {
	const file = join(server.dir, 'roles', 'backend-engineer.md');
	const original = await readFile(file, 'utf8');
	await page.goto(server.url + ROLE);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Backend Engineer');
	// A key the schema does not know is quoted in its message.
	await writeFile(
		file,
		original.replace(
			/^track: /m,
			"'[see the fix](javascript:document.title=1)': 1\n'<img src=x onerror=alert(1)>': 2\ntrack: ",
		),
	);
	const message = page.locator('vite-error-overlay #message-content');
	await expect(message).toContainText('see the fix');
	await expect(message.locator('a, img')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	await writeFile(file, original);
	await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});
