import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expect as expectValue } from '@playwright/test';
import type { Page } from '@playwright/test';
import { monthsAtPace } from '../../src/lib/pace';
import { formatPayCompact } from '../../src/lib/pay';
import { milestoneId } from '../../src/lib/progress';
import { axe } from './axe';
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
			page.locator('li[data-milestone]', { hasText: 'Publish an OpenAPI description' }),
		).toBeVisible();
		await context.close();
	});
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

test.describe('importing a hostile progress file (#28)', () => {
	test('only known roles and milestone ids are stored, and the page says what it ignored', async ({
		page,
	}, testInfo) => {
		await page.goto(ROLE);
		const role = await roleData(page, 'backend-engineer');
		const total = role.phases.reduce((sum, phase) => sum + phase.milestones.length, 0);
		const first = role.phases[0]?.milestones[0] ?? '';
		const file = testInfo.outputPath('hostile.json');
		// Written as JSON text: __proto__ must be a key in the file, not a prototype.
		writeFileSync(
			file,
			`{"format":"rolemap-progress","version":1,"roles":{"__proto__":["${milestoneId(first)}"],"x":["m1"],"backend-engineer":[42,"${milestoneId(first)}"]}}`,
		);
		await page.locator('input[data-progress-import]').setInputFiles(file);
		await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
			'Imported: 1 new tick added, none removed. Ignored 3 entries: “__proto__” (a name no role can have), unknown role “x”, 42 in “backend-engineer” (not a milestone id).',
		);
		await expect(page.getByText(`1 of ${total} milestones done.`)).toBeVisible();
		await expect(page.getByRole('checkbox', { name: startOf(first) })).toBeChecked();
		const stored = await page.evaluate(() => localStorage.getItem('rolemap-progress'));
		expectValue(Object.keys((JSON.parse(stored ?? '{}') as { roles: object }).roles)).toEqual([
			'backend-engineer',
		]);
	});

	test('roles as a list is refused whole, in Spanish on a Spanish page', async ({
		page,
	}, testInfo) => {
		await page.goto(`/es${ROLE}`);
		const file = testInfo.outputPath('list.json');
		writeFileSync(file, '{"format":"rolemap-progress","version":1,"roles":[["x",["m1"]]]}');
		await page.locator('input[data-progress-import]').setInputFiles(file);
		await expect(page.locator('[data-progress-status]')).toHaveText(
			'Ese archivo no es un archivo de progreso de Rolemap: su «roles» es una lista, no marcas por puesto.',
		);
		expectValue(await page.evaluate(() => localStorage.getItem('rolemap-progress'))).toBeNull();
	});
});

test.describe('pace (#36)', () => {
	/** A key fact's value by its label. */
	const fact = (page: Page, label: string) =>
		page
			.locator('dl > div')
			.filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
			.locator('dd');

	test('changing the hours updates the headline, the plan, every phase and the timeline, and is remembered', async ({
		page,
	}) => {
		await page.goto(ROLE);
		const role = await roleData(page, 'backend-engineer');
		// The API gives each phase's months too.
		const phases = (role as unknown as { phases: { months: number }[] }).phases;
		const months = (base: number, hours: number) => monthsAtPace(base, role.hoursPerWeek, hours);
		const unit = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;
		await expect(fact(page, 'Time to ready')).toHaveText(unit(role.monthsToReady));
		const input = page.getByLabel('Hours a week you can give');
		// Figures must move, or the test would pass with a box that changes nothing.
		expectValue(months(role.monthsToReady, 6)).not.toBe(role.monthsToReady);
		for (const hours of [6, 20]) {
			await input.fill(String(hours));
			const total = unit(months(role.monthsToReady, hours));
			await expect(page.locator('[data-pace-result]')).toHaveText(
				`At ${hours} hours a week you’d be ready in about ${total}.`,
			);
			await expect(fact(page, 'Time to ready')).toHaveText(total);
			await expect(fact(page, 'Hours a week')).toHaveText(`${hours} h`);
			await expect(page.locator('figure:has([data-timeline]) figcaption')).toContainText(
				`(${total} in all)`,
			);
			await expect(page.getByText(/Plan on about/)).toContainText(
				`Plan on about ${total} at ${hours} hours a week.`,
			);
			await expect(
				page
					.locator('article[aria-labelledby^="phase-"] > p.text-sm')
					.filter({ hasText: /^About/ }),
			).toHaveText(phases.map((phase) => `About ${unit(months(phase.months, hours))}`));
			await expect(page.locator('[data-timeline] + ol > li')).toHaveText(
				phases.map((phase) => new RegExp(`: ${unit(months(phase.months, hours))}$`)),
			);
		}

		await page.reload();
		await expect(input).toHaveValue('20');
		await expect(fact(page, 'Time to ready')).toHaveText(unit(months(role.monthsToReady, 20)));
		// Another role opens at the reader's pace too.
		await page.goto('/roles/data-engineer/');
		await expect(page.getByLabel('Hours a week you can give')).toHaveValue('20');
		await expect(fact(page, 'Hours a week')).toHaveText('20 h');
	});

	test('0, 80, empty and text get a message and change nothing', async ({ page }) => {
		await page.goto(ROLE);
		const role = await roleData(page, 'backend-engineer');
		const input = page.getByLabel('Hours a week you can give');
		await input.fill('8');
		const atEight = `${monthsAtPace(role.monthsToReady, role.hoursPerWeek, 8)} months`;
		await expect(page.locator('dl > div dd').filter({ hasText: atEight })).toHaveCount(1);
		const message = page.locator('[data-pace-error]');
		for (const value of ['0', '80', '', 'e']) {
			await input.fill('');
			if (value) await input.pressSequentially(value);
			await expect(message).toHaveText(
				'Enter a whole number of hours from 1 to 60; the figures keep the last valid pace.',
			);
			await expect(input).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator('dl > div dd').filter({ hasText: atEight })).toHaveCount(1);
		}
		// The message is the input's description, so a screen reader reads it with the field.
		await expect(input).toHaveAccessibleDescription(/whole number of hours from 1 to 60/);
		await input.fill('12');
		await expect(message).toHaveText('');
		await expect(input).toHaveAttribute('aria-invalid', 'false');
		await page.reload();
		await expect(input).toHaveValue('12');
	});
});

