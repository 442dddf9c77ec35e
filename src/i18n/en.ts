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
		noticeLabel: 'About this translation',
	},
	search: {
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
	home: {
		heading: 'Know the way into your next role',
		intro: (roles: number) =>
			`Free, open-source roadmaps for ${roles} engineering roles: what the job pays where you live, how long it takes to get ready, the skills in the order to learn them, and projects that prove you can do it.`,
		browse: (roles: number) => `Browse ${roles} roadmaps`,
		explore: (skills: number) => `Explore ${skills} skills`,
		allInTrack: (count: number, track: string) => `All ${count} roles in ${track}`,
		latestEssays: 'Latest essays',
		allEssays: 'All essays',
	},
	rolePage: {
		heading: (title: string) => `How to become ${indefiniteArticle(title)} ${title}`,
		reviewed: 'Reviewed',
		whatDoes: (title: string) => `What does ${indefiniteArticle(title)} ${title} do?`,
		typicalDay: 'A typical day',
		why: 'Why this role matters',
		projects: 'Hands-on projects',
		projectsIntro: (count: number) =>
			`${count === 1 ? '1 project' : `${count} projects`} to build a portfolio that shows you can do the job.`,
		essaysFor: (title: string) => `Essays for ${title}s`,
		lastUpdated: 'Last updated',
		edit: 'Edit this page on GitHub',
	},
	rolesIndex: {
		title: 'Career roadmaps',
		description: 'Every role roadmap on Rolemap, grouped by track.',
		intro: (roles: number, tracks: number) =>
			`${roles} roles in ${tracks} tracks. Each one shows pay, time to ready, a phased roadmap and projects.`,
		mapHeading: 'Time to ready against pay',
		mapIntro: 'Where each role sits, one region at a time. Pick a mark to open its roadmap.',
		mapFor: (region: string) => `Show the map for ${region}`,
	},
	skillPage: {
		categories: {
			language: 'Language',
			database: 'Database',
			framework: 'Framework',
			infrastructure: 'Infrastructure',
			cloud: 'Cloud',
			tool: 'Tool',
			practice: 'Practice',
			concept: 'Concept',
			data: 'Data',
			ai: 'AI',
			security: 'Security',
			people: 'People',
		},
		aliases: (names: string) => `Also known as ${names}.`,
		docs: (skill: string) => `Official ${skill} documentation`,
		topics: 'What to learn, in order',
		resources: 'Where to learn it',
		kinds: {
			docs: 'Docs',
			book: 'Book',
			course: 'Course',
			video: 'Video',
			article: 'Article',
			tool: 'Tool',
		},
		free: 'free',
		paid: 'paid',
		learnFirst: 'Learn first',
		nothingFirst: (skill: string) => `Nothing: ${skill} is a good place to start.`,
		leadsTo: 'Leads to',
		nothingAfter: (skill: string) => `No other skill on this site builds on ${skill} yet.`,
		noRoles: 'No roadmap asks for this skill yet.',
		phase: (phase: number, title: string) => `phase ${phase}, ${title}`,
		noProjects: 'No project uses this skill yet.',
	},
	essayPage: {
		updated: 'Updated',
		minutes: (minutes: number) => `${minutes} min read`,
		roles: 'Roles this essay helps with',
	},
	essaysIndex: {
		title: 'Engineering mindset essays',
		description: 'Essays on the habits and fundamentals that outlast any framework.',
		heading: 'Engineering mindset',
		intro: 'Essays on the fundamentals and habits that carry across every stack and every role.',
	},
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
