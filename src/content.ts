/**
 * The one module that queries content collections. It reads every collection once per build, builds the
 * catalogue (src/catalog/build.ts) and its translations (src/catalog/translate.ts), hands the search
 * records to the index (src/build/channel.ts) and gives pages the catalogue in their language.
 * Everything it reads was checked before Astro read a file (src/checks, run by the content guard).
 */
import { getCollection } from 'astro:content';
import { buildCatalog } from './catalog/build.ts';
import { translateCatalog } from './catalog/translate.ts';
import type { Catalog, CatalogInput, TranslationInput } from './catalog/types.ts';
import { COLLECTION_NAMES, REGISTRY, TRANSLATABLE } from './registry.ts';
import { offerRecords } from './build/channel.ts';
import { searchRecords } from './search-data.ts';
import { DEFAULT_LANG, LANG_CODES, langParam, type Lang } from './i18n/languages.ts';

export type * from './catalog/types.ts';
export { essaySummary, otherLang, projectSummary, textOf } from './catalog/text.ts';

/** Every language's catalogue, built on first use; one build reads the collections once. */
let catalogs: Promise<Map<Lang, Catalog>> | undefined;

/** Reads Astro collections into an object: each key gets the entries of the collection it names. */
async function readAll<T>(
	pairs: readonly (readonly [key: string, collection: string])[],
): Promise<T> {
	const read = (name: string) => getCollection(name as Parameters<typeof getCollection>[0]);
	return Object.fromEntries(
		await Promise.all(pairs.map(async ([key, name]) => [key, await read(name)] as const)),
	) as T;
}

async function readCatalogs(): Promise<Map<Lang, Catalog>> {
	// Every collection and every translation the registry declares, read once.
	const english = buildCatalog(
		await readAll<CatalogInput>(COLLECTION_NAMES.map((name) => [name, name])),
		{ drafts: import.meta.env.DEV },
	);
	const translations = await readAll<TranslationInput>(
		TRANSLATABLE.map((name) => [name, REGISTRY[name].translation.collection]),
	);
	const all = new Map<Lang, Catalog>(
		LANG_CODES.map((lang) => [
			lang,
			lang === DEFAULT_LANG ? english : translateCatalog(english, lang, translations),
		]),
	);
	// The search index is built from the catalogue while pages render, not from their HTML after.
	offerRecords(() => [...all.values()].flatMap(searchRecords));
	return all;
}

/**
 * The checked catalogue, built once per build, in a language: text from that language's translations
 * where they exist, English elsewhere; structure, data and relationships always from English.
 * @param lang - the page's language
 * @returns every collection, cross-linked, with derived role figures
 */
export async function loadCatalog(lang: Lang = DEFAULT_LANG): Promise<Catalog> {
	catalogs ??= readCatalogs();
	const catalog = (await catalogs).get(lang);
	if (!catalog) throw new Error(`No catalogue for language "${lang}"`);
	return catalog;
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
