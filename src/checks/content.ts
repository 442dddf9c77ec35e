/**
 * Every content rule, in one engine that `npm run check` and the build both run: the content guard,
 * schemas, reference integrity, prerequisites, freshness and content lint, over all of content/, each
 * problem as `file:line  field  message`. The build fails on the same errors check reports.
 */
import { basename, dirname, extname, join, relative } from 'node:path';
import {
	collectReferences,
	findBrokenReferences,
	brokenReferenceMessage,
} from '../lib/references.ts';
import {
	COLLECTION_NAMES,
	REFERABLE,
	type CollectionName,
	type ReferableCollection,
} from '../registry.ts';
import { cycleMessage, prerequisiteCycles } from '../lib/prerequisites.ts';
import { itemSkills, roleSkills } from '../lib/roadmap.ts';
import { COLLECTION_SCHEMAS, today } from '../schemas/index.ts';
import { siteConfig } from '../site.config.ts';
import { readCollection, type ContentFile } from './content-files.ts';
import { runGuard, type GuardRun } from '../guard/files.ts';
import { checkTranslations, type TranslationProgress, type Unusable } from './translations.ts';
import { checkPay } from './pay.ts';
import { githubAnnotation, logText } from '../lib/log-text.ts';
import { placeholderFields, placeholderInBody, placeholderMessage } from '../lib/placeholders.ts';
import { wrongShapeMessage } from '../lib/yaml-messages.ts';
import { readFile } from 'node:fs/promises';

/**
 * "content/roles/x.md:12  pay[0].year  warning: …", the line `npm run check` and the build print.
 * @param finding - one finding
 * @returns the line
 */
