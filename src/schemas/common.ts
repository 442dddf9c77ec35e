import { z } from 'astro/zod';

/** A lowercase, hyphenated id such as "postgresql" or "backend-engineer". */
export const IdSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'ids are lowercase words joined by hyphens, like "backend-engineer"',
	);

/** An absolute https:// URL. Other schemes (http, javascript, data…) are rejected. */
export const HttpsUrlSchema = z.string().refine(isHttpsUrl, {
	message: 'must be an absolute https:// URL, like "https://www.postgresql.org/docs/"',
});

/** A calendar date written as YYYY-MM-DD. */
export const DateSchema = z.coerce.date({
	error: 'must be a date written as YYYY-MM-DD, like 2026-11-20',
});

/**
 * True when `value` parses as an absolute URL with the https scheme.
 * @param value - the text to test
 * @returns whether it is an https URL
 */
export function isHttpsUrl(value: string): boolean {
	try {
		return new URL(value).protocol === 'https:';
	} catch {
		return false;
	}
}
