/**
 * The one module that queries content collections. Pages ask it for a cross-linked catalogue of content
 * the build has already checked (src/checks, run by the content guard before Astro reads a file).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolvePay, type PayView } from './lib/pay.ts';
import { siteConfig } from './site.config.ts';
import { relatedRoles, type RelatedRole } from './lib/related.ts';
import { layoutSkillGraph, type SkillGraph } from './lib/skill-graph.ts';
import { itemSkills, roleSkills, timeToReady, totalHours } from './lib/roadmap.ts';
import { offerSearchRecords } from './search-data.ts';
import { DEFAULT_LANG, LANG_CODES, langParam, type Lang } from './i18n/languages.ts';
import { milestoneId } from './lib/progress.ts';
import { sourceVersion, type TranslatableCollection } from './lib/translation.ts';

export type RoleEntry = CollectionEntry<'roles'>;
export type EssayEntry = CollectionEntry<'essays'>;
export type SkillEntry = CollectionEntry<'skills'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type TrackEntry = CollectionEntry<'tracks'>;
/** An entry whose Markdown body a page renders: the English one or its translation. */
export type BodyEntry =
	| RoleEntry
	| EssayEntry
	| CollectionEntry<'roleTranslations'>
	| CollectionEntry<'essayTranslations'>
	| ProjectEntry
	| CollectionEntry<'projectTranslations'>;

/** Whether an entry is shown in the page's language. */
export interface TextState {
	/** The language its text is in: the page's, or English when it is not translated (yet). */
	lang: Lang;
	/** translated: up to date; outdated: the English changed since; missing: shown in English. */
	status: 'source' | 'translated' | 'outdated' | 'missing';
}

/** A role with the figures derived from it. Components read the plain fields, never `entry`. */
export interface RoleView {
	/** For pages only: rendering the body needs the entry. */
	entry: RoleEntry;
	id: string;
	title: string;
	tagline: string;
	track: string;
	hoursPerWeek: number;
	/** Pay figures, each joined with its release in the register (content/sources/). */
	pay: readonly PayView[];
	skills: string[];
	months: number;
	hours: number;
	related: RelatedRole[];
	/** The roadmap's skills and prerequisite edges, laid out for the page and the API. */
	graph: SkillGraph;
	/** The language of its text and whether it is translated. */
	text: TextState;
}

/** Where a skill appears in a role's roadmap. */
export interface SkillUse {
	role: RoleEntry;
	phaseNumber: number;
	phaseTitle: string;
}

