import { expect, test } from '@playwright/test';
import { drawEverything } from './draw-everything';
import { roleData } from './role-data';

test('the first Tab reaches the skip link, and it moves focus to the main content', async ({
	page,
}) => {
	await page.goto('/roles/backend-engineer/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('a role page fits a 320 px screen without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/roles/backend-engineer/');
	// Every phase of the roadmap drawn, as a reader scrolling down meets them.
	expect(await drawEverything(page)).toBeGreaterThan(0);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBe(0);
});

test('a phone lays out the roadmap’s later phases only as the reader nears them, and prints them all', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/roles/backend-engineer/');
	const roadmap = page.getByRole('region', { name: 'Step-by-step roadmap' });
	const last = roadmap.getByRole('article').last();
	const drawn = () =>
		last.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
	const { phases } = await roleData(page, 'backend-engineer');
	await expect(last).toHaveAccessibleName(new RegExp(`^Phase ${phases.length}:`));
	expect(await drawn()).toBe(false);
	await last.scrollIntoViewIfNeeded();
	await expect.poll(drawn).toBe(true);
	await page.goto('/roles/backend-engineer/');
	await page.emulateMedia({ media: 'print' });
	expect(await drawn()).toBe(true);
});

test('a role page shows its roadmap and links each skill to its page', async ({ page }) => {
	await page.goto('/roles/backend-engineer/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'How to become a Backend Engineer',
	);
	const role = await roleData(page, 'backend-engineer');
	const roadmap = page.getByRole('region', { name: 'Step-by-step roadmap' });
	await expect(roadmap.getByRole('heading', { level: 3, name: /^Phase \d/ })).toHaveCount(
		role.phases.length,
	);
	// Each skill is a disclosure: open it, then follow it to the skill's page.
	await roadmap.locator('summary', { hasText: /^PostgreSQL/ }).click();
	await roadmap.getByRole('link', { name: /^PostgreSQL: topics in order/ }).click();
	await expect(page).toHaveURL(/\/skills\/postgresql\/$/);
	await expect(page.getByRole('link', { name: 'Backend Engineer' })).toBeVisible();
});

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
	const response = await page.goto('/roles/no-such-role/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
	await expect(page.getByRole('link', { name: 'Browse every role roadmap' })).toBeVisible();
});

for (const width of [1024, 1280])
	test(`the header's links sit on one row at ${width} px in both languages`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of ['/roles/backend-engineer/', '/es/roles/backend-engineer/']) {
			await page.goto(path);
			const links = page.getByRole('navigation', { name: /^(Main|Principal)$/ }).getByRole('link');
			const tops = await links.evaluateAll((items) =>
				items.map((item) => Math.round(item.getBoundingClientRect().top)),
			);
			expect(tops.length, path).toBe(5);
			expect(new Set(tops).size, `${path}: ${tops.join(', ')}`).toBe(1);
		}
	});
