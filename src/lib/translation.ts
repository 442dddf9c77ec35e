/**
 * Pure rules for translations: the version of an English text, and where a translation's shape no
 * longer matches its source. Shared by the catalogue (the page notice), `npm run check` and the build.
 */
import { createHash } from 'node:crypto';

/** What of an English entry a translation translates, per collection. */
export const TRANSLATED_FIELDS = {
	roles: ['title', 'tagline', 'phases', 'typicalDay', 'whyItMatters'],
	skills: ['name', 'description', 'topics'],
	essays: ['title', 'description'],
	projects: ['title', 'summary'],
	tracks: ['name', 'description'],
} as const;

export type TranslatableCollection = keyof typeof TRANSLATED_FIELDS;

/**
 * The version of an English entry's translatable text: the first 8 hex digits of a SHA-256 over its
 * translated fields and body. Data a translation never holds (pay, months, skill ids) leaves it alone.
 * @param collection - roles, skills or essays
 * @param data - the English entry's fields
 * @param body - the English Markdown body ("" for YAML)
 * @returns e.g. "3f9a1c2e"
 */
export function sourceVersion(
	collection: TranslatableCollection,
	data: Record<string, unknown>,
	body: string,
): string {
	const text: unknown[] = TRANSLATED_FIELDS[collection].map((field) => {
		const value = data[field];
		if (field === 'phases' && Array.isArray(value))
			return value.map((phase: Record<string, unknown>) => [
				phase['title'],
				phase['summary'],
				phase['milestones'],
			]);
		return value ?? null;
	});
	text.push(body.trim());
	return createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 8);
}

/** One place where a translation's shape differs from its English source. */
export interface ShapeProblem {
	/** Field path in the translation, e.g. ["phases", 2, "milestones"]. */
	path: (string | number)[];
	message: string;
}

const quote = (text: unknown) => `“${String(text)}”`;

function countProblem(
	path: (string | number)[],
	what: string,
	theirs: number,
	english: readonly unknown[],
): ShapeProblem[] {
	if (theirs === english.length) return [];
	const list = english.map((item, index) => `${index + 1}. ${quote(item)}`).join(' ');
	const fix =
		theirs < english.length
			? 'add a translation of each new English item, in the English order'
			: 'remove the translation of each item the English no longer has';
	return [
		{
			path,
			message: `has ${theirs} ${what} but the English has ${english.length}: ${fix} (the English: ${list})`,
		},
	];
}

/**
 * Where a translation no longer has the shape of its English entry: a phase, milestone, typical-day
 * item or topic added or removed in English.
 * @param collection - roles, skills or essays
 * @param english - the English entry's fields
 * @param translation - the translation's fields
 * @returns problems naming what to add or remove; empty when the shapes match
 */
export function shapeProblems(
	collection: TranslatableCollection,
	english: Record<string, unknown>,
	translation: Record<string, unknown>,
): ShapeProblem[] {
	const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
	if (collection === 'roles') {
		const phases = list(english['phases']) as Record<string, unknown>[];
		const theirs = list(translation['phases']) as Record<string, unknown>[];
		return [
			...countProblem(
				['phases'],
				'phases',
				theirs.length,
				phases.map((phase) => phase['title']),
			),
			...theirs.flatMap((phase, index) =>
				countProblem(
					['phases', index, 'milestones'],
					`milestones in phase ${index + 1}`,
					list(phase['milestones']).length,
					list(phases[index]?.['milestones']),
				),
			),
			...countProblem(
				['typicalDay'],
				'typicalDay items',
				list(translation['typicalDay']).length,
				list(english['typicalDay']),
			),
		];
	}
	if (collection === 'skills' && translation['topics'] !== undefined)
		return countProblem(
			['topics'],
			'topics',
			list(translation['topics']).length,
			list(english['topics']),
		);
	if (collection === 'skills' && english['topics'] !== undefined)
		return [
			{
				path: ['topics'],
				message: `is missing: the English has ${list(english['topics']).length} topics; translate them in the same order`,
			},
		];
	return [];
}
