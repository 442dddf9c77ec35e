/**
 * The link behind "unlock the full roadmap": the hosted form with the role id in its query.
 * @param formUrl - the hosted form's address from site config; must be https
 * @param roleId - the role the reader is looking at
 * @returns the full link
 * @throws Error when the form address is not an absolute https URL
 */
export function unlockUrl(formUrl: string, roleId: string): string {
	let url: URL;
	try {
		url = new URL(formUrl);
	} catch {
		throw new Error(`unlockFormUrl "${formUrl}" is not a valid URL: use an https:// address`);
	}
	if (url.protocol !== 'https:') {
		throw new Error(
			`unlockFormUrl "${formUrl}" must use https:// (got ${url.protocol.replace(':', '')})`,
		);
	}
	url.searchParams.set('role', roleId);
	return url.toString();
}
