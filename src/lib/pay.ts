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
	return new Intl.NumberFormat(localeForRegion(pay.region), {
		style: 'currency',
		currency: pay.currency,
		notation: 'compact',
		maximumSignificantDigits: 3,
	}).format(pay.amount);
}

/**
 * The full annual figure with the region's digit grouping: "$130,000", "₹26,00,000".
 * @param pay - region, currency and annual amount
 * @returns the formatted figure
 */
export function formatPayFull(pay: PayFigure): string {
	return new Intl.NumberFormat(localeForRegion(pay.region), {
		style: 'currency',
		currency: pay.currency,
		maximumFractionDigits: 0,
	}).format(pay.amount);
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
