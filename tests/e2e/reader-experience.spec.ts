import { expect, test, type Page } from '@playwright/test';

const ROLE = '/roles/backend-engineer/';
const PHONE = { width: 375, height: 740 };
const WIDE = { width: 1280, height: 800 };

/**
 * Total layout shift the page has reported since it started loading, read once it has settled: no
 * request for half a second (late scripts, the skill graph), its fonts in, and two frames drawn since.
 */
async function layoutShift(page: Page): Promise<number> {
	await page.waitForLoadState('networkidle');
	return page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		// Buffered entries are in the observer's queue as soon as it observes.
		const observer = new PerformanceObserver(() => undefined);
		observer.observe({ type: 'layout-shift', buffered: true });
		const entries = observer.takeRecords();
		observer.disconnect();
		return entries.reduce(
			(total, entry) => total + (entry as unknown as { value: number }).value,
			0,
		);
	});
}

test.describe('header on a 375 px phone', () => {
	test.use({ viewport: PHONE });

	test('is one row, at most 72 px tall, with logo, search and menu', async ({ page }) => {
		await page.goto(ROLE);
		const header = page.getByRole('banner').first();
		const box = await header.boundingBox();
		expect(box?.height).toBeLessThanOrEqual(72);
		// The three controls share one row: their tops are within a few pixels of each other.
		const tops = await Promise.all(
			[
				page.getByRole('link', { name: 'Rolemap' }),
				page.getByRole('button', { name: 'Search' }),
				page.getByText('Menu', { exact: true }),
			].map(async (control) => (await control.boundingBox())?.y ?? -100),
		);
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	});

	test('the menu opens by keyboard, marks the current page, and Escape closes it', async ({
		page,
	}) => {
		await page.goto(ROLE);
		// Tab order: skip link, logo, search, menu.
		for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
		const menu = page.locator('summary', { hasText: 'Menu' });
		await expect(menu).toBeFocused();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

		await page.keyboard.press('Enter');
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page');
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Roles' })).toBeFocused();

		await page.keyboard.press('Escape');
		await expect(nav).toBeHidden();
		await expect(menu).toBeFocused();
	});

	test('the theme choice lives in the open menu', async ({ page }) => {
		await page.goto(ROLE);
		await page.getByText('Menu', { exact: true }).click();
		await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
	});

	test('a tap on the page outside the open menu closes it', async ({ page }) => {
		await page.goto(ROLE);
		await page.getByText('Menu', { exact: true }).click();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await page.mouse.click(200, 600);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	});
});

test.describe('header without JavaScript', () => {
	test.use({ viewport: PHONE, javaScriptEnabled: false });

	test('the menu opens and closes by tap and by keyboard, and search is one tap away', async ({
		page,
	}) => {
		await page.goto(ROLE);
		const menu = page.locator('summary', { hasText: 'Menu' });
		const nav = page.getByRole('navigation', { name: 'Main' });
		await menu.click();
		await expect(nav.getByRole('link', { name: 'Skill gap' })).toBeVisible();
		await menu.click();
		await expect(nav).toBeHidden();

		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(nav).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(nav).toBeHidden();

		const box = await page.getByRole('banner').first().boundingBox();
		expect(box?.height).toBeLessThanOrEqual(72);
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=$/);
	});
});

