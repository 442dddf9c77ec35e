/**
 * The English catalogue from the checked entries: roles with their derived figures (pay joined with the
 * register, time to ready, related roles, skill graph) and every reverse index pages and the API read.
 */
import { resolvePay } from '../lib/pay.ts';
import { siteConfig } from '../site.config.ts';
import { relatedRoles } from '../lib/related.ts';
import { layoutSkillGraph } from '../lib/skill-graph.ts';
import { itemSkills, roleSkills, timeToReady, totalHours } from '../lib/roadmap.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';
import type {
	BodyEntry,
	Catalog,
	CatalogInput,
	ProjectEntry,
	RoleView,
	SkillUse,
	TextState,
} from './types.ts';

export const SOURCE_TEXT: TextState = { lang: DEFAULT_LANG, status: 'source' };

/** How a catalogue is built. */
export interface BuildOptions {
	/** Drafts are shown in development and left out of the published site. */
	drafts: boolean;
}

/**
 * The English catalogue, cross-linked, from checked entries. Pure: it reads nothing and keeps no state,
 * so the same entries always give the same catalogue.
 * @param input - every entry of every English collection
 * @param options - whether drafts are included
 * @returns roles with their derived figures, and every relationship pages show, computed once
 */
export function buildCatalog(input: CatalogInput, options: BuildOptions): Catalog {
	const { tracks, skills, roles, projects, essays, sources } = input;
	const published = (entry: { data: { draft?: boolean } }) => options.drafts || !entry.data.draft;
	const register = new Map(sources.map((source) => [source.id, source.data]));

	// References, prerequisites and every other content rule were checked before Astro read a file
	// (the content guard runs src/checks at astro:config:setup, in dev and build alike): the catalogue
	// only computes.

	const liveRoles = roles
		.filter(published)
		.sort((a, b) => a.data.title.localeCompare(b.data.title));
	const skillSets = liveRoles.map((entry) => ({
		id: entry.id,
		skills: roleSkills(entry.data.phases),
		manual: entry.data.related,
	}));
	const related = relatedRoles(skillSets, siteConfig.relatedThreshold, siteConfig.relatedLimit);
	const prerequisites = new Map(skills.map((entry) => [entry.id, entry.data.prerequisites]));
	const skillNames = new Map(skills.map((entry) => [entry.id, entry.data.name]));
	const leadsTo = new Map<string, string[]>();
	for (const [id, before] of prerequisites)
		for (const first of before) leadsTo.set(first, [...(leadsTo.get(first) ?? []), id]);
	for (const list of leadsTo.values())
		list.sort((a, b) => (skillNames.get(a) ?? a).localeCompare(skillNames.get(b) ?? b));
	const projectsBySkill = new Map<string, ProjectEntry[]>();
	for (const project of projects)
		for (const id of project.data.skills)
			projectsBySkill.set(id, [...(projectsBySkill.get(id) ?? []), project]);
	const views: RoleView[] = liveRoles.map((entry, index) => {
		const months = timeToReady(entry.data.phases);
		return {
			entry,
			id: entry.id,
			title: entry.data.title,
			tagline: entry.data.tagline,
			track: entry.data.track,
			hoursPerWeek: entry.data.hoursPerWeek,
			pay: entry.data.pay.map((citation) => resolvePay(citation, register)),
			skills: skillSets[index]?.skills ?? [],
			months,
			hours: totalHours(months, entry.data.hoursPerWeek),
			related: related.get(entry.id) ?? [],
			graph: layoutSkillGraph(entry.data.phases, prerequisites, skillNames),
			text: SOURCE_TEXT,
		};
	});

	const skillUses = new Map<string, SkillUse[]>();
	for (const role of liveRoles) {
		role.data.phases.forEach((phase, index) => {
			for (const skill of phase.skills.flatMap(itemSkills)) {
				const uses = skillUses.get(skill) ?? [];
				uses.push({ role, phaseNumber: index + 1, phaseTitle: phase.title });
				skillUses.set(skill, uses);
			}
		});
	}

	const liveEssays = essays
		.filter(published)
		.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());

	// Both directions of role ↔ essay in one pass each: listed first, then named from the other side.
	const liveEssayIds = new Set(liveEssays.map((essay) => essay.id));
	const liveRoleIds = new Set(views.map((view) => view.id));
	const essaysForRole = new Map(views.map((view) => [view.id, new Set<string>()]));
	const rolesForEssay = new Map(liveEssays.map((essay) => [essay.id, new Set<string>()]));
	for (const view of views)
		for (const id of view.entry.data.essays)
			if (liveEssayIds.has(id)) essaysForRole.get(view.id)?.add(id);
	for (const essay of liveEssays)
		for (const id of essay.data.roles)
			if (liveRoleIds.has(id)) rolesForEssay.get(essay.id)?.add(id);
	for (const view of views)
		for (const id of view.entry.data.essays)
			if (liveEssayIds.has(id)) rolesForEssay.get(id)?.add(view.id);
	for (const essay of liveEssays)
		for (const id of essay.data.roles)
			if (liveRoleIds.has(id)) essaysForRole.get(id)?.add(essay.id);
	const rolesForProject = new Map<string, RoleView[]>();
	for (const view of views)
		for (const id of view.entry.data.projects)
			rolesForProject.set(id, [...(rolesForProject.get(id) ?? []), view]);

	return {
		lang: DEFAULT_LANG,
		texts: new Map(),
		bodies: new Map<string, BodyEntry>([
			...views.map((view) => [`roles/${view.id}`, view.entry] as const),
			...liveEssays.map((essay) => [`essays/${essay.id}`, essay] as const),
			...projects.map((project) => [`projects/${project.id}`, project] as const),
		]),
		tracks: [...tracks].sort((a, b) => a.data.order - b.data.order),
		skills: new Map(skills.map((entry) => [entry.id, entry])),
		roles: views,
		rolesById: new Map(views.map((view) => [view.id, view])),
		projects: new Map(projects.map((entry) => [entry.id, entry])),
		essays: liveEssays,
		essaysById: new Map(liveEssays.map((entry) => [entry.id, entry])),
		skillUses,
		prerequisites,
		leadsTo,
		projectsBySkill,
		essaysForRole: new Map([...essaysForRole].map(([id, set]) => [id, [...set]])),
		rolesForEssay: new Map([...rolesForEssay].map(([id, set]) => [id, [...set]])),
		rolesForProject,
	};
}
