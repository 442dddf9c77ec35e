import type { SkillItem } from './roadmap.ts';
import { distance } from 'fastest-levenshtein';

import { REGISTRY, type ReferableCollection } from '../registry.ts';

/** Collections that content can point into. */
export type CollectionName = ReferableCollection;

/** One id written in one field of one content file. */
export interface Reference {
	/** The file holding the reference, relative to the project root. */
	file: string;
	/** Path of the field, e.g. "phases[0].skills[2]". */
	field: string;
	/** The collection the id must exist in. */
	target: CollectionName;
	/** The id as written. */
	id: string;
}

/** A reference whose id does not exist. */
export interface BrokenReference extends Reference {
	/**
	 * Up to three existing ids, closest first: ones spelt like it when there are any (a typo), else the
	 * nearest that exist, so the message always shows what can be written there.
	 */
	suggestions: string[];
	/** Whether the suggestions are spelt like the id (a typo), not only the nearest there are. */
	close: boolean;
}

/**
 * Existing ids closest in spelling to `id`, for "did you mean …?".
 * @param id - the unknown id
 * @param candidates - ids that exist
 * @param limit - how many to return at most
 * @returns close ids, closest first
 */
export function closestIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
	const scored: { candidate: string; score: number }[] = [];
	for (const candidate of candidates) {
		const score = distance(id, candidate);
		const close =
			score <= Math.max(2, Math.floor(Math.max(id.length, candidate.length) / 3)) ||
			candidate.startsWith(id) ||
			id.startsWith(candidate);
		if (close) scored.push({ candidate, score });
	}
	scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
	return scored.slice(0, limit).map(({ candidate }) => candidate);
}

/**
 * The existing ids nearest in spelling to `id`, however far: what to show when none is close.
 * @param id - the unknown id
 * @param candidates - ids that exist
 * @param limit - how many to return at most
 * @returns the nearest ids, nearest first
 */
export function nearestIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
	return [...candidates]
		.map((candidate) => ({ candidate, score: distance(id, candidate) }))
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}

/**
 * Every reference whose id is missing from its target collection.
 * @param references - all references found in content
 * @param known - the ids that exist, per collection
 * @returns the broken ones, in input order, with suggestions
 */
export function findBrokenReferences(
	references: readonly Reference[],
	known: Readonly<Record<CollectionName, ReadonlySet<string>>>,
): BrokenReference[] {
	return references
		.filter((reference) => !known[reference.target].has(reference.id))
		.map((reference) => {
			const close = closestIds(reference.id, known[reference.target]);
			return {
				...reference,
				suggestions: close.length > 0 ? close : nearestIds(reference.id, known[reference.target]),
				close: close.length > 0,
			};
		});
}

/**
 * One line a contributor can act on:
 * `content/roles/x.md  phases[0].skills[2]  unknown skill "postgress": did you mean postgresql?`
 * @param broken - the broken reference
 * @returns the message line
 */
export function formatBrokenReference(broken: BrokenReference): string {
	return `${broken.file}  ${broken.field}  ${brokenReferenceMessage(broken)}`;
}

/**
 * What is wrong and how to fix it, without the file and field, always with existing ids to use:
 * `unknown skill "postgress": did you mean postgresql?`
 * @param broken - the broken reference
 * @returns the message
 */
export function brokenReferenceMessage(broken: BrokenReference): string {
	const what = `unknown ${REGISTRY[broken.target].noun} "${broken.id}"`;
	const create = `content/${REGISTRY[broken.target].folder}/${broken.id}.${REGISTRY[broken.target].files[0]}`;
	if (broken.suggestions.length === 0)
		return `${what}: there are no ${broken.target} yet: create ${create}`;
	if (broken.close) return `${what}: did you mean ${broken.suggestions.join(', ')}?`;
	return `${what}: no ${REGISTRY[broken.target].noun} has a similar id; the nearest are ${broken.suggestions.join(', ')}. Use one of them, or create ${create}`;
}

/** The fields of each collection that hold references, as plain data. */
export interface ReferencingEntries {
	roles: readonly {
		file: string;
		data: {
			track: string;
			phases: readonly { skills: readonly SkillItem[] }[];
			projects: readonly string[];
			essays: readonly string[];
			related: readonly string[];
		};
	}[];
	projects: readonly { file: string; data: { skills: readonly string[] } }[];
	essays: readonly { file: string; data: { roles: readonly string[] } }[];
	/** Skills refer to the skills that should come first. */
	skills?: readonly { file: string; data: { prerequisites: readonly string[] } }[];
}

/**
 * Every reference written in roles, projects and essays.
 * @param entries - the referencing entries with their source files
 * @returns the references, file by file
 */
export function collectReferences(entries: ReferencingEntries): Reference[] {
	const refs: Reference[] = [];
	const list = (file: string, field: string, target: CollectionName, ids: readonly string[]) => {
		ids.forEach((id, i) => refs.push({ file, field: `${field}[${i}]`, target, id }));
	};

	for (const { file, data } of entries.roles) {
		refs.push({ file, field: 'track', target: 'tracks', id: data.track });
		data.phases.forEach((phase, p) => {
			phase.skills.forEach((item, s) => {
				if (typeof item === 'string')
					refs.push({ file, field: `phases[${p}].skills[${s}]`, target: 'skills', id: item });
				else list(file, `phases[${p}].skills[${s}].oneOf`, 'skills', item.oneOf);
			});
		});
		list(file, 'projects', 'projects', data.projects);
		list(file, 'essays', 'essays', data.essays);
		list(file, 'related', 'roles', data.related);
	}
	for (const { file, data } of entries.projects) list(file, 'skills', 'skills', data.skills);
	for (const { file, data } of entries.essays) list(file, 'roles', 'roles', data.roles);
	for (const { file, data } of entries.skills ?? [])
		list(file, 'prerequisites', 'skills', data.prerequisites);
	return refs;
}
