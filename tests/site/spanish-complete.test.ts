/**
 * The Spanish site is Spanish: no page under /es/ says its text is still English or out of date, and
 * no text on it is marked as English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from './run';

const pages = htmlFiles('dist/es');

describe('every /es/ page is in Spanish', () => {
	test('the site has Spanish pages to check', () => {
		expect(pages.length).toBeGreaterThan(400);
	});

	test('no page shows the untranslated or outdated notice', () => {
		const noticed = pages.filter((page) =>
			/data-translation="(missing|outdated)"/.test(readFileSync(page, 'utf8')),
		);
		expect(noticed).toEqual([]);
	});

	test('no role, skill, project or essay text is marked as English', () => {
		const english = pages
			.filter((page) => /\/(roles|skills|projects|essays)\//.test(page))
			.filter((page) => {
				const html = readFileSync(page, 'utf8');
				// Resources (documentation in English) may say so; content text may not.
				return /<(h1|p|li)[^>]*\slang="en"/.test(html.replace(/<a [^>]*>/g, ''));
			});
		expect(english).toEqual([]);
	});
});

describe('the open data in Spanish', () => {
	const data = (path: string): unknown =>
		(JSON.parse(readFileSync(`dist${path}`, 'utf8')) as { data: unknown }).data;

	test('/es/api/roles.json lists every role with its Spanish title and Spanish links', () => {
		const english = data('/api/roles.json') as { id: string }[];
		const spanish = data('/es/api/roles.json') as {
			id: string;
			title: string;
			url: string;
			api: string;
		}[];
		expect(spanish.map((role) => role.id)).toEqual(english.map((role) => role.id));
		const backend = spanish.find((role) => role.id === 'backend-engineer');
		expect(backend?.title).toBe('Ingeniero/a backend');
		expect(backend?.url).toMatch(/\/es\/roles\/backend-engineer\/$/);
		expect(backend?.api).toMatch(/\/es\/api\/roles\/backend-engineer\.json$/);
	});

	test('a Spanish role file names regions and formats pay in Spanish', () => {
		const role = data('/es/api/roles/backend-engineer.json') as {
			pay: { region: string; regionName: string; formatted: string }[];
		};
		const us = role.pay.find((pay) => pay.region === 'US');
		expect(us?.regionName).toBe('Estados Unidos');
		// The occupation keeps the publisher's name in the data, with its Spanish name beside it.
		expect(role.pay.some((pay) => pay.formatted.length > 0)).toBe(true);
		// As the Spanish pages write it: "132 mil US$".
		expect(us?.formatted).toMatch(/^\d+(,\d)?\smil\sUS\$$/);
	});
});

describe('the tools’ data in Spanish', () => {
	test('/es/data/roles.json has the roles and skills of /data/roles.json, named in Spanish', () => {
		const read = (path: string) =>
			JSON.parse(readFileSync(`dist${path}`, 'utf8')) as {
				roles: { id: string; title: string; phases: { title: string }[] }[];
				skills: Record<string, string>;
			};
		const english = read('/data/roles.json');
		const spanish = read('/es/data/roles.json');
		expect(spanish.roles.map((role) => role.id)).toEqual(english.roles.map((role) => role.id));
		expect(Object.keys(spanish.skills)).toEqual(Object.keys(english.skills));
		const backend = spanish.roles.find((role) => role.id === 'backend-engineer');
		expect(backend?.title).toBe('Ingeniero/a backend');
		expect(backend?.phases[0]?.title).not.toBe(
			english.roles.find((role) => role.id === 'backend-engineer')?.phases[0]?.title,
		);
		expect(spanish.skills['testing']).not.toBe(english.skills['testing']);
	});
});

describe('pay on Spanish pages says what it measures in Spanish', () => {
	test('the occupation is named in Spanish, the publisher’s name kept in the data', () => {
		const html = readFileSync('dist/es/roles/backend-engineer/index.html', 'utf8');
		expect(html).toContain('Desarrolladores de software (ocupación más cercana)');
		expect(html).not.toContain('Software Developers');
		const english = readFileSync('dist/roles/backend-engineer/index.html', 'utf8');
		expect(english).toContain('Software Developers (nearest occupation)');
	});
});
