/**
 * Skills two roles share and the skills unique to each, each list in its role's roadmap order.
 * @param a - the first role's skills
 * @param b - the second role's skills
 * @returns common, only in a, only in b
 */
export function compareSkills(
	a: readonly string[],
	b: readonly string[],
): { common: string[]; onlyA: string[]; onlyB: string[] } {
	const inA = new Set(a);
	const inB = new Set(b);
	return {
		common: a.filter((skill) => inB.has(skill)),
		onlyA: a.filter((skill) => !inB.has(skill)),
		onlyB: b.filter((skill) => !inA.has(skill)),
	};
}
