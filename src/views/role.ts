/** The role page (/roles/<id>/): everything it shows, from the catalogue in its language. */
import { otherLang, projectSummary } from '../catalog/text.ts';
import type {
	BodyEntry,
	Catalog,
	ProjectSummary,
	RoleSummary,
	RoleView,
	TextState,
} from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import type { PayView } from '../lib/pay.ts';
import type { SkillGraph } from '../lib/skill-graph.ts';
import { siteConfig } from '../site.config.ts';
import { editUrl, essayLinks, skillLinks, trackLink, type EntryLink } from './common.ts';

/** One phase as the roadmap shows it. */
export interface PhaseView {
	title: string;
	months: number;
	summary: string;
	skills: RoleView['entry']['data']['phases'][number]['skills'];
	milestones: readonly string[];
	/** Ids of the English milestones: a reader's ticks are shared between languages. */
	milestoneIds?: readonly string[] | undefined;
}

/** What the roadmap shows of one skill. */
export interface RoadmapSkill {
	name: string;
	topics: readonly string[];
	/** Skills to learn first, with their names. */
	first: readonly { id: string; name: string }[];
}

/** A related role as the page lists it. */
export interface RelatedRoleView {
	id: string;
	title: string;
	lang?: Lang | undefined;
	/** Share of the two roles' combined skills they have in common. */
	share: number;
	/** Listed by hand in `related`, not computed. */
	manual: boolean;
	/** Names of the first skills this role lacks and the other needs, in the other's order. */
	toAdd: string[];
	/** How many more it needs beyond those named. */
	toAddMore: number;
}

/** How many skills to add a related role names: a longer list is not read, only scrolled past. */
export const TO_ADD_SHOWN = 6;

export interface RolePageView {
	id: string;
	title: string;
	tagline: string;
	updated: Date;
	/** The track's id (its share image) and, as a link, the track itself. */
	trackId: string;
	track: EntryLink | undefined;
	hoursPerWeek: number;
	months: number;
	hours: number;
	pay: readonly PayView[];
	phases: PhaseView[];
	typicalDay: readonly string[];
	whyItMatters: string;
	graph: SkillGraph;
	roadmapSkills: Map<string, RoadmapSkill>;
	/** Names of every skill the roadmap teaches, in order (structured data). */
	skillNames: string[];
	projects: ProjectSummary[];
	essays: EntryLink[];
	related: RelatedRoleView[];
	/** Whether the text is translated; the language of text still in English on another page. */
	text: TextState;
	contentLang: Lang | undefined;
	/** The entry whose Markdown body the page renders: the translation's, or the English one. */
	body: BodyEntry;
	editUrl: string;
}

const name = (catalog: Catalog, id: string) => catalog.skills.get(id)?.data.name ?? id;

function roadmapSkills(catalog: Catalog, role: RoleSummary): Map<string, RoadmapSkill> {
	return new Map(
		role.skills.map((id) => {
			const skill = catalog.skills.get(id)?.data;
			return [
				id,
				{
					name: skill?.name ?? id,
					topics: skill?.topics ?? [],
					first: (skill?.prerequisites ?? []).map((before) => ({
						id: before,
						name: name(catalog, before),
					})),
				},
			];
		}),
	);
}

function relatedRoles(catalog: Catalog, role: RoleSummary): RelatedRoleView[] {
	return role.related.flatMap((item) => {
		const other = catalog.rolesById.get(item.id);
		if (!other) return [];
		return [
			{
				id: item.id,
				title: other.title,
				lang: otherLang(catalog, `roles/${item.id}`),
				share: item.share,
				manual: item.manual,
				toAdd: item.toAdd.slice(0, TO_ADD_SHOWN).map((id) => name(catalog, id)),
				toAddMore: Math.max(item.toAdd.length - TO_ADD_SHOWN, 0),
			},
		];
	});
}

/**
 * The role page's view.
 * @param catalog - the catalogue in the page's language
 * @param role - the role, from that catalogue
 * @returns what the page shows, joined and in order
 */
export function rolePage(catalog: Catalog, role: RoleView): RolePageView {
	const { data } = role.entry;
	const body = catalog.bodies.get(`roles/${role.id}`) ?? role.entry;
	return {
		id: role.id,
		title: data.title,
		tagline: data.tagline,
		updated: data.updated,
		trackId: data.track,
		track: trackLink(catalog, data.track),
		hoursPerWeek: data.hoursPerWeek,
		months: role.months,
		hours: role.hours,
		pay: role.pay,
		phases: data.phases,
		typicalDay: data.typicalDay,
		whyItMatters: data.whyItMatters,
		graph: role.graph,
		roadmapSkills: roadmapSkills(catalog, role),
		skillNames: skillLinks(catalog, role.skills).map((skill) => skill.name),
		projects: data.projects.flatMap((id) => {
			const project = catalog.projects.get(id);
			return project ? [projectSummary(project, catalog)] : [];
		}),
		// Essays for this role: those it lists, then those that list it.
		essays: essayLinks(catalog, catalog.essaysForRole.get(role.id) ?? []),
		related: relatedRoles(catalog, role),
		text: role.text,
		contentLang: otherLang(catalog, `roles/${role.id}`),
		body,
		editUrl: editUrl(
			siteConfig.repository,
			siteConfig.branch,
			body.filePath ?? `content/roles/${role.id}.md`,
		),
	};
}
