import { describe, expect, test } from 'vitest';
import {
	commandData,
	commandProperty,
	githubAnnotation,
	inGithubActions,
	logLines,
	logText,
} from '../../src/lib/log-text';

/**
 * How the Actions runner reads one line of a job's log (actions/runner, ActionCommand.cs): a v2
 * command when the line starts with `::` after leading white space, else a legacy `##[name]` command
 * anywhere in the line. Only the commands it registers count; the rest is plain output.
 */
const COMMANDS = new Set([
	'add-mask',
	'add-matcher',
	'add-path',
	'debug',
	'echo',
	'endgroup',
	'error',
	'group',
	'notice',
	'remove-matcher',
	'save-state',
	'set-env',
	'set-output',
	'stop-commands',
	'warning',
]);
const unescape = (text: string, pairs: [string, string][]) =>
	pairs.reduce((out, [from, to]) => out.replaceAll(from, to), text);
const DATA: [string, string][] = [
	['%0D', '\r'],
	['%0A', '\n'],
	['%25', '%'],
];
const PROPERTY: [string, string][] = [
	['%0D', '\r'],
	['%0A', '\n'],
	['%3A', ':'],
	['%2C', ','],
	['%25', '%'],
];
interface Command {
	name: string;
	properties: Record<string, string>;
	data: string;
}
function runnerReads(line: string): Command | null {
	const text = line.trimStart();
	if (text.startsWith('::')) {
		const end = text.indexOf('::', 2);
		if (end >= 0) {
			const info = text.slice(2, end);
			const space = info.indexOf(' ');
			const name = space < 0 ? info : info.slice(0, space);
			if (COMMANDS.has(name)) {
				const properties: Record<string, string> = {};
				if (space > 0)
					for (const pair of info
						.slice(space + 1)
						.trim()
						.split(',')
						.filter(Boolean)) {
						const at = pair.indexOf('=');
						if (at > 0) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), PROPERTY);
					}
				return { name, properties, data: unescape(text.slice(end + 2), DATA) };
			}
		}
	}
	const prefix = line.indexOf('##[');
	if (prefix < 0) return null;
	const close = line.indexOf(']', prefix);
	if (close < 0) return null;
	const name = line.slice(prefix + 3, close).split(' ')[0] ?? '';
	return COMMANDS.has(name) ? { name, properties: {}, data: line.slice(close + 1) } : null;
}
/** Every line of a printed text, as the runner splits output (CR, LF or CRLF). */
const logLinesOf = (printed: string) => printed.split(/\r\n|\r|\n/);

/** Text a content file can carry in a YAML key, a file name or a message, each an attack. */
const HOSTILE: Record<string, string> = {
	'a v2 command after a newline': 'evil\n::error file=x.md,line=1::forged',
	'a v2 command after a carriage return alone': 'evil\r::add-mask::secret',
	'a v2 command after CRLF': 'evil\r\n::stop-commands::token',
	'a v2 command after NEL (U+0085)': 'evil\u0085::error::forged',
	'a v2 command after LINE SEPARATOR': 'evil\u2028::error::forged',
	'a v2 command after a vertical tab and a form feed': 'evil\u000b\u000c::error::forged',
	'a legacy command mid-line': 'harmless ##[error]forged',
	'a legacy stop-commands mid-line': 'x ##[stop-commands]token',
	'a legacy command split by an escape': '#\u0000#[error]forged',
	'an already-encoded newline': 'evil%0A::error::forged',
	'ANSI colour (CSI)': '\u001b[31mred\u001b[0m',
	'a C1 CSI (U+009B)': '\u009b31mred',
	'an OSC 8 hyperlink': '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
	'a terminal title (OSC 0, BEL)': '\u001b]0;pwned\u0007',
	'a bidi override': 'file\u202Egnp.md',
	'bidi isolates and marks': '\u2066a\u2069\u200e\u200f\u061c',
	'zero-width characters': 'a\u200bb\u200cc\u200dd\u2060e\ufeff',
	'tag characters (invisible ASCII)': 'hi\u{E0041}\u{E0042}',
	'a lone surrogate': 'a\ud800b',
	noncharacters: 'a\uffff\ufffe\u{10FFFF}',
	'DEL and NUL': 'a\u007f\u0000b',
	'a backspace that hides text': 'visible\b\b\b\b\b\b\bhidden',
};

