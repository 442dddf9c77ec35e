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

/** One currency's figures for the compare page: drawn on their own scale, never beside another's. */
export interface CurrencyGroup<F> {
	currency: string;
	/** Each figure with the role it belongs to ("a" or "b"), first role first, in region order. */
	rows: { side: 'a' | 'b'; figure: F }[];
	/** Axis ticks from 0 to at least the largest figure, evenly spaced; the last is the scale's end. */
	ticks: number[];
}

/**
 * Two roles' pay grouped by currency, so each currency gets its own scale and axis: ₹16.8L and $136K
 * are never bars on one scale. Groups keep the order currencies first appear in.
 * @param a - the first role's figures to compare
 * @param b - the second role's figures to compare
 * @param ticks - axis ticks for a maximum (src/lib/charts.ts niceTicks)
 * @returns one group per currency
 */
export function payByCurrency<F extends { currency: string; amount: number }>(
	a: readonly F[],
	b: readonly F[],
	ticks: (max: number) => number[],
): CurrencyGroup<F>[] {
	const groups = new Map<string, CurrencyGroup<F>>();
	const rows = [
		...a.map((figure) => ({ side: 'a' as const, figure })),
		...b.map((figure) => ({ side: 'b' as const, figure })),
	];
	for (const row of rows) {
		const group = groups.get(row.figure.currency) ?? {
			currency: row.figure.currency,
			rows: [],
			ticks: [],
		};
		group.rows.push(row);
		groups.set(row.figure.currency, group);
	}
	return [...groups.values()].map((group) => ({
		...group,
		ticks: ticks(Math.max(...group.rows.map((row) => row.figure.amount))),
	}));
}
