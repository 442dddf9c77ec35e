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

	test('search on /es/ finds Spanish text, and a skill by its Spanish name', async ({ page }) => {
		await page.goto('/es/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Buscar en Rolemap' });
		await expect(dialog).toBeVisible();
		const results = page.locator('#search-dialog-results');
		// The Spanish title answers at once, from the Spanish instant index.
		await page.keyboard.type('ingeniero');
		await expect(results.locator('a[href="/es/roles/backend-engineer/"]').first()).toContainText(
			'Ingeniero/a backend',
		);

		// Full text: a word only the Spanish translation of an essay uses.
		await dialog.getByRole('searchbox').fill('corrutinas');
		const essay = results.locator('a[href="/es/essays/concurrency-in-practice/"]').first();
		await expect(essay).toBeVisible({ timeout: 15_000 });
		await expect(essay).toContainText('Concurrencia en la práctica');

		// Every skill is translated: one is found by its Spanish name, in Spanish. (The label a result
		// still in English carries, "en inglés", has no entry left to show it on this site.)
		await dialog.getByRole('searchbox').fill('secretos');
		const skill = results
			.getByRole('listitem')
			.filter({ has: page.locator('a[href="/es/skills/secrets-management/"]') })
			.first();
		await expect(skill).toContainText('Gestión de secretos');
		await expect(skill).not.toContainText('en inglés');
		await expect(skill.getByRole('link')).not.toHaveAttribute('lang', 'en');
	});
});

test.describe('Spanish search forgives what readers leave out', () => {
	test('the dialog finds roles without accents and in the plural', async ({ page }) => {
		await page.goto('/es/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Buscar en Rolemap' });
		await expect(dialog).toBeVisible();
		const results = page.locator('#search-dialog-results');
		for (const [query, role] of [
			['ingenieria de datos', 'data-engineer'],
			['cientifico de datos', 'data-scientist'],
			['bases de datos', 'database-administrator'],
		] as const) {
			await dialog.getByRole('searchbox').fill(query);
			await expect(results.locator('a[href^="/es/roles/"]').first()).toHaveAttribute(
				'href',
				`/es/roles/${role}/`,
			);
		}
	});

	test('the search page finds a role typed without accents', async ({ page }) => {
		await page.goto('/es/search/?q=diseno%20ux');
		await expect(page.locator('#search-results a[href^="/es/roles/"]').first()).toHaveAttribute(
			'href',
			'/es/roles/ux-designer/',
		);
	});
});
