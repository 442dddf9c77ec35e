import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { formatPayCompact, type PayFigure } from '../../src/lib/pay';

/** The one compact style: currency symbol, up to three figures, an upper-case unit. */
const STYLE: Record<string, RegExp> = {
	US: /^\$\d{1,3}(\.\d{1,2})?[KMB]$/,
	GB: /^£\d{1,3}(\.\d{1,2})?[KMB]$/,
	IN: /^₹\d{1,3}(\.\d{1,2})?(K|L|Cr)$/,
};

interface ApiRole {
	id: string;
	pay: (PayFigure & { formatted: string; level: string })[];
}
// Each file wraps the role in { licence, source, data }.
const roles: ApiRole[] = readdirSync('dist/api/roles').map(
	(file) => (JSON.parse(readFileSync(`dist/api/roles/${file}`, 'utf8')) as { data: ApiRole }).data,
);
const figures = roles.flatMap((role) => role.pay.map((pay) => ({ role: role.id, ...pay })));

describe('pay figures share one compact style per locale', () => {
	test('the catalogue has figures in every region the style covers', () => {
		expect(new Set(figures.map((figure) => figure.region))).toEqual(new Set(Object.keys(STYLE)));
	});

	test('every figure in the API is formatted in its region’s one style', () => {
		const off = figures.filter(
			(figure) =>
				figure.formatted !== formatPayCompact(figure) ||
				!(STYLE[figure.region]?.test(figure.formatted) ?? false),
		);
		expect(off.map((figure) => `${figure.role} ${figure.region}: ${figure.formatted}`)).toEqual([]);
	});

	test('every role page shows each figure exactly as the API formats it', () => {
		const problems: string[] = [];
		for (const role of roles) {
			const html = parse(readFileSync(`dist/roles/${role.id}/index.html`, 'utf8'));
			const table = html
				.querySelectorAll('#pay ~ div tbody td span.font-semibold')
				.map((cell) => cell.text);
			const expected = role.pay.map((pay) => pay.formatted);
			if (table.join() !== expected.join())
				problems.push(`${role.id} pay table: ${table.join()} ≠ ${expected.join()}`);
		}
		expect(problems).toEqual([]);
	});

	test('the style check would catch the mix the issue reported', () => {
		expect(STYLE['GB']?.test('£67.5k')).toBe(false);
		expect(STYLE['US']?.test('$132K')).toBe(true);
	});
});
