/** The skill page (/skills/<id>/): the skill, what comes before and after it, and who uses it. */
import { otherLang, projectSummary, textOf } from '../catalog/text.ts';
import type { Catalog, ProjectSummary, SkillEntry, TextState } from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { learnFirst } from '../lib/prerequisites.ts';
import { skillLinks, type EntryLink } from './common.ts';

/** A role phase that teaches the skill. */
export interface SkillUseView {
	id: string;
	title: string;
	lang?: Lang | undefined;
	phaseNumber: number;
	phaseTitle: string;
}

export type SkillPageView = Pick<
	SkillEntry['data'],
	'name' | 'category' | 'description' | 'aliases' | 'docs' | 'topics' | 'resources'
> & {
	id: string;
	text: TextState;
	contentLang: Lang | undefined;
	/** Everything to learn before it, the furthest foundations first. */
	before: EntryLink[];
	/** The skills that list it as a prerequisite. */
	after: EntryLink[];
	/** The role phases that teach it, by role title. */
	uses: SkillUseView[];
	projects: ProjectSummary[];
};

/**
 * The skill page's view.
 * @param catalog - the catalogue in the page's language
 * @param skill - the skill, from that catalogue
 * @returns what the page shows, joined and in order
 */
export function skillPage(catalog: Catalog, skill: SkillEntry): SkillPageView {
	const { name, category, description, aliases, docs, topics, resources } = skill.data;
	const key = `skills/${skill.id}`;
	return {
		id: skill.id,
		name,
		category,
		description,
		aliases,
		docs,
		topics,
		resources,
		text: textOf(catalog, key),
		contentLang: otherLang(catalog, key),
		before: skillLinks(catalog, learnFirst(skill.id, catalog.prerequisites).reverse()),
		after: skillLinks(catalog, catalog.leadsTo.get(skill.id) ?? []),
		uses: (catalog.skillUses.get(skill.id) ?? [])
			.map((use) => ({
				id: use.role.id,
				title: use.role.data.title,
				lang: otherLang(catalog, `roles/${use.role.id}`),
				phaseNumber: use.phaseNumber,
				phaseTitle: use.phaseTitle,
			}))
			.toSorted((a, b) => a.title.localeCompare(b.title)),
		projects: (catalog.projectsBySkill.get(skill.id) ?? []).map((project) =>
			projectSummary(project, catalog),
		),
	};
}
