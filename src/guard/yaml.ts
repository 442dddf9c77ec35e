/**
 * YAML as contributors may write it: plain mappings, lists and scalars. No anchors or aliases (an alias
 * bomb expands a few lines into gigabytes), no tags (`!!js/function` and friends), no duplicate keys, and
 * nothing that the build's YAML reader (js-yaml) would read differently from this one.
 */
import jsYaml from 'js-yaml';
import { isAlias, isCollection, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { GuardProblem } from './rules.ts';
import { plainYamlFileProblems } from '../lib/yaml-messages.ts';

export const YAML_MESSAGES = {
	empty: (what: string) => `the ${what} is empty: write its fields, one "name: value" per line`,
	notMapping: (what: string) =>
		`the ${what} must be a list of fields ("name: value" lines), not a single value or a list`,
	alias:
		'anchors and aliases (&name, *name) are not allowed: write the value out in full where it is needed',
	tag: (tag: string) =>
		`the YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed: write a plain value (text, number, true/false or a date)`,
	date: (value: string) =>
		`${value} is not a calendar date: write a real date as YYYY-MM-DD, like 2026-02-28`,
	differs:
		'this YAML reads differently in two YAML parsers: put quotes around text values that look like numbers, dates or true/false',
} as const;

const DATE_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ].*)?$/;

/**
 * True when `value` names a real day of the Gregorian calendar.
 * @param year - four-digit year
 * @param month - 1 to 12
 * @param day - 1 to 31
 * @returns whether the day exists
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** Dates become YYYY-MM-DD strings so both readers' results can be compared. */
const normalise = (value: unknown): unknown =>
	JSON.parse(
		JSON.stringify(value, function (this: Record<string, unknown>, key) {
			const raw = this[key];
			return raw instanceof Date ? raw.toISOString().replace(/T00:00:00\.000Z$/, '') : raw;
		}),
	);

/** A YAML text as `yaml` read it, with where its lines start. */
export interface ReadYaml {
	document: Document.Parsed;
	lineCounter: LineCounter;
}

/**
 * YAML texts the guard has accepted, with their reading: the content checks look them up by text
 * instead of parsing each file again. Whoever runs the guard makes one and drops it after the checks.
 */
export type AcceptedYaml = Map<string, ReadYaml>;

/**
 * Reads YAML with `yaml` as the guard and the content checks do (YAML 1.2 core schema, unique keys).
 * @param text - the YAML
 * @returns the document and its line counter
 */
export function readYaml(text: string): ReadYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {
		uniqueKeys: true,
		prettyErrors: false,
		strict: true,
		schema: 'core',
		lineCounter,
	});
	return { document, lineCounter };
}

/**
 * Checks YAML text strictly and returns its problems, with lines counted from the start of the file.
 * @param text - the YAML
 * @param what - "frontmatter" or "file", for messages
 * @param lineOffset - lines before the YAML in its file
 * @param accepted - where to keep the reading of YAML that has no problem
 * @returns problems; empty when the YAML is a plain mapping both readers agree on
 */
export function yamlProblems(
	text: string,
	what: string,
	lineOffset = 0,
	accepted?: AcceptedYaml,
): GuardProblem[] {
	const read = readYaml(text);
	const doc = read.document;
	const lineOf = (offset: number | undefined) => {
		const before = text.slice(0, offset ?? 0);
		const line = before.split('\n').length;
		const column = before.length - before.lastIndexOf('\n');
		return { line: line + lineOffset, column };
	};
	const problems: GuardProblem[] = [];
	for (const error of [
		...doc.errors,
		...doc.warnings.filter((w) => !/^Unresolved tag/.test(w.message)),
	]) {
		const message = error.message.split('\n')[0] ?? error.message;
		problems.push({
			...lineOf(error.pos[0]),
			message: `YAML could not be read: ${message.replace(/ at line \d+, column \d+.*$/, '')}`,
		});
	}
	// The mistake in plain words ("a tab: use spaces…") where src/lib/yaml-messages.ts can tell it.
	if (problems.length > 0) return plainYamlFileProblems(text, problems, lineOffset) ?? problems;

	let aliasReported = false;
	visit(doc, (_key, node) => {
		// One message for the first anchor or alias is enough; a bomb has thousands.
		if (isAlias(node) || ((isScalar(node) || isCollection(node)) && node.anchor)) {
			if (!aliasReported)
				problems.push({ ...lineOf(node.range?.[0]), message: YAML_MESSAGES.alias });
			aliasReported = true;
		}
		if (!isScalar(node) && !isCollection(node)) return;
		// yaml sets a node's tag only when the source wrote one ("!!str", "!custom").
		if (node.tag)
			problems.push({ ...lineOf(node.range?.[0]), message: YAML_MESSAGES.tag(node.tag) });
		if (isScalar(node) && typeof node.value === 'string') {
			const match = DATE_LIKE.exec(node.value.trim());
			if (match && !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
				problems.push({ ...lineOf(node.range?.[0]), message: YAML_MESSAGES.date(node.value) });
			}
		}
	});
	if (problems.length > 0) return dedupe(problems);

	const value: unknown = doc.toJS();
	if (value === null || value === undefined)
		return [{ line: 1 + lineOffset, column: 1, message: YAML_MESSAGES.empty(what) }];
	if (typeof value !== 'object' || Array.isArray(value)) {
		return [{ line: 1 + lineOffset, column: 1, message: YAML_MESSAGES.notMapping(what) }];
	}
	let theirs: unknown;
	try {
		theirs = jsYaml.load(text);
	} catch {
		theirs = undefined;
	}
	if (JSON.stringify(normalise(theirs)) !== JSON.stringify(normalise(value))) {
		return [{ line: 1 + lineOffset, column: 1, message: YAML_MESSAGES.differs }];
	}
	accepted?.set(text, read);
	return [];
}

function dedupe(problems: GuardProblem[]): GuardProblem[] {
	const seen = new Set<string>();
	return problems
		.filter((problem) => {
			const key = `${problem.line}:${problem.column}:${problem.message}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => a.line - b.line || a.column - b.column);
}
