/**
 * Months to ready at another pace: the roadmap's hours stay the same, the weeks stretch or shrink.
 * @param months - time to ready at the roadmap's own pace
 * @param roadmapHoursPerWeek - the pace the roadmap assumes
 * @param hoursPerWeek - the reader's pace
 * @returns months, rounded to the nearest half month (never below half a month)
 */
export function monthsAtPace(
	months: number,
	roadmapHoursPerWeek: number,
	hoursPerWeek: number,
): number {
	if (!(hoursPerWeek > 0)) throw new RangeError('hours a week must be more than 0');
	return Math.max(0.5, Math.round(((months * roadmapHoursPerWeek) / hoursPerWeek) * 2) / 2);
}

/** The hours a week the pace box accepts. */
export const PACE_HOURS = { min: 1, max: 60 } as const;

/**
 * The reader's hours a week from the pace box or storage: a whole number from 1 to 60, or why not.
 * @param value - what was typed or stored ("" when a number input holds text)
 * @returns the hours, or `null` when the value is out of range, empty, fractional or not a number
 */
export function readPaceHours(value: string | null | undefined): number | null {
	const text = (value ?? '').trim();
	if (!/^\d{1,3}$/.test(text)) return null;
	const hours = Number(text);
	return hours >= PACE_HOURS.min && hours <= PACE_HOURS.max ? hours : null;
}
