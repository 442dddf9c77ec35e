/**
 * The strings client scripts show, loaded in the page's language when a script first needs them:
 * each language is its own small chunk (src/i18n/client/), so pages carry none of them in their HTML
 * and no page downloads another language's.
 */
import type { Dictionary } from '../en';
import type { clientEn } from './en';
import { isLang, localePath, type Lang } from '../languages';
import { pageLang } from './strings';

/** Every string a client script shows, in one language. */
export type ClientStrings = Dictionary<typeof clientEn>;

const LOADERS: Record<Lang, () => Promise<ClientStrings>> = {
	en: async () => (await import('./en')).clientEn,
	es: async () => (await import('./es')).clientEs,
};

/** The page's language, or the default one when <html lang> is not a site language. */
function lang(): Lang {
	const code = pageLang();
	return isLang(code) ? code : 'en';
}

let loading: Promise<ClientStrings> | undefined;
let loaded: ClientStrings | undefined;

/**
 * The page language's client strings, fetched once per page.
 * @returns the strings
 */
export function loadStrings(): Promise<ClientStrings> {
	loading ??= LOADERS[lang()]().then((strings) => (loaded = strings));
	// A failed fetch (offline, say) may be retried later.
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * The strings once loadStrings() has resolved; code that draws results runs only after it has.
 * @returns the strings
 * @throws Error when called before they have loaded
 */
export function strings(): ClientStrings {
	if (!loaded) throw new Error('client strings used before loadStrings() resolved');
	return loaded;
}

/**
 * A site path in the page's language: "/search/" → "/es/search/" on Spanish pages.
 * @param path - a path in the default language
 * @returns the path for this page's language
 */
export function inPageLang(path: string): string {
	return localePath(lang(), path);
}
