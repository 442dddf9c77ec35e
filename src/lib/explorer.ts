/** A role as the roles explorer sees it. */
export interface ExplorableRole {
	track: string;
	skills: readonly string[];
	months: number;
}

/** The explorer's narrowing: empty strings and null mean "any". */
export interface ExplorerFilter {
	track: string;
	skill: string;
	maxMonths: number | null;
}

/**
 * Whether a role passes the explorer's filters.
 * @param role - the role's track, skills and time to ready
 * @param filter - the chosen track, skill and maximum months
 * @returns true when it should stay visible
 */
export function matchesExplorer(role: ExplorableRole, filter: ExplorerFilter): boolean {
	if (filter.track && role.track !== filter.track) return false;
	if (filter.skill && !role.skills.includes(filter.skill)) return false;
	if (filter.maxMonths !== null && role.months > filter.maxMonths) return false;
	return true;
}
