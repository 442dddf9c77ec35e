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
 * "1 month", "10 months", "1.5 months".
 * @param months - a positive number of months
 * @returns the phrase
 */
export function formatMonths(months: number): string {
	return `${months} ${months === 1 ? 'month' : 'months'}`;
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
