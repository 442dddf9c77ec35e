/**
 * The shapes of the catalogue: what the loader (src/content.ts) reads, and what pages, the API and
 * search are given. Types only: importing this module runs nothing.
 */
import type { CollectionEntry } from 'astro:content';
import type { PayView } from '../lib/pay.ts';
import type { RelatedRole } from '../lib/related.ts';
import type { SkillGraph } from '../lib/skill-graph.ts';
import type { Lang } from '../i18n/languages.ts';

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

/** A role with the figures derived from it: what lists, cards and charts show. */
export interface RoleSummary {
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

/** A role with its entry: the catalogue's, for route views (src/views/) to read. */
export interface RoleView extends RoleSummary {
	entry: RoleEntry;
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

export type SourceEntry = CollectionEntry<'sources'>;

/** Every English entry the catalogue is built from, as the content collections hold them. */
export interface CatalogInput {
	tracks: TrackEntry[];
	skills: SkillEntry[];
	roles: RoleEntry[];
	projects: ProjectEntry[];
	essays: EssayEntry[];
	sources: SourceEntry[];
}

/** Every translation, of every language (ids are "<lang>/<id>"). */
export interface TranslationInput {
	roles: CollectionEntry<'roleTranslations'>[];
	skills: CollectionEntry<'skillTranslations'>[];
	essays: CollectionEntry<'essayTranslations'>[];
	tracks: CollectionEntry<'trackTranslations'>[];
	projects: CollectionEntry<'projectTranslations'>[];
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
