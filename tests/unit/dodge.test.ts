import { describe, expect, test } from 'vitest';
import { dodge } from '../../src/lib/charts';

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
