/**
 * The instant index: every role, skill, project and essay title with the skills' aliases and topics,
 * small enough to fetch when search opens and searched in plain JavaScript at each keystroke, before
 * Pagefind's full-text index has loaded.
 */

/** A skill: name, page id, other names, topics in order. */
export type InstantSkill = [name: string, id: string, aliases: string[], topics: string[]];
/** A role: title, page id ('' when it is the title's slug), track index, months to ready, US pay shown and its amount (or '' and 0), skill indices in roadmap order. */
export type InstantRole = [
	title: string,
	id: string,
	track: number,
	months: number,
	pay: string,
	payAmount: number,
	skills: number[],
];
/** A project: title, page id ('' when it is the title's slug), skill indices. */
export type InstantProject = [title: string, id: string, skills: number[]];
/** An essay: title, page id ('' when it is the title's slug). */
export type InstantEssay = [title: string, id: string];

/** The index as served at /search-index.json. */
export interface InstantIndex {
	tracks: string[];
	skills: InstantSkill[];
	roles: InstantRole[];
	projects: InstantProject[];
	essays: InstantEssay[];
	/** In a translated language's index: the pages (default-language paths) whose text is in it; the rest are shown in English. */
	translated?: string[];
	/** How many more files hold the roles this one leaves out: /search-index-1.json and on (see splitRoles). */
	shards?: number;
}

/** A file of further roles, served at /search-index-N.json and added with addRoles. */
export interface InstantShard {
	roles: InstantRole[];
}

/**
 * Splits a large index so what a reader fetches before the first results stays bounded: the first
 * `perFile` roles stay in the index with everything else, the rest go into files of `perFile`
 * roles each. A catalogue of at most `perFile` roles is left whole.
 * @param index - the whole index
 * @param perFile - roles per file
 * @returns the first file (with `shards` set when there are more) and the further files, in order
 */
