import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { missingSecurityHeaders } from '../../src/lib/headers';
import { axe } from './axe';
import { drawEverything } from './draw-everything';

const PAGES = {
	home: '/',
	'roles index': '/roles/',
	role: '/roles/backend-engineer/',
	essay: '/essays/walking-the-backend-path/',
	skill: '/skills/kubernetes/',
	project: '/projects/rate-limited-public-api/',
	search: '/search/?q=postgres',
	'skill gap': '/skill-gap/',
	'404': '/no-such-page/',
	offline: '/offline/',
	'Spanish home': '/es/',
	'Spanish role': '/es/roles/backend-engineer/',
	'Spanish role not translated yet': '/es/roles/data-engineer/',
	'Spanish essay': '/es/essays/walking-the-backend-path/',
	'Spanish skill': '/es/skills/postgresql/',
	'Spanish search': '/es/search/?q=postgres',
};

/** Axe violations as one readable line each: rule, impact, and the first offending elements. */
async function violations(page: Page): Promise<string[]> {
	await drawEverything(page);
	const results = await axe(page).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(', ')}`,
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`accessibility in ${scheme} mode`, () => {
		for (const [name, path] of Object.entries(PAGES)) {
			test(`${name} page has no axe violations`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				if (name.endsWith('search'))
					await expect(page.locator('#search-results > li').first()).toBeVisible();
				expect(await violations(page)).toEqual([]);
			});
		}
	});
}

test('axe judges the contrast of every phase of a phone’s roadmap, drawn or not yet', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/roles/backend-engineer/');
	const contrast = async () => {
		const results = await axe(page).include('[aria-labelledby="roadmap"] ol').analyze();
		const count = (list: typeof results.passes) =>
			list.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0;
		return { passed: count(results.passes), undecided: count(results.incomplete) };
	};
	// Phases off screen are not drawn yet, so axe cannot judge their text: the checks draw them first.
	const skipped = await contrast();
	expect(skipped.undecided).toBeGreaterThan(0);
	await drawEverything(page);
	const drawn = await contrast();
	expect(drawn.undecided).toBe(0);
	expect(drawn.passed).toBe(skipped.passed + skipped.undecided);
});

test('a phone with the menu open has no axe violations', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/roles/backend-engineer/');
	await page.getByText('Menu', { exact: true }).click();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('axe does catch a page with an image without alt text', async ({ page }) => {
	await page.setContent(readFileSync('tests/fixtures/quality/bad-site/index.html', 'utf8'));
	expect((await violations(page)).map((line) => line.split(' ')[0])).toContain('image-alt');
});

test('the search dialog has no axe violations while open with results', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox').first()).toBeFocused();
	await page.keyboard.type('kubernetes');
	await expect(page.locator('#search-dialog-results a').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('keyboard only: a reader can reach every part of a role page and see where focus is', async ({
	page,
}) => {
	await page.goto('/roles/backend-engineer/');
	const reached: string[] = [];
	// Enough presses for the longest roadmap; the loop stops at the last link.
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			return {
				text: el.textContent.trim(),
				outline: style.outlineStyle,
				width: style.outlineWidth,
			};
		});
		if (!focus) continue;
		// Every focused control shows a visible outline.
		expect(focus.outline, focus.text).not.toBe('none');
		reached.push(focus.text);
		if (focus.text.startsWith('Edit this page')) break;
	}
	expect(reached[0]).toBe('Skip to main content');
	// Skills are disclosures: their summaries take focus.
	expect(reached.some((text) => text.startsWith('PostgreSQL'))).toBe(true);
	expect(reached).toContain('Unlock the full Backend Engineer roadmap');
	expect(reached.at(-1)).toMatch(/^Edit this page on GitHub/);
});

test('keyboard only: open search, pick a result with the arrows, and land on it', async ({
	page,
}) => {
	await page.goto('/essays/');
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog', { name: 'Search Rolemap' })).toBeVisible();
	await page.keyboard.type('data engineer');
	await expect(page.locator('#search-dialog-status')).toContainText('for “data engineer”');
	await expect(page.locator('#search-dialog-results a').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	const target = await page.evaluate(() =>
		(document.activeElement as HTMLAnchorElement).getAttribute('href'),
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target ?? ''}$`));
});

test('reduced motion turns off smooth scrolling and transitions', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/essays/walking-the-backend-path/');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto',
	);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'smooth',
	);
});

test.describe('security headers', () => {
	test('pages carry HSTS, nosniff, referrer and permissions policies and frame-ancestors', async ({
		request,
	}) => {
		const response = await request.get('/roles/backend-engineer/');
		expect(missingSecurityHeaders(response.headers())).toEqual([]);
	});

	test('built assets are cached for a year as immutable', async ({ page, request }) => {
		await page.goto('/');
		const script = await page.locator('script[src]').first().getAttribute('src');
		expect(script).toMatch(/^\/_astro\//);
		const response = await request.get(script ?? '');
		expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	test('search still works under the page CSP and the headers, with no violation reported', async ({
		page,
	}) => {
		const blocked: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
		});
		const response = await page.goto('/search/?q=kubernetes');
		expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
			'content',
			/script-src 'self' 'wasm-unsafe-eval'/,
		);
		await expect(page.locator('#search-results > li').first()).toBeVisible();
		expect(blocked).toEqual([]);
	});
});

test('links to other sites are marked for eyes and screen readers', async ({ page }) => {
	await page.goto('/skills/kubernetes/');
	const docs = page.getByRole('link', { name: /Official Kubernetes documentation/ });
	await expect(docs).toHaveAttribute('rel', 'external noopener noreferrer');
	const marker = await docs.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(marker).toContain('↗');
});
