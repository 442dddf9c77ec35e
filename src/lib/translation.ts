/**
 * Pure rules for translations: the version of an English text, and where a translation's shape no
 * longer matches its source. Shared by the catalogue (the page notice), `npm run check` and the build.
 */
import { createHash } from 'node:crypto';
import { TRANSLATED_FIELDS, type TranslatableCollection } from '../registry.ts';

export type { TranslatableCollection } from '../registry.ts';

/**
 * The version of an English entry's translatable text: the first 8 hex digits of a SHA-256 over its
 * translated fields and body. Data a translation never holds (pay, months, skill ids) leaves it alone.
 * @param collection - roles, skills or essays
 * @param data - the English entry's fields
 * @param body - the English Markdown body ("" for YAML)
 * @returns e.g. "3f9a1c2e"
 */
export function sourceVersion(
	collection: TranslatableCollection,
	data: Record<string, unknown>,
	body: string,
): string {
	const text: unknown[] = TRANSLATED_FIELDS[collection].map((field: string) => {
		const value = data[field];
		if (field === 'phases' && Array.isArray(value))
			return value.map((phase: Record<string, unknown>) => [
				phase['title'],
				phase['summary'],
				phase['milestones'],
			]);
		return value ?? null;
	});
	text.push(body.trim());
	return createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 8);
}

/** One place where a translation's shape differs from its English source. */
export interface ShapeProblem {
	/** Field path in the translation, e.g. ["phases", 2, "milestones"]. */
	path: (string | number)[];
	message: string;
}

const quote = (text: unknown) => `“${String(text)}”`;

function countProblem(
	path: (string | number)[],
	what: string,
	theirs: number,
	english: readonly unknown[],
): ShapeProblem[] {
	if (theirs === english.length) return [];
	const list = english.map((item, index) => `${index + 1}. ${quote(item)}`).join(' ');
	const fix =
		theirs < english.length
			? 'add a translation of each new English item, in the English order'
			: 'remove the translation of each item the English no longer has';
	return [
		{
			path,
			message: `has ${theirs} ${what} but the English has ${english.length}: ${fix} (the English: ${list})`,
		},
	];
}

/**
 * Where a translation no longer has the shape of its English entry: a phase, milestone, typical-day
 * item or topic added or removed in English.
 * @param collection - roles, skills or essays
 * @param english - the English entry's fields
 * @param translation - the translation's fields
 * @returns problems naming what to add or remove; empty when the shapes match
 */
export function shapeProblems(
	collection: TranslatableCollection,
	english: Record<string, unknown>,
	translation: Record<string, unknown>,
): ShapeProblem[] {
	const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
	if (collection === 'roles') {
		const phases = list(english['phases']) as Record<string, unknown>[];
		const theirs = list(translation['phases']) as Record<string, unknown>[];
		return [
			...countProblem(
				['phases'],
				'phases',
				theirs.length,
				phases.map((phase) => phase['title']),
			),
			...theirs.flatMap((phase, index) =>
				countProblem(
					['phases', index, 'milestones'],
					`milestones in phase ${index + 1}`,
					list(phase['milestones']).length,
					list(phases[index]?.['milestones']),
				),
			),
			...countProblem(
				['typicalDay'],
				'typicalDay items',
				list(translation['typicalDay']).length,
				list(english['typicalDay']),
			),
		];
	}
	if (collection === 'skills' && translation['topics'] !== undefined)
		return countProblem(
			['topics'],
			'topics',
			list(translation['topics']).length,
			list(english['topics']),
		);
	if (collection === 'skills' && english['topics'] !== undefined)
		return [
			{
				path: ['topics'],
				message: `is missing: the English has ${list(english['topics']).length} topics; translate them in the same order`,
			},
		];
	return [];
}

/**
 * The first path segments of pages built once per language (`src/pages/[...lang]/`): a body link to
 * one of them has a twin under `/<lang>/`. "" is the home page. Other site paths (`/og/…`, icons)
 * exist once, for every language.
 */
export const LOCALIZED_SECTIONS: readonly string[] = [
	'',
	'api',
	'compare',
	'data',
	'essays',
	'offline',
	'projects',
	'roles',
	'rss.xml',
	'search',
	'search-index.json',
	'skill-gap',
	'skills',
];

/** A node of a parsed Markdown body (the build's own parser, Sätteri), as far as links go. */
export interface LinkNode {
	type: string;
	url?: string | undefined;
	identifier?: string | undefined;
	position?: { start: { line: number } } | undefined;
	children?: readonly LinkNode[] | undefined;
}

/** One place a body sends a reader: a link or an image, as a reader's browser resolves it. */
export interface BodyLink {
	kind: 'link' | 'image';
	url: string;
	line: number;
}

/**
 * Every link and image a body renders, in reading order: inline, autolinks, bare URLs and
 * references resolved through their definitions (a definition nothing uses renders nothing).
 * @param root - the body's syntax tree
 * @returns the links and images
 */
export function bodyLinks(root: LinkNode): BodyLink[] {
	const definitions = new Map<string, string>();
	const stack: LinkNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop() as LinkNode;
		// CommonMark: the first definition of a label wins.
		if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined)
			if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
		const children = node.children ?? [];
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as LinkNode);
	}
	const links: BodyLink[] = [];
	const walk: LinkNode[] = [root];
	while (walk.length > 0) {
		const node = walk.pop() as LinkNode;
		const line = node.position?.start.line ?? 1;
		const kind = /^image/.test(node.type) ? 'image' : 'link';
		if (node.type === 'link' || node.type === 'image')
			links.push({ kind, url: node.url ?? '', line });
		else if (node.type === 'linkReference' || node.type === 'imageReference') {
			const url = definitions.get(node.identifier ?? '');
			if (url !== undefined) links.push({ kind, url, line });
		}
		const children = node.children ?? [];
		for (let i = children.length - 1; i >= 0; i--) walk.push(children[i] as LinkNode);
	}
	return links;
}

