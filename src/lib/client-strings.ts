/**
 * Interface strings a client script shows, rendered by its component into a `data-strings`
 * attribute (JSON) so scripts never bundle the dictionaries. src/scripts/strings.ts reads them.
 *
 * Conventions: `{name}` is a value the script fills in; a plural is "one|other" with `#` for the
 * number (the number is written in the page's language by the script).
 */

/**
 * A plural dictionary function as a "one|other" template: `(n) => n === 1 ? '1 tick' : `${n} ticks``
 * → "# tick|# ticks". A form without the number ("una marca") is kept as written.
 * @param form - the dictionary's function of a count
 * @returns the template
 */
export function pluralTemplate(form: (n: number) => string): string {
	const SAMPLE = 7777;
	return `${form(1).replace('1', '#')}|${form(SAMPLE).replace(String(SAMPLE), '#')}`;
}

/**
 * Strings as the value of a `data-strings` attribute.
 * @param strings - the script's strings by name
 * @returns JSON
 */
export function clientStrings(strings: Record<string, string>): string {
	return JSON.stringify(strings);
}
