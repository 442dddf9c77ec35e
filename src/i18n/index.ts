import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';
import { LANG_CODES, LANGUAGES, langOf, type Lang } from './languages.ts';

export * from './languages.ts';
export type { Dictionary } from './en.ts';

/** Every language's interface strings. */
export const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

/**
 * The interface strings for a page.
 * @param locale - `Astro.currentLocale`, or a language code
 * @returns the page language's dictionary
 */
export function useT(locale: string | undefined): Dictionary {
	return DICTIONARIES[langOf(locale)];
}

/**
 * Keys that one dictionary has and another lacks, or whose kind differs (text where the source has a
 * function, or the reverse): "components.roadmap.title".
 * @param source - the English dictionary
 * @param other - a translation
 * @param prefix - the path so far
 * @returns the dotted key paths missing or mistyped in `other`
 */
export function missingKeys(source: object, other: unknown, prefix = ''): string[] {
	const missing: string[] = [];
	for (const [key, value] of Object.entries(source) as [string, unknown][]) {
		const path = prefix + key;
		const theirs: unknown =
			other && typeof other === 'object' ? (other as Record<string, unknown>)[key] : undefined;
		if (value && typeof value === 'object') missing.push(...missingKeys(value, theirs, `${path}.`));
		else if (typeof theirs !== typeof value || (typeof theirs === 'string' && theirs.trim() === ''))
			missing.push(path);
	}
	return missing;
}

/**
 * Stops the build when a language's dictionary lacks a key, naming each key and the file to add it to.
 * @param dictionaries - the dictionaries by language
 * @throws Error listing the missing keys per language
 */
export function assertDictionariesComplete(
	dictionaries: Record<string, unknown> = DICTIONARIES,
): void {
	const problems = LANG_CODES.filter((lang) => lang !== 'en').flatMap((lang) =>
		missingKeys(en, dictionaries[lang]).map(
			(key) => `  src/i18n/${lang}.ts  ${key}: missing ${LANGUAGES[lang].name} text; add it`,
		),
	);
	if (problems.length > 0)
		throw new Error(`Interface strings are missing a translation:\n${problems.join('\n')}`);
}
