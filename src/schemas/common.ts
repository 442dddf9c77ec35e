import { z } from 'astro/zod';
import { httpsUrlProblem } from '../lib/url-policy.ts';
import { ID_PATTERN, MAX_ID_LENGTH, reservedIdProblem } from '../lib/ids.ts';

/** A lowercase, hyphenated word such as a tag: "databases", "system-design". */
export const SlugSchema = z
	.string()
	.regex(ID_PATTERN, 'ids are lowercase words joined by hyphens, like "backend-engineer"')
	.max(MAX_ID_LENGTH, `a tag has at most ${MAX_ID_LENGTH} characters`);

/**
 * The id of an entry, as a reference to it: a slug that can be a file name and a URL segment (not a
 * language code, a page of the site, a Windows device name or too long; src/lib/ids.ts).
 */
export const IdSchema = z
	.string()
	.regex(ID_PATTERN, 'ids are lowercase words joined by hyphens, like "backend-engineer"')
	.superRefine((id, ctx) => {
		const problem = ID_PATTERN.test(id) ? reservedIdProblem(id) : undefined;
		if (problem)
			ctx.addIssue({ code: 'custom', message: `no entry can have this id: ${problem}`, input: id });
	});

/**
 * An absolute https:// URL to a public site, by the one policy in src/lib/url-policy.ts: a public DNS
 * name (no IP address, private or test name, user info, port, spaces or look-alike host).
 */
export const HttpsUrlSchema = z
	.string()
	.max(2000, 'a URL this long is not a real page address (at most 2,000 characters)')
	.superRefine((value, context) => {
		const problem = httpsUrlProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: problem });
	});

/** Today, in UTC, as the last day content may describe. Tests may pin it with ROLEMAP_TODAY. */
export const today = (): Date => {
	const pinned = process.env['ROLEMAP_TODAY'];
	const now = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
};

/** A calendar date written as YYYY-MM-DD, not in the future. */
export const DateSchema = z.coerce
	.date({ error: 'must be a date written as YYYY-MM-DD, like 2026-11-20' })
	.refine((date) => date.getTime() <= today().getTime(), {
		message: 'must not be in the future: write the day it happened, as YYYY-MM-DD',
	});

/**
 * True when a URL carries a user name or password ("https://a@b/"), which hides where it really goes.
 * @param value - the URL
 * @returns whether it has user info
 */
export function hasUserInfo(value: string): boolean {
	try {
		const url = new URL(value);
		return url.username !== '' || url.password !== '';
	} catch {
		return false;
	}
}

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
