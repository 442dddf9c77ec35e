/** Enough of a pay figure to format it. */
export interface PayFigure {
	region: string;
	currency: string;
	amount: number;
}

/**
 * The locale whose conventions a region's readers expect, e.g. "en-IN" for India (lakh grouping).
 * @param region - ISO 3166-1 alpha-2 code
 * @returns a BCP 47 locale tag
 */
export function localeForRegion(region: string): string {
	return `en-${region.toUpperCase()}`;
}

/**
 * Compact annual pay in the region's own style: US → "$130K", India → "₹26L".
 * @param pay - region, currency and annual amount
 * @returns the formatted figure
 */
export function formatPayCompact(pay: PayFigure): string {
	return numberFormat('compact', pay).format(pay.amount);
}

/**
 * The full annual figure with the region's digit grouping: "$130,000", "₹26,00,000".
 * @param pay - region, currency and annual amount
 * @returns the formatted figure
 */
export function formatPayFull(pay: PayFigure): string {
	return numberFormat('full', pay).format(pay.amount);
}

/** Formatters already made: building one costs ~0.1 ms, and a big catalogue formats figures by the thousand. */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * The currency formatter for a region and currency, made once.
 * @param style - compact ("$130K") or full ("$130,000")
 * @param pay - the region and currency
 * @returns the formatter
 */
function numberFormat(
	style: 'compact' | 'full',
	{ region, currency }: PayFigure,
): Intl.NumberFormat {
	const key = `${style} ${region} ${currency}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(localeForRegion(region), {
			style: 'currency',
			currency,
			...(style === 'compact'
				? { notation: 'compact', maximumSignificantDigits: 3 }
				: { maximumFractionDigits: 0 }),
		});
		formats.set(key, format);
	}
	return format;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * English name of a region code: "US" → "United States".
 * @param region - ISO 3166-1 alpha-2 code
 * @returns the region's name, or the code when unknown
 */
export function regionName(region: string): string {
	return regionNames.of(region.toUpperCase()) ?? region;
}
