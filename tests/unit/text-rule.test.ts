import { describe, expect, test } from 'vitest';
import { MAX_WORD, printable, textProblem } from '../../src/lib/text-rule';
import { RoleSchema, SkillSchema } from '../../src/schemas';
import { RoleTranslationSchema, SkillTranslationSchema } from '../../src/schemas/translation';

const CONTROL =
	'is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)';
const NONCHARACTER = 'is a Unicode noncharacter, which is not text: delete it';
const BIDI =
	'is an invisible bidirectional control, which can make text display in another order than it is written: delete it (the page sets the direction of each language itself)';
const ZERO_WIDTH =
	'is an invisible zero-width character: delete it (write a space where words should part)';
const JOINER =
	'is an invisible zero-width joiner: delete it (a joiner or non-joiner is kept only between two letters of a script that needs one, such as Arabic or Devanagari)';
const FORMAT = 'is an invisible formatting character: delete it';

// What YAML's double-quoted escapes decode to, judged as any other text (issue 28's cases first).
const REFUSED: [string, string, string][] = [
	['"\\0"', 'Git\u0000x', `U+0000 at character 4 ${CONTROL}`],
	['"\\e"', 'Git\u001Bx', `U+001B at character 4 ${CONTROL}`],
	['"\\a"', 'Git\u0007x', `U+0007 at character 4 ${CONTROL}`],
	[
		'"\\u2028"',
		'Git\u2028x',
		'U+2028 at character 4 is a Unicode line separator, which breaks JavaScript and JSON readers: write a space',
	],
	['"\\x85"', 'Git\u0085x', `U+0085 at character 4 ${CONTROL}`],
	['"\\uFFFE"', 'Git\uFFFEx', `U+FFFE at character 4 ${NONCHARACTER}`],
	['"\\uFFFF"', 'Git\uFFFFx', `U+FFFF at character 4 ${NONCHARACTER}`],
	// Our own variants.
	['"\\b" backspace', 'Git\bx', `U+0008 at character 4 ${CONTROL}`],
	['"\\v"', 'Git\vx', `U+000B at character 4 ${CONTROL}`],
	['"\\f"', 'Git\fx', `U+000C at character 4 ${CONTROL}`],
	['DEL', 'Git\u007Fx', `U+007F at character 4 ${CONTROL}`],
	['"\\N" (NEL)', 'Git\u0085', `U+0085 at character 4 ${CONTROL}`],
	[
		'"\\P"',
		'Git\u2029x',
		'U+2029 at character 4 is a Unicode paragraph separator, which breaks JavaScript and JSON readers: write a space',
	],
	['U+FDD0', 'Git\uFDD0x', `U+FDD0 at character 4 ${NONCHARACTER}`],
	[
		'"\\U0010FFFF" (end of the last plane)',
		'Git\u{10FFFF}x',
		`U+10FFFF at character 4 ${NONCHARACTER}`,
	],
	['"\\U0001FFFE"', 'Git\u{1FFFE}', `U+1FFFE at character 4 ${NONCHARACTER}`],
	[
		'a lone surrogate "\\uD800"',
		'Git\uD800x',
		'U+D800 at character 4 is half of a character (a lone surrogate): delete it, or write the whole character',
	],
	['U+202E right-to-left override', 'Git\u202Ex', `U+202E at character 4 ${BIDI}`],
	['U+2066 left-to-right isolate', 'Git\u2066x', `U+2066 at character 4 ${BIDI}`],
	['U+200F right-to-left mark', 'Git\u200Fx', `U+200F at character 4 ${BIDI}`],
	['U+061C Arabic letter mark', 'Git\u061Cx', `U+061C at character 4 ${BIDI}`],
	['U+200B zero-width space', 'Git\u200Bx', `U+200B at character 4 ${ZERO_WIDTH}`],
	['U+2060 word joiner', 'Git\u2060x', `U+2060 at character 4 ${ZERO_WIDTH}`],
	['U+FEFF inside text', 'Git\uFEFFx', `U+FEFF at character 4 ${ZERO_WIDTH}`],
	['U+200D between Latin letters', 'Gi\u200Dt', `U+200D at character 3 ${JOINER}`],
	['U+200C at the end', 'Git\u200C', `U+200C at character 4 ${JOINER}`],
	['an emoji ZWJ sequence', 'Dev \u{1F469}\u200D\u{1F4BB}', `U+200D at character 6 ${JOINER}`],
	['a soft hyphen', 'Gi\u00ADt', `U+00AD at character 3 ${FORMAT}`],
	['a tag character (ASCII smuggling)', 'Git\u{E0041}', `U+E0041 at character 4 ${FORMAT}`],
	['U+2061 function application', 'Git\u2061x', `U+2061 at character 4 ${FORMAT}`],
	[
		'a private-use character',
		'Git\uE000',
		'U+E000 at character 4 is a private-use character, which each font draws differently or not at all: write the character itself, or delete it',
	],
	['a tab in a line', 'Git\tx', 'U+0009 at character 4 is a tab: write a space instead'],
	[
		'a line break in a line',
		'Git\nx',
		'U+000A at character 4 is a line break: this field is one line. Write it on one line (a YAML block such as ">" keeps a line break at its end: use ">-")',
	],
	[
		'several',
		'\u202EGit\u200B\u0000',
		`U+202E at character 1 ${BIDI} (2 more such characters in this field)`,
	],
	[
		'stacked combining marks (zalgo)',
		`G${'\u0301'.repeat(9)}it`,
		'U+0047 at character 1 is a character with more than 8 combining marks, which spill over the lines around it: delete the extra marks',
	],
	[
		'only zero-width spaces',
		'\u200B\u200B\u200B',
		`U+200B at character 1 ${ZERO_WIDTH} (2 more such characters in this field)`,
	],
	[
		'only Hangul fillers',
		'\u3164\u3164\u3164',
		'has no visible text (only spaces or invisible characters): write it in words',
	],
	[
		'only no-break spaces',
		'\u00A0\u00A0\u00A0',
		'has no visible text (only spaces or invisible characters): write it in words',
	],
	[
		'only braille blanks',
		'\u2800\u2800\u2800',
		'has no visible text (only spaces or invisible characters): write it in words',
	],
	[
		'a 1,100-character word',
		`Go ${'a'.repeat(1100)}`,
		'has a word of 1,100 characters at character 4 ("aaaaaaaaaaaaaaaaaaaa…"): a page cannot wrap a word longer than 60 characters on a phone. Add spaces or shorten it (links may be longer)',
	],
	[
		'a 61-character hyphenated word',
		`${'ab-'.repeat(20)}c`,
		'has a word of 61 characters at character 1 ("ab-ab-ab-ab-ab-ab-ab…"): a page cannot wrap a word longer than 60 characters on a phone. Add spaces or shorten it (links may be longer)',
	],
];

