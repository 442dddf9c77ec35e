/** One bar of the roadmap timeline, in percent of the whole width. */
export interface TimelineBar {
	number: number;
	title: string;
	months: number;
	/** Left edge, 0–100. */
	start: number;
	/** Width, 0–100. */
	width: number;
}

/**
 * The phased roadmap as bars whose widths are proportional to their months.
 * @param phases - titles and months, in order
 * @returns one bar per phase; widths add up to 100
 */
export function timelineBars(phases: readonly { title: string; months: number }[]): TimelineBar[] {
	const total = phases.reduce((sum, phase) => sum + phase.months, 0);
	let start = 0;
	return phases.map((phase, index) => {
		const width = total > 0 ? (phase.months / total) * 100 : 0;
		const bar = { number: index + 1, title: phase.title, months: phase.months, start, width };
		start += width;
		return bar;
	});
}

/**
 * "Nice" axis ticks from 0 to at least `max`: steps of 1, 2 or 5 × a power of ten.
 * @param max - the largest value to show
 * @param count - about how many ticks
 * @returns tick values, starting at 0
 */
export function niceTicks(max: number, count = 5): number[] {
	if (!(max > 0)) return [0];
	const rough = max / count;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
	const ticks: number[] = [];
	for (let value = 0; value < max + step; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
	return ticks;
}

/**
 * Maps a value onto a pixel range.
 * @param value - the value
 * @param domainMax - the value that maps to the far end (the domain starts at 0)
 * @param range - [start, end] in pixels
 * @returns the pixel position
 */
export function scale(value: number, domainMax: number, range: [number, number]): number {
	return range[0] + (domainMax > 0 ? value / domainMax : 0) * (range[1] - range[0]);
}