test.describe('header at 1280 px', () => {
	test.use({ viewport: WIDE });

	test('shows every section link and the search shortcut without a menu button', async ({
		page,
	}) => {
		await page.goto('/essays/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Roles', 'Skills', 'Essays', 'Skill gap', 'Compare'])
			await expect(nav.getByRole('link', { name })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Essays' })).toHaveAttribute('aria-current', 'page');
		await expect(page.getByText('Menu', { exact: true })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Search /' })).toBeVisible();
		const box = await page.getByRole('banner').first().boundingBox();
		expect(box?.height).toBeLessThanOrEqual(72);
	});
});

test.describe('theme: system, light and dark', () => {
	// One test refuses scripts with page.route, which never sees what the service worker serves.
	test.use({ serviceWorkers: 'block' });

	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const WHITE = 'rgb(255, 255, 255)';
	const DARK = 'rgb(15, 17, 21)';

	test('the control’s state matches the page in all three modes, and the choice is remembered', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		const theme = page.getByRole('combobox', { name: 'Theme' });

		// Nothing chosen yet: the page follows the system, and the control says so.
		await expect(theme).toHaveValue('system');
		expect(await background(page)).toBe(DARK);

		await theme.selectOption({ label: 'Light' });
		await expect(theme).toHaveValue('light');
		expect(await background(page)).toBe(WHITE);

		await theme.selectOption({ label: 'Dark' });
		await expect(theme).toHaveValue('dark');
		expect(await background(page)).toBe(DARK);

		// Remembered on the next page, applied before first paint by the head script.
		await page.goto('/roles/');
		await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await background(page)).toBe(DARK);

		// Back to following the system, which is light now; the choice is forgotten.
		await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
		expect(await background(page)).toBe(WHITE);
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await background(page)).toBe(DARK);
	});

	test('a remembered theme is there before first paint', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
		// Stop scripts from the body running, so only the head script can set the theme.
		await page.route(/\.js$/, (route) => route.abort());
		await page.goto('/skills/');
		expect(await background(page)).toBe(DARK);
	});
});

