import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels every page is held to. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * axe for a page, run inside the page itself (axe's "legacy mode"). Its default mode opens a second,
 * blank page for every check, to combine results from frames of other origins, and compiles axe-core
 * (half a megabyte) in both: on a busy two-core machine that took 5–7 s a check, the `page.evaluate`
 * that timed the offline tests out. In the page it takes a fraction of that. It only skips frames
 * from another origin, and the pages have none: this says so if one ever appears.
 * @param page - the page, loaded
 * @returns an AxeBuilder for the WCAG levels above
 */
export function axe(page: Page): AxeBuilder {
	const origin = new URL(page.url()).origin;
	const foreign = page
		.frames()
		.map((frame) => frame.url())
		.filter((url) => url !== 'about:blank' && new URL(url).origin !== origin);
	expect(foreign, 'frames from another origin: axe needs its default mode to check them').toEqual(
		[],
	);
	return new AxeBuilder({ page }).withTags(WCAG).setLegacyMode();
}
