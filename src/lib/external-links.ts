const ANCHOR = /<a\b([^>]*)>/gi;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const REL = /\srel\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * Marks every link that leaves the site: `rel="external noopener noreferrer"` keeps the other site from
 * reaching back into ours and tells the stylesheet to show an "external" marker.
 * @param html - a built page
 * @param siteOrigin - the site's own origin, e.g. "https://rolemap.dev"
 * @returns the page with external links marked
 */
export function markExternalLinks(html: string, siteOrigin: string): string {
	return html.replace(ANCHOR, (tag: string, attributes: string) => {
		const match = HREF.exec(attributes);
		const href = match?.[1] ?? match?.[2];
		if (!href || !/^https?:\/\//i.test(href) || new URL(href).origin === siteOrigin) return tag;
		const existing = REL.exec(attributes);
		const words = new Set([
			...(existing?.[1] ?? existing?.[2] ?? '').split(/\s+/).filter(Boolean),
			'external',
			'noopener',
			'noreferrer',
		]);
		const rel = ` rel="${[...words].join(' ')}"`;
		return `<a${existing ? attributes.replace(REL, rel) : `${attributes}${rel}`}>`;
	});
}
