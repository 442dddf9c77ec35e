/**
 * Interface strings that client scripts show on demand (search, progress messages), in English.
 * A script loads them in the page's language when it needs them (src/i18n/client/page-strings.ts), so a
 * page carries none of them and no script ships another language's. en.ts lists them under
 * `components`, so the same completeness checks apply.
 */
export const clientEn = {
	search: {
		label: 'Search roles, skills and essays',
		placeholder: 'Search',
		button: 'Search',
		dialogTitle: 'Search Rolemap',
		dialogLabel: 'Search roles, skills, projects and essays',
		close: 'Close',
		help: 'Results appear as you type. Press the down arrow to move into them and Escape to close.',
		roles: 'Roles',
		others: 'Skills, projects and essays',
		more: 'Also in the full text',
		all: 'Filter and sort all results',
		results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
		found: (count: string, query: string) => `${count} for “${query}”.`,
		searching: (query: string) => `Searching the full text for “${query}”…`,
		offline:
			'Search is not available offline: its files were not loaded on this device before. Saved pages are listed on the offline page.',
		mentions: (n: number) => (n === 1 ? '; 1 page mentions it' : `; ${n} pages mention it`),
		foundMentioned: (count: string, query: string, mentions: string) =>
			`${count} for “${query}”${mentions}.`,
		foundFullText: (count: string, query: string) => `${count} for “${query}” in the full text.`,
		noResults: (query: string) => `No results for “${query}”.`,
		/** Shown when nothing matched: opens the "suggest a role" form with the search filled in. */
		suggestRole: 'Missing a role? Suggest it',
		role: 'Role',
		skill: 'Skill',
		project: 'Project',
		essay: 'Essay',
		/** After a result whose page is not translated into the page's language yet. */
		inEnglish: 'in English',
		midPayUs: (pay: string) => `${pay} a year (US)`,
		monthsToReady: (months: string) => `${months} to ready`,
		/** Months as a result's details say them; a plural rule, not Intl's unit formatter, which costs ~50 ms to load. */
		months: (n: number) => (n === 1 ? '1 month' : `${n} months`),
		/** Before a role's title in instant results, as role pages are titled; `{a}` is "a" or "an". */
		becomeRole: (article: string) => `How to become ${article} `,
		/** Why an instant result matched: "Needs Kubernetes", "Uses SQL", "Topic: Helm charts". */
		needs: 'Needs',
		uses: 'Uses',
		topic: 'Topic:',
		alsoCalled: 'Also called',
	},
	/** The progress panel on a role page: drawn by its script, so the page's HTML carries none of it. */
	/** What saving for offline says, and the saved list's words: shown by offline-ui.ts. */
	offline: {
		saving: (n: number) => `Saving ${n} pages…`,
		saved: (what: string) => `Saved for offline: ${what}.`,
		saveFailed: 'Could not save this roadmap: a page did not load or storage is full. Try again.',
		saveOffline: 'You are offline: connect to save this roadmap.',
		remove: 'Remove',
		removeLabel: (title: string) => `Remove ${title} from offline reading`,
		/** What a saved roadmap holds: "the role, 9 skill pages and 2 essays". */
		theRole: 'the role',
		skillPages: (n: number) => (n === 1 ? '1 skill page' : `${n} skill pages`),
		essays: (n: number) => (n === 1 ? '1 essay' : `${n} essays`),
		and: ' and ',
	},
	progressPanel: {
		hoursLabel: 'Hours a week you can give',
		total: (done: number, total: number) => `${done} of ${total} milestones done.`,
		localOnly: 'Kept in this browser only; no account needed.',
		export: 'Export progress',
		import: 'Import progress',
		reset: 'Reset',
		phaseDone: (done: number, total: number) => `${done}/${total} done`,
	},
	progressStatus: {
		/** `hours` and `months` come with their units: "10 hours", "8 months". */
		pace: (hours: string, months: string) =>
			`At ${hours} a week you’d be ready in about ${months}.`,
		storageFull: 'Nothing was saved: this browser’s storage is full or blocked (private window?).',
		ticked: (milestone: string) => `Ticked: ${milestone}`,
		unticked: (milestone: string) => `Unticked: ${milestone}`,
		exported: (file: string) => `Progress exported to ${file}.`,
		confirmReplace: (lost: number) =>
			`This file lacks ${lost} ${lost === 1 ? 'tick' : 'ticks'} you have in this browser. Replace your progress with the file? OK replaces it; Cancel keeps your ticks and adds the file’s.`,
		replaced: 'Progress replaced with the file’s.',
		imported: (added: number) =>
			`Imported: ${added} new ${added === 1 ? 'tick' : 'ticks'} added, none removed.`,
		confirmReset: (title: string) =>
			`Clear every tick on the ${title} roadmap? This cannot be undone.`,
		resetDone: 'Progress reset.',
		notJson: 'That file is not a Rolemap progress file (it is not JSON).',
		notProgress: 'That file is not a Rolemap progress file.',
		rolesList:
			'That file is not a Rolemap progress file: its “roles” is a list, not ticks by role id.',
		tooLarge: 'That file is too large to be a Rolemap progress file (more than 1 MB).',
		noRoleList:
			'Nothing was imported: the list of roles did not load, so the file could not be checked. Try again when online.',
		/** After "Imported: …" or "Progress replaced…"; `list` names the first entries ignored. */
		ignored: (count: number, list: string) =>
			`Ignored ${count} ${count === 1 ? 'entry' : 'entries'}: ${list}.`,
		ignoredUnknownRole: (role: string) => `unknown role “${role}”`,
		ignoredReserved: (key: string) => `“${key}” (a name no role can have)`,
		ignoredNotList: (role: string) => `“${role}” (not a list of milestones)`,
		ignoredNotMilestone: (value: string, role: string) =>
			`${value} in “${role}” (not a milestone id)`,
		ignoredMore: (n: number) => `and ${n} more`,
		/** Under the pace box when the hours are not 1–60. */
		paceInvalid:
			'Enter a whole number of hours from 1 to 60; the figures keep the last valid pace.',
	},
} as const;
