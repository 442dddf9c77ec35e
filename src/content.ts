/**
 * The one module that queries content collections. Pages ask it for a checked, cross-linked catalogue;
 * it fails the build when any id points nowhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Pay } from './schemas/index.ts';
import { siteConfig } from './site.config.ts';
import { collectReferences, findBrokenReferences, referenceReport } from './lib/references.ts';
import { cycleMessage, prerequisiteCycles } from './lib/prerequisites.ts';
import { relatedRoles, type RelatedRole } from './lib/related.ts';
import { layoutSkillGraph, type SkillGraph } from './lib/skill-graph.ts';
import { itemSkills, roleSkills, timeToReady, totalHours } from './lib/roadmap.ts';
import { offerSearchRecords } from './search-data.ts';

export type RoleEntry = CollectionEntry<'roles'>;
export type EssayEntry = CollectionEntry<'essays'>;
export type SkillEntry = CollectionEntry<'skills'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type TrackEntry = CollectionEntry<'tracks'>;

/** A role with the figures derived from it. Components read the plain fields, never `entry`. */
export interface RoleView {
	/** For pages only: rendering the body needs the entry. */
	entry: RoleEntry;
	id: string;
	title: string;
	tagline: string;
	track: string;
	hoursPerWeek: number;
	pay: readonly Pay[];
	skills: string[];
	months: number;
	hours: number;
	related: RelatedRole[];
	/** The roadmap's skills and prerequisite edges, laid out for the page and the API. */
	graph: SkillGraph;
}

/** Where a skill appears in a role's roadmap. */
export interface SkillUse {
	role: RoleEntry;
	phaseNumber: number;
	phaseTitle: string;
}

export interface Catalog {
	tracks: TrackEntry[];
	skills: Map<string, SkillEntry>;
	roles: RoleView[];
	rolesById: Map<string, RoleView>;
	projects: Map<string, ProjectEntry>;
	essays: EssayEntry[];
	essaysById: Map<string, EssayEntry>;
	/** skill id → every role phase that teaches it */
	skillUses: Map<string, SkillUse[]>;
	/** skill id → the skills to learn before it */
	prerequisites: Map<string, readonly string[]>;
	/** skill id → the skills that list it as a prerequisite, by name */
	leadsTo: Map<string, string[]>;
	/** skill id → the projects that use it */
	projectsBySkill: Map<string, ProjectEntry[]>;
	/** role id → its essays: those it lists, then those that name it (the page and the API agree) */
	essaysForRole: Map<string, string[]>;
	/** essay id → its roles: those it names, then those that list it */
	rolesForEssay: Map<string, string[]>;
	/** project id → the roles that list it */
	rolesForProject: Map<string, RoleView[]>;
}

const published = (entry: { data: { draft?: boolean } }) =>
	import.meta.env.DEV || !entry.data.draft;

const file = (entry: { filePath?: string | undefined; id: string }, collection: string) =>
	entry.filePath ?? `content/${collection}/${entry.id}`;

async function buildCatalog(): Promise<Catalog> {
	const [tracks, skills, roles, projects, essays] = await Promise.all([
		getCollection('tracks'),
		getCollection('skills'),
		getCollection('roles'),
		getCollection('projects'),
		getCollection('essays'),
	]);

	const report = referenceReport(
		findBrokenReferences(
			collectReferences({
				roles: roles.map((entry) => ({ file: file(entry, 'roles'), data: entry.data })),
				projects: projects.map((entry) => ({ file: file(entry, 'projects'), data: entry.data })),
				essays: essays.map((entry) => ({ file: file(entry, 'essays'), data: entry.data })),
				skills: skills.map((entry) => ({ file: file(entry, 'skills'), data: entry.data })),
			}),
			{
				tracks: new Set(tracks.map((entry) => entry.id)),
				skills: new Set(skills.map((entry) => entry.id)),
				roles: new Set(roles.map((entry) => entry.id)),
				projects: new Set(projects.map((entry) => entry.id)),
				essays: new Set(essays.map((entry) => entry.id)),
			},
		),
	);
	if (report) {
		// The list goes in the hint: Astro replaces the hint of any message that mentions "document".
		throw new AstroError(
			report.headline,
			`${report.lines.join('\n')}\nFix each id, or add the missing file, then build again.`,
		);
	}

	const cycles = prerequisiteCycles(
		new Map(skills.map((entry) => [entry.id, entry.data.prerequisites])),
	);
	if (cycles.length > 0) {
		const skillFile = new Map(skills.map((entry) => [entry.id, file(entry, 'skills')]));
		throw new AstroError(
			`Skill prerequisites form ${cycles.length === 1 ? 'a cycle' : `${cycles.length} cycles`}: no skill in one could ever be started.`,
			cycles
				.map(
					(cycle) =>
						`${skillFile.get(cycle[0] ?? '') ?? ''}  prerequisites  ${cycleMessage(cycle)}`,
				)
				.join('\n'),
		);
	}

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
			pay: entry.data.pay,
			skills: skillSets[index]?.skills ?? [],
			months,
			hours: totalHours(months, entry.data.hoursPerWeek),
			related: related.get(entry.id) ?? [],
			graph: layoutSkillGraph(entry.data.phases, prerequisites, skillNames),
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
		tracks: tracks.sort((a, b) => a.data.order - b.data.order),
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

/** What a list shows of an essay. */
export interface EssaySummary {
	id: string;
	title: string;
	description: string;
	published: Date;
}

/** What a list shows of a project. */
export interface ProjectSummary {
	id: string;
	title: string;
	difficulty: string;
	hours: number;
	summary: string;
}

/**
 * The plain view of an essay for lists.
 * @param entry - the essay
 * @returns its id, title, description and date
 */
export const essaySummary = ({ id, data }: EssayEntry): EssaySummary => ({
	id,
	title: data.title,
	description: data.description,
	published: data.published,
});

/**
 * The plain view of a project for lists.
 * @param entry - the project
 * @returns its id, title, difficulty, hours and summary
 */
export const projectSummary = ({ id, data }: ProjectEntry): ProjectSummary => ({
	id,
	title: data.title,
	difficulty: data.difficulty,
	hours: data.hours,
	summary: data.summary,
});

let catalog: Promise<Catalog> | undefined;

/**
 * The checked catalogue, built once per build.
 * @returns every collection, cross-linked, with derived role figures
 * @throws AstroError when content names an id that does not exist
 */
export function loadCatalog(): Promise<Catalog> {
	// The search index is built from the catalogue while pages render, not from their HTML after.
	catalog ??= buildCatalog().then((built) => {
		offerSearchRecords(built);
		return built;
	});
	return catalog;
}
