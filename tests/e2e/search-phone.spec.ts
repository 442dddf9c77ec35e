import { expect, test } from '@playwright/test';

// A reader on a mid-range phone: Chromium's CPU slowed 4× (Lighthouse's mobile factor), "kubernetes"
// typed at a steady 120 ms a key into the search dialog. The bench holds the tight targets (no task
// over 50 ms); this test is generous so it stays steady on a shared machine, and fails if search work
// comes back to the page's thread. A timing on a shared two-core machine can be hit by another
// process: the measurement is taken again, up to twice, before it counts as a failure (the old
// main-thread search cost 200–300 ms tasks at 4× on every run).
test.describe.configure({ retries: 2 });

test('the dialog fetches and searches the instant index on a worker, not on the page', async ({
	page,
}) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.keyboard.type('postgres');
	await expect(page.locator('#search-dialog-status')).toContainText('for “postgres”');
	// A fetch made by a worker is in the worker's own timeline, never the page's.
	const fetchedByPage = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name).pathname)
			.filter((path) => /search-index/.test(path)),
	);
	expect(fetchedByPage).toEqual([]);
	expect(page.workers().some((worker) => /instant-worker/.test(worker.url()))).toBe(true);
});

test('typing in the search dialog on a slow phone never blocks the page for 100 ms', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await page.evaluate(() => {
		const tasks: number[] = [];
		(window as unknown as { longTasks: number[] }).longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
	await page.keyboard.press('/');
	const input = page.getByRole('dialog', { name: 'Search Rolemap' }).getByRole('searchbox');
	await expect(input).toBeFocused();
	// Opening the dialog fetches and prepares the instant index; typing starts once it is ready,
	// as a reader reads the dialog before typing.
	await page.keyboard.type('k');
	await expect(page.locator('#search-dialog-results a').first()).toBeVisible();
	await page.keyboard.press('Backspace');
	await expect(page.locator('#search-dialog-status')).toHaveText('');
	// Pagefind loads once the instant index has answered, and starts its own worker when ready: a
	// reader reading the dialog before typing gives it that time.
	await expect
		.poll(() =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.some((entry) => entry.name.endsWith('/pagefind/pagefind-worker.js')),
			),
		)
		.toBe(true);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
	await page.keyboard.type('kubernetes', { delay: 120 });
	await expect(page.locator('#search-dialog-status')).toContainText('for “kubernetes”');
	await expect(
		page
			.locator('#search-dialog-results')
			.getByRole('link', { name: /Kubernetes/ })
			.first(),
	).toBeVisible();
	const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	expect(
		Math.max(0, ...tasks),
		`long tasks while typing: ${tasks.map(Math.round).join(', ')} ms`,
	).toBeLessThan(100);
});
