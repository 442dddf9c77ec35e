/**
 * The few interface strings a client script writes as the page loads, rendered by its component
 * into a `data-strings` attribute (JSON) and read by src/i18n/client/strings.ts. `{name}` marks a value
 * the script fills in; a plural is "one|other" with `#` for the number. Everything else a script shows
 * loads on demand (src/i18n/client/page-strings.ts).
 */

/**
 * A plural dictionary function as a "one|other" template: `(n) => n === 1 ? '1 essay' : `${n} essays``
 * → "# essay|# essays". A form without the number ("un ensayo") is kept as written.
 * @param form - the dictionary's function of a count
 * @returns the template
 */
export function pluralTemplate(form: (n: number) => string): string {
	const SAMPLE = 7777;
	return `${form(1).replace('1', '#')}|${form(SAMPLE).replace(String(SAMPLE), '#')}`;
}

/**
 * Templates as the value of a `data-strings` attribute.
 * @param strings - the script's templates by name
 * @returns JSON
 */
export function clientStrings(strings: Record<string, string>): string {
	return JSON.stringify(strings);
}
