import type { SKILL_CATEGORIES } from '../schemas/skill';

/** A skill category id, as content files spell it ("ai", "language"…). */
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** Headings for each category, as readers write them: "AI", not "Ai". */
export const CATEGORY_LABELS: Record<SkillCategory, string> = {
	language: 'Languages',
	database: 'Databases',
	framework: 'Frameworks',
	infrastructure: 'Infrastructure',
	cloud: 'Cloud',
	tool: 'Tools',
	practice: 'Practices',
	concept: 'Concepts',
	data: 'Data',
	ai: 'AI',
	security: 'Security',
	people: 'People',
};
