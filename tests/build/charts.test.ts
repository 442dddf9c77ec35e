import { describe, expect, inject, test } from 'vitest';
import { page, section, text } from './html';

const { site } = inject('builds');

describe('the roadmap timeline', () => {
	test('draws one bar per phase with widths that follow the phase months', async () => {
		const role = await page(site.outDir, '/roles/backend-engineer/');
		const svg = section(role, 'roadmap').querySelector('svg[data-timeline]');
		const bars = svg?.querySelectorAll('g[data-phase] rect') ?? [];
		// 3, 3 and 4 months of a 1000-unit-wide bar
		expect(bars.map((bar) => [bar.getAttribute('x'), bar.getAttribute('width')])).toEqual([
			['0', '300'],
			['300', '300'],
			['600', '400'],
		]);
	});

	test('has a title, a description and a text alternative', async () => {
		const role = await page(site.outDir, '/roles/backend-engineer/');
		const figure = section(role, 'roadmap').querySelector('figure');
		expect(text(figure?.querySelector('svg title'))).toBe('Backend Engineer roadmap timeline');
		expect(text(figure?.querySelector('svg desc'))).toBe(
			'Phase 1, Language and databases: 3 months. Phase 2, APIs and auth: 3 months. Phase 3, Production systems: 4 months.',
		);
		expect(figure?.querySelectorAll('ol li').map(text)).toEqual([
			'1. Language and databases: 3 months',
			'2. APIs and auth: 3 months',
			'3. Production systems: 4 months',
		]);
	});

	test('milestones carry stable ids for the checklist', async () => {
		const role = await page(site.outDir, '/roles/backend-engineer/');
		const ids = role
			.querySelectorAll('li[data-milestone]')
			.map((li) => li.getAttribute('data-milestone'));
		expect(ids).toHaveLength(9);
		expect(new Set(ids).size).toBe(9);
	});
});

describe('the roles map', () => {
	test('has one linked mark per role, and its table lists the same figures as the role pages', async () => {
		const roles = await page(site.outDir, '/roles/');
		const map = roles.querySelector('svg[data-roles-map="US"]');
		const marks = map?.querySelectorAll('a[data-role]') ?? [];
		expect(marks.map((mark) => mark.getAttribute('href'))).toEqual([
			'/roles/backend-engineer/',
			'/roles/platform-engineer/',
			'/roles/product-designer/',
		]);
		const rows = roles
			.querySelectorAll('table[data-roles-map-table="US"] tbody tr')
			.map((row) => row.querySelectorAll('td, th').map(text));
		for (const [, title, months, pay] of rows) {
			const id = (title ?? '').toLowerCase().replace(/\s+/g, '-');
			const role = await page(site.outDir, `/roles/${id}/`);
			const facts = text(role.querySelector('dl'));
			expect(facts).toContain(`Time to ready ${months}`);
			if (pay === '—') expect(facts).not.toContain('(United States)');
			else expect(facts).toContain(`(United States) ${pay}`);
		}
		expect(rows.map((row) => row[3])).toEqual(['$130K', '$150K', '—']);
	});
});
