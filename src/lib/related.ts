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
 * Uses an inverted index (skill → roles) so only roles sharing a skill are compared.
 * Results are sorted by share, highest first, then by id.
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
	const skillSets = roles.map((role) => new Set(role.skills));
	const bySkill = new Map<string, number[]>();
	skillSets.forEach((skills, index) => {
		for (const skill of skills) {
			const holders = bySkill.get(skill);
			if (holders) holders.push(index);
			else bySkill.set(skill, [index]);
		}
	});
	const indexById = new Map(roles.map((role, index) => [role.id, index]));
	// Ties are broken by id so builds are deterministic; ranking ids once keeps comparisons numeric.
	const idRank = new Uint32Array(roles.length);
	[...roles.keys()]
		.sort((x, y) => ((roles[x]?.id ?? '') < (roles[y]?.id ?? '') ? -1 : 1))
		.forEach((index, rank) => (idRank[index] = rank));

	const result = new Map<string, RelatedRole[]>();
	// Shared-skill counts per other role, reused across roles: a typed array and a list of the entries
	// touched is far cheaper than a Map when a few core skills (Git, SQL) link most roles.
	const overlap = new Uint32Array(roles.length);
	const touched: number[] = [];
	roles.forEach((role, a) => {
		const mine = skillSets[a] ?? new Set<string>();
		for (const skill of mine) {
			for (const b of bySkill.get(skill) ?? []) {
				if (b === a) continue;
				const count = overlap[b] ?? 0;
				if (count === 0) touched.push(b);
				overlap[b] = count + 1;
			}
		}
		const manual = new Set(role.manual ?? []);
		for (const id of manual) {
			const b = indexById.get(id);
			if (b !== undefined && b !== a && overlap[b] === 0 && !touched.includes(b)) touched.push(b);
		}

		// Score every candidate first; only the ones kept get their skill lists built.
		const scored: { b: number; share: number; manual: boolean }[] = [];
		for (const b of touched) {
			const common = overlap[b] ?? 0;
			overlap[b] = 0;
			const other = roles[b];
			const theirs = skillSets[b];
			if (!other || !theirs) continue;
			const share = common / (mine.size + theirs.size - common);
			const isManual = manual.has(other.id);
			if (share >= threshold || isManual)
				scored.push({ b, share, manual: isManual && share < threshold });
		}
		touched.length = 0;
		const byCloseness = (x: { b: number; share: number }, y: { b: number; share: number }) =>
			y.share - x.share || (idRank[x.b] ?? 0) - (idRank[y.b] ?? 0);
		scored.sort(byCloseness);
		const kept = [
			...scored.filter((item) => !item.manual).slice(0, limit),
			...scored.filter((item) => item.manual),
		].sort(byCloseness);

		const related = kept.flatMap(({ b, share, manual: isManual }): RelatedRole[] => {
			const other = roles[b];
			if (!other) return [];
			return [
				{
					id: other.id,
					share,
					shared: other.skills.filter((skill) => mine.has(skill)),
					toAdd: other.skills.filter((skill) => !mine.has(skill)),
					manual: isManual,
				},
			];
		});
		result.set(role.id, related);
	});
	return result;
}

/**
 * A share as a whole percentage: 0.4285 → "43%".
 * @param share - 0–1
 * @returns the percentage text
 */
export function formatShare(share: number): string {
	return `${Math.round(share * 100)}%`;
}
