import { describe, expect, test } from 'vitest';
import { dodge, rowsBelow } from '../../src/lib/charts';

const bounds = { left: 0, right: 400, top: 0, bottom: 300 };
const R = 16;
const SPACING = 2 * R + 2;

/** Every pair of placed marks closer than two radii and the gap: these would overlap. */
function overlaps(placed: { cx: number; cy: number }[]): string[] {
	const found: string[] = [];
	placed.forEach((a, i) => {
		placed.slice(i + 1).forEach((b, j) => {
			const distance = Math.hypot(a.cx - b.cx, a.cy - b.cy);
			if (distance < SPACING - 1e-6) found.push(`${i} and ${i + 1 + j}: ${distance.toFixed(1)}`);
		});
	});
	return found;
}

describe('dodge: marks that share a spot are moved apart', () => {
	test('a mark with room keeps its data position', () => {
		const placed = dodge(
			[
				{ item: 'a', x: 50, y: 50 },
				{ item: 'b', x: 200, y: 200 },
			],
			R,
			bounds,
		);
		expect(placed.map(({ cx, cy }) => [cx, cy])).toEqual([
			[50, 50],
			[200, 200],
		]);
	});

	test.each([2, 5, 16])('%i marks on one spot end up with no two overlapping', (count) => {
		const marks = Array.from({ length: count }, (_, item) => ({ item, x: 200, y: 150 }));
		const placed = dodge(marks, R, bounds);
		expect(overlaps(placed)).toEqual([]);
		// The first keeps the spot; the others stay close to it.
		expect(placed[0]).toMatchObject({ cx: 200, cy: 150 });
		for (const mark of placed)
			expect(Math.hypot(mark.cx - 200, mark.cy - 150)).toBeLessThan(4 * SPACING);
	});

	test('marks near an edge are moved inward, never out of the box', () => {
		const marks = Array.from({ length: 4 }, (_, item) => ({ item, x: 400, y: 300 }));
		for (const { cx, cy } of dodge(marks, R, bounds)) {
			expect(cx).toBeLessThanOrEqual(400);
			expect(cy).toBeLessThanOrEqual(300);
		}
	});

	test('the overlap check would catch two marks drawn on one spot', () => {
		expect(
			overlaps([
				{ cx: 10, cy: 10 },
				{ cx: 12, cy: 10 },
			]),
		).toEqual(['0 and 1: 2.0']);
	});
});

describe('dodge at the scale of a large catalogue', () => {
	/** The plain version: every spot is checked against every mark placed so far. */
	function dodgeByPairs(marks: { x: number; y: number }[]): [number, number][] {
		const placed: [number, number][] = [];
		const free = (cx: number, cy: number) =>
			placed.every(([x, y]) => Math.hypot(x - cx, y - cy) >= SPACING - 1e-6);
		const inside = (cx: number, cy: number) =>
			cx >= bounds.left && cx <= bounds.right && cy >= bounds.top && cy <= bounds.bottom;
		for (const mark of marks) {
			const x = Math.min(Math.max(mark.x, bounds.left), bounds.right);
			const y = Math.min(Math.max(mark.y, bounds.top), bounds.bottom);
			let spot: [number, number] | undefined = free(x, y) ? [x, y] : undefined;
			for (let ring = 1; !spot && ring <= 50; ring++)
				for (let step = 0; step < 6 * ring && !spot; step++) {
					const angle = (2 * Math.PI * step) / (6 * ring);
					const cx = x + ring * SPACING * Math.cos(angle);
					const cy = y + ring * SPACING * Math.sin(angle);
					if (inside(cx, cy) && free(cx, cy)) spot = [cx, cy];
				}
			placed.push(spot ?? [x, y]);
		}
		return placed;
	}

	test('looking only at neighbouring marks places 300 crowded marks exactly as checking every pair', () => {
		// A fixed pseudo-random scatter, crowded towards the middle as pay and months are.
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const marks = Array.from({ length: 300 }, (_, item) => ({
			item,
			x: 200 + (random() + random() - 1) * 150,
			y: 150 + (random() + random() - 1) * 100,
		}));
		const placed = dodge(marks, R, bounds);
		expect(placed.map(({ cx, cy }) => [cx, cy])).toEqual(dodgeByPairs(marks));
	});
});

test('the same positions drawn again (another language) get the same spots, with their own items', () => {
	const marks = Array.from({ length: 20 }, (_, item) => ({ item, x: 100 + item, y: 100 }));
	const first = dodge(marks, R, bounds);
	const again = dodge(
		marks.map((mark) => ({ ...mark, item: `es-${mark.item}` })),
		R,
		bounds,
	);
	expect(again.map(({ cx, cy }) => [cx, cy])).toEqual(first.map(({ cx, cy }) => [cx, cy]));
	expect(again.map(({ item }) => item)).toEqual(marks.map(({ item }) => `es-${item}`));
});

describe('rowsBelow: marks that share a line', () => {
	const R = 16;
	const bounds = { left: 90, right: 696, top: 400 };
	const crowd = Array.from({ length: 40 }, (_, i) => ({ item: i, x: 423 + (i % 10) * 15, y: 400 }));

	test('never overlap, never rise above the line, and stay inside the sides', () => {
		const { placed, rows } = rowsBelow(crowd, R, bounds);
		for (const [i, a] of placed.entries())
			for (const b of placed.slice(i + 1))
				expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * R);
		for (const mark of placed) {
			expect(mark.cy).toBeGreaterThanOrEqual(bounds.top);
			expect(mark.cx).toBeGreaterThanOrEqual(bounds.left);
			expect(mark.cx).toBeLessThanOrEqual(bounds.right);
		}
		expect(rows).toBeGreaterThan(1);
		expect(Math.max(...placed.map((mark) => mark.cy))).toBe(bounds.top + (rows - 1) * (2 * R + 2));
	});

	test('a mark with room keeps its place, and one row is enough for a few', () => {
		const { placed, rows } = rowsBelow(
			[
				{ item: 'a', x: 200, y: 400 },
				{ item: 'b', x: 500, y: 400 },
			],
			R,
			bounds,
		);
		expect(rows).toBe(1);
		expect(placed.map((mark) => [mark.cx, mark.cy])).toEqual([
			[200, 400],
			[500, 400],
		]);
	});
});
