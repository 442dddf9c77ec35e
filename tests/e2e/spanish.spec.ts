import { expect, test } from '@playwright/test';

test.describe('the language switcher', () => {
	test('keeps the page: English ↔ Spanish on the same role, by keyboard', async ({ page }) => {
		await page.goto('/roles/backend-engineer/');
		const toSpanish = page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'Español' });
		await expect(toSpanish).toHaveAttribute('lang', 'es');
		await expect(toSpanish).toHaveAttribute('hreflang', 'es');
		await toSpanish.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/es\/roles\/backend-engineer\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Cómo llegar a ser Ingeniero/a backend',
		);

		await page
			.getByRole('navigation', { name: 'Idioma' })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page).toHaveURL(/\/roles\/backend-engineer\/$/);
		await expect(page).not.toHaveURL(/\/es\//);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('works from the menu on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto('/essays/walking-the-backend-path/');
		await page.getByText('Menu', { exact: true }).click();
		await page.getByRole('link', { name: 'Español' }).click();
		await expect(page).toHaveURL(/\/es\/essays\/walking-the-backend-path\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Recorrer el camino del backend',
		);
	});
});

test.describe('Spanish pages', () => {
	test('ticks made on the English roadmap show on the Spanish one', async ({ page }) => {
		await page.goto('/roles/backend-engineer/');
		const first = page.locator('[data-milestone] input[type="checkbox"]').first();
		await first.check();
		await page.goto('/es/roles/backend-engineer/');
		await expect(page.locator('[data-milestone] input[type="checkbox"]').first()).toBeChecked();
	});

	test('search on /es/ finds Spanish text, and says when a result is only in English', async ({
		page,
	}) => {
		await page.goto('/es/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Buscar en Rolemap' });
		await expect(dialog).toBeVisible();
		// "limitación de peticiones" is only in the Spanish text of the Backend Engineer roadmap.
		await page.keyboard.type('limitación');
		const results = page.locator('#search-dialog-results');
		const spanish = results.locator('a[href="/es/roles/backend-engineer/"]');
		await expect(spanish).toBeVisible({ timeout: 15_000 });
		await expect(spanish).toContainText('Ingeniero/a backend');

		// An untranslated role found through its English text is marked as English.
		await dialog.getByRole('searchbox').fill('terraform');
		const english = results.locator('a[href="/es/roles/platform-engineer/"]');
		await expect(english).toBeVisible({ timeout: 15_000 });
		await expect(english).toContainText('en inglés');
	});
});
