/**
 * Links that open one of the repository's issue forms (.github/ISSUE_TEMPLATE/) with fields filled in
 * from the page a reader is on. GitHub fills a form field from a query parameter named like its `id`.
 */

/** Each form's file and the field ids a page may fill in. */
export const ISSUE_FORMS = {
	figure: { file: 'figure.yml', fields: ['role', 'region', 'figure', 'source'] },
	role: { file: 'role.yml', fields: ['role', 'searched'] },
	translate: { file: 'translate.yml', fields: ['page'] },
	link: { file: 'link.yml', fields: ['page', 'link'] },
} as const;

export type IssueForm = keyof typeof ISSUE_FORMS;
type Fields<F extends IssueForm> = Partial<
	Record<(typeof ISSUE_FORMS)[F]['fields'][number] | 'title', string>
>;

/** GitHub caps the address it accepts; a figure's text never comes close, a search may. */
const MAX_FIELD = 300;

/**
 * The address of a new issue on the given form, with fields filled in.
 * @param repository - the repository's https address (site config)
 * @param form - which form
 * @param fields - field id → text; empty values are left out, long ones cut at 300 characters
 * @returns the link
 */
export function issueFormUrl<F extends IssueForm>(
	repository: string,
	form: F,
	fields: Fields<F>,
): string {
	const url = new URL(`${repository.replace(/\/+$/, '')}/issues/new`);
	url.searchParams.set('template', ISSUE_FORMS[form].file);
	for (const [name, value] of Object.entries(fields) as [string, string | undefined][]) {
		const text = value?.trim();
		if (text) url.searchParams.set(name, text.slice(0, MAX_FIELD));
	}
	return url.toString();
}