describe('the text rule refuses, naming the character and its position', () => {
	test.each(REFUSED)('%s', (_name, value, message) => {
		expect(textProblem(value, 'line')).toBe(message);
	});
});

describe('the text rule keeps what languages need', () => {
	test.each([
		['Persian: a non-joiner between Arabic letters', 'می\u200Cخواهم'],
		['Hindi: a joiner after a virama', 'क्\u200Dष'],
		['Sinhala: a joiner between letters', 'ශ්\u200Dර'],
		['Vietnamese: two marks on a letter', 'Tiê\u0301ng Viê\u0323t'],
		['no-break spaces between words', 'Data\u00A0&\u00A0AI'],
		['a word of exactly 60 characters', 'a'.repeat(MAX_WORD)],
		['a long link', `See https://example.org/${'a'.repeat(200)}`],
		[
			'Japanese without spaces',
			'バックエンドエンジニアはサービスとデータモデルを設計し、運用し、改善します。'.repeat(3),
		],
		['Chinese without spaces', '后端工程师设计接口、数据模型和服务。'.repeat(5)],
	])('%s', (_name, value) => {
		expect(textProblem(value, 'line')).toBeUndefined();
	});

	test('a paragraph may keep its line breaks and tabs (a YAML block)', () => {
		expect(textProblem('One line.\nAnother\tline.\n', 'paragraph')).toBeUndefined();
		expect(textProblem('One line.\u2028Another.', 'paragraph')).toBe(
			'U+2028 at character 10 is a Unicode line separator, which breaks JavaScript and JSON readers: write a space, or a line break in a YAML block (|)',
		);
	});

	test('an alias keeps no joiner at all, not even between Arabic letters', () => {
		expect(textProblem('می\u200Cخواهم', 'alias')).toBe(
			'U+200C at character 3 is an invisible zero-width joiner: an alias is matched letter by letter and no reader types one. Delete it',
		);
	});

	test('messages show hostile text escaped', () => {
		expect(printable('a\u001B[31mred\u202E ok')).toBe('aU+001B[31mredU+202E ok');
		expect(printable('x'.repeat(50))).toBe(`${'x'.repeat(40)}…`);
	});
});

