/**
 * The building blocks every schema's text fields and objects are made of: strings that pass the one
 * text rule (src/lib/text-rule.ts) for their kind, and objects that name the fields they allow when
 * a file has one they do not know.
 */
import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { characterProblem, printable, wordProblem, type TextKind } from '../lib/text-rule.ts';

/**
 * A string that passes the text rule. A refused character stops the field's other checks, so a title
 * of invisible characters is reported once, for what it is; a word too long is reported beside them.
 * @param kind - how the field is written
 * @returns the string schema, to chain .min()/.max()/.describe() on
 */
export function text(kind: TextKind) {
	return z.string().check(
		z.superRefine((value: string, ctx) => {
			const characters = characterProblem(value, kind);
			if (characters)
				ctx.addIssue({ code: 'custom', message: characters, input: value, continue: false });
			const words = characters ? undefined : wordProblem(value, kind);
			if (words) ctx.addIssue({ code: 'custom', message: words, input: value });
		}),
	);
}

/** One line of text: a title, name, tagline, milestone, topic. */
export const line = () => text('line');
/** A paragraph: may be written as a YAML block and keep its line breaks. */
export const paragraph = () => text('paragraph');

/** What to say about unknown fields in one kind of object. */
export interface FieldsOptions {
	/** Fields the English entry has but a translation must not repeat: they come from English. */
	fromEnglish?: readonly string[];
}

/**
 * The message for fields an object does not allow, naming the fields it does and the closest one.
 * @param keys - the unknown keys
 * @param allowed - the fields the object allows
 * @param options - what the object is
 * @returns the message
 */
export function unknownFieldsMessage(
	keys: readonly string[],
	allowed: readonly string[],
	options: FieldsOptions = {},
): string {
	const parts = keys.map((key) => {
		const shown = `"${printable(key)}"`;
		if (options.fromEnglish?.includes(key))
			return `${shown} is not translated: it comes from the English entry. Delete it here`;
		const closest = allowed
			.map((name) => ({ name, cost: distance(name.toLowerCase(), key.toLowerCase()) }))
			.sort((a, b) => a.cost - b.cost)[0];
		const near = closest && closest.cost <= Math.max(2, Math.floor(key.length / 3));
		return `unknown field ${shown}${near ? ` (did you mean "${closest.name}"?)` : ''}`;
	});
	return `${parts.join('; ')}. The fields allowed here are ${allowed.join(', ')} (check the spelling, or delete the line)`;
}

/**
 * An object that allows only the fields of its shape, and names them when a file has another.
 * @param shape - the fields
 * @param options - what the object is, for the message
 * @returns the strict object schema
 */
export function fields<Shape extends z.core.$ZodLooseShape>(
	shape: Shape,
	options: FieldsOptions = {},
) {
	const allowed = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? unknownFieldsMessage(issue.keys, allowed, options)
				: undefined,
	});
}

/**
 * The message for a list over its size limit, with its size: "403 phases in a role; at most 12: …".
 * @param max - the limit
 * @param what - what the list holds, and where
 * @param fix - what to do
 * @returns zod's error option for .max()
 */
export function most(max: number, what: string, fix: string) {
	return {
		error: (issue: { input?: unknown }) =>
			`${Array.isArray(issue.input) ? issue.input.length : `more than ${max}`} ${what}; at most ${max}: ${fix}`,
	};
}
