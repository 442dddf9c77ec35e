/**
 * The open data API: the same facts as the pages, as JSON, for anyone to reuse (content is CC BY-SA 4.0).
 * Shapes are built here once so the index and per-item endpoints agree.
 */
import type { Catalog, RoleView, SkillEntry } from '../catalog/types.ts';
import { formatPayCompact, isHeadline, regionName, type PayView } from '../lib/pay.ts';
import { siteConfig } from '../site.config.ts';
import { DEFAULT_LANG, localePath, type Lang } from '../i18n/languages.ts';
import { usedSkills } from './common.ts';

/** An address on the site, in a language: /es/… for Spanish data. */
const url = (path: string, lang: Lang = DEFAULT_LANG) =>
	new URL(localePath(lang, path), siteConfig.url).href;

/**
 * One pay figure as every JSON file gives it: the amount with what it measures (statistic, population,
 * occupation and how it matches the role) and the release it comes from, plus the region's name, the
 * figure formatted the way the pages show it, and whether it may stand as the role's headline pay.
 * @param pay - the figure, joined with its release
 * @param lang - the language of the names and the formatted figure
 * @returns the figure with its display fields
 */
export function payFigure(pay: PayView, lang: Lang = DEFAULT_LANG) {
	return {
		...pay,
		regionName: regionName(pay.region, lang),
		formatted: formatPayCompact(pay, lang),
		headline: isHeadline(pay),
	};
}

/**
 * A role for the reader tools (/data/roles.json): the browser code's type is this function's.
 * @param role - the role
 * @returns what compare and the skill gap need of it
 */
export function toolRole(role: RoleView, lang: Lang = DEFAULT_LANG) {
	return {
		id: role.id,
		title: role.title,
		track: role.track,
		months: role.months,
		hoursPerWeek: role.hoursPerWeek,
		skills: role.skills,
		phases: role.entry.data.phases.map((phase) => ({
			title: phase.title,
			months: phase.months,
			// With "pick one" groups as written: the skill gap counts each group once.
			skills: phase.skills,
		})),
		pay: role.pay.map((pay) => payFigure(pay, lang)),
	};
}

/** A role as the reader tools receive it. */
export type ToolRole = ReturnType<typeof toolRole>;

/** The whole of /data/roles.json. */
export interface ToolData {
	roles: ToolRole[];
	/** skill id → name, for the skills some role uses */
	skills: Record<string, string>;
}

/** A role in the index: enough to list and sort. */
export function roleSummary(role: RoleView, catalog: Catalog) {
	const { data } = role.entry;
	return {
		id: role.id,
		url: url(`/roles/${role.id}/`, catalog.lang),
		api: url(`/api/roles/${role.id}.json`, catalog.lang),
		title: data.title,
		tagline: data.tagline,
		track: data.track,
		trackName: catalog.tracks.find((track) => track.id === data.track)?.data.name ?? data.track,
		monthsToReady: role.months,
		hoursPerWeek: data.hoursPerWeek,
		skills: role.skills,
	};
}

/** A role in full, with the derived figures the page shows. */
export function roleDetail(role: RoleView, catalog: Catalog) {
	const { data } = role.entry;
	const skillName = (id: string) => catalog.skills.get(id)?.data.name ?? id;
	return {
		...roleSummary(role, catalog),
		totalHours: role.hours,
		pay: role.pay.map((pay) => payFigure(pay, catalog.lang)),
		typicalDay: data.typicalDay,
		phases: data.phases.map((phase, index) => ({
			number: index + 1,
			title: phase.title,
			months: phase.months,
			summary: phase.summary,
			skills: phase.skills.map((item) =>
				typeof item === 'string'
					? { id: item, name: skillName(item) }
					: { oneOf: item.oneOf.map((id) => ({ id, name: skillName(id) })) },
			),
			milestones: phase.milestones,
		})),
		whyItMatters: data.whyItMatters,
		projects: data.projects.flatMap((id) => {
			const project = catalog.projects.get(id);
			return project
				? [{ id, title: project.data.title, url: url(`/projects/${id}/`, catalog.lang) }]
				: [];
		}),
		related: role.related.flatMap((related) => {
			const other = catalog.rolesById.get(related.id);
			return other
				? [
						{
							id: related.id,
							title: other.title,
							share: Math.round(related.share * 100) / 100,
							skillsToAdd: related.toAdd,
						},
					]
				: [];
		}),
		essays: catalog.essaysForRole.get(role.id) ?? [],
		// The skill graph, so others can draw it: nodes by phase, edges from prerequisite to skill.
		graph: {
			nodes: role.graph.nodes.map((node) => ({
				id: node.id,
				name: node.name,
				phase: node.phase,
				oneOf: node.option,
			})),
			edges: role.graph.edges.map((edge) => ({ from: edge.from, to: edge.to })),
		},
		updated: data.updated.toISOString().slice(0, 10),
	};
}

/** A skill, with the roles and phases that need it. */
export function skillDetail(skill: SkillEntry, catalog: Catalog) {
	return {
		id: skill.id,
		url: url(`/skills/${skill.id}/`, catalog.lang),
		api: url(`/api/skills/${skill.id}.json`, catalog.lang),
		name: skill.data.name,
		category: skill.data.category,
		description: skill.data.description,
		aliases: skill.data.aliases,
		docs: skill.data.docs,
		topics: skill.data.topics ?? [],
		resources: skill.data.resources ?? [],
		prerequisites: skill.data.prerequisites,
		leadsTo: catalog.leadsTo.get(skill.id) ?? [],
		roles: (catalog.skillUses.get(skill.id) ?? []).map((use) => ({
			id: use.role.id,
			title: use.role.data.title,
			phase: use.phaseNumber,
			phaseTitle: use.phaseTitle,
		})),
	};
}

/** A JSON response with the licence stated in every file. */
export function json(body: unknown): Response {
	return new Response(
		`${JSON.stringify({ licence: 'CC BY-SA 4.0', source: siteConfig.url, data: body }, null, '\t')}\n`,
		{ headers: { 'content-type': 'application/json; charset=utf-8' } },
	);
}

/**
 * The tools' data (/data/roles.json): every role's skills, months, phases and pay, and the name of every
 * skill some role asks for. English for every language; translated pages give their own names.
 * @param catalog - the catalogue in the file's language
 * @returns what the compare and skill-gap scripts load
 */
export function toolData(catalog: Catalog): ToolData {
	const used = usedSkills(catalog);
	return {
		roles: catalog.roles.map((role) => toolRole(role, catalog.lang)),
		skills: Object.fromEntries(
			[...catalog.skills]
				.filter(([id]) => used.has(id))
				.map(([id, skill]) => [id, skill.data.name]),
		),
	};
}