test.describe('compare: two currencies (#36)', () => {
	/** A figure as the API gives it. */
	type Figure = { region: string; currency: string; amount: number; headline: boolean };
	const headline = (role: { pay: unknown[] }) =>
		(role.pay as Figure[]).filter((figure) => figure.headline);
	const spaces = (text: string) => text.replace(/\s+/g, ' ');
	// The pair (Data Engineer in USD and INR, Analytics Engineer in INR only), and a pair
	// sharing two currencies (USD and GBP).
	const PAIRS = [
		['data-engineer', 'analytics-engineer'],
		['backend-engineer', 'security-engineer'],
		['backend-engineer', 'ai-engineer'],
	] as const;
	for (const lang of ['en', 'es'] as const) {
		for (const width of [375, 1280]) {
			for (const [a, b] of PAIRS) {
				test(`${lang} at ${width} px, ${a} and ${b}: a chart per shared currency, year and source by each figure, nothing cut`, async ({
					page,
				}) => {
					await page.setViewportSize({ width, height: 900 });
					await page.goto(`${lang === 'es' ? '/es' : ''}/compare/?a=${a}&b=${b}`);
					const result = page.locator('#compare-result');
					await expect(result.getByRole('heading', { level: 2 }).first()).toBeVisible();
					const [left, right] = (await Promise.all([roleData(page, a), roleData(page, b)])).map(
						headline,
					);
					const all = [...(left ?? []), ...(right ?? [])];
					const currencies = [...new Set(all.map((figure) => figure.currency))];
					const shared = currencies.filter(
						(code) =>
							left?.some((f) => f.currency === code) && right?.some((f) => f.currency === code),
					);
					expectValue(currencies.length).toBeGreaterThanOrEqual(2);

					// A chart for each currency both roles are paid in, and only for those.
					await expect(result.getByRole('figure', { name: /\([A-Z]{3}\)$/ })).toHaveCount(
						shared.length,
					);
					for (const code of shared) {
						const chart = result.getByRole('figure', { name: new RegExp(`\\(${code}\\)$`) });
						const figures = all.filter((figure) => figure.currency === code);
						const labels = (await chart.locator('li').allInnerTexts()).map(spaces);
						expectValue(labels).toHaveLength(figures.length);
						figures.forEach((figure, index) => {
							// Its own currency's figure with its source and date beside it; no other currency's.
							expectValue(labels[index]).toContain(spaces(formatPayCompact(figure, lang)));
							expectValue(labels[index]).toMatch(/ · [^·]+, [^·]*20\d\d$/);
							for (const other of all.filter((f) => f.currency !== code))
								expectValue(labels[index]).not.toContain(spaces(formatPayCompact(other, lang)));
						});
						// Bars on this currency's own scale: widths in proportion to the amounts.
						const widths = await chart
							.locator('rect')
							.evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))));
						const top = Math.max(...figures.map((figure) => figure.amount));
						figures.forEach((figure, index) => {
							expectValue((widths[index] ?? 0) / Math.max(...widths)).toBeCloseTo(
								figure.amount / top,
								2,
							);
						});
					}
					if (lang === 'es' && a === 'data-engineer') {
						await expect(result.getByRole('table')).toContainText('1,68 M INR');
						await expect(result.getByRole('table')).toContainText('10,5 meses');
					}

					// The table: no empty header; every figure has what it measures and a dated, linked source.
					const table = result.getByRole('table');
					for (const header of await table.locator('thead th').allInnerTexts())
						expectValue(header.trim()).not.toBe('');
					const payCells = table.locator('tbody td').filter({ has: page.locator('a') });
					expectValue(await payCells.count()).toBe(all.length);
					for (const cell of await payCells.all()) {
						await expect(cell).toContainText(/^.+\d.* · .+, .*20\d\d$/);
						await expect(cell.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
					}

					// Readable at this width: nothing wider than the screen, no text under 12 px.
					const problems = await result.evaluate((root) => {
						const found: string[] = [];
						for (const element of root.querySelectorAll<HTMLElement>('*')) {
							const box = element.getBoundingClientRect();
							if (box.right > window.innerWidth + 0.5)
								found.push(`${element.tagName} ends at ${box.right} px`);
							const hasText = [...element.childNodes].some(
								(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
							);
							const size = parseFloat(getComputedStyle(element).fontSize);
							if (hasText && size < 12) found.push(`“${element.textContent}” is ${size} px`);
						}
						if (document.documentElement.scrollWidth > window.innerWidth)
							found.push(`page is ${document.documentElement.scrollWidth} px wide`);
						return found;
					});
					expectValue(problems).toEqual([]);
				});
			}
		}
	}

	test('the same pair shares the skills they have in common', async ({ page }) => {
		await page.goto('/compare/?a=backend-engineer&b=data-engineer');
		const [a, b] = await Promise.all([
			roleData(page, 'backend-engineer'),
			roleData(page, 'data-engineer'),
		]);
		await expect(
			page.getByRole('heading', { name: 'Backend Engineer and Data Engineer' }),
		).toBeVisible();
		const shared = a.skills.filter((id) => b.skills.includes(id));
		expectValue(shared.length).toBeGreaterThan(2);
		const common = page
			.locator('#compare-result div')
			.filter({ has: page.getByRole('heading', { name: /^In common/ }) });
		for (const id of shared) {
			await expect(common.locator(`a[href="/skills/${id}/"]`)).toBeVisible();
		}
		await expect(
			page.getByRole('figure', {
				name: new RegExp(`Skills: \\d+ only for Backend Engineer, ${shared.length} in common`),
			}),
		).toBeVisible();
	});
});

