/**
 * Links that leave the site carry `rel="external noopener noreferrer"`: the other site cannot reach
 * back into ours, and the stylesheet shows an "external" marker. Applied as pages render: by
 * `ExternalLink.astro` in components and by a Markdown processor step in content bodies.
 */

const MARKS = ['external', 'noopener', 'noreferrer'] as const;

/**
 * Whether a link leaves the site, read as a browser reads it on one of the site's pages: "//host/x",
 * "/\\host" and " https://…" leave it as surely as "https://host/". (Content may not write the first
 * two at all; this is the second line for components and anything that slips through.)
 * @param href - the link's target
 * @param siteOrigin - the site's own origin, e.g. "https://rolemap.dev"
 * @returns true for http(s) links to another origin
 */
export function isExternal(href: string, siteOrigin: string): boolean {
	try {
		const url = new URL(href, `${siteOrigin}/`);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== siteOrigin;
	} catch {
		return false;
	}
}

/**
 * The `rel` words of an external link: those it has, then the three that mark it.
 * @param existing - its own rel words, e.g. "license"
 * @returns e.g. ["license", "external", "noopener", "noreferrer"]
 */
export function externalRel(existing: string | readonly string[] = []): string[] {
	const own = typeof existing === 'string' ? existing.split(/\s+/) : existing;
	return [...new Set([...own.filter(Boolean), ...MARKS])];
}
