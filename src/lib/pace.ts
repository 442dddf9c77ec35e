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
