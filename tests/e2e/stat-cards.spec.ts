import { expect, test } from '@playwright/test';

// "49,4 mil GBP" is written with no-break spaces: on a phone it must fit its card, not spill out.
for (const width of [375, 390])
	test(`every headline figure fits its card at ${width} px, in Spanish`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of ['/es/roles/backend-engineer/', '/es/roles/software-architect/']) {
			await page.goto(path);
			const spill = await page.locator('dl dd').evaluateAll((values) =>
				values.map((dd) => {
					const card = dd.parentElement?.getBoundingClientRect();
					const box = dd.getBoundingClientRect();
					return card
						? Math.round(Math.max(0, box.right - card.right, dd.scrollWidth - dd.clientWidth))
						: 0;
				}),
			);
			expect(Math.max(...spill), `${path}: px past the card`).toBe(0);
		}
	});
