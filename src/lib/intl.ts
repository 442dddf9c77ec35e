/**
 * Number formatters made once per locale and options: making an `Intl.NumberFormat` costs far more
 * than formatting with it (~0.1 ms on the server, 50–70 ms for the first one on a slow phone), and
 * the build formats figures by the thousand.
 */

const formats = new Map<string, Intl.NumberFormat>();

/**
 * The formatter for a locale and options, made on first use.
 * @param locale - a BCP 47 locale
 * @param options - Intl's number format options
 * @returns the formatter
 */
export function numberFormat(
	locale: string,
	options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		formats.set(key, format);
	}
	return format;
}
