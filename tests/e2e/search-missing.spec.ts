import { expect, test } from '@playwright/test';

test.describe('a role the site does not have', () => {
	test('the dialog says so and offers the "suggest a role" form with the search filled in', async ({
		page,
	}) => {
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('zzqxvw');
		await expect(page.locator('#search-dialog-status')).toHaveText('No results for “zzqxvw”.');
		const suggest = page.getByRole('link', { name: 'Missing a role? Suggest it' });
		await expect(suggest).toBeVisible();
		const url = new URL((await suggest.getAttribute('href')) ?? '');
		expect(url.pathname).toMatch(/\/issues\/new$/);
		expect(url.searchParams.get('template')).toBe('role.yml');
		expect(url.searchParams.get('searched')).toBe('zzqxvw');
		// A query that finds something does not offer it.
		await page.keyboard.press('Control+A');
		await page.keyboard.type('kubernetes');
		await expect(page.locator('#search-dialog-status')).toContainText('for “kubernetes”');
		await expect(suggest).toBeHidden();
	});

	test('the search page links to the form in Spanish too, with the query', async ({ page }) => {
		await page.goto('/es/search/?q=soldador');
		const suggest = page.getByRole('link', { name: '¿Falta un puesto? Propónlo' });
		await expect(suggest).toBeVisible();
		await expect
			.poll(async () =>
				new URL((await suggest.getAttribute('href')) ?? '').searchParams.get('searched'),
			)
			.toBe('soldador');
	});
});
