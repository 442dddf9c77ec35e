/**
 * The ids pages give their own elements, in one place: the pages and components import them from here,
 * and the content guard refuses a body heading whose id would be one of them (a second element with the
 * id would take its links and labels: `#roadmap` would scroll to the body, the pace input would lose its
 * label). A test reads every built page and fails on an id set outside a content body that is not
 * listed here, so a new section cannot reintroduce the problem unnoticed.
 */

/** A page that renders a contributed Markdown or MDX body. */
export type BodyPage = 'roles' | 'essays' | 'projects';

/** Ids on every page (layout, header, footer, the search dialog the header opens). */
export const LAYOUT_IDS = {
	main: 'main',
	headerSearch: 'header-search',
	themeSelect: 'theme-select',
	savedFooter: 'saved-footer',
	searchDialogTitle: 'search-dialog-title',
	searchDialogInput: 'search-dialog-input',
	searchDialogHelp: 'search-dialog-help',
	searchDialogStatus: 'search-dialog-status',
	searchDialogResults: 'search-dialog-results',
	searchDialogAll: 'search-dialog-all',
	contentsHeading: 'contents-heading',
} as const;

/** The role page's own ids, in page order. */
export const ROLE_PAGE_IDS = {
	what: 'what',
	day: 'day',
	pay: 'pay',
	roadmap: 'roadmap',
	timelineTitle: 'timeline-title',
	timelineDesc: 'timeline-desc',
	timelineCaption: 'timeline-caption',
	hatch: 'hatch',
	paceHeading: 'pace-heading',
	paceHours: 'pace-hours',
	paceError: 'pace-error',
	progressHeading: 'progress-heading',
	unlock: 'unlock',
	why: 'why',
	projects: 'projects',
	related: 'related',
	essays: 'essays',
} as const;

/** Each roadmap phase's heading: phase-1, phase-2… */
export const phaseId = (index: number): string => `phase-${index + 1}`;

/** The essay page's own ids. */
export const ESSAY_PAGE_IDS = { forRoles: 'for-roles' } as const;

/** The project page's own ids. */
export const PROJECT_PAGE_IDS = { forRoles: 'for-roles' } as const;

/** Ids Sätteri gives a body's footnotes: the section's heading and, with this prefix, each note. */
export const FOOTNOTE_LABEL_ID = 'footnote-label';
export const FOOTNOTE_ID_PREFIX = 'user-content-';

const PAGE_IDS: Record<BodyPage, Record<string, string>> = {
	roles: ROLE_PAGE_IDS,
	essays: ESSAY_PAGE_IDS,
	projects: PROJECT_PAGE_IDS,
};
const PAGE_NAMES: Record<BodyPage, string> = {
	roles: "the role page's",
	essays: "the essay page's",
	projects: "the project page's",
};

/**
 * Who already uses an id on a page that renders a body, if anyone.
 * @param page - the page the body is rendered on, or null when unknown (only ids of every page count)
 * @param id - an element id
 * @returns e.g. 'the role page's "roadmap" section', or null when the id is free
 */
export function reservedIdOwner(page: BodyPage | null, id: string): string | null {
	if (Object.values(LAYOUT_IDS).includes(id as never)) return `every page's "${id}" element`;
	if (id === FOOTNOTE_LABEL_ID) return 'the footnotes section Markdown adds';
	if (id.startsWith(FOOTNOTE_ID_PREFIX)) return 'the footnotes Markdown adds';
	if (page === null) return null;
	if (page === 'roles' && /^phase-[1-9]\d*$/.test(id))
		return `${PAGE_NAMES.roles} heading for ${id.replace('-', ' ')} of the roadmap`;
	if (Object.values(PAGE_IDS[page]).includes(id)) return `${PAGE_NAMES[page]} "${id}" section`;
	return null;
}

/**
 * The page a content file's body is rendered on, from its path.
 * @param path - e.g. "content/roles/x.md" or "content/es/essays/y.mdx"
 * @returns the page, or null for a file no page renders as a body
 */
export function bodyPageOf(path: string): BodyPage | null {
	const match = /(?:^|[/\\])(roles|essays|projects)[/\\][^/\\]+\.mdx?$/.exec(path);
	return (match?.[1] as BodyPage | undefined) ?? null;
}
