/**
 * The one place for site-wide settings. Pages read from here; nothing else hard-codes these values.
 */
export const siteConfig = {
	title: 'Rolemap',
	description:
		'Free, open-source career roadmaps: pay by region, time to ready, phased skills and milestones, and projects for every role.',
	/** Canonical origin of the published site (no trailing slash). */
	url: 'https://rolemap.dev',
	/** Public repository; used for "edit this page" links. */
	repository: 'https://github.com/rolemap/rolemap',
	/** Branch that edit links point at. */
	branch: 'main',
	/**
	 * Hosted form behind "unlock the full roadmap". Must be https; the role id is added as `?role=`.
	 * Set to `null` to hide the call to action everywhere.
	 */
	unlockFormUrl: 'https://forms.rolemap.dev/unlock' as string | null,
	/** Minimum share of skills (Jaccard, 0–1) for two roles to count as related. */
	relatedThreshold: 0.4,
	/** How many related roles a page lists at most, the closest first. */
	relatedLimit: 8,
	/** Words a reader gets through in a minute, for essay reading times. */
	wordsPerMinute: 220,
} as const;

export type SiteConfig = typeof siteConfig;
