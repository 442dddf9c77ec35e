/**
 * A reader who searches for a role by the name people use for it gets that role first, in both
 * languages: the built instant index (what the search dialog and the search page ask) is searched with
 * the words a reader types, in the page's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { instantSearch, type InstantIndex } from '../../src/lib/instant-search';

const index = (lang: '' | 'es/'): InstantIndex =>
	JSON.parse(readFileSync(`dist/${lang}search-index.json`, 'utf8')) as InstantIndex;

/** The first role a query finds, as its page's path (the page puts its language in front). */
const firstRole = (lang: '' | 'es/', query: string) =>
	instantSearch(index(lang), query).find((hit) => hit.type === 'role')?.url;

/** What a reader types → the role it must find first. */
const ENGLISH: [string, string][] = [
	['game developer', 'game-developer'],
	['data analyst', 'data-analyst'],
	['android', 'android-developer'],
	['iOS', 'ios-developer'],
	['software architect', 'software-architect'],
	['technical writer', 'technical-writer'],
	['product manager', 'product-manager'],
	['developer relations', 'developer-relations-engineer'],
	['MLOps', 'mlops-engineer'],
	['blockchain', 'blockchain-developer'],
	['DevSecOps', 'devsecops-engineer'],
	['database administrator', 'database-administrator'],
	['UX designer', 'ux-designer'],
	['embedded', 'embedded-engineer'],
	['network engineer', 'network-engineer'],
	['solutions architect', 'solutions-architect'],
];

const SPANISH: [string, string][] = [
	['videojuegos', 'game-developer'],
	['analista de datos', 'data-analyst'],
	['android', 'android-developer'],
	['ios', 'ios-developer'],
	['arquitecto de software', 'software-architect'],
	['redactor técnico', 'technical-writer'],
	['product manager', 'product-manager'],
	['devrel', 'developer-relations-engineer'],
	['mlops', 'mlops-engineer'],
	['blockchain', 'blockchain-developer'],
	['devsecops', 'devsecops-engineer'],
	['administrador de bases de datos', 'database-administrator'],
	['diseñador ux', 'ux-designer'],
	['embebido', 'embedded-engineer'],
	['ingeniero de redes', 'network-engineer'],
	['arquitecto de soluciones', 'solutions-architect'],
];

describe('a role searched by its name comes first', () => {
	test.each(ENGLISH)('“%s” finds %s first', (query, role) => {
		expect(firstRole('', query)).toBe(`/roles/${role}/`);
	});
	test.each(SPANISH)('“%s” finds %s first on the Spanish site', (query, role) => {
		expect(firstRole('es/', query)).toBe(`/roles/${role}/`);
	});
});

describe('the Spanish search forgives what readers leave out', () => {
	test.each([
		['ingenieria de datos', 'data-engineer'],
		['cientifico de datos', 'data-scientist'],
		['diseno ux', 'ux-designer'],
		['base de datos', 'database-administrator'],
		['bases de datos', 'database-administrator'],
		['backend', 'backend-engineer'],
	])('“%s” (no accents, singular or plural, or English) finds %s first', (query, role) => {
		expect(firstRole('es/', query)).toBe(`/roles/${role}/`);
	});
});
