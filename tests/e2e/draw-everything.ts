import type { Page } from '@playwright/test';

/**
 * Draws every part of the page that the browser skips until it nears the screen
 * (`content-visibility: auto`, on the roadmap's phases), as a reader scrolling through would see
 * it. Checks of colour contrast and of layout read only what is drawn: without this, axe reports
 * the skipped text as "incomplete", not as passed or failed, and nothing in it can overflow.
 * @param page - the page, loaded
 * @returns how many parts were skipped until now
 */
export function drawEverything(page: Page): Promise<number> {
	return page.evaluate(() => {
		let skipped = 0;
		for (const element of document.querySelectorAll<HTMLElement>('*')) {
			if (getComputedStyle(element).contentVisibility !== 'auto') continue;
			element.style.contentVisibility = 'visible';
			skipped++;
		}
		return skipped;
	});
}
