/**
 * The instant index: every role, skill, project and essay title with the skills' aliases and topics,
 * small enough to fetch when search opens and searched in plain JavaScript at each keystroke, before
 * Pagefind's full-text index has loaded.
 */

/** A skill: name, page id, other names, topics in order. */
export type InstantSkill = [name: string, id: string, aliases: string[], topics: string[]];
/** A role: title, page id, track index, months to ready, US pay shown and its amount (or '' and 0), skill indices in roadmap order. */
export type InstantRole = [
	title: string,
	id: string,
	track: number,
	months: number,
	pay: string,
	payAmount: number,
	skills: number[],
];
/** A project: title, page id, skill indices. */
export type InstantProject = [title: string, id: string, skills: number[]];
/** An essay: title, page id. */
export type InstantEssay = [title: string, id: string];

/** The index as served at /search-index.json. */
export interface InstantIndex {
	tracks: string[];
	skills: InstantSkill[];
	roles: InstantRole[];
	projects: InstantProject[];
	essays: InstantEssay[];
}

/** A run of text, highlighted when it matched the query. */
export interface Segment {
	text: string;
	mark?: boolean;
}

/** One instant result, in the shape the result list draws. */
export interface InstantHit {
	type: 'role' | 'skill' | 'project' | 'essay';
	url: string;
	title: Segment[];
	track?: string;
	pay?: string;
	payAmount?: number;
	months?: number;
	/** Why it matched, in words a reader knows: "Needs PostgreSQL", "Topic: Pods and services". */
	note: Segment[];
	score: number;
}

/** Filters and sort, as on the search page. */
export interface InstantFilters {
	types?: readonly string[];
	tracks?: readonly string[];
	skills?: readonly string[];
	sort?: '' | 'pay' | 'months';
}

/**
 * Lower-case words of a text, accents dropped; keeps "c++", "c#" and "node.js" whole.
 * @param text - any text
 * @returns its words
 */
export function words(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}+#.]+/u)
		.map((word) => word.replace(/^\.+|\.+$/g, ''))
		.filter(Boolean);
}

/**
 * Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours.
 * @param a - one word
 * @param b - the other
 * @returns true within one edit
 */
