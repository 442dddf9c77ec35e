import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { numberFormat } from './intl.ts';

/** Enough of a pay figure to format it. */
export interface PayFigure {
	region: string;
	currency: string;
	amount: number;
}

/**
 * The locale whose conventions a region's readers expect, e.g. "en-IN" for India (lakh grouping).
 * English follows the region's own conventions; other languages write every figure their own way
 * ("130.000 US$" in Spanish, whatever the region).
 * @param region - ISO 3166-1 alpha-2 code
 * @param lang - the page's language
 * @returns a BCP 47 locale tag
 */
export function localeForRegion(region: string, lang: Lang = 'en'): string {
	return lang === 'en' ? `en-${region.toUpperCase()}` : LANGUAGES[lang].locale;
}

/** Compact units, largest first: India counts in lakh (1,00,000) and crore (1,00,00,000). */
const UNITS: Record<string, readonly (readonly [number, string])[]> = {
	IN: [
		[1e7, 'Cr'],
		[1e5, 'L'],
		[1e3, 'K'],
	],
	default: [
		[1e9, 'B'],
		[1e6, 'M'],
		[1e3, 'K'],
	],
};

/**
 * Compact annual pay, one style everywhere: the region's currency symbol and digits, three
 * significant figures and an upper-case unit. US → "$132K", UK → "£67.5K", India → "₹15L", "₹1.2Cr".
 * Intl's own compact notation differs by locale ("£67.5k" but "$132K") and by ICU version, so the
 * unit is chosen here and only the number is left to Intl. Other languages than English use Intl's own
 * compact notation in that language, three significant figures at most: "132 mil US$", "2,6 M INR".
 * @param pay - region, currency and annual amount
 * @param lang - the page's language
 * @returns the formatted figure
 */
export function formatPayCompact(pay: PayFigure, lang: Lang = 'en'): string {
	if (lang !== 'en') return currencyFormat('compact', pay, lang).format(pay.amount);
	const rounded = Number(pay.amount.toPrecision(3));
	const units = UNITS[pay.region.toUpperCase()] ?? UNITS['default'] ?? [];
	const [size, unit] = units.find(([min]) => Math.abs(rounded) >= min) ?? [1, ''];
	const parts = currencyFormat('compact', pay, lang).formatToParts(rounded / size);
	// The unit follows the last digit, wherever the locale puts the currency symbol.
	const lastDigit = parts.findLastIndex(
		(part) => part.type === 'integer' || part.type === 'fraction',
	);
	return parts.map((part, index) => part.value + (index === lastDigit ? unit : '')).join('');
}

/**
 * The full annual figure with the region's digit grouping: "$130,000", "₹26,00,000".
 * @param pay - region, currency and annual amount
 * @param lang - the page's language
 * @returns the formatted figure
 */
export function formatPayFull(pay: PayFigure, lang: Lang = 'en'): string {
	return currencyFormat('full', pay, lang).format(pay.amount);
}

/**
 * The currency formatter for a region and currency.
 * @param style - compact (the number before its unit, "$132") or full ("$130,000")
 * @param pay - the region and currency
 * @param lang - the page's language
 * @returns the formatter
 */
function currencyFormat(
	style: 'compact' | 'full',
	{ region, currency }: PayFigure,
	lang: Lang,
): Intl.NumberFormat {
	return numberFormat(localeForRegion(region, lang), {
		style: 'currency',
		currency,
		...(style === 'full'
			? { maximumFractionDigits: 0 }
			: lang === 'en'
				? { maximumSignificantDigits: 3 }
				: { notation: 'compact', maximumSignificantDigits: 3 }),
	});
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/**
 * A region's name in a language: "US" → "United States", "Estados Unidos".
 * @param region - ISO 3166-1 alpha-2 code
 * @param lang - the page's language
 * @returns the region's name, or the code when unknown
 */
export function regionName(region: string, lang: Lang = 'en'): string {
	let names = regionNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([lang === 'en' ? 'en' : LANGUAGES[lang].locale], {
			type: 'region',
		});
		regionNames.set(lang, names);
	}
	return names.of(region.toUpperCase()) ?? region;
}
