/** The list pages: home (/), roles (/roles/), skills (/skills/) and projects (/projects/). */
import { otherLang, projectSummary } from '../catalog/text.ts';
import type { Catalog, ProjectSummary, RoleSummary } from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { isHeadline } from '../lib/pay.ts';
import { DIFFICULTIES, SKILL_CATEGORIES } from '../schemas/index.ts';
import type { EntryLink } from './common.ts';

/** A track with its roles, in the catalogue's order. */
export interface TrackGroup {
	id: string;
	name: string;
	description: string;
	/** The language of its name and description when it is not the page's. */
	lang?: Lang | undefined;
	roles: RoleSummary[];
}

/**
 * Tracks that have published roles, each with its roles by title.
 * @param catalog - the catalogue in the page's language
 * @returns one group per track with roles
 */
export function trackGroups(catalog: Catalog): TrackGroup[] {
	return catalog.tracks
		.map((track) => ({
			id: track.id,
			name: track.data.name,
			description: track.data.description,
			lang: otherLang(catalog, `tracks/${track.id}`),
			roles: catalog.roles.filter((role) => role.track === track.id),
		}))
		.filter((group) => group.roles.length > 0);
}

/** What the roles page shows beside its track groups. */
export interface RolesIndexView {
	roles: RoleSummary[];
	groups: TrackGroup[];
	/** Every skill some role needs, by name: the explorer's filter. */
	skills: EntryLink[];
	/**
	 * Regions where at least two roles have a headline figure, most figures first: one map each.
	 */
	regions: string[];
}

/**
 * The roles page's view.
 * @param catalog - the catalogue in the page's language
 * @returns roles, their tracks, the explorer's skills and the map regions
 */
export function rolesIndex(catalog: Catalog): RolesIndexView {
	const { roles } = catalog;
	const skills = [...new Set(roles.flatMap((role) => role.skills))]
		.map((id) => ({ id, name: catalog.skills.get(id)?.data.name ?? id }))
		.sort((a, b) => a.name.localeCompare(b.name));
	const regionCounts = new Map<string, number>();
	for (const role of roles)
		for (const pay of role.pay)
			if (isHeadline(pay)) regionCounts.set(pay.region, (regionCounts.get(pay.region) ?? 0) + 1);
	const regions = [...regionCounts]
		.filter(([, count]) => count >= 2)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([region]) => region);
	return { roles, groups: trackGroups(catalog), skills, regions };
}

/** One skill in the skills index. */
export interface SkillListItem extends EntryLink {
	/** How many roles teach it. */
	roles: number;
}

/**
 * The skills page's view: skills grouped by category, by name in the page's language.
 * @param catalog - the catalogue in the page's language
 * @returns one group per category that has skills
 */
export function skillsIndex(catalog: Catalog) {
	const roleCount = (id: string) =>
		new Set((catalog.skillUses.get(id) ?? []).map((use) => use.role.id)).size;
	const all = [...catalog.skills.values()];
	return SKILL_CATEGORIES.map((category) => ({
		category,
		skills: all
			.filter((skill) => skill.data.category === category)
			.sort((a, b) => a.data.name.localeCompare(b.data.name, catalog.lang))
			.map((skill): SkillListItem => ({
				id: skill.id,
				name: skill.data.name,
				lang: otherLang(catalog, `skills/${skill.id}`),
				roles: roleCount(skill.id),
			})),
	})).filter((group) => group.skills.length > 0);
}

/**
 * The projects page's view: projects grouped by difficulty, by title.
 * @param catalog - the catalogue in the page's language
 * @returns one group per difficulty that has projects
 */
export function projectsIndex(
	catalog: Catalog,
): { difficulty: (typeof DIFFICULTIES)[number]; projects: ProjectSummary[] }[] {
	const all = [...catalog.projects.values()];
	return DIFFICULTIES.map((difficulty) => ({
		difficulty,
		projects: all
			.filter((project) => project.data.difficulty === difficulty)
			.sort((a, b) => a.data.title.localeCompare(b.data.title))
			.map((project) => projectSummary(project, catalog)),
	})).filter((group) => group.projects.length > 0);
}
