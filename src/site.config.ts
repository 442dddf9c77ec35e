/**
 * The one place for site-wide settings. Pages read from here; nothing else hard-codes these values.
 * The values are checked against a schema when the config loads, so a wrong one stops `astro dev` and
 * `astro build` at once with the field and the fix, before any page renders.
 */
import { z } from 'astro/zod';

const httpsOrigin = (field: string) =>
	z.string().refine((value) => /^https:\/\/[^/@\s]+$/.test(value), {
		message: `${field} must be an https:// origin with no path or trailing slash, like "https://rolemap.dev"`,
	});

/** The settings, each with what it is for. */
export const SiteConfigSchema = z.strictObject({
	title: z.string().min(1).describe('Site name, shown in the header and titles.'),
	description: z.string().min(20).max(200).describe('Default meta description.'),
	url: httpsOrigin('url').describe('Canonical origin of the published site (no trailing slash).'),
	repository: z
		.string()
		.regex(
			/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/,
			'repository must be a GitHub repository URL, like "https://github.com/rolemap/rolemap"',
		)
		.describe('Public repository; used for "edit this page" links.'),
	branch: z
		.string()
		.regex(/^[\w./-]+$/, 'branch must be a git branch name, like "main"')
		.describe('Branch that edit links point at.'),
	unlockFormUrl: z
		.string()
		.refine((value) => {
			try {
				const url = new URL(value);
				return url.protocol === 'https:' && url.username === '' && url.password === '';
			} catch {
				return false;
			}
		}, 'unlockFormUrl must be an https:// address of the hosted form, or null to hide the call to action')
		.nullable()
		.describe('Hosted form behind "unlock the full roadmap"; the role id is added as ?role=.'),
	relatedThreshold: z
		.number()
		.gt(0, 'relatedThreshold must be more than 0 (a share of skills, like 0.4)')
		.lte(1, 'relatedThreshold must be at most 1 (a share of skills, like 0.4)')
		.describe('Minimum share of skills (Jaccard, 0–1) for two roles to count as related.'),
	relatedLimit: z
		.int('relatedLimit must be a whole number, like 8')
		.min(1)
		.max(50)
		.describe('How many related roles a page lists at most.'),
	wordsPerMinute: z.int().min(50).max(1000).describe('Words a reader gets through in a minute.'),
	freshness: z
		.strictObject({
			payMaxAgeYears: z
				.int()
				.min(1)
				.max(10)
				.describe('`npm run check` warns when a pay figure is older than this.'),
			reviewMaxAgeMonths: z
				.int()
				.min(1)
				.max(60)
				.describe('`npm run check` warns when a role was reviewed longer ago than this.'),
		})
		.describe('When content counts as stale.'),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/**
 * Checks settings and says exactly which field is wrong.
 * @param values - the settings as written
 * @returns the settings, typed
 * @throws Error naming each bad field and its fix
 */
export function defineSiteConfig(values: z.input<typeof SiteConfigSchema>): SiteConfig {
	const result = SiteConfigSchema.safeParse(values);
	if (result.success) return result.data;
	const lines = result.error.issues.map(
		(issue) => `  site.config.ts  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
	);
	throw new Error(
		`src/site.config.ts has ${lines.length === 1 ? 'a bad value' : 'bad values'}:\n${lines.join('\n')}`,
	);
}

export const siteConfig = defineSiteConfig({
	title: 'Rolemap',
	description:
		'Free, open-source career roadmaps: pay by region, time to ready, phased skills and milestones, and projects for every role.',
	url: 'https://rolemap.dev',
	repository: 'https://github.com/rolemap/rolemap',
	branch: 'main',
	unlockFormUrl: 'https://forms.rolemap.dev/unlock',
	relatedThreshold: 0.4,
	relatedLimit: 8,
	wordsPerMinute: 220,
	freshness: { payMaxAgeYears: 3, reviewMaxAgeMonths: 18 },
});