test.describe('skill gap with a "pick one" group (#36)', () => {
	test('a group counts once: Analytics Engineer reads 31%, and Airflow meets its group', async ({
		page,
	}) => {
		await page.goto('/skill-gap/');
		for (const skill of ['dbt', 'SQL', 'Data modeling', 'Data warehousing']) {
			await page.getByRole('checkbox', { name: skill, exact: true }).check();
		}
		const first = page.locator('#gap-results > li').first();
		await expect(first.getByRole('link')).toHaveText('Analytics Engineer');
		// 4 of 13 requirements (each group once), not 4 of 17 skills (24%).
		await expect(first.getByRole('heading')).toHaveText(
			'Analytics Engineer · you have 31% of its skills (a “pick one” group counts once)',
		);
		await expect(first.locator('[data-still-to-learn]')).toContainText(
			'one of: Apache Airflow, Dagster',
		);
		await expect(page).toHaveURL(/\?have=/);

		await page.getByRole('checkbox', { name: 'Apache Airflow', exact: true }).check();
		await expect(first.getByRole('heading')).toContainText('38%');
		const needs = first.locator('[data-still-to-learn]');
		await expect(needs).toHaveText(
			'Still to learn: Git; one of: Snowflake, BigQuery; Data quality testing; CI/CD; Python; Data visualization; Statistics; one of: Looker, Power BI, Tableau.',
		);
		await expect(needs).not.toContainText('Dagster');
	});

	test('in Spanish the group says "una de"', async ({ page }) => {
		await page.goto('/es/skill-gap/?have=dbt,sql,data-modeling,data-warehousing');
		const first = page.locator('#gap-results > li').first();
		await expect(first.getByRole('heading')).toContainText(
			'tienes el 31 % de sus habilidades (un grupo «elige una» cuenta una vez)',
		);
		await expect(first.locator('[data-still-to-learn]')).toContainText(
			'una de: Apache Airflow, Dagster',
		);
	});
});

test.describe('the tools’ results pass axe (WCAG 2.2 AA) as drawn', () => {
	/** Axe violations in one part of the page, one line each. */
	const violations = async (page: Page, selector: string) =>
		(await axe(page).include(selector).analyze()).violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);

	for (const [name, path, ready, selector] of [
		[
			'compare, two currencies',
			'/compare/?a=backend-engineer&b=ai-engineer',
			'#compare-heading',
			'#compare-result',
		],
		[
			'Spanish compare',
			'/es/compare/?a=data-engineer&b=analytics-engineer',
			'#compare-heading',
			'#compare-result',
		],
		[
			'skill gap with a pick-one group',
			'/skill-gap/?have=dbt,sql,airflow',
			'#gap-results li',
			'section[aria-labelledby="gap-results-heading"]',
		],
	] as const) {
		test(name, async ({ page }) => {
			for (const width of [375, 1280]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(path);
				await expect(page.locator(ready).first()).toBeVisible();
				expectValue(await violations(page, selector)).toEqual([]);
			}
		});
	}

	test('the pace box with its out-of-range message', async ({ page }) => {
		await page.goto(ROLE);
		await page.getByLabel('Hours a week you can give').fill('80');
		await expect(page.locator('[data-pace-error]')).not.toBeEmpty();
		expectValue(await violations(page, '[data-pace]')).toEqual([]);
	});
});
