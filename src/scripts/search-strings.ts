/**
 * The search dialog's and result lists' strings, rendered by SearchTrigger.astro (in every page's
 * header) into `data-search-strings`, and the page's language for the links search builds.
 */
import { isLang, localePath } from '../i18n/languages';
import { pageLang, readStrings } from './strings';

/** The names of the strings SearchTrigger.astro renders. */
export type SearchString =
	| 'title'
	| 'label'
	| 'close'
	| 'help'
	| 'roles'
	| 'others'
	| 'more'
	| 'all'
	| 'results'
	| 'found'
	| 'searching'
	| 'offline'
	| 'mentions'
	| 'foundMentioned'
	| 'foundFullText'
	| 'none'
	| 'role'
	| 'skill'
	| 'project'
	| 'essay'
	| 'pay'
	| 'months'
	| 'become'
	| 'needs'
	| 'uses'
	| 'topic'
	| 'alsoCalled';

let strings: Record<SearchString, string> | undefined;

/**
 * The search strings of this page, read once.
 * @returns the strings by name
 */
export function searchStrings(): Record<SearchString, string> {
	strings ??= readStrings<SearchString>(document.querySelector('[data-search-strings]'));
	return strings;
}

/**
 * A site path in the page's language: "/search/" → "/es/search/" on Spanish pages.
 * @param path - a path in the default language
 * @returns the path for this page's language
 */
export function inPageLang(path: string): string {
	const lang = pageLang();
	return isLang(lang) ? localePath(lang, path) : path;
}
