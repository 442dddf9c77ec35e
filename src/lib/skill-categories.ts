import type { SKILL_CATEGORIES } from '../schemas/skill';
import { DICTIONARIES, type Lang } from '../i18n/index.ts';

/** A skill category id, as content files spell it ("ai", "language"…). */
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/**
 * Headings for each category in a language, as readers write them: "AI", not "Ai"; "IA" in Spanish.
 * The words live in the dictionaries (`skillsIndex.categories`).
 * @param lang - the page's language
 * @returns every category's heading
 */
export function categoryLabels(lang: Lang = 'en'): Record<SkillCategory, string> {
	return DICTIONARIES[lang].skillsIndex.categories;
}

/**
 * A category's heading in a language: "Databases", "Bases de datos".
 * @param category - the category id
 * @param lang - the page's language
 * @returns the heading
 */
export function categoryLabel(category: SkillCategory, lang: Lang = 'en'): string {
	return categoryLabels(lang)[category];
}

/** Headings for each category in English. */
export const CATEGORY_LABELS: Record<SkillCategory, string> = categoryLabels('en');
