import { describe, expect, test } from 'vitest';
import {
	describeSaved,
	parseSaved,
	withEntry,
	withoutEntry,
	type SavedEntry,
} from '../../src/lib/offline';

const entry = (url: string, pages: string[], assets = ['/_astro/Base.a1.css']): SavedEntry => ({
	url,
	title: url,
	pages,
	assets,
	saved: '2026-12-01T21:00:00.000Z',
});
const backend = entry('/roles/backend/', ['/roles/backend/', '/skills/sql/', '/skills/go/']);
const data = entry('/roles/data/', ['/roles/data/', '/skills/sql/', '/essays/pipelines/']);

describe('saved list', () => {
	test.each([
		['nothing stored', null, []],
		['not JSON', '{oops', []],
		['not a list', '{"url":"/roles/x/"}', []],
		['an entry with a foreign URL', JSON.stringify([{ ...backend, url: '//evil.example/' }]), []],
		['an entry without its pages', JSON.stringify([{ ...backend, pages: undefined }]), []],
		['a well-formed entry', JSON.stringify([backend]), [backend]],
	])('reading %s', (_, text, expected) => {
		expect(parseSaved(text)).toEqual(expected);
	});

	test('a stored page that is not a path on this site is dropped from its entry', () => {
		const stored = JSON.stringify([
			{ ...backend, pages: ['/roles/backend/', 'https://evil.example/'] },
		]);
		expect(parseSaved(stored)[0]?.pages).toEqual(['/roles/backend/']);
	});

	test('saving a role again replaces its entry and puts it first', () => {
		const again = { ...backend, saved: '2026-12-02T08:00:00.000Z' };
		expect(withEntry([data, backend], again)).toEqual([again, data]);
	});

	test('removing a role keeps the pages another saved role still needs', () => {
		expect(withoutEntry([backend, data], backend.url)).toEqual({
			list: [data],
			unused: ['/roles/backend/', '/skills/go/'],
		});
	});

	test('removing the last role frees its stylesheet too', () => {
		expect(withoutEntry([backend], backend.url).unused).toContain('/_astro/Base.a1.css');
	});

	test('removing a role that is not saved changes nothing', () => {
		expect(withoutEntry([data], '/roles/none/')).toEqual({ list: [data], unused: [] });
	});

	test.each([
		[['/roles/x/'], 'the role'],
		[['/roles/x/', '/skills/a/'], 'the role and 1 skill page'],
		[
			['/roles/x/', '/skills/a/', '/skills/b/', '/essays/e/'],
			'the role, 2 skill pages and 1 essay',
		],
		[['/roles/x/', '/essays/e/', '/essays/f/'], 'the role and 2 essays'],
	])('%j is described as "%s"', (pages, phrase) => {
		expect(describeSaved(pages)).toBe(phrase);
	});

	test('pages of a translation count by what they are, in the words given', () => {
		const words = {
			role: 'el puesto',
			skills: (n: number) => (n === 1 ? '1 página de habilidad' : `${n} páginas de habilidades`),
			essays: (n: number) => (n === 1 ? '1 ensayo' : `${n} ensayos`),
			and: ' y ',
		};
		expect(
			describeSaved(['/es/roles/x/', '/es/skills/a/', '/es/skills/b/', '/es/essays/e/'], words),
		).toBe('el puesto, 2 páginas de habilidades y 1 ensayo');
	});
});
