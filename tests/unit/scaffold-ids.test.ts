/**
 * `npm run new`: ids keep a name's meaning, and the scaffold's placeholder text is found wherever it is
 * left (src/lib/id-from-name.ts, src/lib/placeholders.ts).
 */
import { describe, expect, test } from 'vitest';
import { idFromName } from '../../src/lib/id-from-name';
import {
	placeholder,
	placeholderFields,
	placeholderFix,
	placeholderInBody,
	placeholderUrl,
} from '../../src/lib/placeholders';

describe('an id from a name keeps its meaning', () => {
	test.each([
		['Data Engineer', 'data-engineer'],
		['C', 'c'],
		['C++', 'cpp'],
		['C#', 'csharp'],
		['F#', 'fsharp'],
		['.NET', 'dotnet'],
		['Node.js', 'nodejs'],
		['Vue.js', 'vuejs'],
		['ASP.NET Core', 'aspnet-core'],
		['.NET MAUI', 'dotnet-maui'],
		['C++/CLI', 'cpp-cli'],
		['Objective-C', 'objective-c'],
		['R&D Engineer', 'r-and-d-engineer'],
		['Notepad++', 'notepadpp'],
		['A.I. Engineer', 'ai-engineer'],
		['Site Reliability Engineer (SRE)', 'site-reliability-engineer-sre'],
		['Café Owner', 'cafe-owner'],
		['Rust 🦀', 'rust'],
		['🚀 Rocket Engineer', 'rocket-engineer'],
		['🦀', ''],
		['日本語', ''],
		['  C#  ', 'csharp'],
	])('%s → %j', (name, id) => {
		expect(idFromName(name)).toBe(id);
	});

	test('C, C++ and C# get three ids', () => {
		expect(new Set(['C', 'C++', 'C#'].map(idFromName)).size).toBe(3);
	});
});

describe('placeholders', () => {
	test('what the scaffold writes is found, with what to write instead', () => {
		expect(placeholderFix(placeholder('one line on what the role does'))).toBe(
			'write one line on what the role does',
		);
		expect(placeholderFix(placeholderUrl('the official docs'))).toBe(
			'link to the official docs (https), not the example.org placeholder',
		);
		expect(placeholderFix('http://EXAMPLE.org/replace-with-the-official-docs')).toBe(
			'link to the official docs (https), not the example.org placeholder',
		);
	});

	test.each([
		'A real tagline that says Replace this with care.',
		'https://example.org/docs/kubernetes',
		'https://www.example.org/replace-with-x',
		'https://replace-with.example.org/',
	])('%s is the contributor’s own', (value) => {
		expect(placeholderFix(value)).toBeUndefined();
	});

	test('every field is found, depth first, with its path', () => {
		expect(
			placeholderFields({
				title: 'Fine',
				phases: [{ title: placeholder('a name'), skills: ['go'] }],
				resources: [{ url: placeholderUrl('the page') }],
				updated: new Date(),
			}),
		).toEqual([
			{ path: ['phases', 0, 'title'], fix: 'write a name' },
			{
				path: ['resources', 0, 'url'],
				fix: 'link to the page (https), not the example.org placeholder',
			},
		]);
	});

	test('a body line is found as a paragraph or a list item', () => {
		expect(placeholderInBody(`\n## Steps\n\n1. ${placeholder('the first step')}\n`)).toEqual({
			line: 4,
			fix: 'write the first step',
		});
		expect(placeholderInBody('\nMy own words.\n')).toBeUndefined();
	});
});
