/**
 * YAML mistakes in plain words: each mistake a beginner makes gets one message at its line with the fix,
 * and YAML that is right, or wrong in a way this does not know, keeps the parser's words.
 */
import { describe, expect, test } from 'vitest';
import { yamlProblems } from '../../src/guard/yaml';
import { BEGINNER_YAML_MESSAGES as M, wrongShapeMessage } from '../../src/lib/yaml-messages';

const ROLE = `title: Backend Engineer
tagline: Designs the APIs and data models that product features depend on.
phases:
  - title: Language and databases
    months: 3
    skills: [python, sql]
    milestones:
      - Ship a command-line tool
      - Explain a query plan
  - title: APIs
    months: 3
typicalDay:
  - Design an endpoint
`;

const problems = (text: string) =>
	yamlProblems(text, 'frontmatter').map(
		(problem) => `${problem.line}:${problem.column} ${problem.message}`,
	);

describe('each beginner mistake is one message, at its line, with the fix', () => {
	test.each([
		[
			'an over-indented months:',
			ROLE.replace('    months: 3\n    skills', '      months: 3\n    skills'),
			[`5:7 ${M.indentedMore('"months"', 5, '"title:"', 4)}`],
		],
		[
			'an unquoted colon in a tagline',
			ROLE.replace('tagline: Designs the APIs', 'tagline: Designs APIs: the'),
			[`2:22 ${M.colon('tagline')}`],
		],
		[
			'a tab',
			ROLE.replace('    months: 3\n    skills', '\tmonths: 3\n    skills'),
			[`5:1 ${M.tab}`],
		],
		[
			'spaces then a tab',
			ROLE.replace('    months: 3\n    skills', '  \t  months: 3\n    skills'),
			[`5:3 ${M.tab}`],
		],
		[
			'tabs on two lines: each named',
			ROLE.replace('    months: 3\n    skills', '\tmonths: 3\n\tskills'),
			[`5:1 ${M.tab}`, `6:1 ${M.tab}`],
		],
		[
			'a milestone dedented to its key',
			ROLE.replace('      - Explain a query plan', '    - Explain a query plan'),
			[`9:5 ${M.itemDedented(7, 8)}`],
		],
		[
			'a key indented less than its fields',
			ROLE.replace('    skills: [python', '   skills: [python'),
			[`6:4 ${M.notLinedUp('"skills"', 5, '"months:"', 5)}`],
		],
		[
			'a key after a list, between two levels',
			ROLE.replace(
				'      - Explain a query plan\n',
				'      - Explain a query plan\n     level: 2\n',
			),
			[`10:6 ${M.notLinedUp('"level"', 5, '"milestones:"', 7)}`],
		],
	])('%s', (_name, text, expected) => {
		expect(problems(text)).toEqual(expected);
	});

	test('lines are counted in the file: frontmatter starts on line 2', () => {
		const text = ROLE.replace('tagline: Designs the APIs', 'tagline: Designs APIs: the');
		expect(yamlProblems(text, 'frontmatter', 1)[0]?.line).toBe(3);
	});
});

describe('what is not one of those mistakes is left alone', () => {
	test.each([
		[
			'a colon inside double quotes',
			ROLE.replace(/tagline: .*/, 'tagline: "Designs APIs: the rest"'),
		],
		[
			'a colon inside single quotes',
			ROLE.replace(/tagline: .*/, "tagline: 'It''s APIs: the rest'"),
		],
		['a URL and a time', `${ROLE}docs: https://example.org/a:b\ntime: 10:30\n`],
		['a colon in a block', `${ROLE}whyItMatters: |\n  Note: this is fine.\n    So: is this.\n`],
		[
			'a colon in a quoted value over two lines',
			`${ROLE}whyItMatters: "One line,\n  then: another."\n`,
		],
		['a "- " list at its key\'s column', `${ROLE}aliases:\n- go\n- golang\n`],
		['a tab inside a value', ROLE.replace('Design an endpoint', 'Design\tan endpoint')],
	])('%s: read without a problem', (_name, text) => {
		expect(problems(text)).toEqual([]);
	});

	test('a quoted colon is not blamed for a mistake elsewhere', () => {
		const text = ROLE.replace(/tagline: .*/, 'tagline: "Designs APIs: the rest"').replace(
			'    months: 3\n    skills',
			'      months: 3\n    skills',
		);
		expect(problems(text)).toEqual([`5:7 ${M.indentedMore('"months"', 5, '"title:"', 4)}`]);
	});

	test('a tab inside a block (|) is text: the over-indented line is blamed, not it', () => {
		const text = `${ROLE.replace('    months: 3\n    skills', '      months: 3\n    skills')}whyItMatters: |\n  Note: this.\n  \tcode\n`;
		expect(problems(text)).toEqual([`5:7 ${M.indentedMore('"months"', 5, '"title:"', 4)}`]);
	});

	test('an over-indented list item is named by its "-"', () => {
		const text = ROLE.replace(
			'      - Explain a query plan',
			'      - Explain a query plan\n          - deeper: x',
		);
		expect(problems(text)).toEqual([`10:11 ${M.indentedMore('the "-"', 7, 'the list item', 9)}`]);
	});

	test('an unclosed bracket keeps the parser’s words', () => {
		expect(problems('name: Broken\ncategory: [language\n')).toEqual([
			'3:1 YAML could not be read: Flow sequence in block collection must be sufficiently indented and end with a ]',
		]);
	});
});

describe('YAML that parses into the wrong shape', () => {
	const data = {
		phases: [{ title: 'A', months: 3 }, 'Explain a query plan'],
		milestones: ['One', { Explain: 'a query plan' }],
		skills: 'python',
	};
	test.each([
		[
			['phases', 1],
			'object',
			'expected a group of fields here like the item before it (title, months), but found the text "Explain a query plan": the indentation is probably off. If this line belongs to a list above it, indent it to line up with that list\'s items',
		],
		[
			['milestones', 1],
			'string',
			'put the text in quotes: it contains \': \', so YAML read "Explain: a query plan" as a field named "Explain". Write the whole text inside quotes: "…"',
		],
		[
			['skills'],
			'array',
			'skills is a list: write [python], or each item on its own "- " line below skills:',
		],
	])('%j', (path, expected, message) => {
		expect(wrongShapeMessage(data, path, expected)).toBe(message);
	});
});
