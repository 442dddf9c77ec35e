/**
 * Search built from the catalogue instead of from rendered HTML: the instant index served at
 * /search-index.json, and Pagefind's full-text records, handed to the Pagefind integration the moment
 * the catalogue is ready so the index is built on another core while Astro renders pages.
 */
import type { Catalog } from './catalog/types.ts';
import { slug, splitRoles, type InstantIndex, type InstantShard } from './lib/instant-search.ts';
import { formatPayCompact, isHeadline } from './lib/pay.ts';
import { DEFAULT_LANG, DICTIONARIES, localePath } from './i18n/index.ts';
import { markdownText } from './lib/search-text.ts';

/** One Pagefind record, as `addCustomRecord()` takes it. */
export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort?: Record<string, string>;
}

const usPayOf = <T extends { region: string; level: string }>(pay: readonly T[]) =>
	pay.find((figure) => figure.region === 'US' && isHeadline(figure));

/**
 * The instant index: titles, skills with their aliases and topics, and what roles and projects need.
 * @param catalog - the checked catalogue
 * @returns the whole index (served split by instantFiles)
 */
export function instantIndex(catalog: Catalog): InstantIndex {
	const skillIds = [...catalog.skills.keys()];
	const skillIndex = new Map(skillIds.map((id, index) => [id, index]));
	const trackIds = catalog.tracks.map((track) => track.id);
	const indexOf = (ids: readonly string[]) => ids.flatMap((id) => skillIndex.get(id) ?? []);
	const idOf = (id: string, title: string) => (slug(title) === id ? '' : id);
	return {
		tracks: catalog.tracks.map((track) => track.data.name),
		skills: [...catalog.skills.values()].map(({ id, data }) => [
			data.name,
			id,
			data.aliases,
			data.topics ?? [],
		]),
		roles: catalog.roles.map(({ id, entry, months, skills, pay: figures }) => {
			const pay = usPayOf(figures);
			return [
				entry.data.title,
				idOf(id, entry.data.title),
				trackIds.indexOf(entry.data.track),
				months,
				pay ? formatPayCompact(pay, catalog.lang) : '',
				pay?.amount ?? 0,
				indexOf(skills),
			];
		}),
		projects: [...catalog.projects.values()].map(({ id, data }) => [
			data.title,
			idOf(id, data.title),
			indexOf(data.skills),
		]),
		essays: catalog.essays.map(({ id, data }) => [data.title, idOf(id, data.title)]),
		...(catalog.lang === DEFAULT_LANG
			? {}
			: {
					// Pages only (tracks have none); `texts` holds roles too, so each page is listed once.
					translated: [...catalog.texts]
						.filter(([key, state]) => state.lang === catalog.lang && !key.startsWith('tracks/'))
						.map(([key]) => `/${key}/`),
				}),
	};
}

/**
 * Roles in the first instant-index file. With everything else the index holds, 1,500 roles come to
 * about 45 KB brotli at the benchmark's rates; further roles come in files of as many, fetched after
 * the first has answered (docs/benchmarks.md).
 */
export const ROLES_PER_FILE = 1500;

const files = new WeakMap<Catalog, { index: InstantIndex; shards: InstantShard[] }>();

/**
 * The instant index as served: /search-index.json and, for a catalogue of more than ROLES_PER_FILE
 * roles, /search-index-1.json and on with the rest of the roles.
 * @param catalog - the checked catalogue
 * @returns the first file and the further ones, in order
 */
export function instantFiles(catalog: Catalog): { index: InstantIndex; shards: InstantShard[] } {
	let split = files.get(catalog);
	if (!split) files.set(catalog, (split = splitRoles(instantIndex(catalog), ROLES_PER_FILE)));
	return split;
}

/** Text, then other names for matching only; `readable` counts the words a reader may be shown. */
function content(text: readonly (string | undefined)[], otherNames: readonly string[]) {
	const readable = text.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
	const count = readable.split(' ').filter(Boolean).length;
	return {
		content: otherNames.length > 0 ? `${readable} ${otherNames.join(' ')}` : readable,
		readable: String(count),
	};
}