describe('logText prints content as one visible line the runner never reads as a command', () => {
	test.each(Object.entries(HOSTILE))('%s', (_name, text) => {
		for (const where of [text, `content/roles/x.md:3  field  ${text}`]) {
			const printed = logText(where);
			expect(logLinesOf(printed)).toHaveLength(1);
			expect(runnerReads(printed)).toBeNull();
			// eslint-disable-next-line no-control-regex -- asserting none are left is the point
			expect(printed).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f]/);
		}
	});

	test('shows each hidden character as U+XXXX, exactly', () => {
		expect(logText('evil\n::error file=x::forged')).toBe('evilU+000A::error file=x::forged');
		expect(logText('\u001b]8;;https://x/\u001b\\link')).toBe('U+001B]8;;https://x/U+001B\\link');
		expect(logText('a\u0085b\u2028c\u202Ed\u200be\u{E0041}f\ud800g\uffff')).toBe(
			'aU+0085bU+2028cU+202EdU+200BeU+E0041fU+D800gU+FFFF',
		);
		expect(logText('see ##[add-mask]x')).toBe('see ##U+005Badd-mask]x');
		expect(logText('tab\there')).toBe('tabU+0009here');
	});

	test('leaves ordinary text alone, in any script', () => {
		const text =
			'content/es/roles/x.md:12  phases[0].title  “Diseño” — 日本語, emoji 🚀, ## heading, [link](/x), 100%';
		expect(logText(text)).toBe(text);
	});

	test('cuts a very long line and says how much was left out', () => {
		const printed = logText(`${'a'.repeat(5000)}\n::error::x`);
		expect(printed).toBe(`${'a'.repeat(4000)}… (1,011 more characters)`);
		expect(logText('é'.repeat(12), 10)).toBe(`${'é'.repeat(10)}… (2 more characters)`);
		// An escape is never cut in half.
		expect(logText('abcdefgh\u001b', 10)).toBe('abcdefgh… (1 more character)');
	});

	test('logLines keeps the line breaks it is given and no others', () => {
		expect(logLines(['one', 'two\n::error::x'])).toBe('one\ntwoU+000A::error::x');
	});
});

describe('GitHub annotations from findings', () => {
	test('an ordinary finding', () => {
		expect(
			githubAnnotation({
				level: 'error',
				file: 'content/roles/backend-engineer.md',
				line: 23,
				column: 5,
				title: 'phases[0].skills[2]',
				message: 'unknown skill "postgress": did you mean postgresql?',
			}),
		).toBe(
			'::error file=content/roles/backend-engineer.md,line=23,col=5,title=phases[0].skills[2]::unknown skill "postgress": did you mean postgresql?',
		);
		expect(githubAnnotation({ level: 'warning', message: '100% done' })).toBe(
			'::warning::100%25 done',
		);
	});

	test('escapes data and properties exactly as GitHub documents', () => {
		expect(commandData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
		expect(commandProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
		// Already-encoded text stays what it was written as.
		expect(commandData('%0A')).toBe('%250A');
		expect(commandProperty('%3A%2C')).toBe('%253A%252C');
	});

	const FIELDS = ['file', 'title', 'message'] as const;
	describe.each(FIELDS)('hostile text in %s', (field) => {
		test.each(Object.entries(HOSTILE))('%s', (_name, text) => {
			const annotation = {
				level: 'warning' as const,
				file: 'content/skills/docker.yaml',
				line: 4,
				title: '(file)',
				message: 'Unrecognized key',
				[field]: text,
			};
			const printed = githubAnnotation(annotation);
			expect(logLinesOf(printed)).toHaveLength(1);
			const read = runnerReads(printed);
			// One command, the one written: a warning with exactly these properties and this message.
			expect(read?.name).toBe('warning');
			expect(Object.keys(read?.properties ?? {}).sort()).toEqual(['file', 'line', 'title']);
			expect(read?.properties['line']).toBe('4');
			const shown = field === 'message' ? read?.data : read?.properties[field];
			expect(shown).toBe(logText(text));
			expect(shown).not.toMatch(/[\r\n]/);
		});
	});

	test('content cannot close the property list or add a property', () => {
		const printed = githubAnnotation({
			level: 'error',
			file: 'x.md,line=999,title=forged::fake message',
			title: 'a::b,col=7',
			line: 2,
			message: 'real',
		});
		expect(printed).toBe(
			'::error file=x.md%2Cline=999%2Ctitle=forged%3A%3Afake message,line=2,title=a%3A%3Ab%2Ccol=7::real',
		);
		expect(runnerReads(printed)).toEqual({
			name: 'error',
			properties: {
				file: 'x.md,line=999,title=forged::fake message',
				line: '2',
				title: 'a::b,col=7',
			},
			data: 'real',
		});
	});

	test('drops positions that are not positive whole numbers and unknown levels', () => {
		expect(
			githubAnnotation({ level: 'error', file: 'a', line: 0, column: Number.NaN, message: 'm' }),
		).toBe('::error file=a::m');
		expect(
			githubAnnotation({ level: 'add-mask' as 'error', file: 'a', line: 1.5, message: 'm' }),
		).toBe('::error file=a::m');
	});

	test('are wanted only in GitHub Actions', () => {
		expect(inGithubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
		expect(inGithubActions({ GITHUB_ACTIONS: '1' })).toBe(false);
		expect(inGithubActions({})).toBe(false);
	});
});
