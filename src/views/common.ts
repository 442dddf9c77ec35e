/**
 * What route views share: a link to an entry with the language of its text, and the plain summaries
 * lists show. Route views (one module per route, in this folder) are the only code that reads entries;
 * pages and components lay out what they return.
 */
import { otherLang } from '../catalog/text.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { SKILL_CATEGORIES } from '../schemas/index.ts';

/** A link to an entry: its id, the text shown, and that text's language when it is not the page's. */
export interface EntryLink {
	id: string;
	name: string;
	lang?: Lang | undefined;
}

/**
 * Skills as links, in the order given.
 * @param catalog - the catalogue in the page's language
 * @param ids - skill ids
 * @returns each skill's id, name and the language of its name
 */
export const skillLinks = (catalog: Catalog, ids: readonly string[]): EntryLink[] =>
	ids.map((id) => ({
		id,
		name: catalog.skills.get(id)?.data.name ?? id,
		lang: otherLang(catalog, `skills/${id}`),
	}));

/**
 * Roles as links, in the order given; ids that are not published roles are left out.
 * @param catalog - the catalogue in the page's language
 * @param ids - role ids
 * @returns each role's id, title and the language of its title
 */
export const roleLinks = (catalog: Catalog, ids: readonly string[]): EntryLink[] =>
	ids.flatMap((id) => {
		const role = catalog.rolesById.get(id);
		return role ? [{ id, name: role.title, lang: otherLang(catalog, `roles/${id}`) }] : [];
	});

/**
 * Essays as links, in the order given; ids that are not published essays are left out.
 * @param catalog - the catalogue in the page's language
 * @param ids - essay ids
 * @returns each essay's id, title and the language of its title
 */
export const essayLinks = (catalog: Catalog, ids: readonly string[]): EntryLink[] =>
	ids.flatMap((id) => {
		const essay = catalog.essaysById.get(id);
		return essay ? [{ id, name: essay.data.title, lang: otherLang(catalog, `essays/${id}`) }] : [];
	});

/**
 * The track a role belongs to, as a link, or undefined when there is none.
 * @param catalog - the catalogue in the page's language
 * @param id - the track id
 * @returns its id, name and the language of its name
 */
export function trackLink(catalog: Catalog, id: string): EntryLink | undefined {
	const track = catalog.tracks.find((entry) => entry.id === id);
	return track
		? { id, name: track.data.name, lang: otherLang(catalog, `tracks/${id}`) }
		: undefined;
}

/**
 * Where a reader edits an entry on GitHub.
 * @param repository - the repository's web address
 * @param branch - the branch edits go to
 * @param file - the entry's file, relative to the project root
 * @returns the edit address
 */
export const editUrl = (repository: string, branch: string, file: string): string =>
	`${repository}/edit/${branch}/${file}`;

/**
 * The skills some published role asks for: the only ones the tools and filters offer.
 * @param catalog - a catalogue
 * @returns their ids
 */
export const usedSkills = (catalog: Catalog): Set<string> =>
	new Set(catalog.roles.flatMap((role) => role.skills));

/**
 * Skills as links, grouped by category in the categories' order, by name in the page's language;
 * categories with none are left out.
 * @param catalog - the catalogue in the page's language
 * @param keep - which skills to list (all by default)
 * @returns one group per category that has skills
 */
export function skillsByCategory(
	catalog: Catalog,
	keep: (id: string) => boolean = () => true,
): { category: (typeof SKILL_CATEGORIES)[number]; skills: EntryLink[] }[] {
	const all = [...catalog.skills.values()].filter((skill) => keep(skill.id));
	return SKILL_CATEGORIES.map((category) => ({
		category,
		skills: all
			.filter((skill) => skill.data.category === category)
			.sort((a, b) => a.data.name.localeCompare(b.data.name, catalog.lang))
			.map((skill) => ({
				id: skill.id,
				name: skill.data.name,
				lang: otherLang(catalog, `skills/${skill.id}`),
			})),
	})).filter((group) => group.skills.length > 0);
}
