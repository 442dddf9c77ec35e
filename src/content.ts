/**
 * The one module that queries content collections. Pages ask it for a checked, cross-linked catalogue;
 * it fails the build when any id points nowhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { siteConfig } from './site.config.ts';
import { collectReferences, findBrokenReferences, referenceReport } from './lib/references.ts';
import { cycleMessage, prerequisiteCycles } from './lib/prerequisites.ts';
import { relatedRoles, type RelatedRole } from './lib/related.ts';
import { itemSkills, roleSkills, timeToReady, totalHours } from './lib/roadmap.ts';
import { offerSearchRecords } from './search-data.ts';

export type RoleEntry = CollectionEntry<'roles'>;
export type EssayEntry = CollectionEntry<'essays'>;
export type SkillEntry = CollectionEntry<'skills'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type TrackEntry = CollectionEntry<'tracks'>;

/** A role with the figures derived from it. */
export interface RoleView {
	entry: RoleEntry;
	id: string;
	skills: string[];
	months: number;
	hours: number;
	related: RelatedRole[];
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
	const views: RoleView[] = liveRoles.map((entry, index) => {
		const months = timeToReady(entry.data.phases);
		return {
			entry,
			id: entry.id,
			skills: skillSets[index]?.skills ?? [],
			months,
			hours: totalHours(months, entry.data.hoursPerWeek),
			related: related.get(entry.id) ?? [],
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

	return {
		tracks: tracks.sort((a, b) => a.data.order - b.data.order),
		skills: new Map(skills.map((entry) => [entry.id, entry])),
		roles: views,
		rolesById: new Map(views.map((view) => [view.id, view])),
		projects: new Map(projects.map((entry) => [entry.id, entry])),
		essays: liveEssays,
		essaysById: new Map(liveEssays.map((entry) => [entry.id, entry])),
		skillUses,
	};
}

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
