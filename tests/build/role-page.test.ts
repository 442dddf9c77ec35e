import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page, section, text } from './html';

const { site } = inject('builds');
let role: HTMLElement;

beforeAll(async () => {
	role = await page(site.outDir, '/roles/backend-engineer/');
});

describe('the Backend Engineer page a reader gets', () => {
	test('names the role, its track and its tagline', () => {
		expect(text(role.querySelector('h1'))).toBe('How to become a Backend Engineer');
		expect(text(role.querySelector('nav[aria-label="Breadcrumb"]'))).toBe(
			'Roles Software engineering Backend Engineer',
		);
		expect(role.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
			'Designs the APIs, data models and services that product features depend on.',
		);
	});

	test('shows pay per region in that region’s format, saying what each figure measures and where it comes from', () => {
		const facts = text(role.querySelector('dl'));
		expect(facts).toContain('Median, all levels (United States) $130K');
		// "Mid-level" only because the source's population is a mid-level band.
		expect(facts).toContain('Median, mid-level (India) ₹26L');
		const rows = section(role, 'pay').querySelectorAll('tbody tr').map(text);
		expect(rows).toEqual([
			'United States $130K ($130,000) Median, all levels · Software Developers (nearest occupation) FSO, 2026',
			"India ₹26L (₹26,00,000) Median, mid-level (3–5 years' experience) · Backend developers FPR, June 2026",
		]);
		expect(section(role, 'pay').querySelector('a')?.getAttribute('href')).toBe(
			'https://example.org/pay/us',
		);
	});

	test('derives time to ready, hours a week and total hours', () => {
		const facts = text(role.querySelector('dl'));
		expect(facts).toContain('Time to ready 10 months');
		expect(facts).toContain('Hours a week 12 h');
		expect(facts).toContain('Total study ≈ 520 hours');
	});

	test('answers what the role does and lists a typical day', () => {
		expect(text(section(role, 'what').querySelector('h2'))).toBe(
			'What does a Backend Engineer do?',
		);
		expect(text(section(role, 'what'))).toContain('backend engineers build the APIs');
		expect(section(role, 'day').querySelectorAll('li').map(text)).toEqual([
			'Design an idempotent, paginated endpoint',
			'Chase a latency spike through traces',
			'Review a pull request for missing auth checks',
		]);
	});

	test('shows the three phases with months, skills linking to skill pages, and milestones', () => {
		const roadmap = section(role, 'roadmap');
		expect(text(roadmap.querySelector('p'))).toBe(
			'3 phases. Plan on about 10 months at 12 hours a week.',
		);
		const phases = roadmap.querySelectorAll('article');
		expect(phases.map((phase) => text(phase.querySelector('h3')))).toEqual([
			'Phase 1: Language and databases',
			'Phase 2: APIs and auth',
			'Phase 3: Production systems',
		]);
		expect(phases.map((phase) => text(phase.querySelector('h3 + p')))).toEqual([
			'About 3 months',
			'About 3 months',
			'About 4 months',
		]);
		// Each skill is a disclosure whose last link goes to the skill's page.
		const skills = phases.map((phase) =>
			phase
				.querySelectorAll('ul.skills details')
				.map((details) => [
					text(details.querySelector('summary span')),
					details.querySelectorAll('a').at(-1)?.getAttribute('href'),
				]),
		);
		expect(skills[0]).toEqual([
			['Python', '/skills/python/'],
			['SQL', '/skills/sql/'],
			['PostgreSQL', '/skills/postgresql/'],
		]);
		expect(skills[2]?.map(([name]) => name)).toEqual(['Redis', 'Kubernetes', 'AWS']);
		expect(phases[1]?.querySelectorAll('ul[data-milestones] li').map(text)).toEqual([
			'Put a public API online with authentication and rate limiting',
			'Publish an OpenAPI description of the API',
			'Deploy a container to a real cloud provider',
		]);
	});

	test('links the unlock call to action to the hosted form with the role in the query', () => {
		const link = section(role, 'unlock').querySelector('a');
		expect(link?.getAttribute('href')).toBe(
			'https://forms.rolemap.dev/unlock?role=backend-engineer',
		);
		expect(text(link)).toBe('Unlock the full Backend Engineer roadmap');
	});

	test('lists projects, why the role matters and essays for it', () => {
		expect(text(section(role, 'why'))).toContain('language models');
		expect(
			section(role, 'projects')
				.querySelectorAll('h3 a')
				.map((a) => a.getAttribute('href')),
		).toEqual(['/projects/crud-cli-tool/', '/projects/rate-limited-api/']);
		expect(section(role, 'essays').querySelectorAll('li a').map(text)).toEqual([
			'Layered design without the ceremony',
			'Shortcuts worth learning',
		]);
	});

	test('shows a related role with its share of skills and the skills to add', () => {
		const items = section(role, 'related').querySelectorAll('li').map(text);
		expect(items).toEqual([
			'Platform Engineer · 82% of skills shared Compare with Platform Engineer Skills to add: Go, Terraform',
		]);
	});

	test('says when it was reviewed, and gives each headline figure its year', () => {
		expect(text(role.querySelector('article header'))).toContain('Reviewed 20 November 2026');
		expect(text(role.querySelector('dl'))).toContain(
			'Median, all levels (United States) $130K · 2026',
		);
	});

	test('lists its sections, each link pointing at a heading on the page', () => {
		const links = role.querySelectorAll('nav[aria-labelledby="contents-heading"] a');
		expect(links.map(text)).toEqual([
			'What the job is',
			'A typical day',
			'Pay',
			'Roadmap',
			'Why it matters',
			'Projects',
			'Related roles',
			'Essays',
		]);
		for (const link of links) {
			const id = link.getAttribute('href')?.slice(1) ?? '';
			expect(role.querySelector(`h2[id="${id}"]`), id).not.toBeNull();
		}
	});

	test('ends with a link to edit the source file (the date it was reviewed is at the top)', () => {
		const footer = role.querySelector('article > footer');
		expect(text(footer)).not.toContain('2026');
		expect(footer?.querySelector('a')?.getAttribute('href')).toBe(
			'https://github.com/rolemap/rolemap/edit/main/tests/fixtures/site/roles/backend-engineer.md',
		);
	});
});

describe('related roles at the default threshold', () => {
	test('a role sharing no skills says so plainly', async () => {
		const designer = await page(site.outDir, '/roles/product-designer/');
		expect(text(section(designer, 'related'))).toContain(
			'No other role shares 40% of its skills with Product Designer yet.',
		);
	});
});

describe('drafts stay unpublished', () => {
	test('a draft role has no page and is not listed', async () => {
		expect(existsSync(join(site.outDir, 'roles/draft-role/index.html'))).toBe(false);
		expect(text(await page(site.outDir, '/roles/'))).not.toContain('Draft Role');
	});
});
