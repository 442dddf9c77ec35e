import { expect, test, type Page } from '@playwright/test';

// These tests hold back or refuse the index's files with page.route, which never sees a request the
// site's service worker makes. A first visit's worker takes control of the page part way through a
// test (clients.claim), after which the index's next file would come from the real site. Offline
// search is tested with the worker in offline.spec.ts.
test.use({ serviceWorkers: 'block' });

test.describe('search dialog', () => {
	test('"/" opens it with focus in the box, and Esc closes it and returns focus', async ({
		page,
	}) => {
		await page.goto('/roles/backend-engineer/');
		const rolesLink = page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Roles' });
		await rolesLink.focus();

		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Search Rolemap' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('searchbox')).toBeFocused();

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(rolesLink).toBeFocused();
	});

	test('Ctrl+K opens it too, and the header button is labelled', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Search /' })).toBeVisible();
		await page.keyboard.press('Control+k');
		await expect(page.getByRole('dialog', { name: 'Search Rolemap' })).toBeVisible();
	});

	test('"postgres" lists Backend Engineer as you type, with the match highlighted', async ({
		page,
	}) => {
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('postgres');
		const results = page.locator('#search-dialog-results');
		await expect(
			results.getByRole('link', { name: 'How to become a Backend Engineer' }),
		).toBeVisible();
		await expect(results.locator('mark').first()).toBeVisible();
	});

	test('arrow keys move through results and Enter opens one', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('kubernetes');
		// Wait for the results of the whole word, not of the letters typed while it loaded.
		await expect(page.locator('#search-dialog-status')).toContainText('for “kubernetes”');
		const first = page.locator('#search-dialog-results a').first();
		await expect(first).toBeVisible();
		const href = await first.getAttribute('href');

		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href}$`));
	});

	test('focus stays inside the open dialog', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Search Rolemap' });
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(() =>
				Boolean(document.activeElement?.closest('#search-dialog')),
			);
			expect(inside).toBe(true);
		}
		await expect(dialog).toBeVisible();
	});
});

test.describe('instant search', () => {
	test('a skill alias lists a role that needs the skill first, before Pagefind has loaded', async ({
		page,
	}) => {
		// Pagefind never arrives: what shows comes from the instant index alone.
		const pagefind: string[] = [];
		await page.route('**/pagefind/**', async (route) => {
			pagefind.push(route.request().url());
			await route.abort();
		});
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('a11y');

		const results = page.locator('#search-dialog-results');
		const first = results.getByRole('link').first();
		await expect(first).toHaveAccessibleName(/^How to become an? .+ \(role\)$/);
		await expect(results.getByText('Needs Accessibility (a11y)').first()).toBeVisible();
		await expect(page.locator('#search-dialog-status')).toContainText('for “a11y”');
		expect(await page.locator('#search-dialog-results mark').count()).toBeGreaterThan(0);

		await page.goto((await first.getAttribute('href')) ?? '/');
		const roadmap = page.getByRole('region', { name: 'Step-by-step roadmap' });
		await expect(roadmap.locator('summary', { hasText: /^Accessibility/ })).toBeVisible();
		// Pagefind was asked for and refused, so it answered none of the above.
		expect(pagefind.length).toBeGreaterThan(0);
	});

	test('pointing at the search button fetches the instant index, and nothing of Pagefind', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto('/roles/');
		await page.getByRole('button', { name: 'Search /' }).hover();
		await expect.poll(() => requests.includes('/search-index.json')).toBe(true);
		expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	});

	test('a typo of one letter still finds the skill', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('kubernets');
		await expect(
			page.locator('#search-dialog-results').getByRole('link', { name: 'Kubernetes (skill)' }),
		).toBeVisible();
	});

	test('full-text results join below without moving the selected result', async ({ page }) => {
		// Pagefind is held back until a result is selected, then let through.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('kubernetes');
		const results = page.locator('#search-dialog-results');
		const first = results.getByRole('link').first();
		await expect(first).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const selected = results.getByRole('link').nth(1);
		await expect(selected).toBeFocused();
		const before = await selected.boundingBox();
		const name = await selected.textContent();

		release();
		// Pagefind's script, WebAssembly, index and fragments all load now: allow a shared machine time.
		const fullText = results.getByRole('heading', { name: 'Also in the full text' });
		await expect(fullText).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('#search-dialog-status')).toContainText('pages mention it');
		await expect(selected).toBeFocused();
		expect(await selected.textContent()).toBe(name);
		expect(await selected.boundingBox()).toEqual(before);
		// The full-text results come after every instant result.
		const order = await results.locator('h3:visible').allTextContents();
		expect(order.at(-1)).toBe('Also in the full text');
		// They name only pages the lists above do not, five at the most.
		const more = await results.locator('ul').nth(2).getByRole('link').count();
		expect(more).toBeGreaterThan(0);
		expect(more).toBeLessThanOrEqual(5);
		const hrefs = await results
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(new Set(hrefs).size).toBe(hrefs.length);
	});

	test('excerpts show the page’s own text, never its list of other names', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('python3');
		const results = page.locator('#search-dialog-results');
		await expect(results.getByRole('heading', { name: 'Also in the full text' })).toBeVisible({
			timeout: 15_000,
		});
		// Every full-text result matched "python3" only through the names indexed after its text.
		await expect(results.locator('ul').nth(2).locator('li').first()).toBeVisible();
		const text = (await results.innerText()).toLowerCase();
		expect(text).not.toContain('also searched as');
		expect(text).not.toContain('py, python3, cpython');
		expect(text).not.toMatch(/python3 cpython/);
	});

	test('the search page shows instant results without Pagefind too', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/search/?q=postgres');
		const results = page.locator('#search-results');
		await expect(results.getByRole('link', { name: 'PostgreSQL (skill)' })).toBeVisible();
		await expect(page.getByRole('status')).toContainText('results for “postgres”');
	});

	test('the search page draws twenty results at a time and shows more on request', async ({
		page,
	}) => {
		await page.goto('/search/?q=postgres');
		const items = page.locator('#search-results > li');
		const status = page.getByRole('status');
		await expect(status).toContainText(/showing the first 20\.$/);
		await expect(items).toHaveCount(20);
		// Pagefind waits until the reader nears the end of the instant results.
		const pagefindFiles = () =>
			page.evaluate(
				() =>
					performance.getEntriesByType('resource').filter(({ name }) => name.includes('/pagefind/'))
						.length,
			);
		expect(await pagefindFiles()).toBe(0);
		const total = Number(/^(\d+) results/.exec(await status.innerText())?.[1]);
		expect(total).toBeGreaterThan(20);
		// The essay that names PostgreSQL ranks below the first twenty: one press brings it in.
		const essay = page.locator('#search-results').getByRole('link', {
			name: 'How to become a Backend Engineer',
		});
		await expect(essay).toHaveCount(0);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect(items).toHaveCount(Math.min(total, 40));
		await expect(essay).toBeVisible();
		// Keyboard readers go on from the first new result, not from the top of the page.
		await expect(items.nth(20).getByRole('link')).toBeFocused();
		if (total > 40) await expect(status).toContainText('showing the first 40');
		else await expect(status).not.toContainText('showing the first');

		// The full text is searched once the end of the instant results nears the screen, and loads
		// its fragments a page at a time too, leaving out pages listed above.
		await page.locator('#search-more-near').scrollIntoViewIfNeeded();
		await expect(page.getByRole('heading', { name: 'Also in the full text' })).toBeVisible();
		const more = page.locator('#search-more > li');
		await expect(more.first()).toBeVisible();
		expect(await pagefindFiles()).toBeGreaterThan(0);
		await expect(status).toContainText(/the full text matches \d+ pages\.$/);
		const before = await more.count();
		expect(before).toBeLessThanOrEqual(20);
		const moreButton = page.getByRole('button', { name: 'Show more from the full text' });
		if (await moreButton.isVisible()) {
			await moreButton.click();
			await expect.poll(() => more.count()).toBeGreaterThan(before);
		}
		const listed = await page
			.locator('#search-results a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		const fullText = await page
			.locator('#search-more a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		expect(fullText.filter((path) => listed.includes(path))).toEqual([]);
		expect(new Set(fullText).size).toBe(fullText.length);
	});
});

test.describe('an instant index in several files', () => {
	/**
	 * Serves the real index as a large catalogue's would be: the first two roles in
	 * /search-index.json, the rest in /search-index-1.json, held back until `release` is called.
	 */
	async function splitIndex(page: Page) {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let rest: unknown[] = [];
		await page.route('**/search-index.json', async (route) => {
			const index = (await (await route.fetch()).json()) as { roles: unknown[] };
			rest = index.roles.slice(2);
			await route.fulfill({ json: { ...index, roles: index.roles.slice(0, 2), shards: 1 } });
		});
		await page.route('**/search-index-1.json', async (route) => {
			await held;
			await route.fulfill({ json: { roles: rest } });
		});
		return () => {
			release();
		};
	}

	/** The index split as above, Pagefind refused (its results would list roles too), `query` typed into the dialog. */
	async function typeWithSplitIndex(page: Page, query: string) {
		const release = await splitIndex(page);
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type(query);
		return release;
	}

	test('the first file answers at once, and roles from the next join when it arrives', async ({
		page,
	}) => {
		const release = await typeWithSplitIndex(page, 'postgres');
		const results = page.locator('#search-dialog-results');
		const backend = results.getByRole('link', { name: 'How to become a Backend Engineer' });
		// The skill answers from the first file; Backend Engineer is in the second.
		await expect(results.getByRole('link', { name: 'PostgreSQL (skill)' })).toBeVisible();
		await expect(backend).toHaveCount(0);
		release();
		await expect(backend).toBeVisible();
	});

	test('a result the reader has selected does not move when more roles arrive', async ({
		page,
	}) => {
		const release = await typeWithSplitIndex(page, 'postgres');
		const links = page.locator('#search-dialog-results').getByRole('link');
		await expect(links.first()).toBeVisible();
		const before = await links.allTextContents();
		await page.keyboard.press('ArrowDown');
		await expect(links.first()).toBeFocused();
		release();
		await page.waitForResponse('**/search-index-1.json');
		// Two animation frames: anything drawn in answer to the file would be on screen by now.
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
		expect(await links.allTextContents()).toEqual(before);
		await expect(links.first()).toBeFocused();
	});

	test('the search page waits for every file, so a sorted list holds every role', async ({
		page,
	}) => {
		const release = await splitIndex(page);
		// Every list of results the page draws, from the first: one drawn before the second file came
		// would lack the roles in it.
		await page.addInitScript(() => {
			const drawn: string[][] = [];
			Object.assign(window, { drawn });
			new MutationObserver(() => {
				const links = [...document.querySelectorAll('#search-results a')].map(
					(link) => link.textContent,
				);
				if (links.length > 0 && links.join() !== drawn.at(-1)?.join()) drawn.push(links);
			}).observe(document, { childList: true, subtree: true });
		});
		const second = page.waitForRequest('**/search-index-1.json');
		await page.goto('/search/?q=postgres&type=role');
		const results = page.locator('#search-results');
		// The first file has answered and the page asks for the second, which is held.
		await second;
		await expect(results.getByRole('link')).toHaveCount(0);
		release();
		const backend = 'How to become a Backend Engineer';
		await expect(results.getByRole('link', { name: backend })).toBeVisible();
		const drawn = await page.evaluate(() => (window as unknown as { drawn: string[][] }).drawn);
		expect(drawn[0]?.some((text) => text.startsWith(backend))).toBe(true);
	});
});

test.describe('search page', () => {
	test('finds instant results on a worker thread, so the page paints and answers taps as it loads', async ({
		page,
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/search/?q=postgres');
		const results = page.locator('#search-results');
		await expect(results.getByRole('link', { name: 'PostgreSQL (skill)' })).toBeVisible();
		expect(
			workers.filter((path) => /^\/_astro\/instant-worker-[\w-]+\.js$/.test(path)),
		).toHaveLength(1);
	});

	test('where no worker can start, the page finds the same results itself', async ({ page }) => {
		const listed = async () => {
			await expect(page.getByRole('status')).toContainText('results for “kubernetes”');
			return page.locator('#search-results').getByRole('link').allTextContents();
		};
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/search/?q=kubernetes&sort=pay');
		const onWorker = await listed();
		await page.addInitScript(() => {
			Reflect.deleteProperty(window, 'Worker');
		});
		await page.reload();
		expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
		expect(await listed()).toEqual(onWorker);
		expect(onWorker.length).toBeGreaterThan(3);
	});

	test('"k8s" lists a role that needs Kubernetes', async ({ page }) => {
		await page.goto('/search/?q=k8s&type=role');
		const results = page.locator('#search-results');
		await expect(results.getByRole('link').first()).toBeVisible();
		const first = await results.getByRole('link').first().getAttribute('href');
		await page.goto(first ?? '/');
		const roadmap = page.getByRole('region', { name: 'Step-by-step roadmap' });
		await expect(roadmap.locator('summary', { hasText: /^Kubernetes/ })).toBeVisible();
	});

	test('the track filter narrows results to that track', async ({ page }) => {
		await page.goto('/search/?q=python&type=role');
		const status = page.getByRole('status');
		await expect(status).toContainText('results for “python”');
		const before = await page.locator('#search-results > li').count();

		await page.getByRole('checkbox', { name: 'Data & AI' }).check();
		await expect(page).toHaveURL(/track=Data\+%26\+AI/);
		await expect(async () => {
			const after = await page.locator('#search-results > li').count();
			expect(after).toBeGreaterThan(0);
			expect(after).toBeLessThan(before);
		}).toPass();
		const tracks = await page
			.locator('#search-results > li p.text-sm.text-muted')
			.allTextContents();
		for (const line of tracks) expect(line).toContain('Data & AI');
	});

	test('sorting by pay lists the best-paid roles first, with their pay shown', async ({ page }) => {
		await page.goto('/search/?type=role&sort=pay');
		await expect(page.locator('#search-results > li').first()).toBeVisible();
		const pay = (
			await page.locator('#search-results > li p.text-sm.text-muted').allTextContents()
		).flatMap((line) => {
			const figure = /\$([\d.]+)K a year \(US\)/.exec(line)?.[1];
			return figure ? [Number(figure)] : [];
		});
		expect(pay.length).toBeGreaterThan(3);
		expect(pay).toEqual([...pay].sort((a, b) => b - a));
	});

	test('a shared URL restores the query, filters and sort, and Back returns to the previous search', async ({
		page,
	}) => {
		await page.goto('/search/?q=sql&type=role&track=Data+%26+AI&sort=months');
		await expect(
			page.getByRole('searchbox', { name: 'Search roles, skills, projects and essays' }),
		).toHaveValue('sql');
		await expect(page.getByRole('checkbox', { name: 'Roles' })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Data & AI' })).toBeChecked();
		await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('months');
		await expect(page.locator('#search-results > li').first()).toBeVisible();

		// Quickest to ready first: the months shown never go down.
		const months = (
			await page.locator('#search-results > li p.text-sm.text-muted').allTextContents()
		).map((line) => Number(/([\d.]+) months to ready/.exec(line)?.[1]));
		// An empty or unparsed list would sort trivially: every result must show its months.
		expect(months.length).toBeGreaterThan(1);
		expect(months.every((value) => Number.isFinite(value))).toBe(true);
		expect(months).toEqual([...months].sort((a, b) => a - b));

		await page.getByRole('checkbox', { name: 'Data & AI' }).uncheck();
		await expect(page).not.toHaveURL(/track=/);
		await page.goBack();
		await expect(page.getByRole('checkbox', { name: 'Data & AI' })).toBeChecked();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header search is a plain form to /search/, which explains that results need JavaScript', async ({
		page,
	}) => {
		await page.goto('/roles/');
		const search = page.getByRole('search');
		await search.getByRole('searchbox').fill('postgres');
		await search.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=postgres$/);
		await expect(page.getByText('Search results need JavaScript')).toBeVisible();
		await expect(page.getByRole('link', { name: 'browse every role roadmap' })).toHaveAttribute(
			'href',
			'/roles/',
		);
	});
});

test.describe('roles explorer', () => {
	test('narrows the roles by track, skill and time to ready', async ({ page }) => {
		await page.goto('/roles/');
		const cards = page.locator('li[data-track]:visible');
		const all = await cards.count();
		await page.getByRole('combobox', { name: 'Track' }).selectOption({ label: 'Data & AI' });
		await expect(page.getByRole('status')).toContainText(`of ${all} roles`);
		const inTrack = await cards.count();
		expect(inTrack).toBeLessThan(all);
		for (const track of await cards.evaluateAll((els) => els.map((el) => el.dataset['track']))) {
			expect(track).toBe('data-ai');
		}

		await page.getByRole('combobox', { name: 'Needs skill' }).selectOption({ label: 'dbt' });
		await expect(async () => {
			const skills = await cards.evaluateAll((els) => els.map((el) => el.dataset['skills']));
			expect(skills.length).toBeGreaterThan(0);
			for (const list of skills) expect(list?.split(' ')).toContain('dbt');
		}).toPass();

		await page.getByRole('combobox', { name: 'Track' }).selectOption({ label: 'All tracks' });
		await page.getByRole('combobox', { name: 'Needs skill' }).selectOption({ label: 'Any skill' });
		// A limit between the quickest and the slowest roadmap, so the filter must keep some and drop some.
		const allMonths = (
			await cards.evaluateAll((els) => els.map((el) => Number(el.dataset['months'])))
		).sort((a, b) => a - b);
		const choices = await page
			.getByRole('combobox', { name: 'Ready within' })
			.locator('option')
			.evaluateAll((options) =>
				options.map((option) => Number((option as HTMLOptionElement).value)),
			);
		const limit = choices.find(
			(value) => value >= (allMonths[0] ?? 0) && value < (allMonths.at(-1) ?? 0),
		);
		expect(limit).toBeDefined();
		await page.getByRole('combobox', { name: 'Ready within' }).selectOption(String(limit));
		await expect(async () => {
			const months = await cards.evaluateAll((els) =>
				els.map((el) => Number(el.dataset['months'])),
			);
			expect(months.length).toBeGreaterThan(0);
			expect(months.length).toBeLessThan(all);
			for (const value of months) expect(value).toBeLessThanOrEqual(limit ?? 0);
		}).toPass();
	});
});

test('pages that do not open search load no search code', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/roles/backend-engineer/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	expect(requests.filter((path) => /search-dialog|pagefind/.test(path))).toEqual([]);
});
