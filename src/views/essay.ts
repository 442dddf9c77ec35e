/** The essay page (/essays/<id>/) and the essay lists. */
import { essaySummary, otherLang, textOf } from '../catalog/text.ts';
import type {
	BodyEntry,
	Catalog,
	EssayEntry,
	EssaySummary,
	RoleSummary,
	TextState,
} from '../catalog/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { readingMinutes } from '../lib/reading.ts';
import { siteConfig } from '../site.config.ts';
import { editUrl } from './common.ts';

export type EssayPageView = Pick<
	EssayEntry['data'],
	'title' | 'description' | 'published' | 'updated'
> & {
	id: string;
	text: TextState;
	contentLang: Lang | undefined;
	/** Minutes to read the English body (the same text, translated). */
	minutes: number;
	/** Roles the essay names, then roles that name the essay. */
	roles: RoleSummary[];
	/** The entry whose Markdown body the page renders: the translation's, or the English one. */
	body: BodyEntry;
	editUrl: string;
};

/**
 * The essay page's view.
 * @param catalog - the catalogue in the page's language
 * @param essay - the essay, from that catalogue
 * @returns what the page shows, joined and in order
 */
export function essayPage(catalog: Catalog, essay: EssayEntry): EssayPageView {
	const { title, description, published, updated } = essay.data;
	const key = `essays/${essay.id}`;
	const body = catalog.bodies.get(key) ?? essay;
	return {
		id: essay.id,
		title,
		description,
		published,
		updated,
		text: textOf(catalog, key),
		contentLang: otherLang(catalog, key),
		minutes: readingMinutes(essay.body ?? '', siteConfig.wordsPerMinute),
		roles: (catalog.rolesForEssay.get(essay.id) ?? []).flatMap(
			(id) => catalog.rolesById.get(id) ?? [],
		),
		body,
		editUrl: editUrl(
			siteConfig.repository,
			siteConfig.branch,
			body.filePath ?? `content/essays/${essay.id}.md`,
		),
	};
}

/**
 * Every published essay as lists show it, newest first.
 * @param catalog - the catalogue in the page's language
 * @param limit - how many, at most
 * @returns the essays' summaries
 */
export const essayList = (catalog: Catalog, limit = Infinity): EssaySummary[] =>
	catalog.essays.slice(0, limit).map((essay) => essaySummary(essay, catalog));
