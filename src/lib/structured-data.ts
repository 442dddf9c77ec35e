/**
 * schema.org structured data (JSON-LD) for search engines: roles as Occupations with their pay,
 * essays as Articles, and a BreadcrumbList for every page.
 */
import { regionName } from './pay.ts';
import type { Lang } from '../i18n/languages.ts';

/** A link in the trail from the home page to the current page. */
export interface Crumb {
	label: string;
	/** Absolute URL. */
	url: string;
}

/** What an Occupation needs from a role. */
export interface OccupationInput {
	title: string;
	description: string;
	url: string;
	skills: string[];
	updated: Date;
	/** The page's language, for country names. */
	lang?: Lang;
	pay: readonly {
		region: string;
		currency: string;
		amount: number;
		level: string;
		/** median, mean or a percentile: only medians are given as schema.org's median. */
		statistic?: string;
	}[];
}

/**
 * BreadcrumbList for a page.
 * @param crumbs - home first, current page last
 * @returns the JSON-LD object
 */
export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: crumb.url,
		})),
	};
}

/**
 * An Occupation, with one MonetaryAmountDistribution per pay figure (annual, P1Y).
 * @param role - the role's title, text, skills and pay
 * @returns the JSON-LD object
 */
export function occupation(role: OccupationInput): Record<string, unknown> {
	const regions = [...new Set(role.pay.map((pay) => pay.region))];
	return {
		'@context': 'https://schema.org',
		'@type': 'Occupation',
		name: role.title,
		description: role.description,
		skills: role.skills.join(', '),
		// The figures only: their sources and years are on the page, in the reader's language.
		estimatedSalary: role.pay
			.filter((pay) => (pay.statistic ?? 'median') === 'median')
			.map((pay) => ({
				'@type': 'MonetaryAmountDistribution',
				currency: pay.currency,
				duration: 'P1Y',
				median: pay.amount,
			})),
		occupationLocation: regions.map((region) => ({
			'@type': 'Country',
			name: regionName(region, role.lang),
		})),
		mainEntityOfPage: {
			'@type': 'WebPage',
			'@id': role.url,
			lastReviewed: role.updated.toISOString().slice(0, 10),
		},
	};
}

/**
 * An Article for an essay.
 * @param essay - title, description, URL and dates
 * @returns the JSON-LD object
 */
export function article(essay: {
	title: string;
	description: string;
	url: string;
	published: Date;
	updated?: Date | undefined;
	publisher: string;
}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: essay.title,
		description: essay.description,
		datePublished: essay.published.toISOString().slice(0, 10),
		dateModified: (essay.updated ?? essay.published).toISOString().slice(0, 10),
		mainEntityOfPage: essay.url,
		author: { '@type': 'Organization', name: essay.publisher },
		publisher: { '@type': 'Organization', name: essay.publisher },
	};
}

/**
 * JSON for a `<script type="application/ld+json">` that cannot close the tag early.
 * @param data - the JSON-LD objects
 * @returns safe script text
 */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
