/** The list pages: home (/), roles (/roles/), skills (/skills/) and projects (/projects/). */
import { otherLang, projectSummary } from '../catalog/text.ts';
import type { Catalog, ProjectSummary, RoleSummary } from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { isHeadline } from '../lib/pay.ts';
import { DIFFICULTIES } from '../schemas/index.ts';
import { skillsByCategory, usedSkills, type EntryLink } from './common.ts';

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
	const skills = [...usedSkills(catalog)]
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
	return skillsByCategory(catalog).map(({ category, skills }) => ({
		category,
		skills: skills.map((skill): SkillListItem => ({ ...skill, roles: roleCount(skill.id) })),
	}));
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
