/**
 * A language's text laid over the English catalogue. Pure, like buildCatalog: structure, data and
 * relationships stay the English ones; only text changes.
 */
import { layoutSkillGraph } from '../lib/skill-graph.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { milestoneId } from '../lib/progress.ts';
import { sourceVersion, type TranslatableCollection } from '../lib/translation.ts';
import type {
	Catalog,
	EssayEntry,
	ProjectEntry,
	RoleView,
	SkillEntry,
	SkillUse,
	TextState,
	TrackEntry,
	TranslationInput,
} from './types.ts';

/** Whether a translation is current, from the version it records and its English entry's text now. */
function textState(
	lang: Lang,
	collection: TranslatableCollection,
	english: { data: object; body?: string | undefined },
	translation: { data: { sourceVersion: string } } | undefined,
): TextState {
	if (!translation) return { lang: DEFAULT_LANG, status: 'missing' };
	const now = sourceVersion(
		collection,
		english.data as Record<string, unknown>,
		english.body ?? '',
	);
	return { lang, status: translation.data.sourceVersion === now ? 'translated' : 'outdated' };
}

/**
 * The catalogue with a language's text laid over the English: roles, skills and essays that have a
 * translation take its text; the rest stay English and say so. Milestone ids stay those of the
 * English text, so a reader's ticks are shared across languages.
 * @param base - the English catalogue
 * @param lang - a translated language
 * @param translations - every translation, of every language
 * @returns the catalogue in that language
 */
export function translateCatalog(
	base: Catalog,
	lang: Lang,
	translations: TranslationInput,
): Catalog {
	const {
		roles: roleTexts,
		skills: skillTexts,
		essays: essayTexts,
		tracks: trackTexts,
		projects: projectTexts,
	} = translations;
	const ofLang = <T extends { id: string }>(entries: T[]) =>
		new Map(
			entries
				.filter((entry) => entry.id.startsWith(`${lang}/`))
				.map((entry) => [entry.id.slice(lang.length + 1), entry]),
		);
	const roleText = ofLang(roleTexts);
	const skillText = ofLang(skillTexts);
	const essayText = ofLang(essayTexts);
	const trackText = ofLang(trackTexts);
	const projectText = ofLang(projectTexts);
	const texts = new Map<string, TextState>();
	const bodies = new Map(base.bodies);

	const tracks = base.tracks.map((track): TrackEntry => {
		const translation = trackText.get(track.id);
		texts.set(`tracks/${track.id}`, textState(lang, 'tracks', track, translation));
		if (!translation) return track;
		const { name, description } = translation.data;
		return { ...track, data: { ...track.data, name, description } };
	});

	const projects = new Map<string, ProjectEntry>();
	for (const [id, project] of base.projects) {
		const translation = projectText.get(id);
		texts.set(`projects/${id}`, textState(lang, 'projects', project, translation));
		if (!translation) {
			projects.set(id, project);
			continue;
		}
		bodies.set(`projects/${id}`, translation);
		const { title, summary } = translation.data;
		projects.set(id, {
			...project,
			body: translation.body ?? '',
			data: { ...project.data, title, summary },
		});
	}

	const skills = new Map<string, SkillEntry>();
	for (const [id, entry] of base.skills) {
		const translation = skillText.get(id);
		texts.set(`skills/${id}`, textState(lang, 'skills', entry, translation));
		if (!translation) {
			skills.set(id, entry);
			continue;
		}
		const { name, description, aliases, topics } = translation.data;
		skills.set(id, {
			...entry,
			data: {
				...entry.data,
				name: name ?? entry.data.name,
				description,
				aliases: [...entry.data.aliases, ...aliases],
				topics: topics ?? entry.data.topics,
			},
		});
	}
	const skillNames = new Map([...skills].map(([id, skill]) => [id, skill.data.name]));

	const roles = base.roles.map((view): RoleView => {
		const translation = roleText.get(view.id);
		const text = textState(lang, 'roles', view.entry, translation);
		texts.set(`roles/${view.id}`, text);
		if (!translation) return { ...view, text };
		bodies.set(`roles/${view.id}`, translation);
		const { data } = view.entry;
		const words = translation.data;
		const phases = data.phases.map((phase, index) => ({
			...phase,
			title: words.phases[index]?.title ?? phase.title,
			summary: words.phases[index]?.summary ?? phase.summary,
			milestones: words.phases[index]?.milestones ?? phase.milestones,
			milestoneIds: phase.milestones.map(milestoneId),
		}));
		return {
			...view,
			title: words.title,
			tagline: words.tagline,
			text,
			entry: {
				...view.entry,
				body: translation.body ?? '',
				data: {
					...data,
					title: words.title,
					tagline: words.tagline,
					phases,
					typicalDay: words.typicalDay,
					whyItMatters: words.whyItMatters,
				},
			},
			graph: layoutSkillGraph(phases, base.prerequisites, skillNames),
		};
	});
	const rolesById = new Map(roles.map((view) => [view.id, view]));

	const essays = base.essays.map((essay): EssayEntry => {
		const translation = essayText.get(essay.id);
		texts.set(`essays/${essay.id}`, textState(lang, 'essays', essay, translation));
		if (!translation) return essay;
		bodies.set(`essays/${essay.id}`, translation);
		return {
			...essay,
			body: translation.body ?? '',
			data: {
				...essay.data,
				title: translation.data.title,
				description: translation.data.description,
			},
		};
	});

	const skillUses = new Map<string, SkillUse[]>();
	for (const [id, uses] of base.skillUses)
		skillUses.set(
			id,
			uses.map((use) => {
				const role = rolesById.get(use.role.id)?.entry ?? use.role;
				return {
					role,
					phaseNumber: use.phaseNumber,
					phaseTitle: role.data.phases[use.phaseNumber - 1]?.title ?? use.phaseTitle,
				};
			}),
		);

	return {
		...base,
		lang,
		texts,
		bodies,
		tracks,
		projects,
		projectsBySkill: new Map(
			[...base.projectsBySkill].map(([id, list]) => [
				id,
				list.map((project) => projects.get(project.id) ?? project),
			]),
		),
		skills,
		roles,
		rolesById,
		essays,
		essaysById: new Map(essays.map((essay) => [essay.id, essay])),
		skillUses,
		rolesForProject: new Map(
			[...base.rolesForProject].map(([id, views]) => [
				id,
				views.map((view) => rolesById.get(view.id) ?? view),
			]),
		),
	};
}
