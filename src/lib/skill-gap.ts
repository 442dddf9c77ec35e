/**
 * The skill-gap tool's arithmetic. A role asks for skills and "pick one" groups (a phase's
 * `{ oneOf: [airflow, dagster] }`): a group is one thing to learn, met by any one of its skills, so it
 * counts once in every share and list, whichever of its skills the reader has.
 */

/** A phase's skill as content writes it: an id, or a group the reader picks one skill from. */
export type PhaseSkill = string | { readonly oneOf: readonly string[] };

/** One thing a role asks the reader to learn: one skill, or one skill of a "pick one" group. */
export interface Requirement {
	/** The skill, or the group's skills in roadmap order. */
	skills: readonly string[];
	/** true for a "pick one" group, met by any one of `skills`. */
	pickOne: boolean;
}

/**
 * What a roadmap asks the reader to learn, in roadmap order, each thing once: a skill listed twice
 * counts once, the same group listed twice counts once, and a group with a skill the role asks for
 * anyway is left out (learning the roadmap meets it).
 * @param phases - the role's phases with their skills
 * @returns the requirements
 */
export function roleRequirements(
	phases: readonly { readonly skills: readonly PhaseSkill[] }[],
): Requirement[] {
	const items = phases.flatMap((phase) => phase.skills);
	const required = new Set(items.filter((item): item is string => typeof item === 'string'));
	const seen = new Set<string>();
	const needs: Requirement[] = [];
	for (const item of items) {
		if (typeof item === 'string') {
			if (!seen.has(item)) needs.push({ skills: [item], pickOne: false });
			seen.add(item);
			continue;
		}
		const options = [...new Set(item.oneOf)];
		const key = `oneOf:${[...options].sort().join(',')}`;
		if (seen.has(key) || options.some((id) => required.has(id))) continue;
		seen.add(key);
		needs.push(
			options.length === 1
				? { skills: options, pickOne: false }
				: { skills: options, pickOne: true },
		);
	}
	return needs;
}

/** A role as the skill-gap tool sees it. */
export interface GapRole {
	id: string;
	title: string;
	needs: readonly Requirement[];
}

/** How close a reader is to one role. */
export interface GapResult {
	id: string;
	title: string;
	/** Share of the role's requirements the reader meets, 0–1 (a group counts once). */
	coverage: number;
	/** Requirements met. */
	have: Requirement[];
	/** Requirements still to learn, in roadmap order. */
	missing: Requirement[];
	/** true when the role has a "pick one" group, so its share counts groups once. */
	hasPickOne: boolean;
}

/**
 * Roles ranked by how much of each the reader already knows: highest share of the role's
 * requirements first, then fewest still to learn, then title.
 * @param known - skill ids the reader has
 * @param roles - every role with its requirements
 * @returns every role with at least one requirement met, closest first
 */
export function rankBySkillGap(known: Iterable<string>, roles: readonly GapRole[]): GapResult[] {
	const have = new Set(known);
	const met = (need: Requirement) => need.skills.some((skill) => have.has(skill));
	return roles
		.map((role) => {
			const mine = role.needs.filter(met);
			return {
				id: role.id,
				title: role.title,
				coverage: role.needs.length ? mine.length / role.needs.length : 0,
				have: mine,
				missing: role.needs.filter((need) => !met(need)),
				hasPickOne: role.needs.some((need) => need.pickOne),
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
