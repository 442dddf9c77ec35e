import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';
import { page, section, text } from './html';

const { site } = inject('builds');
const ORIGIN = 'https://rolemap.dev';
const read = (path: string) => readFile(join(site.outDir, path), 'utf8');

async function htmlPages(): Promise<string[]> {
	const files = await readdir(site.outDir, { recursive: true });
	return files.filter((file) => file.endsWith('.html')).sort();
}

describe('sitemap', () => {
	test('lists every role, essay, skill and project page and the indexes, and nothing else', async () => {
		const index = await read('sitemap-index.xml');
		expect(index).toContain(`${ORIGIN}/sitemap-0.xml`);
		const urls = [...(await read('sitemap-0.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)]
			.map((m) => m[1] ?? '')
			.sort();
		const pages = (await htmlPages())
			.filter((file) => !/^(404|([a-z]{2}\/)?(search|offline)\/)/.test(file))
			.map((file) => `${ORIGIN}/${file.replace(/index\.html$/, '')}`)
			.sort();
		expect(urls).toEqual(pages);
		expect(urls).toContain(`${ORIGIN}/roles/backend-engineer/`);
		expect(urls).toContain(`${ORIGIN}/essays/layered-design/`);
		expect(urls).toContain(`${ORIGIN}/skills/postgresql/`);
		expect(urls.filter((url) => /404|draft-role|\/search\//.test(url))).toEqual([]);
	});

	test('robots.txt points to it', async () => {
		expect(await read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
	});
});

test('every page has exactly one canonical URL on the site’s own origin; the 404 and offline pages have none', async () => {
	for (const file of await htmlPages()) {
		const root = await page(site.outDir, `/${file}`);
		const canonical = root
			.querySelectorAll('link[rel="canonical"]')
			.map((link) => link.getAttribute('href'));
		const expected = ['404.html', 'offline/index.html', 'es/offline/index.html'].includes(file)
			? []
			: [`${ORIGIN}/${file.replace(/index\.html$/, '')}`];
		expect(canonical, file).toEqual(expected);
	}
});

describe('sharing tags', () => {
	test('a role page has Open Graph and Twitter tags and its track’s share image', async () => {
		const role = await page(site.outDir, '/roles/backend-engineer/');
		const meta = (selector: string) => role.querySelector(selector)?.getAttribute('content');
		expect(meta('meta[property="og:title"]')).toBe('How to become a Backend Engineer');
		expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
		expect(meta('meta[property="og:image"]')).toBe(`${ORIGIN}/og/tracks/engineering.png`);
		expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const png = await readFile(join(site.outDir, 'og/tracks/engineering.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		// 1200 × 630, read from the PNG header
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('every page’s share image is a file the site ships', async () => {
		const missing: string[] = [];
		for (const file of await htmlPages()) {
			const image = (await page(site.outDir, `/${file}`))
				.querySelector('meta[property="og:image"]')
				?.getAttribute('content');
			if (image === undefined) continue;
			const path = new URL(image).pathname;
			await readFile(join(site.outDir, path)).catch(() => missing.push(`${file} → ${path}`));
		}
		expect(missing).toEqual([]);
	});

	test('an essay is an article', async () => {
		const essay = await page(site.outDir, '/essays/layered-design/');
		expect(essay.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe(
			'article',
		);
	});
});

describe('structured data', () => {
	const jsonLd = async (path: string) =>
		JSON.parse(
			text((await page(site.outDir, path)).querySelector('script[type="application/ld+json"]')),
		) as Record<string, unknown>[];

	test('a role is an Occupation whose salaries equal the figures on its page', async () => {
		const [breadcrumbs, occupation] = await jsonLd('/roles/backend-engineer/');
		expect(breadcrumbs?.['@type']).toBe('BreadcrumbList');
		expect(occupation?.['@type']).toBe('Occupation');
		expect(occupation?.['name']).toBe('Backend Engineer');
		const salaries = occupation?.['estimatedSalary'] as {
			currency: string;
			median: number;
			duration: string;
		}[];
		const role = await page(site.outDir, '/roles/backend-engineer/');
		const onPage = section(role, 'pay')
			.querySelectorAll('tbody tr td:nth-child(2) .text-muted')
			.map((cell) => Number(text(cell).replace(/[^\d]/g, '')));
		expect(salaries.map((salary) => salary.median)).toEqual(onPage);
		expect(salaries.map((salary) => [salary.currency, salary.duration])).toEqual([
			['USD', 'P1Y'],
			['INR', 'P1Y'],
		]);
		expect(occupation?.['occupationLocation']).toEqual([
			{ '@type': 'Country', name: 'United States' },
			{ '@type': 'Country', name: 'India' },
		]);
		expect(occupation?.['mainEntityOfPage']).toEqual({
			'@type': 'WebPage',
			'@id': `${ORIGIN}/roles/backend-engineer/`,
			lastReviewed: '2026-11-20',
		});
	});

	test('an essay is an Article, and breadcrumbs follow the visible trail', async () => {
		const [breadcrumbs, article] = await jsonLd('/essays/layered-design/');
		expect(article?.['@type']).toBe('Article');
		expect(article?.['datePublished']).toBe('2026-08-03');
		expect(breadcrumbs?.['itemListElement']).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
			{ '@type': 'ListItem', position: 2, name: 'Essays', item: `${ORIGIN}/essays/` },
			{
				'@type': 'ListItem',
				position: 3,
				name: 'Layered design without the ceremony',
				item: `${ORIGIN}/essays/layered-design/`,
			},
		]);
	});
});

test('the RSS feed is valid XML with every published essay, and the head links to it', async () => {
	const xml = await read('rss.xml');
	const links = itemLinks(xml);
	expect(links).toEqual(
		expect.arrayContaining([`${ORIGIN}/essays/layered-design/`, `${ORIGIN}/essays/benign-mdx/`]),
	);
	expect(links).not.toContain(`${ORIGIN}/roles/draft-role/`);
	const home = await page(site.outDir, '/');
	expect(
		home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
	).toBe('/rss.xml');
});

/**
 * Links of every <item>, read with a strict XML parser that throws on anything not well formed.
 * @param xml - the feed
 * @returns the item links in order
 */
function itemLinks(xml: string): string[] {
	const parser = new SaxesParser();
	const links: string[] = [];
	const path: string[] = [];
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => path.push(tag.name));
	parser.on('closetag', () => path.pop());
	parser.on('text', (value) => {
		if (path.at(-1) === 'link' && path.at(-2) === 'item') links.push(value);
	});
	parser.write(xml).close();
	return links;
}

describe('open data API', () => {
	test('the roles index lists every published role', async () => {
		const index = JSON.parse(await read('api/roles.json')) as {
			licence: string;
			data: { id: string }[];
		};
		expect(index.licence).toBe('CC BY-SA 4.0');
		expect(index.data.map((role) => role.id)).toEqual([
			'backend-engineer',
			'platform-engineer',
			'product-designer',
		]);
	});

	test.each(['backend-engineer', 'platform-engineer', 'product-designer'])(
		'/api/roles/%s.json matches its page',
		async (id) => {
			const { data } = JSON.parse(await read(`api/roles/${id}.json`)) as {
				data: {
					title: string;
					monthsToReady: number;
					pay: { formatted: string }[];
					phases: { title: string; skills: { name: string }[]; milestones: string[] }[];
					related: { title: string; share: number }[];
				};
			};
			const role = await page(site.outDir, `/roles/${id}/`);
			expect(`How to become a ${data.title}`).toBe(
				text(role.querySelector('h1')).replace(/^How to become an? /, 'How to become a '),
			);
			expect(text(role.querySelector('dl'))).toContain(
				`Time to ready ${data.monthsToReady} months`,
			);
			for (const pay of data.pay) expect(text(section(role, 'pay'))).toContain(pay.formatted);
			const phases = section(role, 'roadmap').querySelectorAll('article');
			expect(phases.map((phase) => text(phase.querySelector('h3')))).toEqual(
				data.phases.map((phase, i) => `Phase ${i + 1}: ${phase.title}`),
			);
			expect(
				phases.map((phase) => phase.querySelectorAll('ul[data-milestones] li').map(text)),
			).toEqual(data.phases.map((phase) => phase.milestones));
			expect(section(role, 'related').querySelectorAll('li p > a:first-child').map(text)).toEqual(
				data.related.map((r) => r.title),
			);
		},
	);

	test('a skill lists the roles and phases that need it', async () => {
		const { data } = JSON.parse(await read('api/skills/postgresql.json')) as {
			data: { roles: { id: string; phase: number }[] };
		};
		expect(data.roles).toEqual([
			expect.objectContaining({ id: 'backend-engineer', phase: 1 }),
			expect.objectContaining({ id: 'platform-engineer', phase: 1 }),
		]);
	});
});
