/** A role as the skill-gap tool sees it. */
export interface GapRole {
	id: string;
	title: string;
	skills: readonly string[];
}

/** How close a reader is to one role. */
export interface GapResult {
	id: string;
	title: string;
	/** Share of the role's skills the reader already has, 0–1. */
	coverage: number;
	have: string[];
	missing: string[];
}

/**
 * Roles ranked by how much of each the reader already knows: highest share of the role's skills first,
 * then fewest skills still to learn, then title.
 * @param known - skill ids the reader has
 * @param roles - every role with its skills
 * @returns every role with at least one known skill, closest first
 */
export function rankBySkillGap(known: Iterable<string>, roles: readonly GapRole[]): GapResult[] {
	const have = new Set(known);
	return roles
		.map((role) => {
			const mine = role.skills.filter((skill) => have.has(skill));
			return {
				id: role.id,
				title: role.title,
				coverage: role.skills.length ? mine.length / role.skills.length : 0,
				have: mine,
				missing: role.skills.filter((skill) => !have.has(skill)),
			};
		})
		.filter((result) => result.have.length > 0)
		.sort(
			(a, b) =>
				b.coverage - a.coverage ||
				a.missing.length - b.missing.length ||
				a.title.localeCompare(b.title),
		);
}