test.describe('on-page contents of a role page', () => {
	test('at 1280 px it stays in view while the page scrolls, and every link lands on its heading', async ({
		page,
	}) => {
		await page.setViewportSize(WIDE);
		await page.goto(ROLE);
		const contents = page.getByRole('navigation', { name: 'On this page' });
		const links = contents.getByRole('link');
		await expect(links).toHaveCount(8);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (const fraction of [0.2, 0.5, 0.8, 1]) {
			await page.evaluate((y) => {
				window.scrollTo(0, y);
			}, height * fraction);
			await expect(contents).toBeInViewport();
		}
		// It sits beside the text, not above it.
		const list = await contents.boundingBox();
		const text = await page.locator('#what').boundingBox();
		expect(list?.x ?? 0).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));

		for (const link of await links.all()) {
			const target = (await link.getAttribute('href')) ?? '';
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${target}$`));
			const heading = page.locator(target);
			await expect(heading).toBeInViewport();
			expect(await heading.evaluate((el) => el.tagName)).toBe('H2');
			await expect(contents).toBeInViewport();
		}
	});

	test('at 375 px it is a compact list under the key facts', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(ROLE);
		const contents = page.getByRole('navigation', { name: 'On this page' });
		const facts = await page.locator('dl').first().boundingBox();
		const list = await contents.boundingBox();
		expect(list?.y ?? 0).toBeGreaterThan((facts?.y ?? 0) + (facts?.height ?? 0));
		expect(list?.height ?? 999).toBeLessThan(120);
		await contents.getByRole('link', { name: 'Roadmap' }).click();
		await expect(page.locator('#roadmap')).toBeInViewport();
	});

	test('works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: WIDE });
		const page = await context.newPage();
		await page.goto(ROLE);
		await page.evaluate(() => {
			window.scrollTo(0, document.documentElement.scrollHeight / 2);
		});
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeInViewport();
		await context.close();
	});

	for (const viewport of [WIDE, PHONE]) {
		test(`the page does not shift as it loads at ${viewport.width} px`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto(ROLE);
			expect(await layoutShift(page)).toBeLessThan(0.01);
		});
	}

	test('an essay’s contents sit beside its text too', async ({ page }) => {
		await page.setViewportSize(WIDE);
		await page.goto('/essays/walking-the-backend-path/');
		const contents = page.getByRole('navigation', { name: 'On this page' });
		await page.evaluate(() => {
			window.scrollTo(0, document.documentElement.scrollHeight / 2);
		});
		await expect(contents).toBeInViewport();
	});
});

test.describe('role page facts', () => {
	test('the headline pay names its year, and the page says when it was reviewed', async ({
		page,
	}) => {
		await page.goto(ROLE);
		await expect(page.locator('dl').first()).toContainText(/\$132K · 20\d\d/);
		await expect(page.getByText(/^Reviewed \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
	});
});

test.describe('roles map', () => {
	for (const viewport of [WIDE, PHONE]) {
		test(`at ${viewport.width} px no two marks overlap and each is at least 24 × 24 px`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/roles/');
			// Open the other regions' maps too.
			for (const summary of await page
				.locator('details summary', { hasText: 'Show the map' })
				.all())
				await summary.click();
			const maps = page.locator('svg[data-roles-map]');
			expect(await maps.count()).toBeGreaterThan(0);
			for (const map of await maps.all()) {
				const marks = await map.locator('circle[data-mark]').evaluateAll((circles) =>
					circles.map((circle) => {
						const box = circle.getBoundingClientRect();
						return {
							x: box.x + box.width / 2,
							y: box.y + box.height / 2,
							size: box.width,
							height: box.height,
						};
					}),
				);
				expect(marks.length).toBeGreaterThan(1);
				for (const mark of marks) {
					expect(mark.size).toBeGreaterThanOrEqual(24);
					expect(mark.height).toBeGreaterThanOrEqual(24);
				}
				const overlapping = marks.flatMap((a, i) =>
					marks
						.slice(i + 1)
						.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2)
						.map(() => i),
				);
				expect(overlapping).toEqual([]);
				// No mark covers the axis title (the marks of roles with no figure stay below it).
				const title = await map
					.locator('text', { hasText: /^Months to ready$/ })
					.evaluate((text) => text.getBoundingClientRect().bottom);
				const covering = marks.filter(
					(mark) => mark.y - mark.size / 2 < title && mark.y + mark.size / 2 > title - 15,
				);
				expect(covering).toEqual([]);
			}
		});
	}

	test('every mark can be picked: clicking one opens its role', async ({ page }) => {
		await page.goto('/roles/');
		const map = page.locator('svg[data-roles-map]').first();
		const links = map.locator('a[data-role]');
		for (const link of await links.all()) {
			const circle = link.locator('circle[data-mark]');
			await circle.scrollIntoViewIfNeeded();
			const box = await circle.boundingBox();
			// What sits on top at the mark's centre is that mark's own link.
			const hit = await page.evaluate(
				({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('data-role'),
				{ x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 },
			);
			expect(hit).toBe(await link.getAttribute('data-role'));
		}
	});
});

test.describe('skill gap', () => {
	test('category headings read as people write them: "AI", not "Ai"', async ({ page }) => {
		await page.goto('/skill-gap/');
		await expect(page.getByRole('group', { name: 'AI', exact: true })).toBeVisible();
		await expect(page.getByRole('group', { name: 'Ai', exact: true })).toHaveCount(0);
	});

	test('at 1280 px, ticking a skill low in the list shows the results beside it, with a count', async ({
		page,
	}) => {
		await page.setViewportSize(WIDE);
		await page.goto('/skill-gap/');
		const box = page.getByRole('checkbox', { name: 'Incident response', exact: true });
		await box.scrollIntoViewIfNeeded();
		await box.check();
		await expect(page.getByText('1 skill ticked')).toBeVisible();
		await expect(page.locator('#gap-results > li').first()).toBeInViewport();
		await page.getByRole('checkbox', { name: 'Terraform', exact: true }).check();
		await expect(page.getByText('2 skills ticked')).toBeVisible();
	});

	test('at 375 px, "Show results" jumps to the results', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('/skill-gap/');
		await page.getByRole('checkbox', { name: 'Python', exact: true }).check();
		const results = page.getByRole('heading', { name: 'Closest roles' });
		await expect(results).not.toBeInViewport();
		await page.getByRole('link', { name: 'Show results' }).click();
		await expect(results).toBeInViewport();
	});
});

test('the favicon set is served: ICO, a 180 px apple-touch icon, the manifest and the header logo', async ({
	request,
	page,
}) => {
	await page.goto('/');
	for (const [selector, type] of [
		['link[rel="icon"]', 'icon'],
		['header img', 'image/png'],
		['link[rel="apple-touch-icon"]', 'image/png'],
		['link[rel="manifest"]', 'application/manifest+json'],
	] as const) {
		const link = page.locator(selector);
		const href = (await link.getAttribute('href')) ?? (await link.getAttribute('src'));
		const response = await request.get(href ?? '');
		expect(response.status(), selector).toBe(200);
		expect(response.headers()['content-type'], selector).toContain(type);
	}
	// An ICO file: reserved 0, type 1 (icon).
	const ico = await (await request.get('/favicon.ico')).body();
	expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
	const png = await (await request.get('/apple-touch-icon.png')).body();
	// PNG width and height sit at bytes 16–23 of the IHDR chunk.
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
});