/** A URL as a browser reads it: without the tabs and newlines it ignores, backslashes as slashes. */
const asBrowserReads = (url: string) =>
	url
		.replace(/[\t\n\r]/g, '')
		// eslint-disable-next-line no-control-regex -- leading controls and spaces are dropped too
		.replace(/^[\u0000-\u0020]+/, '')
		.replaceAll('\\', '/');

/**
 * Whether a link leaves the site without saying so: `//host/x` (and `/\host/x`, which browsers read
 * the same way) takes the page's scheme and goes to another host.
 * @param url - the link as written
 * @returns true for a scheme-relative link
 */
export const isSchemeRelative = (url: string) => asBrowserReads(url).startsWith('//');

/**
 * The link a translation must have where its English body has `url`: a site path to a page built
 * once per language becomes that page's twin in the language (`/roles/x/` → `/es/roles/x/`);
 * everything else (other sites, mailto:, files and API paths that exist once) stays as it is.
 * @param lang - the translation's language
 * @param url - the English link
 * @returns the link in the language
 */
export function translatedLink(lang: string, url: string): string {
	if (!url.startsWith('/') || isSchemeRelative(url)) return url;
	const section = /^\/([^/?#]*)/.exec(url)?.[1] ?? '';
	const localized =
		LOCALIZED_SECTIONS.includes(section) || /^search-index-\d+\.json$/.test(section);
	return localized && section !== lang ? `/${lang}${url}` : url;
}

/**
 * What two links are compared by: a site path or a place on the page without its #fragment (a
 * translated heading has a translated id), anything else whole.
 * @param link - a link
 * @returns the comparison key
 */
const linkKey = (link: BodyLink) => {
	const url =
		link.url.startsWith('/') || link.url.startsWith('#')
			? link.url.replace(/#.*$/s, '#')
			: link.url;
	return `${link.kind} ${url}`;
};

/** The longest link a message quotes in full; a longer one is cut, saying how much was left out. */
const MAX_SHOWN_URL = 200;

const showLink = (link: BodyLink) => {
	const url =
		link.url.length > MAX_SHOWN_URL
			? `${link.url.slice(0, MAX_SHOWN_URL)}… (${(link.url.length - MAX_SHOWN_URL).toLocaleString('en')} more characters)`
			: link.url;
	return link.kind === 'image' ? `image ${url}` : url;
};

/**
 * Where a translated body does not send readers where its English body does. A translation made
 * from the English as it is now has the same links and images, in the same order, with site paths in
 * the translation's language; one made from an older English text may lack links the English has
 * gained since (the page says it is outdated) but adds none. A link added (to another host, a page the
 * English does not link, an image) is always a problem, as is a scheme-relative `//host` link.
 * @param lang - the translation's language
 * @param english - the English body’s links
 * @param translated - the translation's links
 * @param current - whether the translation was made from the English text as it is now
 * @returns problems with the translation's line; empty when the links match
 */
export function linkProblems(
	lang: string,
	english: readonly BodyLink[],
	translated: readonly BodyLink[],
	current = true,
): { line: number; message: string }[] {
	const problems: { line: number; message: string }[] = [];
	for (const link of translated)
		if (isSchemeRelative(link.url))
			problems.push({
				line: link.line,
				message: `${showLink(link)} leaves the site: a link starting with // goes to another host. Use the English body’s link (a site path like /${lang}/roles/backend-engineer/, or https://… in full)`,
			});
	const expected = english.map((link) => ({ ...link, url: translatedLink(lang, link.url) }));
	const want = expected.map(linkKey);
	const have = translated.map(linkKey);
	if (want.length === have.length && want.every((key, i) => key === have[i])) return problems;
	/** The links of `links` that `other` does not have (as many times as it has them). */
	const extra = (links: readonly BodyLink[], keys: string[], otherKeys: string[]) => {
		const left = new Map<string, number>();
		for (const key of otherKeys) left.set(key, (left.get(key) ?? 0) + 1);
		return links.filter((_link, i) => {
			const n = left.get(keys[i] as string) ?? 0;
			if (n > 0) left.set(keys[i] as string, n - 1);
			return n === 0;
		});
	};
	const added = extra(translated, have, want);
	const missing = extra(expected, want, have);
	if (!current && added.length === 0) return problems;
	const firstDifferent = have.findIndex((key, i) => key !== want[i]);
	const at = current ? translated[firstDifferent] : added[0];
	const list = (links: readonly BodyLink[]) =>
		links.length === 0 ? 'none' : links.map((link, i) => `${i + 1}. ${showLink(link)}`).join(' ');
	const what = [
		added.length > 0 ? `added ${added.map(showLink).join(', ')}` : '',
		current && missing.length > 0 ? `left out ${missing.map(showLink).join(', ')}` : '',
		added.length === 0 && missing.length === 0 ? 'the same links in another order' : '',
	]
		.filter(Boolean)
		.join('; ');
	const rule = current
		? `a translation keeps the English links and images, in order, with site paths in /${lang}/`
		: `a translation adds no link or image of its own, and site paths are in /${lang}/ (made from an older English text, it may lack links added since)`;
	problems.push({
		line: at?.line ?? translated.at(-1)?.line ?? 1,
		message: `the links differ from the English body’s (${what}): ${rule}. Expected: ${list(expected)}. Found: ${list(translated)}`,
	});
	return problems;
}