export function formatFinding(finding: Finding): string {
	const where = `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
	const tag = finding.severity === 'warning' ? 'warning: ' : '';
	// File names, fields and messages can quote content: printed as one visible line, never a command.
	return logText(`${where}  ${finding.field ? `${finding.field}  ` : ''}${tag}${finding.message}`);
}

/**
 * The GitHub Actions annotations for findings, errors first (GitHub shows only the first few of each
 * kind per step): each on its file and line, titled with the field.
 * @param findings - from checkContent or the guard
 * @returns workflow-command lines, escaped so content cannot forge or change one
 */
export function findingAnnotations(findings: readonly Finding[]): string[] {
	return [...findings]
		.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
		.map((finding) =>
			githubAnnotation({
				level: finding.severity,
				file: finding.file,
				line: finding.line,
				column: finding.column,
				title: finding.field || 'content check',
				message: finding.message,
			}),
		);
}

/** One finding. Warnings are printed but do not fail the check. */
export interface Finding {
	file: string;
	line: number;
	field: string;
	message: string;
	severity: 'error' | 'warning';
	/** Column, for problems the content guard locates inside a line. */
	column?: number;
	/**
	 * A note no contributor needs to act on to get their change in (a skill no role uses yet, a
	 * prerequisite a published roadmap leaves to the reader): `npm run check` counts it and shows it
	 * with `--all`.
	 */
	quiet?: boolean;
}

const SCHEMAS = COLLECTION_SCHEMAS;

type Parsed<K extends CollectionName> = ContentFile & {
	data: ReturnType<(typeof SCHEMAS)[K]['parse']>;
};

const fieldName = (path: readonly PropertyKey[]) =>
	path.reduce<string>(
		(name, key) =>
			typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
		'',
	);

/** "phases[0].skills[2]" → ["phases", 0, "skills", 2] */
const fieldPath = (field: string) =>
	field
		.split(/[.[\]]/)
		.filter(Boolean)
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Runs every check over a content folder.
 * @param dir - the content folder
 * @param options - `guarded`: the caller has run the content guard over the folder already (the build
 *   does, and stops on any refusal) and this is its run; the guard is not run again, no refused file
 *   is read, and no accepted file's YAML is read strictly or parsed a second time
 * @returns all findings, errors and warnings, file by file
 */
export async function checkContent(
	dir: string,
	options: { guarded?: GuardRun } = {},
): Promise<{
	findings: Finding[];
	counts: Record<CollectionName, number>;
	translations: TranslationProgress[];
}> {
	const findings: Finding[] = [];
	const error = (file: string, line: number, field: string, message: string) =>
		findings.push({ file, line, field, message, severity: 'error' });
	const warning = (file: string, line: number, field: string, message: string) =>
		findings.push({ file, line, field, message, severity: 'warning' });
	const note = (file: string, line: number, field: string, message: string) =>
		findings.push({ file, line, field, message, severity: 'warning', quiet: true });

	// The guard first: a file it refuses is not read any further, so nothing here parses it another way.
	let { guarded } = options;
	if (!guarded) {
		const { problems, run } = await runGuard(dir);
		for (const problem of problems) findings.push({ ...problem, field: '', severity: 'error' });
		guarded = run;
	}

	const raw = Object.fromEntries(
		await Promise.all(
			COLLECTION_NAMES.map(async (name) => [name, await readCollection(join(dir, name), guarded)]),
		),
	) as Record<CollectionName, ContentFile[]>;

	// Entries that exist but cannot be used: refused by the guard (never read) or failing their schema.
	// Each is reported once, on itself: other files may still name them, and a translation of one is
	// not told that its English entry does not exist.
	const unusable = Object.fromEntries(
		Object.keys(SCHEMAS).map((name) => [name, new Map<string, Unusable>()]),
	) as Record<CollectionName, Map<string, Unusable>>;
	for (const file of guarded.refused) {
		for (const name of Object.keys(SCHEMAS) as CollectionName[]) {
			if (dirname(file) !== (relative(process.cwd(), join(dir, name)) || join(dir, name))) continue;
			unusable[name].set(basename(file, extname(file)), { file, reason: 'refused' });
		}
	}

	// Schemas: every field error of every file.
	const valid = {} as { [K in CollectionName]: Parsed<K>[] };
	for (const name of Object.keys(SCHEMAS) as CollectionName[]) {
		const good: ContentFile[] = [];
		const seen = new Map<string, string>();
		for (const entry of raw[name]) {
			const twin = seen.get(entry.id);
			if (twin)
				error(
					entry.file,
					1,
					'id',
					`duplicate id "${entry.id}": ${twin} has the same name. Rename or delete one`,
				);
			seen.set(entry.id, entry.file);
			const result = SCHEMAS[name].safeParse(entry.data);
			if (result.success) good.push({ ...entry, data: result.data });
			else {
				unusable[name].set(entry.id, { file: entry.file, reason: 'invalid' });
				for (const issue of result.error.issues)
					error(
						entry.file,
						entry.lineOf(issue.path),
						fieldName(issue.path) || '(file)',
						(issue.code === 'invalid_type' &&
							wrongShapeMessage(entry.data, issue.path, issue.expected)) ||
							issue.message,
					);
			}
		}
		(valid as Record<CollectionName, ContentFile[]>)[name] = good;
	}

	// Scaffold text left in a published entry (a draft may keep it while it is written).
	for (const entries of Object.values(valid) as ContentFile[][]) {
		for (const entry of entries) {
			const data = entry.data as Record<string, unknown>;
			if (data['draft'] === true) continue;
			for (const { path, fix } of placeholderFields(data))
				error(
					entry.file,
					entry.lineOf(path),
					fieldName(path),
					placeholderMessage(fieldName(path), fix),
				);
			const inBody = placeholderInBody(entry.body);
			if (inBody) {
				const text = await readFile(entry.file, 'utf8');
				const bodyStart = text.split('\n').length - entry.body.split('\n').length;
				error(
					entry.file,
					bodyStart + inBody.line,
					'(body)',
					placeholderMessage('the body', inBody.fix),
				);
			}
		}
	}

	// Translations: their schema, the English entry they name, and its shape.
	const translations = await checkTranslations(dir, valid, guarded, {
		error,
		warning,
		unusable,
	});

	// References between files.
	const byFile = new Map(
		Object.values(valid)
			.flat()
			.map((entry) => [entry.file, entry]),
	);
	const broken = findBrokenReferences(
		collectReferences({
			roles: valid.roles,
			projects: valid.projects,
			essays: valid.essays,
			skills: valid.skills,
		}),
		// Every file that exists is known, whether or not it is valid or was refused.
		Object.fromEntries(
			REFERABLE.map((name) => [
				name,
				new Set([...raw[name].map((entry) => entry.id), ...unusable[name].keys()]),
			]),
		) as Record<ReferableCollection, Set<string>>,
	);
	for (const reference of broken) {
		const line = byFile.get(reference.file)?.lineOf(fieldPath(reference.field)) ?? 1;
		error(reference.file, line, reference.field, brokenReferenceMessage(reference));
	}

	// Freshness: old figures and old reviews are warnings; a figure from the future is a schema error.
	const now = today();
	const { reviewMaxAgeMonths } = siteConfig.freshness;
	for (const role of valid.roles) {
		const months =
			(now.getUTCFullYear() - role.data.updated.getUTCFullYear()) * 12 +
			(now.getUTCMonth() - role.data.updated.getUTCMonth());
		if (months > reviewMaxAgeMonths)
			warning(
				role.file,
				role.lineOf(['updated']),
				'updated',
				`last reviewed ${months} months ago (more than ${reviewMaxAgeMonths}): read the role again, fix what has changed, then set updated to today`,
			);
	}

	// Pay: citations against the register (src/checks/pay.ts).
	checkPay(valid, error, warning);

	// Prerequisites: no cycle, and none taught only after the skill that needs it.
	const graph = new Map(valid.skills.map((skill) => [skill.id, skill.data.prerequisites]));
	const skillFile = new Map(valid.skills.map((skill) => [skill.id, skill]));
	for (const cycle of prerequisiteCycles(graph)) {
		for (let i = 0; i < cycle.length - 1; i++) {
			const skill = skillFile.get(cycle[i] ?? '');
			if (!skill) continue;
			const index = skill.data.prerequisites.indexOf(cycle[i + 1] ?? '');
			error(
				skill.file,
				skill.lineOf(['prerequisites', index]),
				'prerequisites',
				cycleMessage(cycle),
			);
		}
	}
	for (const role of valid.roles) {
		const taughtIn = new Map<string, number>();
		role.data.phases.forEach((phase, p) => {
			for (const id of phase.skills.flatMap(itemSkills)) if (!taughtIn.has(id)) taughtIn.set(id, p);
		});
		role.data.phases.forEach((phase, p) => {
			phase.skills.forEach((item, s) => {
				for (const id of itemSkills(item)) {
					for (const before of graph.get(id) ?? []) {
						const when = taughtIn.get(before);
						if (when !== undefined && when <= p) continue;
						// Taught later contradicts the roadmap; never taught may be assumed knowledge: a
						// note on a published role, a warning on a draft while it is written.
						(when === undefined && !role.data.draft ? note : warning)(
							role.file,
							role.lineOf(['phases', p, 'skills', s]),
							`phases[${p}].skills[${s}]`,
							when === undefined
								? `${id} needs ${before} first, which this roadmap never teaches: add ${before} to this or an earlier phase`
								: `${id} needs ${before} first, which this roadmap teaches later (phase ${when + 1}): move one of them`,
						);
					}
				}
			});
		});
	}

	// Lint: mistakes the schemas cannot see.
	for (const role of valid.roles) {
		const milestones = new Set<string>();
		role.data.phases.forEach((phase, p) => {
			const skills = new Set<string>();
			phase.skills.forEach((item, s) => {
				for (const skill of itemSkills(item)) {
					if (skills.has(skill))
						error(
							role.file,
							role.lineOf(['phases', p, 'skills', s]),
							`phases[${p}].skills[${s}]`,
							`"${skill}" is listed twice in this phase`,
						);
					skills.add(skill);
				}
			});
			phase.milestones.forEach((milestone, m) => {
				if (milestones.has(milestone))
					error(
						role.file,
						role.lineOf(['phases', p, 'milestones', m]),
						`phases[${p}].milestones[${m}]`,
						'the same milestone appears twice in this role',
					);
				milestones.add(milestone);
			});
		});
		if (!role.data.draft && role.data.projects.length < 6) {
			warning(
				role.file,
				role.lineOf(['projects']),
				'projects',
				`${role.data.projects.length} projects: a published role should list at least 6`,
			);
		}
	}
	const used = new Set([
		...valid.roles.flatMap((role) => roleSkills(role.data.phases)),
		...valid.projects.flatMap((project) => project.data.skills),
	]);
	// A refused or invalid role or project may use a skill: say nothing rather than something wrong.
	const usersUnknown = unusable.roles.size > 0 || unusable.projects.size > 0;
	for (const skill of usersUnknown ? [] : valid.skills) {
		if (!used.has(skill.id))
			note(
				skill.file,
				1,
				'(file)',
				'no role or project uses this skill yet: add it to a phase or a project',
			);
	}

	const counts = Object.fromEntries(
		Object.entries(raw).map(([name, entries]) => [name, entries.length]),
	) as Record<CollectionName, number>;
	findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return { findings, counts, translations };
}
