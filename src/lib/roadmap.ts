import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { numberFormat } from './intl.ts';

/** A skill id, or a "pick one" group of skill ids. */
export type SkillItem = string | { readonly oneOf: readonly string[] };

/** The parts of a phase that timing and skills depend on. */
export interface PhaseLike {
	months: number;
	skills: readonly SkillItem[];
}

/**
 * Every skill id an item names: the id itself, or each option of a one-of group.
 * @param item - a phase's skill entry
 * @returns skill ids in the order written
 */
export function itemSkills(item: SkillItem): readonly string[] {
	return typeof item === 'string' ? [item] : item.oneOf;
}

const WEEKS_PER_MONTH = 52 / 12;

/**
 * Time to ready: the sum of the phases' months.
 * @param phases - the roadmap's phases
 * @returns months, rounded to one decimal
 */
export function timeToReady(phases: readonly PhaseLike[]): number {
	return Math.round(phases.reduce((sum, phase) => sum + phase.months, 0) * 10) / 10;
}

/**
 * Hours of study the roadmap asks for: months × 52/12 weeks × hours a week.
 * @param months - time to ready
 * @param hoursPerWeek - the pace the roadmap assumes
 * @returns whole hours, rounded to the nearest ten
 */
export function totalHours(months: number, hoursPerWeek: number): number {
	return Math.round((months * WEEKS_PER_MONTH * hoursPerWeek) / 10) * 10;
}

/**
 * The role's skill set: every phase's skills, first mention first, no repeats. Every option of a
 * one-of group is in the set: each is a skill the role can be reached by.
 * @param phases - the roadmap's phases
 * @returns skill ids in roadmap order
 */
export function roleSkills(phases: readonly PhaseLike[]): string[] {
	return [...new Set(phases.flatMap((phase) => phase.skills.flatMap(itemSkills)))];
}

/**
 * "1 month", "10 months", "1.5 months"; in other languages Intl's own words: "1,5 meses".
 * @param months - a positive number of months
 * @param lang - the page's language
 * @returns the phrase
 */
export function formatMonths(months: number, lang: Lang = 'en'): string {
	if (lang === 'en') return `${months} ${months === 1 ? 'month' : 'months'}`;
	return formatUnit(months, 'month', lang);
}

/**
 * "10 hours", "10 horas": a number of hours in a language's own words.
 * @param hours - a number of hours
 * @param lang - the page's language
 * @returns the phrase
 */
export function formatHours(hours: number, lang: Lang = 'en'): string {
	return formatUnit(hours, 'hour', lang);
}

/**
 * A number in a language's grouping: "1,230" in English, "1230" in Spanish.
 * @param value - the number
 * @param lang - the page's language
 * @returns the digits
 */
export function formatNumber(value: number, lang: Lang = 'en'): string {
	return unitFormat(lang, 'number').format(value);
}

/** The formatter for plain numbers or a unit, in a language. */
function unitFormat(lang: Lang, kind: 'number' | 'month' | 'hour'): Intl.NumberFormat {
	return numberFormat(
		lang === 'en' ? 'en-US' : LANGUAGES[lang].locale,
		kind === 'number' ? {} : { style: 'unit', unit: kind, unitDisplay: 'long' },
	);
}

/**
 * A quantity with its unit spelt out by Intl in the language.
 * @param value - the number
 * @param unit - month or hour
 * @param lang - the language
 * @returns e.g. "3 meses"
 */
function formatUnit(value: number, unit: 'month' | 'hour', lang: Lang): string {
	return unitFormat(lang, unit).format(value);
}

/**
 * "a" or "an" before a role title, by sound: "an AI Engineer", "an ML Engineer", "a QA Engineer".
 * @param title - the words that follow the article
 * @returns "a" or "an"
 */
export function indefiniteArticle(title: string): 'a' | 'an' {
	const firstWord = title.trim().split(/\s+/)[0] ?? '';
	// Acronyms are read letter by letter: F, H, L, M, N, R, S and X start with a vowel sound.
	if (/^[A-Z]{2,}$/.test(firstWord)) return /^[AEFHILMNORSX]/.test(firstWord) ? 'an' : 'a';
	return /^[aeiou]/i.test(firstWord) ? 'an' : 'a';
}
