import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { monthsAtPace } from '../../src/lib/pace';
import { roleData, startOf } from './role-data';

const ROLE = '/roles/backend-engineer/';

test.describe('milestone checklists', () => {
	test('ticks survive a reload and progress counts them, per phase too', async ({ page }) => {
		await page.goto(ROLE);
		const role = await roleData(page, 'backend-engineer');
		const total = role.phases.reduce((sum, phase) => sum + phase.milestones.length, 0);
		const [second, last] = [role.phases[1], role.phases.at(-1)];
		const a = second?.milestones[0] ?? '';
		const b = last?.milestones[0] ?? '';
		const roadmap = page.getByRole('region', { name: 'Step-by-step roadmap' });
		await roadmap.getByRole('checkbox', { name: startOf(a) }).check();
		await roadmap.getByRole('checkbox', { name: startOf(b) }).check();
		await expect(page.getByRole('status').filter({ hasText: 'Ticked' })).toContainText(b);

		await page.reload();
		await expect(roadmap.getByRole('checkbox', { name: startOf(a) })).toBeChecked();
		await expect(roadmap.getByRole('checkbox', { name: startOf(b) })).toBeChecked();
		await expect(
			roadmap.getByRole('checkbox', { name: startOf(role.phases[0]?.milestones[0] ?? '') }),
		).not.toBeChecked();
		await expect(page.getByText(`2 of ${total} milestones done.`)).toBeVisible();
		await expect(page.locator('[data-phase-progress]')).toHaveText(
			role.phases.map(
				(phase, i) =>
					`${i === 1 || i === role.phases.length - 1 ? 1 : 0}/${phase.milestones.length} done`,
			),
		);
	});

	test('export, then import into a fresh browser profile, restores the ticks', async ({
		page,
		browser,
	}, testInfo) => {
		await page.goto(ROLE);
		const role = await roleData(page, 'backend-engineer');
		const total = role.phases.reduce((sum, phase) => sum + phase.milestones.length, 0);
		await page
			.getByRole('checkbox', { name: /Write a query joining three or more tables/ })
			.check();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const file = testInfo.outputPath('progress.json');
		await (await download).saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
			format: 'rolemap-progress',
			version: 1,
		});

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(ROLE);
		await expect(other.getByText(`0 of ${total} milestones done.`)).toBeVisible();
		await other.locator('input[data-progress-import]').setInputFiles(file);
		await expect(other.getByText('Imported: 1 new tick added, none removed.')).toBeVisible();
		await expect(
			other.getByRole('checkbox', { name: /Write a query joining three or more tables/ }),
		).toBeChecked();
		await expect(other.getByText(`1 of ${total} milestones done.`)).toBeVisible();
		await fresh.close();
	});

	test('importing a file with fewer ticks merges unless the reader agrees to replace', async ({
		page,
	}, testInfo) => {
		await page.goto(ROLE);
		const milestone = page.getByRole('checkbox', {
			name: /Write a query joining three or more tables/,
		});
		await milestone.check();
		const empty = testInfo.outputPath('empty.json');
		writeFileSync(
			empty,
			JSON.stringify({ format: 'rolemap-progress', version: 1, roles: { 'backend-engineer': [] } }),
		);
		// Declining the question keeps every tick.
		page.once('dialog', (dialog) => void dialog.dismiss());
		await page.locator('input[data-progress-import]').setInputFiles(empty);
		await expect(page.getByText('Imported: 0 new ticks added, none removed.')).toBeVisible();
		await expect(milestone).toBeChecked();
		// Agreeing replaces.
		page.once('dialog', (dialog) => void dialog.accept());
		await page.locator('input[data-progress-import]').setInputFiles(empty);
		await expect(page.getByText('Progress replaced with the file’s.')).toBeVisible();
		await expect(milestone).not.toBeChecked();
	});

	test('reset asks first, then clears this role', async ({ page }) => {
		await page.goto(ROLE);
		const role = await roleData(page, 'backend-engineer');
		const total = role.phases.reduce((sum, phase) => sum + phase.milestones.length, 0);
		await page.getByRole('checkbox', { name: /Publish an OpenAPI description/ }).check();
		page.once('dialog', (dialog) => void dialog.dismiss());
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(page.getByText(`1 of ${total} milestones done.`)).toBeVisible();
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(page.getByText(`0 of ${total} milestones done.`)).toBeVisible();
	});

	test('without JavaScript the milestones are a plain list', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(ROLE);
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(
			page.locator('li[data-milestone]', { hasText: 'Put a public API online' }),
		).toBeVisible();
		await context.close();
	});
});