export function splitRoles(
	index: InstantIndex,
	perFile: number,
): { index: InstantIndex; shards: InstantShard[] } {
	if (index.roles.length <= perFile) return { index, shards: [] };
	const shards: InstantShard[] = [];
	for (let start = perFile; start < index.roles.length; start += perFile)
		shards.push({ roles: index.roles.slice(start, start + perFile) });
	return {
		index: { ...index, roles: index.roles.slice(0, perFile), shards: shards.length },
		shards,
	};
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
 * The page id a title gets by default: "Site Reliability Engineer" → "site-reliability-engineer".
 * The index leaves such ids out, a fifth of its size.
 * @param title - a title
 * @returns its slug
 */
export function slug(title: string): string {
	return title
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Lower-case words of a text, accents dropped; keeps "c++", "c#" and "node.js" whole.
 * @param text - any text
 * @returns its words
 */
export function words(text: string): string[] {
	// Most titles and topics are plain ASCII: they skip Unicode normalising, three times quicker.
	if (/^[\x20-\x7e]*$/.test(text))
		return text
			.toLowerCase()
			.split(/[^a-z0-9+#.]+/)
			.map((word) => word.replace(/^\.+|\.+$/g, ''))
			.filter(Boolean);
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

/** The index with every text split into word numbers, so each query compares each distinct word once. */
interface Prepared {
	vocab: string[];
	/** word → its number in vocab */
	ids: Map<string, number>;
	skillName: number[][];
	skillAliases: number[][][];
	skillTopics: number[][][];
	roleTitle: number[][];
	projectTitle: number[][];
	essayTitle: number[][];
	/** term → quality of each vocabulary word; a few recent terms are kept for the next keystroke. */
	qualities: Map<string, Uint8Array>;
}

const prepared = new WeakMap<InstantIndex, Prepared>();

/** A text's words as numbers into the vocabulary, adding words it has not seen. */
function wordIds(p: Prepared, text: string): number[] {
	return words(text).map((word) => {
		let id = p.ids.get(word);
		if (id === undefined) {
			id = p.vocab.push(word) - 1;
			p.ids.set(word, id);
		}
		return id;
	});
}

/**
 * Adds the roles of a further file (see splitRoles) to an index, prepared or not. Searches after it
 * find them, ranked as in the whole index.
 * @param index - the index as first fetched
 * @param roles - the next file's roles, in order
 */
export function addRoles(index: InstantIndex, roles: readonly InstantRole[]): void {
	index.roles.push(...roles);
	const p = prepared.get(index);
	if (!p) return;
	p.roleTitle.push(...roles.map(([title]) => wordIds(p, title)));
	// New words have no quality yet for the terms kept from earlier keystrokes.
	p.qualities.clear();
}

/**
 * Builds the prepared index one entry at a time, yielding after each so a caller can split the work
 * into short tasks (prepareIndex) or run it at once (prepare).
 */
function* prepareSteps(index: InstantIndex): Generator<undefined, Prepared> {
	const ready: Prepared = {
		vocab: [],
		ids: new Map(),
		skillName: [],
		skillAliases: [],
		skillTopics: [],
		roleTitle: [],
		projectTitle: [],
		essayTitle: [],
		qualities: new Map(),
	};
	const toIds = (text: string) => wordIds(ready, text);
	// Skills carry most of the text (their topics): one at a time.
	for (const [name, , aliases, topics] of index.skills) {
		yield;
		ready.skillName.push(toIds(name));
		ready.skillAliases.push(aliases.map(toIds));
		ready.skillTopics.push(topics.map(toIds));
	}
	// Titles last, with no pause after them: roles added while the skills were being prepared
	// (addRoles before the index is ready) are among them.
	ready.roleTitle = index.roles.map(([title]) => toIds(title));
	ready.projectTitle = index.projects.map(([title]) => toIds(title));
	ready.essayTitle = index.essays.map(([title]) => toIds(title));
	return ready;
}

function prepare(index: InstantIndex): Prepared {
	let known = prepared.get(index);
	if (!known) {
		const steps = prepareSteps(index);
		let step = steps.next();
		while (!step.done) step = steps.next();
		known = step.value;
		prepared.set(index, known);
	}
	return known;
}

/**
 * Splits the index's text into words ahead of the first query, in tasks of about `slice` ms with a
 * pause between them, so a page preparing a large index stays responsive. Searching an index not
 * prepared this way prepares it at once.
 * @param index - the instant index
 * @param pause - waits between slices (a timer by default, giving the browser a turn)
 * @param slice - milliseconds of work per slice
 */
export async function prepareIndex(
	index: InstantIndex,
	pause: () => Promise<unknown> = () => new Promise((done) => setTimeout(done, 0)),
	slice = 8,
): Promise<void> {
	if (prepared.has(index)) return;
	const steps = prepareSteps(index);
	let started = performance.now();
	let step = steps.next();
	while (!step.done) {
		if (performance.now() - started > slice) {
			await pause();
			started = performance.now();
		}
		step = steps.next();
	}
	if (!prepared.has(index)) prepared.set(index, step.value);
}

function qualitiesOf(p: Prepared, term: string): Uint8Array {
	let list = p.qualities.get(term);
	if (!list) {
		list = Uint8Array.from(p.vocab, (word) => termQuality(term, word));
		if (p.qualities.size > 32) p.qualities.clear();
		p.qualities.set(term, list);
	}
	return list;
}

/** Best quality among word numbers. */
function best(quality: Uint8Array, list: readonly number[]): number {
	let top = 0;
	for (const id of list) top = Math.max(top, quality[id] ?? 0);
	return top;
}

/** How a skill matched one term: by name or alias (with which alias), or by a topic. */
interface SkillMatch {
	quality: number;
	alias?: number;
	topic?: number;
	byTopic: boolean;
}

function skillMatches(p: Prepared, quality: Uint8Array): (SkillMatch | undefined)[] {
	return p.skillName.map((name, s) => {
		const byName = best(quality, name);
		// An alias typed exactly ("devrel") beats a name that only comes within a typo of the term.
		let top: SkillMatch | undefined = byName > 0 ? { quality: byName, byTopic: false } : undefined;
		(p.skillAliases[s] ?? []).forEach((alias, a) => {
			const q = best(quality, alias);
			if (q > (top?.quality ?? 0)) top = { quality: q, alias: a, byTopic: false };
		});
		if (top) return top;
		(p.skillTopics[s] ?? []).forEach((topic, t) => {
			const q = best(quality, topic);
			if (q > (top?.quality ?? 0)) top = { quality: q, topic: t, byTopic: true };
		});
		return top;
	});
}

const TITLE = 10;
const SKILL_NAME = 5;
const SKILL_TOPIC = 1;

/** The words that say why a hit matched, in the reader's language. */
export interface NoteWords {
	/** "Needs Kubernetes": a role that needs a skill. */
	needs: string;
	/** "Uses SQL": a project that uses a skill. */
	uses: string;
	/** "Topic: Helm charts" */
	topic: string;
	/** "Also called k8s" */
	alsoCalled: string;
}

const ENGLISH_NOTES: NoteWords = {
	needs: 'Needs',
	uses: 'Uses',
	topic: 'Topic:',
	alsoCalled: 'Also called',
};

/**
 * Searches the instant index: every word of the query must match a title, or the name, an alias
 * or a topic of a skill the entry needs. Roles come ranked by title match, then by how early in the
 * roadmap the matching skill comes. Titles and notes of a hit are worked out when first read, so
 * only the results shown pay for them.
 * @param index - the instant index
 * @param query - what the reader typed
 * @param filters - types, tracks and skills to keep, and a sort
 * @param notes - the words that say why a hit matched, in the page's language
 * @returns matching entries, best first
 */
export function instantSearch(
	index: InstantIndex,
	query: string,
	filters: InstantFilters = {},
	notes: NoteWords = ENGLISH_NOTES,
): InstantHit[] {
	const p = prepare(index);
	const terms = [...new Set(words(query))];
	const quality = terms.map((term) => qualitiesOf(p, term));
	const perTerm = quality.map((q) => skillMatches(p, q));
	const wanted = (type: string) => !filters.types?.length || filters.types.includes(type);
	const skillIds = new Set(
		(filters.skills ?? []).map((name) => index.skills.findIndex(([skill]) => skill === name)),
	);
	const needsSkills = (list: readonly number[]) => [...skillIds].every((s) => list.includes(s));
	const noTrackFilter = !filters.tracks?.length;
	const asked = terms.join(' ');
	const hits: InstantHit[] = [];

	// Score of an entry with a title and skills; undefined when some term matches nothing.
	const scoreEntry = (title: readonly number[], skills: readonly number[]) => {
		let score = 0;
		let why: { skill: number; match: SkillMatch } | undefined;
		for (let t = 0; t < terms.length; t++) {
			const inTitle = best(quality[t] ?? new Uint8Array(), title) * TITLE;
			let viaSkill = 0;
			let viaWhich: { skill: number; match: SkillMatch } | undefined;
			const matches = perTerm[t] ?? [];
			for (let position = 0; position < skills.length; position++) {
				const skill = skills[position] ?? 0;
				const match = matches[skill];
				if (!match) continue;
				// Earlier in the roadmap is more central to the role.
				const value = match.quality * (match.byTopic ? SKILL_TOPIC : SKILL_NAME) - position / 100;
				if (value > viaSkill) [viaSkill, viaWhich] = [value, { skill, match }];
			}
			if (inTitle === 0 && viaSkill <= 0) return undefined;
			if (inTitle >= viaSkill) score += inTitle;
			else {
				score += viaSkill;
				why ??= viaWhich;
			}
		}
		// A title that is exactly the query ("Kubernetes" for "kubernetes") comes first.
		if (asked && title.map((id) => p.vocab[id]).join(' ') === asked) score += 5;
		return { score, why };
	};

	const skillNote = (why: { skill: number; match: SkillMatch } | undefined, lead: string) => {
		if (!why) return [];
		const [name, , aliases, topics] = index.skills[why.skill] ?? ['', '', [], []];
		if (why.match.byTopic) {
			return [
				{ text: `${lead} ${name}: ` },
				...highlight(topics[why.match.topic ?? 0] ?? '', terms),
			];
		}
		const note: Segment[] = [{ text: `${lead} ` }, { text: name, mark: true }];
		if (why.match.alias !== undefined) note.push({ text: ` (${aliases[why.match.alias] ?? ''})` });
		return note;
	};
	const listNote = (lead: string, skills: readonly number[]) => [
		{
			text: `${lead} ${skills
				.slice(0, 3)
				.map((s) => index.skills[s]?.[0])
				.join(', ')}`,
		},
	];
	// Highlighting is the costly part of a hit: done when a list reads it, once.
	const lazy = (
		hit: Omit<InstantHit, 'title' | 'note'>,
		title: string,
		note: () => Segment[],
	): InstantHit => {
		let cache: { title: Segment[]; note: Segment[] } | undefined;
		const get = () => (cache ??= { title: highlight(title, terms), note: note() });
		return Object.defineProperties(hit as InstantHit, {
			title: { get: () => get().title, enumerable: true },
			note: { get: () => get().note, enumerable: true },
		});
	};

	if (wanted('role')) {
		index.roles.forEach(([title, id, track, months, pay, payAmount, skills], r) => {
			const trackName = index.tracks[track] ?? '';
			if (!noTrackFilter && !filters.tracks?.includes(trackName)) return;
			if (skillIds.size > 0 && !needsSkills(skills)) return;
			if (filters.sort === 'pay' && !pay) return;
			const scored = scoreEntry(p.roleTitle[r] ?? [], skills);
			if (!scored) return;
			const base = {
				type: 'role' as const,
				url: `/roles/${id || slug(title)}/`,
				track: trackName,
				...(pay ? { pay, payAmount } : {}),
				months,
				score: scored.score,
			};
			hits.push(
				lazy(base, title, () =>
					scored.why ? skillNote(scored.why, notes.needs) : listNote(notes.needs, skills),
				),
			);
		});
	}
	// Skills, projects and essays have no track and no pay or months to sort by.
	const untracked = noTrackFilter && !filters.sort;
	if (wanted('skill') && untracked && skillIds.size === 0) {
		index.skills.forEach(([name, id, aliases, topics], s) => {
			let score = 0;
			let why: SkillMatch | undefined;
			for (let t = 0; t < terms.length; t++) {
				const match = perTerm[t]?.[s];
				if (!match) return;
				score += match.quality * (match.byTopic ? SKILL_NAME : TITLE);
				if (match.alias !== undefined || match.byTopic) why ??= match;
			}
			if (asked && words(name).join(' ') === asked) score += 5;
			const found = why;
			hits.push(
				lazy({ type: 'skill', url: `/skills/${id}/`, score }, name, () =>
					found?.alias !== undefined
						? [{ text: `${notes.alsoCalled} ` }, { text: aliases[found.alias] ?? '', mark: true }]
						: found?.byTopic
							? [{ text: `${notes.topic} ` }, ...highlight(topics[found.topic ?? 0] ?? '', terms)]
							: [{ text: topics.slice(0, 3).join(', ') }],
				),
			);
		});
	}
	if (wanted('project') && untracked) {
		index.projects.forEach(([title, id, skills], j) => {
			if (skillIds.size > 0 && !needsSkills(skills)) return;
			const scored = scoreEntry(p.projectTitle[j] ?? [], skills);
			if (!scored) return;
			hits.push(
				lazy(
					{ type: 'project', url: `/projects/${id || slug(title)}/`, score: scored.score },
					title,
					() => (scored.why ? skillNote(scored.why, notes.uses) : listNote(notes.uses, skills)),
				),
			);
		});
	}
	if (wanted('essay') && untracked && skillIds.size === 0) {
		index.essays.forEach(([title, id], e) => {
			const scored = scoreEntry(p.essayTitle[e] ?? [], []);
			if (!scored) return;
			hits.push(
				lazy(
					{ type: 'essay', url: `/essays/${id || slug(title)}/`, score: scored.score },
					title,
					() => [],
				),
			);
		});
	}

	if (filters.sort === 'pay') return hits.sort((a, b) => (b.payAmount ?? 0) - (a.payAmount ?? 0));
	if (filters.sort === 'months') return hits.sort((a, b) => (a.months ?? 0) - (b.months ?? 0));
	// Ties keep the catalogue's order, which is by title for roles.
	return hits.sort((a, b) => b.score - a.score);
}
