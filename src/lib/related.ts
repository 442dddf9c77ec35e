import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { numberFormat } from './intl.ts';

/** A role as related-role matching sees it. */
export interface RoleSkills {
	id: string;
	/** The role's skill set in roadmap order. */
	skills: readonly string[];
	/** Ids an editor marked as related regardless of the threshold. */
	manual?: readonly string[];
}

/** One related role, seen from the role being read. */
export interface RelatedRole {
	id: string;
	/** Jaccard share of skills, 0–1. */
	share: number;
	/** Skills both roles need, in the other role's order. */
	shared: string[];
	/** Skills the other role needs that this one does not: what a reader would add to move across. */
	toAdd: string[];
	/** True when an editor listed it and the share alone would not have. */
	manual: boolean;
}

/**
 * Related roles for every role by Jaccard share of skills (|A ∩ B| / |A ∪ B|).
 *
 * Pairs are found in one pass over an inverted index (skill → roles), each pair counted once, then
 * grouped per role. Results are sorted by share, highest first, then by id.
 * @param roles - every role with its skill set
 * @param threshold - minimum share, 0–1 (0.4 by default in site config)
 * @param limit - keep at most this many per role, the closest first (editors' picks always stay)
 * @returns role id → related roles
 */
export function relatedRoles(
	roles: readonly RoleSkills[],
	threshold: number,
	limit = Infinity,
): Map<string, RelatedRole[]> {
	const count = roles.length;
	const pairs = matchingPairs(invertedIndex(roles), threshold);

	// Ties are broken by id so builds are deterministic; ranking ids once keeps comparisons numeric.
	const idRank = new Uint32Array(count);
	[...roles.keys()]
		.sort((x, y) => ((roles[x]?.id ?? '') < (roles[y]?.id ?? '') ? -1 : 1))
		.forEach((index, rank) => (idRank[index] = rank));
	const indexById = new Map(roles.map((role, index) => [role.id, index]));

	const { firstMatch, matchOther, matchShare } = matchesByRole(pairs, count);

	const result = new Map<string, RelatedRole[]>();
	roles.forEach((role, a) => {
		const mine = new Set(role.skills);
		const scored: { b: number; share: number; manual: boolean }[] = [];
		for (let at = firstMatch[a] ?? 0; at < (firstMatch[a + 1] ?? 0); at++)
			scored.push({ b: matchOther[at] ?? 0, share: matchShare[at] ?? 0, manual: false });
		const listed = new Set(scored.map((item) => item.b));
		// An editor's pick below the threshold still shows, flagged; one above it is already listed.
		for (const id of new Set(role.manual ?? [])) {
			const b = indexById.get(id);
			if (b === undefined || b === a || listed.has(b)) continue;
			const theirs = roles[b]?.skills ?? [];
			const common = new Set(theirs.filter((skill) => mine.has(skill))).size;
			scored.push({ b, share: common / (mine.size + new Set(theirs).size - common), manual: true });
		}
		const byCloseness = (x: { b: number; share: number }, y: { b: number; share: number }) =>
			y.share - x.share || (idRank[x.b] ?? 0) - (idRank[y.b] ?? 0);
		scored.sort(byCloseness);
		const kept = [
			...scored.filter((item) => !item.manual).slice(0, limit),
			...scored.filter((item) => item.manual),
		].sort(byCloseness);

		const related = kept.flatMap(({ b, share, manual }): RelatedRole[] => {
			const other = roles[b];
			if (!other) return [];
			return [
				{
					id: other.id,
					share,
					shared: other.skills.filter((skill) => mine.has(skill)),
					toAdd: other.skills.filter((skill) => !mine.has(skill)),
					manual,
				},
			];
		});
		result.set(role.id, related);
	});
	return result;
}

/**
 * Every pair of roles whose share reaches the threshold, each pair once. For each role, every later
 * role holding one of its skills gets its shared-skill count raised, so only pairs sharing a skill
 * are looked at. Counts and the touched list are typed arrays: a few core skills (Git, SQL) link
 * most roles, so the inner loop runs for nearly every pair at catalogue scale.
 * @param index - the inverted index of the roles' skills
 * @param threshold - minimum share, 0–1
 * @returns [a, b, share, a, b, share, …] with a < b
 */