export function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
	if (a.length === b.length) {
		// Substitution, or two neighbours swapped.
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * How well a typed term matches a word: 3 exact, 2 the word starts with it, 1 one typo away (terms
 * of five letters or more only), 0 not at all.
 * @param term - a word of the query
 * @param word - a word of the index
 * @returns the match quality
 */
export function termQuality(term: string, word: string): number {
	if (word === term) return 3;
	if (word.startsWith(term)) return 2;
	if (term.length < 5) return 0;
	// A typo in a whole word, or in the part typed so far.
	if (withinOneEdit(term, word)) return 1;
	for (const length of [term.length - 1, term.length, term.length + 1]) {
		if (length < word.length && withinOneEdit(term, word.slice(0, length))) return 1;
	}
	return 0;
}

/** Best quality of a term against any of the words. */
function best(term: string, list: readonly string[]): number {
	let top = 0;
	for (const word of list) {
		const quality = termQuality(term, word);
		if (quality > top) top = quality;
		if (top === 3) break;
	}
	return top;
}

/** A text as segments, with each word that matches a term highlighted. */
function highlight(text: string, terms: readonly string[]): Segment[] {
	const segments: Segment[] = [];
	for (const part of text.split(/(\s+)/)) {
		const hit =
			part.trim() !== '' && words(part).some((word) => terms.some((t) => termQuality(t, word)));
		const last = segments.at(-1);
		if (!hit && last && !last.mark) last.text += part;
		else segments.push(hit ? { text: part, mark: true } : { text: part });
	}
	return segments.filter((segment) => segment.text !== '');
}

interface Prepared {
	index: InstantIndex;
	skillNameWords: string[][];
	skillAliasWords: string[][];
	skillTopicWords: string[][][];
	roleWords: string[][];
	projectWords: string[][];
	essayWords: string[][];
}

const prepared = new WeakMap<InstantIndex, Prepared>();

function prepare(index: InstantIndex): Prepared {
	let ready = prepared.get(index);
	if (!ready) {
		ready = {
			index,
			skillNameWords: index.skills.map(([name]) => words(name)),
			skillAliasWords: index.skills.map(([, , aliases]) => aliases.flatMap(words)),
			skillTopicWords: index.skills.map(([, , , topics]) => topics.map(words)),
			roleWords: index.roles.map(([title]) => words(title)),
			projectWords: index.projects.map(([title]) => words(title)),
			essayWords: index.essays.map(([title]) => words(title)),
		};
		prepared.set(index, ready);
	}
	return ready;
}

/** How each skill matched one term: by name or alias (with which alias), or by a topic. */
interface SkillMatch {
	quality: number;
	alias?: string;
	topic?: number;
	byTopic: boolean;
}

function skillMatches(p: Prepared, term: string): (SkillMatch | undefined)[] {
	return p.index.skills.map(([, , aliases], s) => {
		const byName = best(term, p.skillNameWords[s] ?? []);
		if (byName > 0) return { quality: byName, byTopic: false };
		const alias = aliases.find((name) => best(term, words(name)) > 0);
		if (alias) return { quality: best(term, words(alias)), alias, byTopic: false };
		const topics = p.skillTopicWords[s] ?? [];
		let topQuality = 0;
		let topic = -1;
		topics.forEach((list, t) => {
			const quality = best(term, list);
			if (quality > topQuality) [topQuality, topic] = [quality, t];
		});
		return topQuality > 0 ? { quality: topQuality, topic, byTopic: true } : undefined;
	});
}

const TITLE = 10;
const SKILL_NAME = 5;
const SKILL_TOPIC = 1;

/**
 * Searches the instant index: every word of the query must match a title, or the name, an alias
 * or a topic of a skill the entry needs. Roles come ranked by title match, then by how early in the
 * roadmap the matching skill comes.
 * @param index - the instant index
 * @param query - what the reader typed
 * @param filters - types, tracks and skills to keep, and a sort
 * @returns matching entries, best first
 */
export function instantSearch(
	index: InstantIndex,
	query: string,
	filters: InstantFilters = {},
): InstantHit[] {
	const p = prepare(index);
	const terms = [...new Set(words(query))];
	const perTerm = terms.map((term) => skillMatches(p, term));
	const wanted = (type: string) => !filters.types?.length || filters.types.includes(type);
	const skillIds = new Set(
		(filters.skills ?? []).map((name) => index.skills.findIndex(([skill]) => skill === name)),
	);
	const needsSkills = (list: readonly number[]) => [...skillIds].every((s) => list.includes(s));
	const noTrackFilter = !filters.tracks?.length;
	const hits: InstantHit[] = [];

	// Score of an entry with a title and skills; undefined when some term matches nothing.
	const scoreEntry = (titleWords: readonly string[], skills: readonly number[]) => {
		let score = 0;
		let why: { skill: number; match: SkillMatch } | undefined;
		for (const [t, term] of terms.entries()) {
			const inTitle = best(term, titleWords) * TITLE;
			let viaSkill = 0;
			let viaWhich: { skill: number; match: SkillMatch } | undefined;
			skills.forEach((skill, position) => {
				const match = perTerm[t]?.[skill];
				if (!match) return;
				// Earlier in the roadmap is more central to the role.
				const value = match.quality * (match.byTopic ? SKILL_TOPIC : SKILL_NAME) - position / 100;
				if (value > viaSkill) [viaSkill, viaWhich] = [value, { skill, match }];
			});
			if (inTitle === 0 && viaSkill <= 0) return undefined;
			if (inTitle >= viaSkill) score += inTitle;
			else {
				score += viaSkill;
				why ??= viaWhich;
			}
		}
		return { score, why };
	};

	const skillNote = (why: { skill: number; match: SkillMatch } | undefined, lead: string) => {
		if (!why) return [];
		const [name, , , topics] = index.skills[why.skill] ?? ['', '', [], []];
		if (why.match.byTopic) {
			return [
				{ text: `${lead} ${name}: ` },
				...highlight(topics[why.match.topic ?? 0] ?? '', terms),
			];
		}
		const note: Segment[] = [{ text: `${lead} ` }, { text: name, mark: true }];
		if (why.match.alias) note.push({ text: ` (${why.match.alias})` });
		return note;
	};

	if (wanted('role')) {
		index.roles.forEach(([title, id, track, months, pay, payAmount, skills], r) => {
			const trackName = index.tracks[track] ?? '';
			if (!noTrackFilter && !filters.tracks?.includes(trackName)) return;
			if (!needsSkills(skills)) return;
			if (filters.sort === 'pay' && !pay) return;
			const scored = scoreEntry(p.roleWords[r] ?? [], skills);
			if (!scored) return;
			const note = scored.why
				? skillNote(scored.why, 'Needs')
				: [
						{
							text: `Needs ${skills
								.slice(0, 3)
								.map((s) => index.skills[s]?.[0])
								.join(', ')}`,
						},
					];
			hits.push({
				type: 'role',
				url: `/roles/${id}/`,
				title: highlight(title, terms),
				track: trackName,
				...(pay ? { pay, payAmount } : {}),
				months,
				note,
				score: scored.score,
			});
		});
	}
	// Skills, projects and essays have no track and no pay or months to sort by.
	const untracked = noTrackFilter && !filters.sort;
	if (wanted('skill') && untracked && skillIds.size === 0) {
		index.skills.forEach(([name, id, , topics], s) => {
			let score = 0;
			let why: SkillMatch | undefined;
			for (const [t] of terms.entries()) {
				const match = perTerm[t]?.[s];
				if (!match) return;
				score += match.quality * (match.byTopic ? SKILL_NAME : TITLE);
				if (match.alias || match.byTopic) why ??= match;
			}
			const note: Segment[] = why?.alias
				? [{ text: 'Also called ' }, { text: why.alias, mark: true }]
				: why?.byTopic
					? [{ text: 'Topic: ' }, ...highlight(topics[why.topic ?? 0] ?? '', terms)]
					: [{ text: topics.slice(0, 3).join(', ') }];
			hits.push({
				type: 'skill',
				url: `/skills/${id}/`,
				title: highlight(name, terms),
				note,
				score,
			});
		});
	}
	if (wanted('project') && untracked) {
		index.projects.forEach(([title, id, skills], j) => {
			if (!needsSkills(skills)) return;
			const scored = scoreEntry(p.projectWords[j] ?? [], skills);
			if (!scored) return;
			const note = scored.why
				? skillNote(scored.why, 'Uses')
				: [
						{
							text: `Uses ${skills
								.slice(0, 3)
								.map((s) => index.skills[s]?.[0])
								.join(', ')}`,
						},
					];
			hits.push({
				type: 'project',
				url: `/projects/${id}/`,
				title: highlight(title, terms),
				note,
				score: scored.score,
			});
		});
	}
	if (wanted('essay') && untracked && skillIds.size === 0) {
		index.essays.forEach(([title, id], e) => {
			const scored = scoreEntry(p.essayWords[e] ?? [], []);
			if (!scored) return;
			hits.push({
				type: 'essay',
				url: `/essays/${id}/`,
				title: highlight(title, terms),
				note: [],
				score: scored.score,
			});
		});
	}

	// A title that is exactly the query ("Kubernetes" for "kubernetes") comes first.
	const asked = terms.join(' ');
	for (const hit of hits) {
		if (asked && words(hit.title.map((s) => s.text).join('')).join(' ') === asked) hit.score += 5;
	}
	const byTitle = (a: InstantHit, b: InstantHit) =>
		a.title
			.map((s) => s.text)
			.join('')
			.localeCompare(b.title.map((s) => s.text).join(''));
	if (filters.sort === 'pay') return hits.sort((a, b) => (b.payAmount ?? 0) - (a.payAmount ?? 0));
	if (filters.sort === 'months') return hits.sort((a, b) => (a.months ?? 0) - (b.months ?? 0));
	return hits.sort((a, b) => b.score - a.score || byTitle(a, b));
}
