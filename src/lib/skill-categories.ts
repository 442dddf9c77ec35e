import type { SKILL_CATEGORIES } from '../schemas/skill';
import { useT, type Lang } from '../i18n/index.ts';

/** A skill category id, as content files spell it ("ai", "language"…). */
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** Headings for each category in English, as readers write them: "AI", not "Ai". */
export const CATEGORY_LABELS: Readonly<Record<SkillCategory, string>> =
	useT('en').components.skillCategories;

/**
 * A category's heading in a language: "Databases", "Bases de datos".
 * @param category - the category id
 * @param lang - the page's language
 * @returns the heading
 */
export function categoryLabel(category: SkillCategory, lang: Lang = 'en'): string {
	return useT(lang).components.skillCategories[category];
}
