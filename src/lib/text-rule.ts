/**
 * The one text rule every string field of every content file passes, after YAML has decoded it (so
 * `"\0"`, `"\e"`, `"\u2028"` and raw characters are judged alike). Text a reader sees ends up in
 * HTML, XML (RSS, SVG), JSON and images: it may hold only characters every one of them carries, that
 * display as what they are, in words a narrow screen can wrap.
 *
 * Refused everywhere:
 * - control characters (C0, DEL, C1), except a line break or tab in a paragraph field (a YAML block);
 * - line and paragraph separators (U+2028, U+2029), which break JavaScript and JSON readers;
 * - noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) and lone surrogates;
 * - bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069);
 * - zero-width and other invisible format characters (U+200B, U+2060, U+FEFF, U+00AD, tag
 *   characters…). A zero-width joiner or non-joiner (U+200D, U+200C) is kept only between two
 *   letters of one script that needs it (Arabic, Syriac, N'Ko, Mongolian, the Indic scripts, Sinhala);
 *   never in an alias, which is matched letter by letter; emoji ZWJ sequences are refused;
 * - private-use characters, which each font draws differently or not at all;
 * - more than MAX_MARKS combining marks on one character;
 * - text with no visible character; a word longer than MAX_WORD characters (links are exempt).
 */

/** How a field is written, which decides the few characters it may hold beyond plain text. */
export type TextKind =
	/** One line: a title, name, tagline, milestone, topic. */
	| 'line'
	/** A paragraph written as a YAML block may keep its line breaks and tabs. */
	| 'paragraph'
	/** A search alias: one line, and no joiner of any kind (a reader can never type one). */
	| 'alias'
	/** A URL: the character rules only (its shape is the URL schema's business). */
	| 'url';

/** The longest word a page must wrap, in characters; links are exempt. */
export const MAX_WORD = 60;

/** The most combining marks one character may carry (Vietnamese needs two, Indic scripts three or four). */
export const MAX_MARKS = 8;

const JOINER_SCRIPTS = [
	/\p{Script=Arabic}/u,
	/\p{Script=Syriac}/u,
	/\p{Script=Nko}/u,
	/\p{Script=Mongolian}/u,
	/\p{Script=Devanagari}/u,
	/\p{Script=Bengali}/u,
	/\p{Script=Gurmukhi}/u,
	/\p{Script=Gujarati}/u,
	/\p{Script=Oriya}/u,
	/\p{Script=Tamil}/u,
	/\p{Script=Telugu}/u,
	/\p{Script=Kannada}/u,
	/\p{Script=Malayalam}/u,
	/\p{Script=Sinhala}/u,
];
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * "U+202E": how messages show a code point.
 * @param codePoint - the code point
 * @returns it as U+ and at least four hex digits
 */
export function codePointName(codePoint: number): string {
	return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text from content made safe to print in a message or a log: every character the text rule would
 * refuse, and every control character, is shown as U+XXXX; long text is cut.
 * @param text - any text
 * @param max - the most characters to show
 * @returns printable text
 */
export function printable(text: string, max = 40): string {
	const chars = Array.from(text);
	const shown = chars
		.slice(0, max)
		.map((char, index) =>
			forbidden(chars, index, 'alias') || (/[\p{C}\p{Z}]/u.test(char) && char !== ' ')
				? codePointName(char.codePointAt(0) ?? 0)
				: char,
		)
		.join('');
	return chars.length > max ? `${shown}…` : shown;
}

/** Why one character is refused, or undefined when it is fine where it stands. */
function forbidden(chars: readonly string[], index: number, kind: TextKind): string | undefined {
	const char = chars[index] ?? '';
	const code = char.codePointAt(0) ?? 0;
	if (code === 0x0a || code === 0x09) {
		if (kind === 'paragraph') return undefined;
		return code === 0x0a
			? 'a line break: this field is one line. Write it on one line (a YAML block such as ">" keeps a line break at its end: use ">-")'
			: 'a tab: write a space instead';
	}
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
		return 'a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)';
	if (code === 0x2028 || code === 0x2029)
		return `a Unicode ${code === 0x2028 ? 'line' : 'paragraph'} separator, which breaks JavaScript and JSON readers: write a space${kind === 'paragraph' ? ', or a line break in a YAML block (|)' : ''}`;
	if (code >= 0xd800 && code <= 0xdfff)
		return 'half of a character (a lone surrogate): delete it, or write the whole character';
	if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe)
		return 'a Unicode noncharacter, which is not text: delete it';
	if (/\p{Bidi_Control}/u.test(char))
		return 'an invisible bidirectional control, which can make text display in another order than it is written: delete it (the page sets the direction of each language itself)';
	if (code === 0x200c || code === 0x200d) {
		if (kind === 'alias')
			return 'an invisible zero-width joiner: an alias is matched letter by letter and no reader types one. Delete it';
		const before = chars[index - 1] ?? '';
		const after = chars[index + 1] ?? '';
		const joins =
			LETTER_OR_MARK.test(before) &&
			LETTER_OR_MARK.test(after) &&
			JOINER_SCRIPTS.some((script) => script.test(before) && script.test(after));
		if (joins) return undefined;
		return 'an invisible zero-width joiner: delete it (a joiner or non-joiner is kept only between two letters of a script that needs one, such as Arabic or Devanagari)';
	}
	if (code === 0x200b || code === 0x2060 || code === 0xfeff)
		return 'an invisible zero-width character: delete it (write a space where words should part)';
	if (/\p{Cf}/u.test(char)) return 'an invisible formatting character: delete it';
	if (/\p{Co}/u.test(char))
		return 'a private-use character, which each font draws differently or not at all: write the character itself, or delete it';
	return undefined;
}

