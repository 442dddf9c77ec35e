import { indefiniteArticle } from '../lib/roadmap.ts';
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
	compare: {
		title: 'Compare two roles',
		description: 'Pay, time to ready, skills in common and phases of two roles, side by side.',
		crumb: 'Compare',
		firstRole: 'First role',
		secondRole: 'Second role',
		submit: 'Compare',
		noJs: 'The side-by-side view needs JavaScript. Every role page shows the same figures:',
		noJsLink: 'browse the roadmaps',
		/** What the comparison script shows; values in `{braces}` are filled in by the script. */
		script: {
			pick: 'Pick two roles and press Compare.',
			/** `pair` is the two role titles joined by the language's "and" (Intl.ListFormat). */
			docTitle: (pair: string) => `${pair} compared`,
			factsCaption: 'Pay and time to ready side by side',
			/** The table's first column header, over the facts' names. */
			fact: 'Fact',
			/** Under the pay heading: why there is one chart per currency. */
			payScales:
				'One chart per currency, each on its own scale: bars in different currencies are not comparable.',
			/** A currency's chart: `currency` is its name, `code` its ISO code. */
			payIn: (currency: string, code: string) => `Pay in ${currency} (${code})`,
			timeToReady: 'Time to ready',
			hoursPerWeek: 'Hours a week',
			midPay: (region: string) => `Pay (${region})`,
			payChart: 'Pay side by side',
			skills: 'Skills',
			only: (role: string) => `Only ${role}`,
			inCommon: 'In common',
			none: 'None.',
			skillsChart: (onlyA: string, a: string, common: string, onlyB: string, b: string) =>
				`Skills: ${onlyA} only for ${a}, ${common} in common, ${onlyB} only for ${b}`,
			phases: 'Phases',
		},
	},
	skillGap: {
		title: 'Skill gap: which role are you closest to?',
		description:
			'Tick the skills you already have and see the roles you are closest to, and what each still needs.',
		crumb: 'Skill gap',
		heading: 'Which role are you closest to?',
		intro:
			'Tick what you already know. The roles that use most of it come first, with what each still needs.',
		noJsBefore: 'Ranking needs JavaScript. You can still compare roles by hand: every',
		noJsLink: 'role page',
		noJsAfter: 'lists its skills by phase.',
		formHeading: 'I already know…',
		submit: 'Show closest roles',
		ticked: (n: number) => (n === 1 ? '1 skill ticked' : `${n} skills ticked`),
		showResults: 'Show results',
		resultsHeading: 'Closest roles',
		start: 'Tick a skill to start.',
		/** What the ranking script shows; values in `{braces}` are filled in by the script. */
		script: {
			/** `percent` comes formatted: "60%". */
			coverage: (percent: string) => ` · you have ${percent} of its skills`,
			/** For a role with "pick one" groups: each group counts as one skill. */
			coveragePickOne: (percent: string) =>
				` · you have ${percent} of its skills (a “pick one” group counts once)`,
			/** A "pick one" group still to learn; `skills` is its skills' names. */
			oneOf: (skills: string) => `one of: ${skills}`,
			/** `skills` is the list of skill names. */
			stillToLearn: (skills: string) => `Still to learn: ${skills}.`,
			haveAll: 'You have every skill it lists.',
			roles: (n: number) => (n === 1 ? '1 closest role' : `${n} closest roles`),
			skills: (n: number) => (n === 1 ? '1 skill' : `${n} skills`),
			/** `roles` and `skills` are the two counts above, with their words. */
			status: (roles: string, skills: string) => `${roles} for ${skills}.`,
			noRole: 'No role uses those skills yet.',
		},
	},
	searchPage: {
		/** Below the results: a reader who did not find a role can ask for it. */
		suggestRole: 'Missing a role? Suggest it',
		title: 'Search',
		description: (site: string) => `Search every role, skill, project and essay on ${site}.`,
		crumb: 'Search',
		heading: 'Search',
		label: 'Search roles, skills, projects and essays',
		submit: 'Search',
		type: 'Type',
		types: { role: 'Roles', skill: 'Skills', project: 'Projects', essay: 'Essays' },
		track: 'Track',
		needsSkill: 'Needs skill',
		anySkill: 'Any skill',
		sort: 'Sort',
		bestMatch: 'Best match',
		byPay: 'Highest US pay first (roles with a US figure)',
		byMonths: 'Quickest to ready first',
		noJs: 'Search results need JavaScript, which is turned off in this browser. You can still',
		noJsRoles: 'browse every role roadmap',
		noJsSkills: 'look a skill up',
		noJsOr: 'or',
		noJsEssays: 'read the essays',
		results: 'Results',
		more: 'Also in the full text',
		showMore: 'Show more results',
		showMoreFullText: 'Show more from the full text',
		/** What the search script shows; values in `{braces}` are filled in by the script. */
		script: {
			empty: 'Type a word, or pick a type, track or skill.',
			searching: 'Searching…',
			query: (query: string) => ` for “${query}”`,
			results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
			/** `count` is the results with their word, `query` the phrase above or nothing. */
			found: (count: string, query: string) => `${count}${query}.`,
			foundFirst: (count: string, query: string, shown: string) =>
				`${count}${query}, showing the first ${shown}.`,
			/** `pages` is how many pages the full text matches, with its word (some may be listed above). */
			foundMore: (count: string, query: string, pages: string) =>
				`${count}${query}; the full text matches ${pages}.`,
			foundFirstMore: (count: string, query: string, shown: string, pages: string) =>
				`${count}${query}, showing the first ${shown}; the full text matches ${pages}.`,
			pages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
			fullTextOnly: (count: string, query: string) => `${count}${query} in the full text.`,
			none: (query: string) => `No results${query}. Try fewer filters or another word.`,
		},
	},
	projects: {
		title: 'Portfolio projects',
		description: 'Hands-on projects from every roadmap, by difficulty.',
		crumb: 'Projects',
		intro: (n: number) =>
			n === 1 ? '1 project from our roadmaps.' : `${n} projects from our roadmaps, easiest first.`,
		difficulty: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' },
		difficultyLabel: 'Difficulty',
		time: 'Time',
		hours: (n: number) => (n === 1 ? 'About 1 hour' : `About ${n} hours`),
		skills: 'Skills it exercises',
		roles: 'On these roadmaps',
	},
	skillsIndex: {
		title: 'Skills',
		description: 'Every skill our roadmaps ask for, with the roles that need it.',
		crumb: 'Skills',
		heading: 'Skills',
		intro: (n: number) =>
			n === 1
				? '1 skill, with how many roles ask for it.'
				: `${n} skills, grouped by kind, with how many roles ask for each.`,
		roles: (n: number) => (n === 1 ? '1 role' : `${n} roles`),
		/** Headings for each skill category, as readers write them: "AI", not "Ai". */
		categories: {
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
	},
	offline: {
		title: 'You are offline',
		description: (site: string) =>
			`Pages ${site} keeps on this device for reading without a connection.`,
		missed: 'This page is not kept on this device, so it cannot be shown without a connection.',
		intro:
			'Everything below opens offline, and your milestone progress stays in this browser as always.',
		visited: 'Pages you opened recently',
		always: 'Always available',
		home: 'The home page',
		roles: 'Every role roadmap, listed',
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
			/** "Median, all levels (United States)": what the headline figure measures, and where. */
			pay: (measure: string, region: string) => `${measure} (${region})`,
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
			measure: 'What it measures',
			annualPay: 'Annual pay',
			source: 'Source',
			/** What a figure measures (src/lib/pay.ts payMeasure): "Median, all levels". */
			words: {
				statistic: {
					median: 'Median',
					mean: 'Mean',
					p10: '10th percentile',
					p25: '25th percentile',
					p75: '75th percentile',
					p90: '90th percentile',
				},
				population: { all: 'all levels', entry: 'entry level', mid: 'mid-level', senior: 'senior' },
				nearest: (occupation: string) => `${occupation} (nearest occupation)`,
			},
		},
		progress: {
			paceTitle: 'Your pace',
			progressTitle: 'Your progress',
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
			/** After the first names of a long list of skills to add. */
			andMore: (n: number) => ` and ${n} more`,
			noneNeeded: 'No new skills needed.',
		},
		roadmap: {
			title: 'Step-by-step roadmap',
			phases: (n: number) => (n === 1 ? '1 phase' : `${n} phases`),
			plan: (phases: string, months: string, hours: string) =>
				`${phases}. Plan on about ${months} at ${hours} hours a week.`,
			phase: (n: number) => `Phase ${n}:`,
			about: (months: string) => `About ${months}`,
			skillsToLearn: 'Skills to learn',
			pickOne: 'Pick one:',
			milestones: 'Milestones',
		},
		roleCard: {
			pace: (months: string, hours: number) => `${months} at ${hours} h a week`,
			usPay: (pay: string) => ` · ${pay} a year in the US`,
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
			title: (region: string) => `Roles by time to ready and pay in ${region}`,
			desc: (region: string) =>
				`Each numbered mark is a role and links to its page; where roles share a spot, marks are moved apart with a line back to the spot. Across: months to get ready. Up: pay in ${region} (each role's headline figure: a median over all levels, or a mid-level band). Roles without a sourced figure for ${region} sit on the line below the chart. The table after the chart lists the same figures.`,
			monthsAxis: 'Months to ready',
			noFigure: 'No figure',
			noSourcedFigure: 'no sourced figure',
			caption: (region: string) => `Figures behind the map for ${region}`,
			role: 'Role',
			timeToReady: 'Time to ready',
			midPay: (region: string) => `Pay (${region})`,
			figcaption: (region: string) =>
				`Pay in ${region} against months to ready. Numbers match the table.`,
		},
		timeline: {
			title: (title: string) => `${title} roadmap timeline`,
			phase: (n: number, title: string, months: string) => `Phase ${n}, ${title}: ${months}.`,
			caption: (months: string) =>
				`Timeline: bar widths follow each phase’s months (${months} in all).`,
		},
		/** Skill category headings (src/lib/skill-categories.ts), as readers write them: "AI", not "Ai". */
		callout: {
			note: 'Note',
			tip: 'Tip',
			warning: 'Warning',
		},
		offline: {
			...clientEn.offline,
			save: 'Save for offline',
			listTitle: 'Saved for offline',
			empty:
				'Nothing saved yet. Open a role and choose “Save for offline” to keep its roadmap, skills and essays on this device.',
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
