import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { numberFormat } from './intl.ts';
import { occupationKeys } from './occupation.ts';

export { occupationKeys } from './occupation.ts';
import type { Figure, PopulationLevel, Source, Statistic } from '../schemas/source.ts';

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

/** A role's pay figure as pages and the API show it: the citation joined with its release. */
export interface PayView extends PayFigure {
	/** all, or the band or grade the release covers: entry, mid, senior. */
	level: PopulationLevel;
	/** The year the figure describes. */
	year: number;
	/** What the figure measures. */
	statistic: Statistic;
	/** Who it covers: every level, or a band or grade as the release defines it. */
	population: { level: PopulationLevel; band?: string | undefined };
	/** The occupation it was measured for, as the publisher names it (and, for pages, in other languages). */
	occupation: {
		name: string;
		code?: string | undefined;
		scheme?: string | undefined;
		names?: Partial<Record<string, string | undefined>> | undefined;
	};
	/** exact: the occupation is this role; nearest: the closest occupation measured. */
	match: 'exact' | 'nearest';
	reason?: string | undefined;
	/** The release. */
	source: {
		id: string;
		publisher: string;
		short: string;
		title: string;
		series: string;
		period: string;
		published?: string | undefined;
		url: string;
	};
	/** The page that states the figure: its own, or the release's. */
	url: string;
}

/** What a role's pay entry says: a release and an occupation in it. */
export interface PayCitation {
	source: string;
	occupation: string;
	match: 'exact' | 'nearest';
	reason?: string | undefined;
	level?: PopulationLevel | undefined;
}

/**
 * The figure a citation names in its release, by occupation code or name (case does not matter).
 * @param source - the release
 * @param occupation - the code or name as the role writes it
 * @returns the figure, or undefined when the release has no such occupation
 */
export function findFigure(source: Source, occupation: string): Figure | undefined {
	const key = occupation.trim().toLowerCase();
	return source.figures.find((figure) => occupationKeys(figure.occupation).includes(key));
}

/**
 * A citation joined with its release. Content is checked before pages are built, so an unknown source
 * or occupation here is a bug: it throws.
 * @param citation - the role's pay entry
 * @param sources - the register, by id
 * @returns the figure as pages show it
 */
export function resolvePay(citation: PayCitation, sources: ReadonlyMap<string, Source>): PayView {
	const source = sources.get(citation.source);
	if (!source) throw new Error(`pay cites an unknown source "${citation.source}"`);
	const figure = findFigure(source, citation.occupation);
	if (!figure)
		throw new Error(`source ${citation.source} has no occupation "${citation.occupation}"`);
	return {
		region: figure.region,
		currency: figure.currency,
		amount: figure.amount,
		level: source.population.level,
		year: Number(source.period.slice(0, 4)),
		statistic: source.statistic,
		population: { ...source.population },
		occupation: { ...figure.occupation },
		match: citation.match,
		...(citation.reason ? { reason: citation.reason } : {}),
		source: {
			id: citation.source,
			publisher: source.publisher,
			short: source.short,
			title: source.title,
			series: source.series,
			period: source.period,
			...(source.published ? { published: source.published.toISOString().slice(0, 10) } : {}),
			url: source.url,
		},
		url: figure.url ?? source.url,
	};
}

/**
 * Whether a figure may stand as a role's headline pay: every level, or a mid-level band.
 * @param figure - the figure
 * @returns whether it is a headline figure
 */
export function isHeadline(figure: { level: string }): boolean {
	return figure.level === 'all' || figure.level === 'mid';
}

/**
 * A release's reference period in a language: "2024-05" → "May 2024", "mayo de 2024"; "2024" → "2024".
 * @param period - "YYYY" or "YYYY-MM"
 * @param lang - the page's language
 * @returns the period as readers write it
 */
export function formatPeriod(period: string, lang: Lang = 'en'): string {
	const [year, month] = period.split('-').map(Number);
	if (!year || !month) return period;
	return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : LANGUAGES[lang].locale, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The words a page needs to say what a figure measures, in its language. */
export interface PayWords {
	statistic: Record<Statistic, string>;
	population: Record<PopulationLevel, string>;
	nearest: (occupation: string) => string;
}

/**
 * What a figure measures, in the page's language: "Median, all levels", "Median, mid-level (3–5 years)".
 * @param figure - the figure
 * @param words - the page's words
 * @param withBand - whether to add the band or grade as the source defines it (the table does; the
 *   headline, short of room, does not)
 * @returns the statistic and population
 */
export function payMeasure(
	figure: Pick<PayView, 'statistic' | 'population'>,
	words: PayWords,
	withBand = true,
): string {
	const { level, band } = figure.population;
	return `${words.statistic[figure.statistic]}, ${words.population[level]}${band && withBand ? ` (${band})` : ''}`;
}

/**
 * The occupation a figure was measured for: "Software Developers (nearest occupation)", in the page's
 * language where the register gives its name in it ("Desarrolladores de software (ocupación más
 * cercana)").
 * @param figure - the figure
 * @param words - the page's words
 * @param lang - the page's language
 * @returns the occupation as the page says it
 */
export function payOccupation(
	figure: Pick<PayView, 'occupation' | 'match'>,
	words: PayWords,
	lang: Lang = 'en',
): string {
	const name = figure.occupation.names?.[lang] ?? figure.occupation.name;
	return figure.match === 'nearest' ? words.nearest(name) : name;
}

/**
 * The release, short: "BLS, May 2024".
 * @param figure - the figure
 * @param lang - the page's language
 * @returns the publisher's short name and the period
 */
export function payRelease(figure: Pick<PayView, 'source'>, lang: Lang = 'en'): string {
	return `${figure.source.short}, ${formatPeriod(figure.source.period, lang)}`;
}
