/**
 * The text `npm run new` writes where a contributor must write their own, in one place: the scaffolder
 * writes it from here and the content check finds it from here, so an unedited field can never pass
 * `npm run check` on a published entry (a role or essay with `draft: false`, or any skill, project or
 * track, which have no draft stage).
 */

/** Every placeholder sentence starts so; the rest of it says what to write instead. */
const PREFIX = 'Replace this with ';

/** Every placeholder link starts so (example.org is reserved for examples: never a real page). */
const URL_HOST = 'example.org';
const URL_PATH = '/replace-with-';

/**
 * A placeholder sentence: "Replace this with one line on what the role does."
 * @param what - what the contributor writes instead, e.g. "one line on what the role does"
 * @returns the sentence the scaffolder writes
 */
export const placeholder = (what: string): string => `${PREFIX}${what}.`;

/**
 * A placeholder link on a host reserved for examples: https://example.org/replace-with-the-official-docs
 * @param what - what the link should be, in a few words ("the official docs")
 * @returns the URL the scaffolder writes
 */
export const placeholderUrl = (what: string): string =>
	`https://${URL_HOST}${URL_PATH}${what.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * What the contributor should write instead of a scaffold's value, or undefined when the value is theirs.
 * @param value - a field's value
 * @returns "write one line on what the role does", or "link to …" for the scaffold's example URL
 */
export function placeholderFix(value: string): string | undefined {
	const text = value.trim();
	if (text.startsWith(PREFIX))
		return `write ${text.slice(PREFIX.length).replace(/\.$/, '').split(/\.\s/)[0] ?? ''}`;
	// Any scheme or case: http://EXAMPLE.org/replace-with-… is the same placeholder.
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (url?.hostname === URL_HOST && url.pathname.startsWith(URL_PATH))
		return `link to ${url.pathname.slice(URL_PATH.length).replace(/-/g, ' ')} (https), not the ${URL_HOST} placeholder`;
	return undefined;
}

/** One field still holding the scaffold's text. */
export interface PlaceholderField {
	/** The path to the value, e.g. ["phases", 0, "summary"]. */
	path: (string | number)[];
	/** What to write instead. */
	fix: string;
}

/**
 * Every string in an entry's data that is still the scaffold's, depth first, in document order.
 * @param data - the entry's fields
 * @returns each field and its fix
 */
export function placeholderFields(data: unknown): PlaceholderField[] {
	const found: PlaceholderField[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') {
			const fix = placeholderFix(value);
			if (fix) found.push({ path, fix });
		} else if (Array.isArray(value)) {
			value.forEach((item, i) => {
				walk(item, [...path, i]);
			});
		} else if (value !== null && typeof value === 'object' && !(value instanceof Date))
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
	};
	walk(data, []);
	return found;
}

/**
 * The message for one field: "tagline still holds the scaffold's placeholder: write one line on …"
 * @param field - the field's name as check prints it
 * @param fix - from placeholderFix
 * @returns the message
 */
export const placeholderMessage = (field: string, fix: string): string =>
	`${field} still holds the scaffold's placeholder: ${fix}`;

/**
 * The first line of a body that is still the scaffold's, or undefined.
 * @param body - a Markdown body
 * @returns the 1-based line within the body, and the fix
 */
export function placeholderInBody(body: string): { line: number; fix: string } | undefined {
	const lines = body.split('\n');
	for (let i = 0; i < lines.length; i++) {
		// A list item's text counts too: "1. Replace this with the first step."
		const text = (lines[i] ?? '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
		const fix = text.startsWith(PREFIX) ? placeholderFix(text) : undefined;
		if (fix) return { line: i + 1, fix };
	}
	return undefined;
}
