/**
 * Small helpers for strings in client scripts. Most strings a script shows load on demand in the
 * page's language (page-strings.ts); the few a script writes as the page loads are rendered by its
 * component into `data-strings` (JSON of `{name}` and "one|other" templates, src/lib/client-strings.ts)
 * and read here.
 */
import { numberFormat } from '../../lib/intl';

/** The page's language, as Base.astro writes it on <html>. */
export const pageLang = (): string => document.documentElement.lang || 'en';

/**
 * The templates a component rendered for its script, by the names the script uses.
 * @param element - the element with `data-strings`
 * @returns the templates by name (empty when the element is missing)
 */
export function readStrings<K extends string>(
	element: Element | null | undefined,
): Record<K, string> {
	return JSON.parse(element?.getAttribute('data-strings') ?? '{}') as Record<K, string>;
}

/**
 * A template with its `{name}` values filled in.
 * @param template - e.g. "{done} of {total} milestones done."
 * @param values - the values by name
 * @returns the text
 */
export function fill(
	template: string | undefined,
	values: Record<string, string | number>,
): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (all, key: string) => String(values[key] ?? all));
}

/**
 * The form of a "one|other" template for a count, with the count in the page's language.
 * @param template - e.g. "# essay|# essays"
 * @param count - the number
 * @returns e.g. "3 essays"
 */
export function plural(template: string | undefined, count: number): string {
	const [one = '', other = one] = (template ?? '').split('|');
	return (count === 1 ? one : other).replace('#', countText(count, pageLang()));
}

/**
 * A whole count as the page's language writes it. Below 1,000 every site language writes the digits
 * alone, so Intl (whose first use on a page costs 50–70 ms of locale data on a slow phone) is only
 * asked for larger ones.
 * @param count - a whole number
 * @param locale - the page's locale
 * @returns e.g. "25", "1,250", "1250" (Spanish groups from 10 000)
 */
export function countText(count: number, locale: string): string {
	return Number.isInteger(count) && Math.abs(count) < 1000
		? String(count)
		: count.toLocaleString(locale);
}

/**
 * A quantity with its unit in the page's language: "3 months", "3 meses".
 * @param value - the number
 * @param unit - month or hour
 * @returns the phrase
 */
export function unitText(value: number, unit: 'month' | 'hour'): string {
	return numberFormat(pageLang(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
