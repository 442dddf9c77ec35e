import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/offline';
import { axe } from './axe';
import { roleData } from './role-data';

const ROLE = '/roles/backend-engineer/';
const MILESTONE = /Publish an OpenAPI description/;

/** Waits until the service worker controls the page and has kept the page itself. */
async function kept(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.waitForFunction(async (path) => {
		const cache = await caches.open('rolemap-pages');
		return (await cache.match(path)) !== undefined;
	}, new URL(page.url()).pathname);
}

async function saveForOffline(page: Page): Promise<void> {
	const { essays } = await roleData(page, 'backend-engineer');
	await page.getByRole('button', { name: 'Save for offline' }).click();
	await expect(
		page.getByText(
			new RegExp(`^Saved for offline: the role, \\d+ skill pages and ${essays.length} essays\\.$`),
		),
	).toBeVisible();
}

test.describe('offline reading', () => {
	test('a visited role page reloads offline with its content and its ticked milestones', async ({
		page,
		context,
	}) => {
		await page.goto(ROLE);
		await page.getByRole('checkbox', { name: MILESTONE }).check();
		await kept(page);

		await context.setOffline(true);
		await page.reload();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'How to become a Backend Engineer',
		);
		await expect(page.getByRole('checkbox', { name: MILESTONE })).toBeChecked();
		await expect(page.getByText(/^1 of \d+ milestones done\.$/)).toBeVisible();
		// Styled (the stylesheet is in the page) and its scripts came from the worker's cache too:
		// the checkbox above was ticked by the progress script.
		expect(
			await page.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0),
		).toBeGreaterThan(10);
	});

	test('"Save for offline" keeps the skill pages and essays of the roadmap', async ({
		page,
		context,
	}) => {
		await page.goto(ROLE);
		await kept(page);
		await saveForOffline(page);

		await context.setOffline(true);
		const roadmap = page.getByRole('region', { name: 'Step-by-step roadmap' });
		await roadmap.locator('summary', { hasText: /^PostgreSQL/ }).click();
		await roadmap.getByRole('link', { name: /^PostgreSQL: topics in order/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/PostgreSQL/);
		await page.goto('/essays/observability-first/');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
		// The footer lists what is kept.
		const footerList = page
			.getByRole('contentinfo')
			.getByRole('region', { name: 'Saved for offline' });
		await expect(footerList.getByRole('link', { name: 'Backend Engineer' })).toBeVisible();
	});

	test('a role page loads its saving code only when the reader heads for the button; Enter saves', async ({
		page,
	}) => {
		const loaded = () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((entry) => entry.name)
					.filter((name) => name.includes('offline-ui')),
			);
		await page.goto(ROLE);
		await kept(page);
		expect(await loaded()).toEqual([]);
		await page.getByRole('button', { name: 'Save for offline' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByText(/^Saved for offline: the role, \d+ skill pages/)).toBeVisible();
		expect(await loaded()).toHaveLength(1);
	});

	test('"Save for offline" without a connection says so and keeps nothing', async ({
		page,
		context,
	}) => {
		await page.goto(ROLE);
		await kept(page);
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Save for offline' }).click();
		await expect(page.getByText('You are offline: connect to save this roadmap.')).toBeVisible();
		await expect(
			page.getByRole('contentinfo').getByRole('region', { name: 'Saved for offline' }),
		).toBeHidden();
	});

	test('an unvisited page offline shows the offline page, which lists saved pages and removes them', async ({
		page,
		context,
	}) => {
		await page.goto(ROLE);
		await kept(page);
		await saveForOffline(page);

		await context.setOffline(true);
		await page.goto('/roles/data-engineer/');

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
		const saved = page.getByRole('main').getByRole('region', { name: 'Saved for offline' });
		await expect(saved.getByRole('link', { name: 'Backend Engineer' })).toBeVisible();
		const visited = page.getByRole('region', { name: 'Pages you opened recently' });
		await expect(
			visited.getByRole('link', { name: 'How to become a Backend Engineer' }),
		).toBeVisible();
		// Pages only: not the roadmap's graph.svg the role page loaded.
		await expect(visited.locator('a[href$=".svg"]')).toHaveCount(0);

		// The offline page, filled in, is as accessible as any other, in both colour schemes.
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const { violations } = await axe(page).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		}

		// Removing it deletes its pages: a skill page only it held is gone offline.
		await saved
			.getByRole('button', { name: 'Remove Backend Engineer from offline reading' })
			.click();
		await expect(saved.getByText('Nothing saved yet.', { exact: false })).toBeVisible();
		await page.goto('/skills/postgresql/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	});

	test('search offline says plainly that it cannot search when its files were never loaded', async ({
		page,
		context,
	}) => {
		await page.goto('/');
		await kept(page);
		await context.setOffline(true);
		await page.keyboard.press('/');
		await page.keyboard.type('kubernetes');
		await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
			/^Search is not available offline/,
		);
	});

	test('search works offline over the files loaded when it was first used', async ({
		page,
		context,
	}) => {
		await page.goto('/');
		await kept(page);
		await page.keyboard.press('/');
		await page.keyboard.type('kubernetes');
		await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
			/results? for “kubernetes”/,
		);
		await page.keyboard.press('Escape');

		await context.setOffline(true);
		await page.reload();
		await page.keyboard.press('/');
		await page.keyboard.type('kubernetes');
		await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
			/results? for “kubernetes”/,
		);
	});
});
test('in Spanish: a saved roadmap keeps its graph offline, and an unvisited page offline shows the Spanish offline page', async ({
	page,
	context,
}) => {
	await page.goto('/es/roles/backend-engineer/');
	await kept(page);
	await page.getByRole('button', { name: 'Guardar sin conexión' }).click();
	await expect(page.getByText(/^Guardado sin conexión: /)).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Cómo llegar a ser Ingeniero/a backend',
	);
	const graph = page.locator('figure.graph svg');
	await graph.scrollIntoViewIfNeeded();
	await expect(graph.locator('text.gh').first()).toHaveText('Fase 1');

	await page.goto('/es/roles/data-engineer/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Estás sin conexión');
	await expect(
		page.getByRole('main').getByRole('link', { name: 'Ingeniero/a backend' }).first(),
	).toBeVisible();
});

