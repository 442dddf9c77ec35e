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

/** A mark's position after dodging, and where its data puts it. */
export interface Placed<T> {
	item: T;
	/** Where the data puts the mark. */
	x: number;
	y: number;
	/** Where it is drawn: the same point unless another mark was there first. */
	cx: number;
	cy: number;
}

/**
 * Places round marks so that none overlaps another: each keeps its data position when that is free,
 * and otherwise takes the nearest free spot on rings around it (six spots on the first ring, twelve
 * on the second…), inside the bounds. Marks are placed in the order given.
 * @param marks - items with their data positions
 * @param radius - every mark's radius
 * @param bounds - the box the marks' centres must stay in
 * @param gap - space to keep between two marks' edges
 * @returns one placed mark per item, in the same order
 */
export function dodge<T>(
	marks: readonly { item: T; x: number; y: number }[],
	radius: number,
	bounds: { left: number; right: number; top: number; bottom: number },
	gap = 2,
): Placed<T>[] {
	// Pages in every language draw the same map: the spots are worked out once per set of positions.
	const key = JSON.stringify([radius, bounds, gap, marks.map(({ x, y }) => [x, y])]);
	const known = layouts.get(key);
	if (known)
		return marks.map(({ item, x, y }, i) => ({
			item,
			x,
			y,
			cx: known[i]?.[0] ?? x,
			cy: known[i]?.[1] ?? y,
		}));
	const spacing = 2 * radius + gap;
	const placed: Placed<T>[] = [];
	const inside = (cx: number, cy: number) =>
		cx >= bounds.left && cx <= bounds.right && cy >= bounds.top && cy <= bounds.bottom;
	// Placed marks by grid cell one spacing wide: a mark closer than the spacing is in one of the nine
	// cells around a spot, so a check looks at a handful of marks, not all of them (1,000 roles: 1.6 s
	// of build time before).
	const cells = new Map<string, Placed<T>[]>();
	const cellOf = (cx: number, cy: number) => [Math.floor(cx / spacing), Math.floor(cy / spacing)];
	// A hair under the spacing, so spots exactly one spacing apart on a ring count as free.
	const free = (cx: number, cy: number) => {
		const [col = 0, row = 0] = cellOf(cx, cy);
		for (let c = col - 1; c <= col + 1; c++)
			for (let r = row - 1; r <= row + 1; r++)
				for (const other of cells.get(`${c} ${r}`) ?? [])
					if (Math.hypot(other.cx - cx, other.cy - cy) < spacing - 1e-6) return false;
		return true;
	};
	for (const mark of marks) {
		const x = Math.min(Math.max(mark.x, bounds.left), bounds.right);
		const y = Math.min(Math.max(mark.y, bounds.top), bounds.bottom);
		let spot: [number, number] | undefined = free(x, y) ? [x, y] : undefined;
		// Rings that reach past every corner of the box have no spot inside it.
		const farthest = Math.max(
			...[bounds.left, bounds.right].flatMap((cx) =>
				[bounds.top, bounds.bottom].map((cy) => Math.hypot(cx - x, cy - y)),
			),
		);
		const rings = Math.min(50, Math.ceil(farthest / spacing));
		for (let ring = 1; !spot && ring <= rings; ring++) {
			const count = 6 * ring;
			for (let step = 0; step < count && !spot; step++) {
				const angle = (2 * Math.PI * step) / count;
				const cx = x + ring * spacing * Math.cos(angle);
				const cy = y + ring * spacing * Math.sin(angle);
				if (inside(cx, cy) && free(cx, cy)) spot = [cx, cy];
			}
		}
		const [cx, cy] = spot ?? [x, y];
		const one = { item: mark.item, x: mark.x, y: mark.y, cx, cy };
		placed.push(one);
		const [col = 0, row = 0] = cellOf(cx, cy);
		const cell = cells.get(`${col} ${row}`);
		if (cell) cell.push(one);
		else cells.set(`${col} ${row}`, [one]);
	}
	if (layouts.size >= 16) layouts.clear();
	layouts.set(
		key,
		placed.map(({ cx, cy }) => [cx, cy]),
	);
	return placed;
}

/** Recent layouts by their input, so a map drawn again (in another language) is not worked out again. */
const layouts = new Map<string, [number, number][]>();

/**
 * Places round marks in rows from a top line down, none overlapping: in order of their data position
 * along the line, each takes the first row where it fits at its data position or just right of the
 * row's last mark, and a new row when none has room. For marks that share a line (roles with no
 * figure): they stay in order and near their data, never above the line.
 * @param marks - items with their data positions (their y is the line)
 * @param radius - every mark's radius
 * @param bounds - left and right edges for the marks' centres, and the first row's line
 * @param gap - space to keep between two marks' edges
 * @returns one placed mark per item, in the order given, and how many rows were used
 */
export function rowsBelow<T>(
	marks: readonly { item: T; x: number; y: number }[],
	radius: number,
	bounds: { left: number; right: number; top: number },
	gap = 2,
): { placed: Placed<T>[]; rows: number } {
	const spacing = 2 * radius + gap;
	const lastInRow: number[] = [];
	const spots = new Map<number, [number, number]>();
	const order = marks.map((mark, index) => ({ mark, index })).sort((a, b) => a.mark.x - b.mark.x);
	for (const { mark, index } of order) {
		const x = Math.min(Math.max(mark.x, bounds.left), bounds.right);
		let row = 0;
		for (; ; row++) {
			const last = lastInRow[row];
			const cx = last === undefined ? x : Math.max(x, last + spacing);
			if (cx <= bounds.right || last === undefined) {
				lastInRow[row] = cx;
				spots.set(index, [cx, bounds.top + row * spacing]);
				break;
			}
		}
	}
	return {
		placed: marks.map(({ item, x, y }, index) => {
			const [cx, cy] = spots.get(index) ?? [x, y];
			return { item, x, y, cx, cy };
		}),
		rows: Math.max(lastInRow.length, 1),
	};
}
