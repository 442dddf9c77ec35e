/**
 * The site's languages. English is the source language and lives at `/`; every other language lives
 * under `/<code>/`. Adding a language: add it here, add `src/i18n/<code>.ts`, add it to Astro's
 * `i18n.locales` (astro.config.mjs reads this list).
 */
export const LANGUAGES = {
	en: { name: 'English', locale: 'en-GB' },
	es: { name: 'Español', locale: 'es' },
} as const;

export type Lang = keyof typeof LANGUAGES;

/** The language content is written in first; translations name an entry in it. */
export const DEFAULT_LANG: Lang = 'en';

/** Every language code, the default first. */
export const LANG_CODES = Object.keys(LANGUAGES) as Lang[];

/** Languages that translate the default one. */
export const TRANSLATED_LANGS = LANG_CODES.filter((lang) => lang !== DEFAULT_LANG);

/**
 * Whether a string is one of the site's language codes.
 * @param value - e.g. a URL segment
 * @returns true for "en", "es"…
 */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/**
 * The language of a page from Astro's current locale (undefined on the default language's pages).
 * @param locale - `Astro.currentLocale`
 * @returns the page's language
 */
export function langOf(locale: string | undefined): Lang {
	return isLang(locale) ? locale : DEFAULT_LANG;
}

/**
 * A site path in a language: `/roles/x/` → `/es/roles/x/`. Paths keep their trailing slash; a hash or
 * query stays where it was.
 * @param lang - the language
 * @param path - a site-relative path in the default language, starting with "/"
 * @returns the same page in that language
 */
export function localePath(lang: Lang, path: string): string {
	if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`not a site path: ${path}`);
	return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/**
 * The default-language path of a page in any language: `/es/roles/x/` → `/roles/x/`.
 * @param path - a site path
 * @returns the path without its language prefix
 */
export function basePath(path: string): string {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
	return match && isLang(match[1]) && match[1] !== DEFAULT_LANG ? (match[2] ?? '/') : path;
}

/**
 * The `lang` param every page's getStaticPaths spreads: undefined for the default language (no
 * prefix), the code for the others.
 * @param lang - the language
 * @returns the route parameter
 */
export function langParam(lang: Lang): string | undefined {
	return lang === DEFAULT_LANG ? undefined : lang;
}

/**
 * getStaticPaths for a page that exists once per language.
 * @returns one path per language, the default language without a prefix
 */
export function langPaths(): { params: { lang: string | undefined } }[] {
	return LANG_CODES.map((lang) => ({ params: { lang: langParam(lang) } }));
}
