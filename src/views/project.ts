/** The project page (/projects/<id>/): the project, its skills and the roles that list it. */
import { otherLang, textOf } from '../catalog/text.ts';
import type { BodyEntry, Catalog, ProjectEntry, TextState } from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { skillLinks, type EntryLink } from './common.ts';

export type ProjectPageView = Pick<
	ProjectEntry['data'],
	'title' | 'summary' | 'difficulty' | 'hours'
> & {
	id: string;
	text: TextState;
	contentLang: Lang | undefined;
	skills: EntryLink[];
	/** The roles that list it. */
	roles: EntryLink[];
	/** The entry whose Markdown body the page renders: the translation's, or the English one. */
	body: BodyEntry;
};

/**
 * The project page's view.
 * @param catalog - the catalogue in the page's language
 * @param project - the project, from that catalogue
 * @returns what the page shows, joined and in order
 */
export function projectPage(catalog: Catalog, project: ProjectEntry): ProjectPageView {
	const { title, summary, difficulty, hours, skills } = project.data;
	const key = `projects/${project.id}`;
	return {
		id: project.id,
		title,
		summary,
		difficulty,
		hours,
		text: textOf(catalog, key),
		contentLang: otherLang(catalog, key),
		skills: skillLinks(catalog, skills),
		roles: (catalog.rolesForProject.get(project.id) ?? []).map((role) => ({
			id: role.id,
			name: role.title,
			lang: role.text.lang === catalog.lang ? undefined : role.text.lang,
		})),
		body: catalog.bodies.get(key) ?? project,
	};
}