// Scripts a browser breaks anywhere (no spaces between words): their runs are not one long word.
const BREAKS_ANYWHERE =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\u3000-\u303F\uFF00-\uFFEF]/u;
const LINK = /^[("'[<]*(?:https?:\/\/|mailto:|www\.)/i;
// Hangul fillers and the braille blank look like letters to Unicode and like nothing to a reader.
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Why a field's text is refused, or undefined when it passes the text rule.
 * @param text - the field's value, as YAML decoded it
 * @param kind - how the field is written
 * @returns the message, naming the character as U+XXXX and its position (1-based, in characters)
 */
export function textProblem(text: string, kind: TextKind): string | undefined {
	return characterProblem(text, kind) ?? wordProblem(text, kind);
}

/**
 * Why a field's characters are refused: one the rule refuses, or none visible at all.
 * @param text - the field's value
 * @param kind - how the field is written
 * @returns the message, or undefined
 */
export function characterProblem(text: string, kind: TextKind): string | undefined {
	const chars = Array.from(text);
	let first: { index: number; reason: string } | undefined;
	let more = 0;
	let marks = 0;
	for (let index = 0; index < chars.length; index++) {
		const reason = forbidden(chars, index, kind);
		if (reason) {
			if (first) more++;
			else first = { index, reason };
		}
		// Stacked combining marks ("zalgo") overflow the line above and below.
		marks = /\p{M}/u.test(chars[index] ?? '') ? marks + 1 : 0;
		if (marks > MAX_MARKS && !first)
			first = {
				index: index - marks,
				reason: `a character with more than ${MAX_MARKS} combining marks, which spill over the lines around it: delete the extra marks`,
			};
	}
	if (first) {
		const code = chars[first.index]?.codePointAt(0) ?? 0;
		return `${codePointName(code)} at character ${first.index + 1} is ${first.reason}${more > 0 ? ` (${more} more such ${more === 1 ? 'character' : 'characters'} in this field)` : ''}`;
	}
	if (kind === 'url') return undefined;
	if (!VISIBLE.test(text.replace(BLANK_LETTERS, '')))
		return 'has no visible text (only spaces or invisible characters): write it in words';
	return undefined;
}

/**
 * Why a field's words are refused: one longer than a phone can wrap. Apart from textProblem's
 * characters, so a field too long in both ways is told both.
 * @param text - the field's value
 * @param kind - how the field is written
 * @returns the message, or undefined
 */
export function wordProblem(text: string, kind: TextKind): string | undefined {
	if (kind === 'url') return undefined;
	let offset = 0;
	for (const word of text.split(/(\s+)/u)) {
		const start = offset;
		offset += Array.from(word).length;
		if (/^\s*$/u.test(word) || LINK.test(word)) continue;
		const longest = Math.max(
			...word.split(BREAKS_ANYWHERE).map((part) => Array.from(part.replace(/\p{M}/gu, '')).length),
		);
		if (longest > MAX_WORD)
			return `has a word of ${Array.from(word).length.toLocaleString('en-GB')} characters at character ${start + 1} ("${printable(word, 20)}"): a page cannot wrap a word longer than ${MAX_WORD} characters on a phone. Add spaces or shorten it (links may be longer)`;
	}
	return undefined;
}