test('the pace calculator follows the hours a week', async ({ page }) => {
	await page.goto(ROLE);
	const role = await roleData(page, 'backend-engineer');
	const months = (hours: number) => monthsAtPace(role.monthsToReady, role.hoursPerWeek, hours);
	const result = page.locator('[data-pace-result]');
	await expect(result).toHaveText(
		`At ${role.hoursPerWeek} hours a week you’d be ready in about ${role.monthsToReady} months.`,
	);
	for (const hours of [6, 20]) {
		await page.getByLabel('Hours a week you can give').fill(String(hours));
		await expect(result).toHaveText(
			`At ${hours} hours a week you’d be ready in about ${months(hours)} months.`,
		);
	}
	// The figures must differ, or the test would pass with a calculator that ignores the input.
	expect(months(6)).toBeGreaterThan(months(20));
});

test('compare shows two roles’ pay side by side and the skills they share', async ({ page }) => {
	await page.goto('/compare/?a=backend-engineer&b=data-engineer');
	const [a, b] = await Promise.all([
		roleData(page, 'backend-engineer'),
		roleData(page, 'data-engineer'),
	]);
	await expect(
		page.getByRole('heading', { name: 'Backend Engineer and Data Engineer' }),
	).toBeVisible();
	const shared = a.skills.filter((id) => b.skills.includes(id));
	expect(shared.length).toBeGreaterThan(2);
	const common = page
		.locator('#compare-result div')
		.filter({ has: page.getByRole('heading', { name: /^In common/ }) });
	for (const id of shared) {
		await expect(common.locator(`a[href="/skills/${id}/"]`)).toBeVisible();
	}
	const usMid = a.pay.find((figure) => figure.region === 'US' && figure.level === 'mid');
	await expect(page.getByRole('row', { name: /Mid-level pay \(United States\)/ })).toContainText(
		usMid?.formatted ?? '',
	);
	await expect(
		page.getByRole('img', {
			name: new RegExp(`Skills: \\d+ only for Backend Engineer, ${shared.length} in common`),
		}),
	).toBeVisible();
});

test('related roles link to the comparison', async ({ page }) => {
	await page.goto(ROLE);
	const { related } = await roleData(page, 'backend-engineer');
	const other = related[0];
	expect(other).toBeDefined();
	await page.getByRole('link', { name: `Compare with ${other?.title ?? ''}` }).click();
	await expect(page).toHaveURL(new RegExp(`/compare/\\?a=backend-engineer&b=${other?.id ?? ''}$`));
	await expect(
		page.getByRole('heading', { name: `Backend Engineer and ${other?.title ?? ''}` }),
	).toBeVisible();
});

test('the skill gap ranks the closest role first and says what it still needs', async ({
	page,
}) => {
	await page.goto('/skill-gap/');
	for (const skill of ['dbt', 'SQL', 'Data modeling', 'Data warehousing']) {
		await page.getByRole('checkbox', { name: skill, exact: true }).check();
	}
	const first = page.locator('#gap-results > li').first();
	await expect(first.getByRole('link')).toHaveText('Analytics Engineer');
	await expect(first).toContainText('Still to learn:');
	await expect(page).toHaveURL(/\?have=/);
});

test('printed without JavaScript, milestones have a box to tick and no bullet', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(ROLE);
	const list = page.locator('ul[data-milestones]').first();
	// On screen, a plain bulleted list.
	expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('disc');
	await page.emulateMedia({ media: 'print' });
	expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
	const marker = await list
		.locator('li')
		.first()
		.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(marker).toContain('☐');
	await context.close();
});

test('a role prints as a checklist without navigation', async ({ page }) => {
	await page.goto(ROLE);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
	await expect(
		page.getByRole('region', { name: /Take the Backend Engineer roadmap further/ }),
	).toBeHidden();
	const marker = await page
		.locator('li[data-milestone]')
		.first()
		.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(marker).toContain('☐');
	const source = await page
		.getByRole('region', { name: 'Pay' })
		.getByRole('link')
		.first()
		.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(source).toContain('https://');
});
