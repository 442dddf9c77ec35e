import { indefiniteArticle } from '../lib/roadmap.ts';

/**
 * Interface strings in English, the source language. Every other language's dictionary must have the
 * same keys and the same function signatures (`Dictionary` below); a missing key is a type error in
 * the editor and a build error (`missingKeys`, checked when the build starts).
 *
 * Functions are for strings with values or plurals: the translation chooses its own word order.
 */
export const en = {
	site: {
		skipLink: 'Skip to main content',
		home: 'Home',
		tagline: 'Career roadmaps for engineers',
		description:
			'Open-source career roadmaps: pay by region, time to ready, the skills to learn in order and projects that prove them.',
		menu: 'Menu',
		mainNav: 'Main',
		nav: {
			roles: 'Roles',
			skills: 'Skills',
			essays: 'Essays',
			skillGap: 'Skill gap',
			compare: 'Compare',
		},
		language: 'Language',
		rssTitle: 'Rolemap essays and roles',
		footerOpenSource: (site: string) => `${site} is open source. Content is`,
		footerLicences: '; code is MIT.',
		improve: 'Improve it on GitHub',
	},
	translation: {
		/** On a page whose content is not translated yet (shown on translated-language pages only). */
		missing: 'This page has not been translated yet, so its content is shown in English.',
		missingHelp: 'Help translate it',
		stale: 'The English original of this page has changed since it was translated.',
		staleLink: 'Read the English page',
		onlyEnglish: 'in English',
	},
	search: {
		roleTitle: (title: string) => `How to become ${indefiniteArticle(title)} ${title}`,
		rolesThatNeed: (skill: string) => `Roles that need ${skill}`,
		projectsThatUse: (skill: string) => `Projects that use ${skill}`,
		phaseOf: (role: string, phase: number, title: string) => `${role} — phase ${phase}, ${title}`,
	},
	feed: {
		title: (site: string) => `${site}: essays and roadmap updates`,
		roleUpdated: (title: string) => `Roadmap updated: ${title}`,
		essay: 'essay',
		role: 'role',
	},
	home: {},
	rolePage: {},
	rolesIndex: {},
	skillPage: {},
	essayPage: {},
	essaysIndex: {},
	compare: {},
	skillGap: {},
	searchPage: {},
	projects: {},
	skillsIndex: {},
	offline: {},
	components: {},
} as const;

/** A dictionary's shape: the same keys as English, strings stay strings, functions keep their signature. */
export type Dictionary<T = typeof en> = {
	readonly [K in keyof T]: T[K] extends string
		? string
		: T[K] extends (...args: infer A) => string
			? (...args: A) => string
			: Dictionary<T[K]>;
};
