/**
 * YAML mistakes in the words of the person who made them. The YAML parser says "Nested mappings are not
 * allowed in compact mappings" one line too early, or five things about one tab; what the contributor
 * did is indent a line too far, use a tab, or write ": " in unquoted text. `plainYamlProblems` reads the
 * text line by line, as a person does, and names that one mistake at its line with the fix. It runs only
 * on text the parser refused, and answers undefined when it cannot tell, so the parser's own words stay.
 *
 * `shapeMessage` does the same for YAML that parses but nests wrongly (a milestone dedented into the
 * list of phases reads as a phase that is only text): it says what was expected there, from the items
 * beside it, and that the indentation is probably off.
 */

/** One mistake, at a line and column of the YAML text (1-based). */
export interface PlainYamlProblem {
	line: number;
	column: number;
	message: string;
}

export const BEGINNER_YAML_MESSAGES = {
	tab: 'a tab: use spaces to indent YAML (a tab at the start of a line is not allowed; line the text up with spaces)',
	colon: (key: string) =>
		`put the text in quotes: it contains ': ', which YAML reads as the start of another "name: value". Write ${key}: "…" with the whole text inside the quotes`,
	indentedMore: (what: string, column: number, above: string, line: number) =>
		`this line is indented more than the one above it: line ${line} (${above}) already has its value, so nothing can sit inside it. Start ${what} in column ${column}, like ${above}`,
	notLinedUp: (what: string, column: number, like: string, line: number) =>
		`this line does not line up with the lines above it: start ${what} in column ${column}, like ${like} on line ${line}`,
	itemDedented: (column: number, line: number) =>
		`this list item is indented less than the items above it: start its "-" in column ${column}, like the item on line ${line}`,
} as const;

/** One line as a person sees its structure. */
interface Line {
	number: number;
	/** Spaces before the first character (a tab ends the count). */
	indent: number;
	/** Column (0-based) where a "- " list item starts, if the line is one. */
	dash?: number;
	/** The key, if the line is "key:" or "key: value" (after any "- "). */
	key?: string;
	/** Column (0-based) of the key. */
	keyColumn?: number;
	/** The value after "key: ", comment removed; empty when the key opens a block. */
	value?: string;
	/** Column (0-based) of the value. */
	valueColumn?: number;
}

