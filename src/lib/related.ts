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
 * @returns role id → related roles
 */
export function relatedRoles(
	roles: readonly RoleSkills[],
	threshold: number,
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

	const result = new Map<string, RelatedRole[]>();
	roles.forEach((role, a) => {
		const mine = skillSets[a] ?? new Set<string>();
		const overlap = new Map<number, number>();
		for (const skill of mine) {
			for (const b of bySkill.get(skill) ?? []) {
				if (b !== a) overlap.set(b, (overlap.get(b) ?? 0) + 1);
			}
		}
		const manual = new Set(role.manual ?? []);
		const candidates = new Set([...overlap.keys()]);
		for (const id of manual) {
			const b = indexById.get(id);
			if (b !== undefined && b !== a) candidates.add(b);
		}

		const related: RelatedRole[] = [];
		for (const b of candidates) {
			const other = roles[b];
			const theirs = skillSets[b];
			if (!other || !theirs) continue;
			const common = overlap.get(b) ?? 0;
			const share = common / (mine.size + theirs.size - common);
			const isManual = manual.has(other.id);
			if (share < threshold && !isManual) continue;
			related.push({
				id: other.id,
				share,
				shared: other.skills.filter((skill) => mine.has(skill)),
				toAdd: other.skills.filter((skill) => !mine.has(skill)),
				manual: isManual && share < threshold,
			});
		}
		related.sort((x, y) => y.share - x.share || x.id.localeCompare(y.id));
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
