/** The language of each entry's text on a page, and the plain views lists show. */
import type {
	Catalog,
	EssayEntry,
	EssaySummary,
	ProjectEntry,
	ProjectSummary,
	TextState,
} from './types.ts';
import type { Lang } from '../i18n/languages.ts';

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