const KEY =
	/^((?:"[^"]*"|'[^']*'|[^\s"'#[\]{},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?)):(?:\s+(.*?))?\s*$/;

/** A value with its comment removed: " #" starts a comment outside quotes. */
const withoutComment = (value: string) => value.replace(/(^|\s)#.*$/, '').trimEnd();

/** Whether a value written on one line goes on over the next lines (a block, a quote or a bracket left open). */
function opensMultiline(value: string): 'block' | 'double' | 'single' | 'flow' | undefined {
	if (/^[|>][-+0-9]*$/.test(value)) return 'block';
	if (value.startsWith('"') && !/^"(?:[^"\\]|\\.)*"/.test(value)) return 'double';
	if (value.startsWith("'") && !/^'(?:[^']|'')*'/.test(value)) return 'single';
	if (/^[[{]/.test(value)) {
		let depth = 0;
		for (const char of value) {
			if (char === '[' || char === '{') depth++;
			if (char === ']' || char === '}') depth--;
		}
		if (depth > 0) return 'flow';
	}
	return undefined;
}

/** Reads the lines that carry structure; lines inside blocks, quotes and brackets are left out. */
function structuralLines(text: string, lineOffset: number): { lines: Line[]; inside: Set<number> } {
	const out: Line[] = [];
	/** Lines inside a block scalar (| or >): a tab after its indentation is text. */
	const inside = new Set<number>();
	const raw = text.split('\n');
	let skip: { until: 'block'; indent: number } | { until: 'double' | 'single' | 'flow' } | null =
		null;
	for (let i = 0; i < raw.length; i++) {
		const source = raw[i] ?? '';
		const indent = /^ */.exec(source)?.[0].length ?? 0;
		const rest = source.slice(indent);
		if (skip) {
			if (skip.until === 'block') {
				if (rest === '' || indent > skip.indent) {
					inside.add(i + 1 + lineOffset);
					continue;
				}
			} else {
				const ends =
					skip.until === 'double'
						? /(^|[^\\])"/.test(source)
						: skip.until === 'single'
							? /'/.test(source)
							: /[\]}]\s*(#.*)?$/.test(source);
				if (ends) skip = null;
				continue;
			}
			skip = null;
		}
		if (rest === '' || rest.startsWith('#')) continue;
		const line: Line = { number: i + 1 + lineOffset, indent };
		let body = rest;
		let column = indent;
		const dash = /^-(?:\s+|$)/.exec(body);
		if (dash) {
			line.dash = indent;
			column += dash[0].length;
			body = body.slice(dash[0].length);
		}
		const key = KEY.exec(body);
		if (key) {
			line.key = key[1] ?? '';
			line.keyColumn = column;
			line.value = withoutComment(key[2] ?? '');
			const colon = body.indexOf(':', line.key.length - 1);
			line.valueColumn = column + colon + (/^:\s*/.exec(body.slice(colon))?.[0].length ?? 1);
			const open = opensMultiline(line.value);
			if (open === 'block') skip = { until: 'block', indent: line.dash ?? line.keyColumn };
			else if (open) skip = { until: open };
		} else if (dash) {
			const open = opensMultiline(withoutComment(body));
			if (open === 'block') skip = { until: 'block', indent };
			else if (open) skip = { until: open };
		}
		out.push(line);
	}
	return { lines: out, inside };
}

/** How a line is named in a message: "months:" or "the list item". */
const named = (line: Line) => (line.key !== undefined ? `"${line.key}:"` : 'the list item');

/**
 * The one mistake a person made in YAML the parser refused, in plain words at its line, or undefined
 * when it is none of the mistakes this knows (then the parser's messages are the best there is).
 * @param text - the YAML
 * @param firstErrorLine - the first line (in the file) the parser complained about: the mistake is on it or the
 *   next (the parser often stops a line early); nothing after that is blamed
 * @param lineOffset - lines before the YAML in its file: lines are counted in the file
 * @returns the problems (one per tab-indented line, else one)
 */
export function plainYamlProblems(
	text: string,
	firstErrorLine = Infinity,
	lineOffset = 0,
): PlainYamlProblem[] | undefined {
	const { lines, inside } = structuralLines(text, lineOffset);
	// Tabs first: every other message about a file with one would be about the tab's effects.
	const tabs = text
		.split('\n')
		.map((source, i) => ({
			line: i + 1 + lineOffset,
			at: /^[ \t]*/.exec(source)?.[0].indexOf('\t') ?? -1,
		}))
		.filter(({ line, at }) => at >= 0 && !inside.has(line));
	if (tabs.length > 0)
		return tabs.map(({ line, at }) => ({
			line,
			column: at + 1,
			message: BEGINNER_YAML_MESSAGES.tab,
		}));

	// The levels open at this point: each key's column, and each list's "-" column.
	const open: { column: number; kind: 'key' | 'dash'; line: Line }[] = [];
	let previous: Line | undefined;
	for (const line of lines) {
		if (line.number > firstErrorLine + 1) break;
		// Text with ": " in a plain value: YAML reads a second key there.
		if (line.value && !/^["'[{|>&*!]/.test(line.value) && /:(\s|$)/.test(line.value)) {
			return [
				{
					line: line.number,
					column: (line.valueColumn ?? 0) + line.value.search(/:(\s|$)/) + 1,
					message: BEGINNER_YAML_MESSAGES.colon(line.key ?? ''),
				},
			];
		}
		const column = line.dash ?? line.keyColumn;
		if (column === undefined) {
			previous = line;
			continue; // a plain line of text going on from the line above
		}
		// Deeper than the line above, which already has its value.
		const above = previous;
		const aboveOpensBlock = above?.key !== undefined && above.value === '';
		const aboveContent = above ? (above.keyColumn ?? above.dash ?? above.indent) : -1;
		// (A "-" deeper than a list item of plain text goes on with that text: "- a\n  - b" is "a - b".)
		const continues = above?.key === undefined && line.dash !== undefined && line.key === undefined;
		if (above && column > aboveContent && !aboveOpensBlock && !continues) {
			return [
				{
					line: line.number,
					column: column + 1,
					message: BEGINNER_YAML_MESSAGES.indentedMore(
						line.dash === undefined && line.key !== undefined ? `"${line.key}"` : 'the "-"',
						aboveContent + 1,
						named(above),
						above.number,
					),
				},
			];
		}
		// Close the levels this line is left of.
		let closed: (typeof open)[number] | undefined;
		while (open.length > 0 && (open.at(-1)?.column ?? -1) > column) closed = open.pop();
		const top = open.at(-1);
		if (line.dash !== undefined) {
			// A "-" left of the list it follows, where no list of its own is open.
			const sibling = top?.kind === 'dash' && top.column === column;
			if (closed?.kind === 'dash' && !sibling)
				return [
					{
						line: line.number,
						column: column + 1,
						message: BEGINNER_YAML_MESSAGES.itemDedented(closed.column + 1, closed.line.number),
					},
				];
			if (sibling) top.line = line;
			else open.push({ column, kind: 'dash', line });
			if (line.keyColumn !== undefined) open.push({ column: line.keyColumn, kind: 'key', line });
		} else if (line.keyColumn !== undefined) {
			const sibling = top?.column === column;
			const child = above !== undefined && aboveOpensBlock && column > aboveContent;
			if (!sibling && !child && closed) {
				// Line it up with the nearest field on either side (a list's "-" is not a field).
				const like =
					top?.kind === 'key' &&
					(closed.kind !== 'key' || column - top.column < closed.column - column)
						? top
						: closed;
				return [
					{
						line: line.number,
						column: column + 1,
						message: BEGINNER_YAML_MESSAGES.notLinedUp(
							`"${line.key ?? ''}"`,
							like.column + 1,
							named(like.line),
							like.line.number,
						),
					},
				];
			}
			if (sibling) top.line = line;
			else open.push({ column, kind: 'key', line });
		}
		previous = line;
	}
	return undefined;
}

const preview = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * What a field that parsed into the wrong shape should have been, in plain words, or undefined.
 * @param field - "phases[2]"
 * @param expected - what the schema expected: "object", "string", "array"
 * @param value - what the YAML gave
 * @param sibling - the item before it in the same list, if any (it shows what belongs there)
 * @returns the message
 */
export function shapeMessage(
	field: string,
	expected: string,
	value: unknown,
	sibling?: unknown,
): string | undefined {
	const isObject = (v: unknown): v is Record<string, unknown> =>
		v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
	if (expected === 'object' && typeof value === 'string') {
		const like = isObject(sibling)
			? ` like the item before it (${Object.keys(sibling).join(', ')})`
			: ' ("name: value" lines)';
		return `expected a group of fields here${like}, but found the text "${preview(value)}": the indentation is probably off. If this line belongs to a list above it, indent it to line up with that list's items`;
	}
	if (expected === 'string' && isObject(value)) {
		const keys = Object.keys(value);
		const [only] = keys;
		const inner = only === undefined ? undefined : value[only];
		const rest = typeof inner === 'string' || typeof inner === 'number' ? String(inner) : '';
		if (keys.length === 1 && only !== undefined && (inner === null || rest))
			return `put the text in quotes: it contains ': ', so YAML read "${preview(`${only}: ${rest}`)}" as a field named "${only}". Write the whole text inside quotes: "…"`;
		return `expected text here, but found a group of fields (${keys.join(', ')}): the indentation is probably off. Line each field up with the others, or put text that holds ': ' in quotes`;
	}
	if (expected === 'array' && (typeof value === 'string' || typeof value === 'number'))
		return `${field} is a list: write [${String(value)}], or each item on its own "- " line below ${field.replace(/.*\./, '')}:`;
	return undefined;
}

/**
 * The parser's problems with a YAML text, replaced by the mistake in plain words when it is one this
 * module knows; undefined otherwise (keep the parser's).
 * @param text - the YAML
 * @param parserProblems - the parser's problems, lines counted in the file
 * @param lineOffset - lines before the YAML in its file (2 for frontmatter after "---")
 * @returns the plain problems, lines counted in the file
 */
export function plainYamlFileProblems(
	text: string,
	parserProblems: readonly PlainYamlProblem[],
	lineOffset: number,
): PlainYamlProblem[] | undefined {
	const first = Math.min(...parserProblems.map((problem) => problem.line));
	return plainYamlProblems(text, first, lineOffset);
}

/**
 * `shapeMessage` for a schema's complaint about one field of an entry's data.
 * @param data - the entry's data, as YAML read it
 * @param path - the field's path, e.g. ["phases", 2]
 * @param expected - what the schema expected there
 * @returns the plain message, or undefined to keep the schema's
 */
export function wrongShapeMessage(
	data: unknown,
	path: readonly PropertyKey[],
	expected: string,
): string | undefined {
	const at = (keys: readonly PropertyKey[]) =>
		keys.reduce<unknown>(
			(value, key) =>
				value !== null && typeof value === 'object'
					? (value as Record<PropertyKey, unknown>)[key]
					: undefined,
			data,
		);
	const last = path.at(-1);
	const parent = path.slice(0, -1);
	// The item before it in its list (or after it, for the first) shows what belongs there.
	const sibling =
		typeof last === 'number' ? at([...parent, last > 0 ? last - 1 : last + 1]) : undefined;
	const field = path.reduce<string>(
		(name, key) =>
			typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
		'',
	);
	return shapeMessage(field, expected, at(path), sibling);
}
