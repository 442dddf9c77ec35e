/**
 * Text from content, made safe to print in a terminal or a CI log, and GitHub Actions annotations
 * built from structured findings. Every line `npm run check` and the build print passes through
 * `logText`, so a file name, a YAML key or a message quoting content cannot move the cursor, colour
 * the terminal, hide text, start a line of its own or be read by the Actions runner as a command.
 */

/**
 * Characters shown as `U+XXXX` instead of printed: C0 and C1 controls and DEL (escape sequences,
 * carriage return, NEL), line and paragraph separators, format characters (bidi controls, zero-width
 * characters, tag characters), every other character Unicode says to draw as nothing, lone
 * surrogates and noncharacters.
 */
const HIDDEN =
	/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u;

/**
 * The Actions runner reads a legacy command (`##[error]…`, `##[add-mask]…`, `##[stop-commands]…`)
 * anywhere in a line, not only at its start (actions/runner, ActionCommand.TryParse).
 */
const LEGACY_COMMAND = '##[';

/** The longest line printed; longer ones are cut, saying how much was left out. */
export const MAX_LOG_LINE = 4000;

/** "U+001B", "U+1F600" */
export const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One line of log text: every hidden or control character (newlines included) shown as `U+XXXX`,
 * `##[` written `##U+005B`, and the line cut at `max` characters.
 * @param text - a line that may hold text from content
 * @param max - the longest line to print
 * @returns text that prints as exactly one visible line and cannot be read as a runner command
 */
export function logText(text: string, max = MAX_LOG_LINE): string {
	let out = '';
	let shown = 0;
	// Code points, not graphemes: each hidden one is shown, even inside an emoji sequence.
	// eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are the point
	const all = [...text];
	for (const [index, char] of all.entries()) {
		const code = char.codePointAt(0) ?? 0;
		const piece =
			HIDDEN.test(char) || (code >= 0xd800 && code <= 0xdfff)
				? codePoint(code)
				: `${out.slice(-2)}${char}` === LEGACY_COMMAND
					? codePoint(code)
					: char;
		if (shown + piece.length > max) {
			const left = all.length - index;
			return `${out}… (${left.toLocaleString('en')} more ${left === 1 ? 'character' : 'characters'})`;
		}
		out += piece;
		shown += piece.length;
	}
	return out;
}

/**
 * Several lines, each made safe by `logText`: for messages whose own line breaks are wanted.
 * @param lines - lines that may hold text from content
 * @returns the lines joined with newlines, none of them able to start another
 */
export const logLines = (lines: readonly string[]) => lines.map((line) => logText(line)).join('\n');

/**
 * A workflow command's data (the message after the second `::`), escaped as GitHub documents and
 * its toolkit does (`escapeData` in @actions/core): `%` → %25, CR → %0D, LF → %0A.
 * @param text - the message
 * @returns the escaped message
 */
export const commandData = (text: string) =>
	text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/**
 * A workflow command's property value (`file=…,title=…`): as data, plus `:` → %3A and `,` → %2C, so a
 * value can neither end the property list (`::`) nor start another property (`,`).
 * @param text - the value
 * @returns the escaped value
 */
export const commandProperty = (text: string) =>
	commandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** One annotation on a pull request: a finding placed on a file's line. */
export interface Annotation {
	level: 'error' | 'warning' | 'notice';
	/** Path from the repository's root. */
	file?: string | undefined;
	line?: number | undefined;
	column?: number | undefined;
	/** A short heading, e.g. the field. */
	title?: string | undefined;
	message: string;
}

const position = (value: number | undefined) =>
	value !== undefined && Number.isSafeInteger(value) && value > 0 ? String(value) : undefined;

/**
 * `::error file=content/roles/x.md,line=12,col=3,title=pay[0].year::message`: the workflow command
 * that makes GitHub Actions show a finding on the pull request's diff. Text from content is first
 * made safe as for the log (`logText`), then escaped as the command format requires, so nothing in
 * it can end a property, add one, or start a second command.
 * @param annotation - where and what
 * @returns one line to print on stdout
 */
export function githubAnnotation(annotation: Annotation): string {
	const properties = [
		['file', annotation.file === undefined ? undefined : logText(annotation.file, 1000)],
		['line', position(annotation.line)],
		['col', position(annotation.column)],
		['title', annotation.title ? logText(annotation.title, 200) : undefined],
	]
		.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
		.map(([name, value]) => `${name}=${commandProperty(value)}`)
		.join(',');
	const level = ['error', 'warning', 'notice'].includes(annotation.level)
		? annotation.level
		: 'error';
	return `::${level}${properties ? ` ${properties}` : ''}::${commandData(logText(annotation.message))}`;
}

/**
 * Whether annotations are wanted: the process runs in GitHub Actions.
 * @param env - the environment
 * @returns true when GITHUB_ACTIONS is "true"
 */
export const inGithubActions = (env: Record<string, string | undefined> = process.env) =>
	env['GITHUB_ACTIONS'] === 'true';