/**
 * Pagefind records for every role, skill, project and essay page, holding what those pages show:
 * text, type/track/skill filters, pay and months, and sort keys.
 * @param catalog - the checked catalogue
 * @returns one record per page
 */
export function searchRecords(catalog: Catalog): SearchRecord[] {
	const { lang } = catalog;
	const t = DICTIONARIES[lang].search;
	const heading = DICTIONARIES[lang].rolePage.heading;
	const url = (path: string) => localePath(lang, path);
	// On a translated language's pages, a result whose text is still English says so.
	const textLang = (key: string, state = catalog.texts.get(key)): Record<string, string> =>
		(state?.lang ?? 'en') === lang ? {} : { lang: state?.lang ?? 'en' };
	const skillName = (id: string) => catalog.skills.get(id)?.data.name ?? id;
	const aliasesOf = (ids: readonly string[]) => [
		...new Set(ids.flatMap((id) => catalog.skills.get(id)?.data.aliases ?? [])),
	];
	const records: SearchRecord[] = [];

	for (const role of catalog.roles) {
		const { data, body } = role.entry;
		const title = heading(data.title);
		const trackName = catalog.tracks.find((t) => t.id === data.track)?.data.name ?? data.track;
		const pay = usPayOf(role.pay);
		const projects = data.projects.flatMap((id) => catalog.projects.get(id) ?? []);
		const text = content(
			[
				title,
				data.tagline,
				markdownText(body ?? ''),
				...data.typicalDay,
				...data.phases.flatMap((phase) => [
					phase.title,
					phase.summary,
					...phase.skills.flatMap((item) =>
						(typeof item === 'string' ? [item] : item.oneOf).map(skillName),
					),
					...phase.milestones,
				]),
				data.whyItMatters,
				...projects.flatMap((project) => [project.data.title, project.data.summary]),
			],
			aliasesOf(role.skills),
		);
		records.push({
			url: url(`/roles/${role.id}/`),
			content: text.content,
			language: lang,
			meta: {
				title,
				...textLang('', role.text),
				months: String(role.months),
				readable: text.readable,
				...(pay ? { pay: formatPayCompact(pay, lang) } : {}),
			},
			filters: { type: ['role'], track: [trackName], skill: role.skills.map(skillName) },
			sort: { months: String(role.months), ...(pay ? { pay: String(pay.amount) } : {}) },
		});
	}

	for (const [id, { data }] of catalog.skills) {
		const uses = catalog.skillUses.get(id) ?? [];
		const usedBy = [...catalog.projects.values()].filter((p) => p.data.skills.includes(id));
		const text = content(
			[
				data.name,
				data.description,
				...(data.topics ?? []),
				t.rolesThatNeed(data.name),
				...uses.map((use) => t.phaseOf(use.role.data.title, use.phaseNumber, use.phaseTitle)),
				t.projectsThatUse(data.name),
				...usedBy.map((project) => `${project.data.title} ${project.data.summary}`),
			],
			data.aliases,
		);
		records.push({
			url: url(`/skills/${id}/`),
			content: text.content,
			language: lang,
			meta: { title: data.name, readable: text.readable, ...textLang(`skills/${id}`) },
			filters: { type: ['skill'] },
		});
	}

	for (const [id, { data, body }] of catalog.projects) {
		const text = content(
			[data.title, data.summary, ...data.skills.map(skillName), markdownText(body ?? '')],
			aliasesOf(data.skills),
		);
		records.push({
			url: url(`/projects/${id}/`),
			content: text.content,
			language: lang,
			meta: { title: data.title, readable: text.readable, ...textLang(`projects/${id}`) },
			filters: { type: ['project'], skill: data.skills.map(skillName) },
		});
	}

	for (const essay of catalog.essays) {
		const text = content(
			[essay.data.title, essay.data.description, markdownText(essay.body ?? '')],
			[],
		);
		records.push({
			url: url(`/essays/${essay.id}/`),
			content: text.content,
			language: lang,
			meta: {
				title: essay.data.title,
				readable: text.readable,
				...textLang(`essays/${essay.id}`),
			},
			filters: { type: ['essay'] },
		});
	}
	return records;
}
