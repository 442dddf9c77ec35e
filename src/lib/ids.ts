/**
 * Which ids an entry may have. An id is a file name and a URL segment (/roles/<id>/, /api/roles/<id>.json,
 * /og/tracks/<id>.png), so beyond its shape it must not be read as something else: a language code
 * (Astro reads `/roles/es/` as a Spanish page), a page or folder at the top of the site, a name Windows
 * cannot check out, or a name too long for a file system.
 */
import { LANG_CODES } from '../i18n/languages.ts';

/** The shape of every id: lowercase words of letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id. Files built from an id must fit every common file system: a name of at most 255
 * bytes (`<id>.json` under /api/) and, on Windows, a whole path under 260 characters wherever the
 * repository is cloned (content/es/projects/<id>.mdx, dist/es/projects/<id>/index.html).
 * Today's longest id has 32 characters.
 */
export const MAX_ID_LENGTH = 80;

/**
 * The top level of the built site: every page and folder in src/pages/ and src/pages/[...lang]/, every
 * file in public/ and what the build adds (Pagefind, the service worker, sitemaps), without
 * extensions. tests/unit/ids.test.ts derives the list from those folders and fails when one is missing.
 */
export const ROUTE_SEGMENTS: readonly string[] = [
	'404',
	'api',
	'apple-touch-icon',
	'compare',
	'data',
	'essays',
	'favicon',
	'index',
	'logo',
	'offline',
	'og',
	'pagefind',
	'projects',
	'robots',
	'roles',
	'rss',
	'search',
	'search-index',
	'site',
	'sitemap-index',
	'skill-gap',
	'skills',
	'sw',
];

/** Segments built with a number: icon-192, search-index-1, sitemap-0. */
const NUMBERED_SEGMENT = /^(?:icon|search-index|sitemap)-\d+$/;

/** Device names Windows reserves, with or without an extension: a file named so cannot be checked out. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Why an id of the right shape cannot be used, or undefined when it can.
 * @param id - a lowercase, hyphenated id
 * @returns the reason and the fix
 */
export function reservedIdProblem(id: string): string | undefined {
	if (id.length > MAX_ID_LENGTH)
		return `the id has ${id.length} characters; at most ${MAX_ID_LENGTH} keep every file built from it (like /api/roles/<id>.json) within what file systems accept: choose a shorter id`;
	if ((LANG_CODES as readonly string[]).includes(id))
		return `the id "${id}" is a language code: a page at …/${id}/ would be read as a page in that language: choose a longer, more specific id`;
	if (ROUTE_SEGMENTS.includes(id) || NUMBERED_SEGMENT.test(id))
		return `the id "${id}" is reserved: it names a page or folder of the site itself (/${id}): choose a longer, more specific id`;
	if (WINDOWS_DEVICE.test(id))
		return `the id "${id}" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id`;
	return undefined;
}