function matchingPairs(
	{ skillsOf, holders, firstHolder }: ReturnType<typeof invertedIndex>,
	threshold: number,
): number[] {
	const count = skillsOf.length;
	const sizes = Uint32Array.from(skillsOf, (skills) => skills.length);
	const pairs: number[] = [];
	// Where each skill's holders after the current role start: roles are visited in index order, so
	// the holders of a skill before the current role have all been visited already.
	const cursor = firstHolder.slice();
	const overlap = new Uint32Array(count);
	const touched = new Uint32Array(count);
	for (let a = 0; a < count; a++) {
		let touchedCount = 0;
		for (const skill of skillsOf[a] ?? []) {
			const end = firstHolder[skill + 1] ?? 0;
			// The holder at the cursor is this role itself.
			for (let at = (cursor[skill] ?? 0) + 1; at < end; at++) {
				const b = holders[at] ?? 0;
				const seen = overlap[b] ?? 0;
				if (seen === 0) touched[touchedCount++] = b;
				overlap[b] = seen + 1;
			}
			cursor[skill] = (cursor[skill] ?? 0) + 1;
		}
		for (let t = 0; t < touchedCount; t++) {
			const b = touched[t] ?? 0;
			const common = overlap[b] ?? 0;
			overlap[b] = 0;
			const share = common / ((sizes[a] ?? 0) + (sizes[b] ?? 0) - common);
			if (share >= threshold) pairs.push(a, b, share);
		}
	}
	return pairs;
}

/**
 * Groups the matching pairs by role, both ways round: role `a`'s matches are at
 * `firstMatch[a]` up to `firstMatch[a + 1]` in `matchOther` (the other role) and `matchShare`.
 * @param pairs - [a, b, share, …], each pair once
 * @param count - how many roles
 * @returns the grouped matches
 */
function matchesByRole(pairs: readonly number[], count: number) {
	const perRole = new Uint32Array(count);
	for (let at = 0; at < pairs.length; at += 3) {
		increment(perRole, pairs[at] ?? 0);
		increment(perRole, pairs[at + 1] ?? 0);
	}
	const firstMatch = startOffsets(perRole);
	const matchOther = new Uint32Array(firstMatch[count] ?? 0);
	const matchShare = new Float64Array(matchOther.length);
	const fill = firstMatch.slice();
	for (let at = 0; at < pairs.length; at += 3) {
		const a = pairs[at] ?? 0;
		const b = pairs[at + 1] ?? 0;
		const share = pairs[at + 2] ?? 0;
		for (const [self, other] of [
			[a, b],
			[b, a],
		] as const) {
			const slot = fill[self] ?? 0;
			matchOther[slot] = other;
			matchShare[slot] = share;
			fill[self] = slot + 1;
		}
	}
	return { firstMatch, matchOther, matchShare };
}

/**
 * The skill → roles index in compressed form: every role's distinct skills as numbers, and the
 * holders of skill `s` at `holders[firstHolder[s]]` up to `holders[firstHolder[s + 1]]`, in role order.
 * @param roles - every role with its skills
 * @returns skill numbers per role, the holders, and where each skill's holders start
 */
function invertedIndex(roles: readonly RoleSkills[]) {
	const numbers = new Map<string, number>();
	const skillsOf = roles.map((role) =>
		Uint32Array.from(new Set(role.skills), (skill) => {
			let number = numbers.get(skill);
			if (number === undefined) numbers.set(skill, (number = numbers.size));
			return number;
		}),
	);
	const perSkill = new Uint32Array(numbers.size);
	for (const skills of skillsOf) for (const skill of skills) increment(perSkill, skill);
	const firstHolder = startOffsets(perSkill);
	const holders = new Uint32Array(firstHolder[numbers.size] ?? 0);
	const fill = firstHolder.slice();
	skillsOf.forEach((skills, role) => {
		for (const skill of skills) {
			const slot = fill[skill] ?? 0;
			holders[slot] = role;
			fill[skill] = slot + 1;
		}
	});
	return { skillsOf, holders, firstHolder };
}

/**
 * Adds one to a counter.
 * @param counts - the counters
 * @param at - which one
 */
function increment(counts: Uint32Array, at: number): void {
	counts[at] = (counts[at] ?? 0) + 1;
}

/**
 * Where each group starts in one flat array, from the groups' sizes: [2, 0, 3] → [0, 2, 2, 5]
 * (the last entry is the total).
 * @param sizes - how many items each group has
 * @returns start offsets, one more than there are groups
 */
function startOffsets(sizes: Uint32Array): Uint32Array {
	const starts = new Uint32Array(sizes.length + 1);
	sizes.forEach((size, group) => (starts[group + 1] = (starts[group] ?? 0) + size));
	return starts;
}

/**
 * A share as a whole percentage: 0.4285 → "43%" (Spanish: "43 %").
 * @param share - 0–1
 * @param lang - the page's language
 * @returns the percentage text
 */
export function formatShare(share: number, lang: Lang = 'en'): string {
	if (lang === 'en') return `${Math.round(share * 100)}%`;
	return numberFormat(LANGUAGES[lang].locale, {
		style: 'percent',
		maximumFractionDigits: 0,
	}).format(share);
}
