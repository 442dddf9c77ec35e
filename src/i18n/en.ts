import { clientEn } from './client/en.ts';

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
	components: {
		layout: {
			breadcrumb: 'Breadcrumb',
			onThisPage: 'On this page',
			theme: 'Theme',
			themeSystem: 'System',
			themeLight: 'Light',
			themeDark: 'Dark',
		},
		keyFacts: {
			midPay: (region: string) => `Mid-level pay (${region})`,
			timeToReady: 'Time to ready',
			hoursAWeek: 'Hours a week',
			hoursValue: (hours: string) => `${hours} h`,
			totalStudy: 'Total study',
			totalHours: (hours: string) => `≈ ${hours} hours`,
		},
		payTable: {
			title: 'Pay',
			none: 'We have no sourced pay figure for this role yet. Know a public source? Add it to this page.',
			caption: (title: string) => `Annual pay for ${title} by region, with sources`,
			region: 'Region',
			level: 'Level',
			annualPay: 'Annual pay',
			source: 'Source',
			entry: 'Entry',
			mid: 'Mid',
			senior: 'Senior',
		},
		progress: {
			paceTitle: 'Your pace',
			hoursLabel: 'Hours a week you can give',
			progressTitle: 'Your progress',
			total: (done: string, total: string) => `${done} of ${total} milestones done.`,
			localOnly: 'Kept in this browser only; no account needed.',
			export: 'Export progress',
			import: 'Import progress',
			reset: 'Reset',
			phaseDone: (done: string, total: string) => `${done}/${total} done`,
		},
		progressStatus: clientEn.progressStatus,
		relatedRoles: {
			title: 'Related roles',
			intro: (share: string, title: string) =>
				`Roles that share at least ${share} of their skills with ${title}: the easiest moves across.`,
			none: (share: string, title: string) =>
				`No other role shares ${share} of its skills with ${title} yet.`,
			picked: (share: string) => `· picked by our editors, ${share} of skills shared`,
			shared: (share: string) => `· ${share} of skills shared`,
			compare: 'Compare',
			compareWith: (title: string) => ` with ${title}`,
			toAdd: 'Skills to add:',
			noneNeeded: 'No new skills needed.',
		},
		roadmap: {
			title: 'Step-by-step roadmap',
			phases: (n: number) => (n === 1 ? '1 phase' : `${n} phases`),
			plan: (phases: string, months: string, hours: number) =>
				`${phases}. Plan on about ${months} at ${hours} hours a week.`,
			phase: (n: number) => `Phase ${n}:`,
			about: (months: string) => `About ${months}`,
			skillsToLearn: 'Skills to learn',
			pickOne: 'Pick one:',
			milestones: 'Milestones',
		},
		roleCard: {
			pace: (months: string, hours: number) => `${months} at ${hours} h a week`,
			usPay: (pay: string) => ` · ${pay} mid-level in the US`,
		},
		roleContents: {
			what: 'What the job is',
			day: 'A typical day',
			pay: 'Pay',
			roadmap: 'Roadmap',
			why: 'Why it matters',
			projects: 'Projects',
			related: 'Related roles',
			essays: 'Essays',
		},
		roleExplorer: {
			title: 'Narrow the list',
			track: 'Track',
			allTracks: 'All tracks',
			needsSkill: 'Needs skill',
			anySkill: 'Any skill',
			readyWithin: 'Ready within',
			anyTime: 'Any time',
			submit: 'Show matching roles',
			noMatch: 'No role matches. Widen one of the filters.',
			showing: (shown: string, total: string) => `Showing ${shown} of ${total} roles.`,
		},
		skillDetails: {
			topics: (n: number) => (n === 1 ? ' · 1 topic' : ` · ${n} topics`),
			learnFirst: 'Learn first:',
			skillLink: (name: string) => `${name}: topics in order, and where to learn them`,
		},
		skillGraph: {
			heading: 'Skill graph.',
			caption:
				'An arrow points from a skill to one that builds on it; dashed boxes are options of a “pick one”. Each phase below lists the same skills with what to learn first.',
			scrollLabel: 'Skill graph (scrolls sideways)',
			phase: (n: number) => `Phase ${n}`,
			hint: 'Scroll sideways to see every phase.',
		},
		projectList: {
			beginner: 'Beginner',
			intermediate: 'Intermediate',
			advanced: 'Advanced',
			hours: (hours: number) => `about ${hours} hours`,
		},
		unlock: {
			title: (title: string) => `Take the ${title} roadmap further`,
			body: 'Tell us where you are starting from and we will send a plan for every phase: milestone checklists, a skill-gap review of your CV, and job openings that match. It is free.',
			cta: (title: string) => `Unlock the full ${title} roadmap`,
		},
		rolesMap: {
			title: (region: string) => `Roles by time to ready and mid-level pay in ${region}`,
			desc: (region: string) =>
				`Each numbered mark is a role and links to its page; where roles share a spot, marks are moved apart with a line back to the spot. Across: months to get ready. Up: mid-level pay in ${region}. Roles without a sourced figure for ${region} sit on the line below the chart. The table after the chart lists the same figures.`,
			monthsAxis: 'Months to ready',
			noFigure: 'No figure',
			noSourcedFigure: 'no sourced figure',
			caption: (region: string) => `Figures behind the map for ${region}`,
			role: 'Role',
			timeToReady: 'Time to ready',
			midPay: (region: string) => `Mid-level pay (${region})`,
			figcaption: (region: string) =>
				`Mid-level pay in ${region} against months to ready. Numbers match the table.`,
		},
		timeline: {
			title: (title: string) => `${title} roadmap timeline`,
			phase: (n: number, title: string, months: string) => `Phase ${n}, ${title}: ${months}.`,
			caption: (months: string) =>
				`Timeline: bar widths follow each phase’s months (${months} in all).`,
		},
		/** Skill category headings (src/lib/skill-categories.ts), as readers write them: "AI", not "Ai". */
		skillCategories: {
			language: 'Languages',
			database: 'Databases',
			framework: 'Frameworks',
			infrastructure: 'Infrastructure',
			cloud: 'Cloud',
			tool: 'Tools',
			practice: 'Practices',
			concept: 'Concepts',
			data: 'Data',
			ai: 'AI',
			security: 'Security',
			people: 'People',
		},
		callout: {
			note: 'Note',
			tip: 'Tip',
			warning: 'Warning',
		},
		offline: {
			save: 'Save for offline',
			saving: (n: number) => `Saving ${n} pages…`,
			saved: (what: string) => `Saved for offline: ${what}.`,
			saveFailed: 'Could not save this roadmap: a page did not load or storage is full. Try again.',
			saveOffline: 'You are offline: connect to save this roadmap.',
			listTitle: 'Saved for offline',
			empty:
				'Nothing saved yet. Open a role and choose “Save for offline” to keep its roadmap, skills and essays on this device.',
			remove: 'Remove',
			removeLabel: (title: string) => `Remove ${title} from offline reading`,
			/** What a saved roadmap holds: "the role, 9 skill pages and 2 essays". */
			theRole: 'the role',
			skillPages: (n: number) => (n === 1 ? '1 skill page' : `${n} skill pages`),
			essays: (n: number) => (n === 1 ? '1 essay' : `${n} essays`),
			and: ' and ',
		},
		search: clientEn.search,
	},
} as const;

/** A dictionary's shape: the same keys as English, strings stay strings, functions keep their signature. */
export type Dictionary<T = typeof en> = {
	readonly [K in keyof T]: T[K] extends string
		? string
		: T[K] extends (...args: infer A) => string
			? (...args: A) => string
			: Dictionary<T[K]>;
};
