import { expect, test } from '@playwright/test';

test('the skill graph arrives from its own file into a box of its size, in the page language', async ({
	page,
}) => {
	await page.goto('/es/roles/backend-engineer/');
	const box = page.locator('figure.graph svg');
	const before = await box.boundingBox();
	await box.scrollIntoViewIfNeeded();
	// Phase headings in Spanish, and boxes that open the Spanish skill pages.
	await expect(box.locator('text.gh').first()).toHaveText('Fase 1');
	await expect(box.locator('a[href="/es/skills/postgresql/"]')).toHaveCount(1);
	const after = await box.boundingBox();
	expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);
	// A box opens its skill's page (names on top let the click through to it).
	await box.locator('a[href="/es/skills/postgresql/"]').click();
	await expect(page).toHaveURL(/\/es\/skills\/postgresql\/$/);
});