export interface Catalog {
	/** The language this catalogue's text is in, where translated. */
	lang: Lang;
	/** "roles/x", "essays/x"… → the language of its text and whether it is translated. */
	texts: Map<string, TextState>;
	/** "roles/x" or "essays/x" → the entry whose body the page renders. */
	bodies: Map<string, BodyEntry>;
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

const SOURCE_TEXT: TextState = { lang: DEFAULT_LANG, status: 'source' };

const published = (entry: { data: { draft?: boolean } }) =>
	import.meta.env.DEV || !entry.data.draft;

async function buildCatalog(): Promise<Catalog> {
	const [tracks, skills, roles, projects, essays, sources] = await Promise.all([
		getCollection('tracks'),
		getCollection('skills'),
		getCollection('roles'),
		getCollection('projects'),
		getCollection('essays'),
		getCollection('sources'),
	]);
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
	/** The language of its text, when it is not the page's (not translated yet). */
	lang?: Lang | undefined;
}

/** What a list shows of a project. */
export interface ProjectSummary {
	id: string;
	title: string;
	difficulty: string;
	hours: number;
	summary: string;
	/** The language of its text, when it is not the page's (not translated yet). */
	lang?: Lang | undefined;
}

/** Where text is shown: the catalogue's language and which texts are translated. */
type ListContext = Pick<Catalog, 'lang' | 'texts'>;

/**
 * The language of an entry's text and whether it is translated.
 * @param catalog - the catalogue in the page's language
 * @param key - "roles/x", "skills/x", "essays/x", "projects/x" or "tracks/x"
 * @returns its state; the catalogue's own language when it has none recorded
 */
export function textOf(catalog: ListContext, key: string): TextState {
	return catalog.texts.get(key) ?? { lang: catalog.lang, status: 'source' };
}

/**
 * The language of an entry's text when it is not the page's, for a `lang` attribute: "en" on a
 * Spanish page for text not translated yet, undefined otherwise.
 * @param catalog - the catalogue in the page's language
 * @param key - "roles/x", "skills/x", …
 * @returns the other language, or undefined
 */
export function otherLang(catalog: ListContext | undefined, key: string): Lang | undefined {
	if (!catalog) return undefined;
	const { lang } = textOf(catalog, key);
	return lang === catalog.lang ? undefined : lang;
}

/**
 * The plain view of an essay for lists.
 * @param entry - the essay
 * @param context - the catalogue it comes from, to say when its text is still English
 * @returns its id, title, description, date and the language of its text
 */
export const essaySummary = ({ id, data }: EssayEntry, context?: ListContext): EssaySummary => ({
	id,
	title: data.title,
	description: data.description,
	published: data.published,
	lang: otherLang(context, `essays/${id}`),
});

/**
 * The plain view of a project for lists.
 * @param entry - the project
 * @param context - the catalogue it comes from, to say when its text is still English
 * @returns its id, title, difficulty, hours, summary and the language of its text
 */
export const projectSummary = (
	{ id, data }: ProjectEntry,
	context?: ListContext,
): ProjectSummary => ({
	id,
	title: data.title,
	difficulty: data.difficulty,
	hours: data.hours,
	summary: data.summary,
	lang: otherLang(context, `projects/${id}`),
});

let catalog: Promise<Catalog> | undefined;
const localized = new Map<Lang, Promise<Catalog>>();

/**
 * The checked catalogue, built once per build, in a language: text from that language's translations
 * where they exist, English elsewhere; structure, data and relationships always from English.
 * @param lang - the page's language
 * @returns every collection, cross-linked, with derived role figures
 */
export function loadCatalog(lang: Lang = DEFAULT_LANG): Promise<Catalog> {
	// The search index is built from the catalogue while pages render, not from their HTML after.
	catalog ??= buildCatalog().then(async (built) => {
		const all = [
			built,
			...(await Promise.all(
				LANG_CODES.filter((code) => code !== DEFAULT_LANG).map(async (code) => {
					const translated = await translateCatalog(built, code);
					localized.set(code, Promise.resolve(translated));
					return translated;
				}),
			)),
		];
		offerSearchRecords(all);
		return built;
	});
	if (lang === DEFAULT_LANG) return catalog;
	return catalog.then(() => localized.get(lang) ?? catalog ?? buildCatalog());
}

/** Whether a translation is current, from the version it records and its English entry's text now. */
function textState(
	lang: Lang,
	collection: TranslatableCollection,
	english: { data: object; body?: string | undefined },
	translation: { data: { sourceVersion: string } } | undefined,
): TextState {
	if (!translation) return { lang: DEFAULT_LANG, status: 'missing' };
	const now = sourceVersion(
		collection,
		english.data as Record<string, unknown>,
		english.body ?? '',
	);
	return { lang, status: translation.data.sourceVersion === now ? 'translated' : 'outdated' };
}

/**
 * The catalogue with a language's text laid over the English: roles, skills and essays that have a
 * translation take its text; the rest stay English and say so. Milestone ids stay those of the
 * English text, so a reader's ticks are shared across languages.
 * @param base - the English catalogue
 * @param lang - a translated language
 * @returns the catalogue in that language
 */
async function translateCatalog(base: Catalog, lang: Lang): Promise<Catalog> {
	const [roleTexts, skillTexts, essayTexts, trackTexts, projectTexts] = await Promise.all([
		getCollection('roleTranslations'),
		getCollection('skillTranslations'),
		getCollection('essayTranslations'),
		getCollection('trackTranslations'),
		getCollection('projectTranslations'),
	]);
	const ofLang = <T extends { id: string }>(entries: T[]) =>
		new Map(
			entries
				.filter((entry) => entry.id.startsWith(`${lang}/`))
				.map((entry) => [entry.id.slice(lang.length + 1), entry]),
		);
	const roleText = ofLang(roleTexts);
	const skillText = ofLang(skillTexts);
	const essayText = ofLang(essayTexts);
	const trackText = ofLang(trackTexts);
	const projectText = ofLang(projectTexts);
	const texts = new Map<string, TextState>();
	const bodies = new Map(base.bodies);

	const tracks = base.tracks.map((track): TrackEntry => {
		const translation = trackText.get(track.id);
		texts.set(`tracks/${track.id}`, textState(lang, 'tracks', track, translation));
		if (!translation) return track;
		const { name, description } = translation.data;
		return { ...track, data: { ...track.data, name, description } };
	});

	const projects = new Map<string, ProjectEntry>();
	for (const [id, project] of base.projects) {
		const translation = projectText.get(id);
		texts.set(`projects/${id}`, textState(lang, 'projects', project, translation));
		if (!translation) {
			projects.set(id, project);
			continue;
		}
		bodies.set(`projects/${id}`, translation);
		const { title, summary } = translation.data;
		projects.set(id, {
			...project,
			body: translation.body ?? '',
			data: { ...project.data, title, summary },
		});
	}

	const skills = new Map<string, SkillEntry>();
	for (const [id, entry] of base.skills) {
		const translation = skillText.get(id);
		texts.set(`skills/${id}`, textState(lang, 'skills', entry, translation));
		if (!translation) {
			skills.set(id, entry);
			continue;
		}
		const { name, description, aliases, topics } = translation.data;
		skills.set(id, {
			...entry,
			data: {
				...entry.data,
				name: name ?? entry.data.name,
				description,
				aliases: [...entry.data.aliases, ...aliases],
				topics: topics ?? entry.data.topics,
			},
		});
	}
	const skillNames = new Map([...skills].map(([id, skill]) => [id, skill.data.name]));

	const roles = base.roles.map((view): RoleView => {
		const translation = roleText.get(view.id);
		const text = textState(lang, 'roles', view.entry, translation);
		texts.set(`roles/${view.id}`, text);
		if (!translation) return { ...view, text };
		bodies.set(`roles/${view.id}`, translation);
		const { data } = view.entry;
		const words = translation.data;
		const phases = data.phases.map((phase, index) => ({
			...phase,
			title: words.phases[index]?.title ?? phase.title,
			summary: words.phases[index]?.summary ?? phase.summary,
			milestones: words.phases[index]?.milestones ?? phase.milestones,
			milestoneIds: phase.milestones.map(milestoneId),
		}));
		return {
			...view,
			title: words.title,
			tagline: words.tagline,
			text,
			entry: {
				...view.entry,
				body: translation.body ?? '',
				data: {
					...data,
					title: words.title,
					tagline: words.tagline,
					phases,
					typicalDay: words.typicalDay,
					whyItMatters: words.whyItMatters,
				},
			},
			graph: layoutSkillGraph(phases, base.prerequisites, skillNames),
		};
	});
	const rolesById = new Map(roles.map((view) => [view.id, view]));

	const essays = base.essays.map((essay): EssayEntry => {
		const translation = essayText.get(essay.id);
		texts.set(`essays/${essay.id}`, textState(lang, 'essays', essay, translation));
		if (!translation) return essay;
		bodies.set(`essays/${essay.id}`, translation);
		return {
			...essay,
			body: translation.body ?? '',
			data: {
				...essay.data,
				title: translation.data.title,
				description: translation.data.description,
			},
		};
	});

	const skillUses = new Map<string, SkillUse[]>();
	for (const [id, uses] of base.skillUses)
		skillUses.set(
			id,
			uses.map((use) => {
				const role = rolesById.get(use.role.id)?.entry ?? use.role;
				return {
					role,
					phaseNumber: use.phaseNumber,
					phaseTitle: role.data.phases[use.phaseNumber - 1]?.title ?? use.phaseTitle,
				};
			}),
		);

	return {
		...base,
		lang,
		texts,
		bodies,
		tracks,
		projects,
		projectsBySkill: new Map(
			[...base.projectsBySkill].map(([id, list]) => [
				id,
				list.map((project) => projects.get(project.id) ?? project),
			]),
		),
		skills,
		roles,
		rolesById,
		essays,
		essaysById: new Map(essays.map((essay) => [essay.id, essay])),
		skillUses,
		rolesForProject: new Map(
			[...base.rolesForProject].map(([id, views]) => [
				id,
				views.map((view) => rolesById.get(view.id) ?? view),
			]),
		),
	};
}

/**
 * getStaticPaths for pages that exist once per language and item: each language's items come from
 * that language's catalogue, so props carry translated text.
 * @param items - the routes of one catalogue, without the language
 * @returns every route in every language
 */
export async function localizedPaths<P extends Record<string, string>, T>(
	items: (catalog: Catalog) => { params: P; props: T }[],
): Promise<{ params: P & { lang: string | undefined }; props: T }[]> {
	const perLang = await Promise.all(
		LANG_CODES.map(async (lang) =>
			items(await loadCatalog(lang)).map(({ params, props }) => ({
				params: { ...params, lang: langParam(lang) },
				props,
			})),
		),
	);
	return perLang.flat();
}
