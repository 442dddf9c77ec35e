/**
 * The reader's tools: compare (/compare/), skill gap (/skill-gap/) and search (/search/). Their scripts
 * read the tools' data (/data/roles.json, English); a translated page gives them its own names.
 */
import { otherLang } from '../catalog/text.ts';
import type { Catalog } from '../catalog/types.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import type { SKILL_CATEGORIES } from '../schemas/index.ts';
import { trackGroups } from './lists.ts';
import { skillsByCategory, usedSkills, type EntryLink } from './common.ts';

/** A title and, when it is not the page's, the language it is in. */
interface Localized {
	title: string;
	lang?: Lang;
}

/**
 * Each role's title in the page's language, for scripts whose data is English.
 * @param catalog - the catalogue in the page's language
 * @returns role id → title (and its language when still English); empty on English pages
 */
function roleTitles(catalog: Catalog): Record<string, Localized> {
	if (catalog.lang === DEFAULT_LANG) return {};
	return Object.fromEntries(
		catalog.roles.map((role) => [
			role.id,
			{ title: role.title, ...(role.text.lang !== catalog.lang && { lang: role.text.lang }) },
		]),
	);
}

/** What the compare page shows and gives its script. */
export interface CompareView {
	/** Every role, for the two pickers. */
	options: { id: string; title: string }[];
	/** Titles, phase titles and skill names in the page's language; empty on English pages. */
	names:
		| Record<string, never>
		| {
				roles: Record<string, Localized & { phases: string[] }>;
				skills: Record<string, { name: string; lang?: Lang }>;
		  };
}

/**
 * The compare page's view.
 * @param catalog - the catalogue in the page's language
 * @returns the pickers' roles and the script's names
 */
export function comparePage(catalog: Catalog): CompareView {
	const options = catalog.roles.map((role) => ({ id: role.id, title: role.entry.data.title }));
	if (catalog.lang === DEFAULT_LANG) return { options, names: {} };
	const titles = roleTitles(catalog);
	const used = usedSkills(catalog);
	return {
		options,
		names: {
			roles: Object.fromEntries(
				catalog.roles.map((role) => [
					role.id,
					{
						...(titles[role.id] ?? { title: role.title }),
						phases: role.entry.data.phases.map((phase) => phase.title),
					},
				]),
			),
			skills: Object.fromEntries(
				[...catalog.skills]
					.filter(([id]) => used.has(id))
					.map(([id, skill]) => {
						const text = otherLang(catalog, `skills/${id}`);
						return [id, { name: skill.data.name, ...(text && { lang: text }) }];
					}),
			),
		},
	};
}

/** What the skill gap page shows and gives its script. */
export interface SkillGapView {
	/** Skills some role asks for, by category, by name in the page's language. */
	groups: { category: (typeof SKILL_CATEGORIES)[number]; skills: EntryLink[] }[];
	/** Role titles in the page's language; empty on English pages. */
	roleNames: Record<string, Localized>;
}

/**
 * The skill gap page's view.
 * @param catalog - the catalogue in the page's language
 * @returns the checkboxes' skills and the script's role titles
 */
export function skillGapPage(catalog: Catalog): SkillGapView {
	const used = usedSkills(catalog);
	const groups = skillsByCategory(catalog, (id) => used.has(id));
	return { groups, roleNames: roleTitles(catalog) };
}

/** What the search page's filters offer. */
export interface SearchPageView {
	/** Tracks with published roles: the values the index filters by are their names. */
	tracks: EntryLink[];
	/** Skills some role asks for, by name: the values the index filters by. */
	skills: { name: string; lang?: Lang | undefined }[];
}

/**
 * The search page's view.
 * @param catalog - the catalogue in the page's language
 * @returns the filters' tracks and skills
 */
export function searchPage(catalog: Catalog): SearchPageView {
	return {
		tracks: trackGroups(catalog).map(({ id, name, lang }) => ({ id, name, lang })),
		skills: [...usedSkills(catalog)]
			.map((id) => ({
				name: catalog.skills.get(id)?.data.name ?? id,
				lang: otherLang(catalog, `skills/${id}`),
			}))
			.sort((a, b) => a.name.localeCompare(b.name, catalog.lang)),
	};
}