const ROLE = {
	title: 'Backend Engineer',
	tagline: 'Designs the APIs, data models and services that products depend on.',
	track: 'engineering',
	hoursPerWeek: 10,
	phases: [
		{
			title: 'Basics',
			months: 2,
			summary: 'Learn one language well and SQL, including query plans.',
			skills: ['python'],
			milestones: ['Ship a command-line tool'],
		},
	],
	typicalDay: ['Review a pull request', 'Design an endpoint', 'Fix a slow query'],
	whyItMatters: 'Every product feature needs a backend that is fast, correct and secure.',
	updated: '2026-01-01',
};

const issues = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}  ${issue.message}`);

describe('every text field of every schema applies the rule', () => {
	test.each([
		['title', { title: 'Back\u202Eend' }, `title  U+202E at character 5 ${BIDI}`],
		[
			'tagline',
			{ tagline: `Designs ${'x'.repeat(100)} things.` },
			'tagline  has a word of 100 characters at character 9 ("xxxxxxxxxxxxxxxxxxxx…"): a page cannot wrap a word longer than 60 characters on a phone. Add spaces or shorten it (links may be longer)',
		],
		[
			'whyItMatters',
			{ whyItMatters: `${ROLE.whyItMatters}\u0000` },
			`whyItMatters  U+0000 at character 72 ${CONTROL}`,
		],
		[
			'typicalDay',
			{ typicalDay: ['Review a pull\u0085 request', 'b'.repeat(9), 'c'.repeat(9)] },
			`typicalDay.0  U+0085 at character 14 ${CONTROL}`,
		],
		[
			'a phase title',
			{ phases: [{ ...ROLE.phases[0], title: '\u200B\u200B' }] },
			`phases.0.title  U+200B at character 1 ${ZERO_WIDTH} (1 more such character in this field)`,
		],
		[
			'a milestone',
			{ phases: [{ ...ROLE.phases[0], milestones: ['Ship a\uFFFE tool'] }] },
			`phases.0.milestones.0  U+FFFE at character 7 ${NONCHARACTER}`,
		],
	])('a role: %s', (_name, change, line) => {
		expect(issues(RoleSchema.safeParse({ ...ROLE, ...change }))).toEqual([line]);
	});

	test('a skill alias with a zero-width joiner (it could never match a search)', () => {
		const skill = {
			name: 'Kubernetes',
			category: 'tool',
			description: 'Runs containers across many machines for you.',
			docs: 'https://kubernetes.io/docs/',
			aliases: ['k\u200D8s'],
		};
		expect(issues(SkillSchema.safeParse(skill))).toEqual([
			'aliases.0  U+200D at character 2 is an invisible zero-width joiner: an alias is matched letter by letter and no reader types one. Delete it',
		]);
	});

	test('translations: the same rule', () => {
		const translation = {
			sourceVersion: '00000000',
			description: 'Una descripción \u001B[2J larga del todo.',
			aliases: [],
			topics: ['Índices\u2028y planes', 'b'.repeat(4), 'c'.repeat(4), 'd'.repeat(4)],
		};
		expect(issues(SkillTranslationSchema.safeParse(translation))).toEqual([
			`description  U+001B at character 17 ${CONTROL}`,
			'topics.0  U+2028 at character 8 is a Unicode line separator, which breaks JavaScript and JSON readers: write a space',
		]);
	});
});

describe('size limits name the field and its size', () => {
	test('a role with 403 phases', () => {
		expect(
			issues(RoleSchema.safeParse({ ...ROLE, phases: Array(403).fill(ROLE.phases[0]) })),
		).toEqual([
			'phases  403 phases in a role; at most 12: merge phases, or split the roadmap into two roles',
		]);
	});

	test('13 milestones and 16 skills in a phase', () => {
		const phase = {
			...ROLE.phases[0],
			skills: Array.from({ length: 16 }, (_, i) => `s${i}`),
			milestones: Array.from({ length: 13 }, (_, i) => `Milestone ${i}`),
		};
		expect(issues(RoleSchema.safeParse({ ...ROLE, phases: [phase] }))).toEqual([
			'phases.0.skills  16 skills in a phase; at most 15: split the phase in two',
			'phases.0.milestones  13 milestones in a phase; at most 12: keep the ones that best show the phase is done',
		]);
	});
});

describe('an unknown field names the allowed ones and the fix', () => {
	test('a misspelt role field', () => {
		expect(issues(RoleSchema.safeParse({ ...ROLE, titel: 'x' }))).toEqual([
			'  unknown field "titel" (did you mean "title"?). The fields allowed here are title, tagline, track, pay, hoursPerWeek, phases, typicalDay, whyItMatters, projects, essays, related, updated, draft (check the spelling, or delete the line)',
		]);
	});

	test('a translation repeating a field that comes from English, and a misspelt one', () => {
		const translation = {
			sourceVersion: '00000000',
			title: 'Ingeniería backend',
			tagline: 'Diseña las API y los modelos de datos de un producto.',
			phases: [
				{
					title: 'Bases',
					summary: 'Aprende un lenguaje y SQL con planes de consulta.',
					milestones: ['Publica una herramienta'],
					months: 2,
				},
			],
			typicalDay: ['Revisa un cambio', 'Diseña una ruta', 'Arregla una consulta'],
			whyItMatters: 'Cada función de un producto necesita un backend rápido y correcto.',
			pay: [],
			sumary: 'x',
		};
		expect(issues(RoleTranslationSchema.safeParse(translation))).toEqual([
			'phases.0  "months" is not translated: it comes from the English entry. Delete it here. The fields allowed here are title, summary, milestones (check the spelling, or delete the line)',
			'  "pay" is not translated: it comes from the English entry. Delete it here; unknown field "sumary". The fields allowed here are sourceVersion, title, tagline, phases, typicalDay, whyItMatters (check the spelling, or delete the line)',
		]);
	});

	test('a key carrying terminal escapes is shown escaped', () => {
		expect(issues(RoleSchema.safeParse({ ...ROLE, '\u001B]8;;x\u0007': 1 }))[0]).toMatch(
			/^ {2}unknown field "U\+001B\]8;;xU\+0007"\. /,
		);
	});
});

describe('the pay register and pay citations apply the rule too', () => {
	test('a release title and a figure quote', async () => {
		const { SourceSchema } = await import('../../src/schemas/source');
		const { parse } = await import('yaml');
		const { readFile } = await import('node:fs/promises');
		const source = parse(await readFile('content/sources/bls-oews-2024-05.yaml', 'utf8')) as {
			title: string;
			figures: { quote: string }[];
		};
		source.title = `${source.title}\u001B[2J`;
		const first = source.figures[0];
		if (first) first.quote = `\u202E${first.quote}`;
		expect(issues(SourceSchema.safeParse(source))).toEqual([
			expect.stringMatching(/^title {2}U\+001B at character \d+ is a control character/),
			expect.stringMatching(
				/^figures\.0\.quote {2}U\+202E at character 1 is an invisible bidirectional control/,
			),
		]);
	});

	test('the reason a role gives for the nearest occupation', async () => {
		const { PaySchema } = await import('../../src/schemas/role');
		const pay = {
			source: 'bls-oews-2024-05',
			occupation: '15-1252',
			match: 'nearest',
			reason: 'the closest\u0000 occupation',
		};
		expect(issues(PaySchema.safeParse(pay))).toEqual([`reason  U+0000 at character 12 ${CONTROL}`]);
	});
});