/** Gives every built file a new hash, as the next deploy would, and changes the role page's text. */
function deployAgain(dir: string): void {
	const assets = join(dir, '_astro');
	const renames = new Map<string, string>();
	for (const name of readdirSync(assets)) {
		const renamed = name.replace(
			/([.-])([\w-]{8})\.(js|css)$/,
			(_, sep: string, hash: string, ext: string) =>
				`${sep}${hash.slice(4)}${hash.slice(0, 4)}.${ext}`,
		);
		if (renamed === name) continue;
		renames.set(name, renamed);
		// The old files are gone from the host, as they are after a real deploy.
		renameSync(join(assets, name), join(assets, renamed));
	}
	const rewrite = (file: string) => {
		let text = readFileSync(file, 'utf8');
		for (const [from, to] of renames) text = text.replaceAll(from, to);
		if (file.endsWith(join('backend-engineer', 'index.html')))
			text = text.replace(
				'>How to become a Backend Engineer</h1>',
				'>How to become a Backend Engineer today</h1>',
			);
		writeFileSync(file, text);
	};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && /\.(html|js|css)$/.test(entry.name) && entry.name !== 'sw.js')
			rewrite(join(entry.parentPath, entry.name));
	}
}

test.describe('a new deploy', () => {
	// Its own host on a free port (the same origin across both deploys, so the same worker scope).
	let port = 0;
	let server: ChildProcess | undefined;

	/** (Re)starts the host on the folder, as a deploy does: the server reads the files it has at start. */
	async function serve(dir: string): Promise<string> {
		if (server) {
			const stopped = new Promise((resolve) => server?.once('exit', resolve));
			server.kill();
			await stopped;
		}
		const started = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		server = started;
		const line = await new Promise<string>((resolve, reject) => {
			let output = '';
			started.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('\n')) resolve(output);
			});
			started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			started.once('exit', (code) => {
				reject(new Error(`The deploy's server stopped (exit ${code ?? 'signal'}): ${output}`));
			});
		});
		port = Number(/127\.0\.0\.1:(\d+)\//.exec(line)?.[1]);
		return `http://127.0.0.1:${port}`;
	}

	test.afterEach(() => {
		server?.kill();
		server = undefined;
		port = 0;
	});

	test('serves the new version on the next visit, keeps progress and the saved list, and the old tab keeps working', async ({
		context,
	}, testInfo) => {
		// Two copies of the site, a worker built by Workbox in this process and four tabs: 13 s on a quiet
		// machine, 1.5 min with both cores shared by a dozen processes (load 25).
		test.setTimeout(240_000);
		// Deploy 1: a copy of the built site on its own server.
		const dir = testInfo.outputPath('site');
		cpSync(process.env['ROLEMAP_TEST_DIST'] ?? 'dist', dir, { recursive: true });
		const origin = await serve(dir);

		const old = await context.newPage();
		await old.goto(`${origin}${ROLE}`);
		await old.getByRole('checkbox', { name: MILESTONE }).check();
		await kept(old);
		await saveForOffline(old);
		const firstScript = (page: Page) =>
			page.evaluate(() => document.querySelector('script[src^="/_astro/"]')?.getAttribute('src'));
		const oldScript = await firstScript(old);

		// Deploy 2: new hashes for every script, the old files removed, a new worker.
		deployAgain(dir);
		await writeServiceWorker(dir);
		expect(await serve(dir)).toBe(origin);
		const failed: string[] = [];
		context.on('requestfailed', (request) => failed.push(request.url()));
		context.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});

		// The next visit shows the new version with its new files, and the reader's progress and list.
		const next = await context.newPage();
		await next.goto(`${origin}${ROLE}`);
		await expect(next.getByRole('heading', { level: 1 })).toHaveText(
			'How to become a Backend Engineer today',
		);
		const newScript = await firstScript(next);
		expect(newScript).not.toBe(oldScript);
		expect(
			await next.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0),
		).toBeGreaterThan(10);
		await expect(next.getByRole('checkbox', { name: MILESTONE })).toBeChecked();
		await expect(
			next.getByRole('contentinfo').getByRole('link', { name: 'Backend Engineer' }),
		).toBeVisible();

		// The tab still showing the old version loads its search code from the old deploy's files.
		await old.keyboard.press('/');
		await expect(old.getByRole('dialog')).toBeVisible();
		expect(failed).toEqual([]);

		// Once no tab shows the old version, the new worker takes over, offline too.
		await old.close();
		await next.close();
		const later = await context.newPage();
		await later.goto(`${origin}/`);
		await later.waitForFunction(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.waiting === null && registration.installing === null;
		});
		await later.close();
		const offline = await context.newPage();
		await context.setOffline(true);
		await offline.goto(`${origin}${ROLE}`);
		await expect(offline.getByRole('heading', { level: 1 })).toHaveText(
			'How to become a Backend Engineer today',
		);
		expect(await firstScript(offline)).toBe(newScript);
		expect(
			await offline.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0),
		).toBeGreaterThan(10);
		await expect(offline.getByRole('checkbox', { name: MILESTONE })).toBeChecked();
	});
});
