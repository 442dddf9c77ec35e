import { LANGUAGES, type Lang } from '../i18n/languages.ts';

/**
 * Minutes an average reader needs for a Markdown text, never less than one.
 * Code fences, link targets and Markdown punctuation are not counted as words.
 * @param markdown - the raw Markdown body
 * @param wordsPerMinute - reading speed
 * @returns whole minutes
 */
export function readingMinutes(markdown: string, wordsPerMinute: number): number {
	const prose = markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#>*_`[\]-]/g, ' ');
	const words = prose.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * A date as readers of a language write it: "20 November 2026", "20 de noviembre de 2026".
 * @param date - the date (UTC)
 * @param lang - the page's language
 * @returns the formatted date
 */
export function formatDate(date: Date, lang: Lang = 'en'): string {
	return dateFormat(lang, 'date').format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter for a language, made once.
 * @param lang - the language
 * @param style - day, month and year, or month and year
 * @returns the formatter
 */
function dateFormat(lang: Lang, style: 'date' | 'month'): Intl.DateTimeFormat {
	const key = `${lang} ${style}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(LANGUAGES[lang].locale, {
			...(style === 'date' ? { day: 'numeric' } : {}),
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		});
		dateFormats.set(key, format);
	}
	return format;
}

/**
 * A date in ISO form for `<time datetime>`: "2026-11-20".
 * @param date - the date (UTC)
 * @returns YYYY-MM-DD
 */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A month as readers of a language write it: "November 2026", "noviembre de 2026".
 * @param date - the date (UTC)
 * @param lang - the page's language
 * @returns month and year
 */
export function formatMonthYear(date: Date, lang: Lang = 'en'): string {
	return dateFormat(lang, 'month').format(date);
}
