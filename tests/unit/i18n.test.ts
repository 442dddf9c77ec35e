import { describe, expect, test } from 'vitest';
import {
	DICTIONARIES,
	assertDictionariesComplete,
	basePath,
	localePath,
	missingKeys,
} from '../../src/i18n';
import { countText } from '../../src/i18n/client/strings';
import { LANGUAGES } from '../../src/i18n/languages';
import { shapeProblems, sourceVersion } from '../../src/lib/translation';

describe('interface dictionaries', () => {
	test('Spanish has every English key, with the same kind of value', () => {
		expect(missingKeys(DICTIONARIES.en, DICTIONARIES.es)).toEqual([]);
		expect(() => {
			assertDictionariesComplete();
		}).not.toThrow();
	});

	test('a missing key, an empty text or a text where English has a function is named', () => {
		const es: Record<string, unknown> = { site: { ...DICTIONARIES.es.site } };
		const site = es['site'] as Record<string, unknown>;
		delete site['skipLink'];
		site['menu'] = ' ';
		site['footerOpenSource'] = 'Rolemap es de código abierto';
		expect(missingKeys({ site: DICTIONARIES.en.site }, es)).toEqual([
			'site.skipLink',
			'site.menu',
			'site.footerOpenSource',
		]);
		expect(() => {
			assertDictionariesComplete({ es });
		}).toThrow('src/i18n/es.ts  site.skipLink: missing Español text; add it');
	});
});

describe('paths in a language', () => {
	test('English has no prefix; other languages live under /<lang>/', () => {
		expect(localePath('en', '/roles/x/')).toBe('/roles/x/');
		expect(localePath('es', '/roles/x/')).toBe('/es/roles/x/');
		expect(basePath('/es/roles/x/')).toBe('/roles/x/');
		expect(basePath('/es/')).toBe('/');
		expect(basePath('/essays/x/')).toBe('/essays/x/');
		expect(() => localePath('es', '//evil.example/')).toThrow('not a site path');
	});
});

describe('translation versions and shapes', () => {
	const role = {
		title: 'Backend Engineer',
		tagline: 'Builds the APIs.',
		phases: [
			{ title: 'One', summary: 'First.', months: 3, skills: ['sql'], milestones: ['a', 'b'] },
		],
		typicalDay: ['x'],
		whyItMatters: 'Because.',
		pay: [{ amount: 1 }],
	};

	test('the version follows the text a translation holds, not the data it never copies', () => {
		const version = sourceVersion('roles', role, 'Body');
		expect(version).toMatch(/^[0-9a-f]{8}$/);
		expect(sourceVersion('roles', { ...role, pay: [{ amount: 2 }] }, 'Body')).toBe(version);
		expect(
			sourceVersion('roles', { ...role, phases: [{ ...role.phases[0], months: 4 }] }, 'Body'),
		).toBe(version);
		expect(sourceVersion('roles', { ...role, tagline: 'Builds APIs.' }, 'Body')).not.toBe(version);
		expect(sourceVersion('roles', role, 'Body, edited')).not.toBe(version);
	});

	test('a milestone added in English is named, with the English list to translate from', () => {
		const translation = { phases: [{ milestones: ['A'] }], typicalDay: ['X'] };
		expect(shapeProblems('roles', role, translation)).toEqual([
			{
				path: ['phases', 0, 'milestones'],
				message:
					'has 1 milestones in phase 1 but the English has 2: add a translation of each new English item, in the English order (the English: 1. “a” 2. “b”)',
			},
		]);
	});

	test('a phase removed in English asks for the extra one to go', () => {
		const translation = {
			phases: [{ milestones: ['A', 'B'] }, { milestones: ['C'] }],
			typicalDay: ['X'],
		};
		expect(shapeProblems('roles', role, translation)[0]?.message).toMatch(
			/^has 2 phases but the English has 1: remove the translation of each item the English no longer has/,
		);
	});
});

describe('counts in client scripts', () => {
	test('below 1,000 the digits alone are what Intl writes in every site language', () => {
		for (const { locale } of Object.values(LANGUAGES))
			for (let n = 0; n < 1000; n++) expect(countText(n, locale)).toBe(n.toLocaleString(locale));
	});

	test('larger counts are grouped as each language groups them', () => {
		expect(countText(1250, LANGUAGES.en.locale)).toBe('1,250');
		expect(countText(12500, LANGUAGES.es.locale)).toBe('12.500');
		expect(countText(1250, LANGUAGES.es.locale)).toBe((1250).toLocaleString('es'));
	});
});

describe('client strings write numbers as their language does', () => {
	test('Spanish search results say "10,5 meses", with a decimal comma', async () => {
		const { clientEs } = await import('../../src/i18n/client/es');
		const { clientEn } = await import('../../src/i18n/client/en');
		expect(clientEs.search.months(10.5)).toBe('10,5 meses');
		expect(clientEs.search.months(1)).toBe('1 mes');
		expect(clientEn.search.months(10.5)).toBe('10.5 months');
	});
});
