/** One block of a `_headers` file: a path pattern and the headers it adds. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/**
 * Parses a `_headers` file (the format Netlify and Cloudflare Pages read).
 * @param text - the file's text
 * @returns its rules, in order
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [] });
			continue;
		}
		const colon = raw.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0)
			rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
	return regex.test(path);
}

/**
 * The headers a path gets: every matching rule, in file order; a later value for the same
 * header name is joined to the earlier one with a comma, as Netlify does.
 * @param rules - parsed `_headers` rules
 * @param path - the request path, e.g. "/roles/backend-engineer/"
 * @returns header name (lowercase) → value
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const result = new Map<string, string>();
	for (const rule of rules) {
		if (!matches(rule.pattern, path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const previous = result.get(key);
			result.set(key, previous ? `${previous}, ${value}` : value);
		}
	}
	return result;
}

/** What a page response must carry, and how to recognise it. */
const REQUIRED: [name: string, test: RegExp, fix: string][] = [
	[
		'strict-transport-security',
		/max-age=(\d{8,})/,
		'Strict-Transport-Security with max-age of a year or more',
	],
	['x-content-type-options', /^nosniff$/, 'X-Content-Type-Options: nosniff'],
	[
		'referrer-policy',
		/^(strict-origin-when-cross-origin|no-referrer|same-origin|strict-origin)$/,
		'a strict Referrer-Policy',
	],
	[
		'permissions-policy',
		/camera=\(\)/,
		'a Permissions-Policy that turns off camera, microphone and geolocation',
	],
	[
		'content-security-policy',
		/frame-ancestors 'none'/,
		"Content-Security-Policy: frame-ancestors 'none'",
	],
];

/**
 * Security headers a page response is missing.
 * @param headers - the response's headers, names in lowercase
 * @returns one message per missing or weak header; empty when all are present
 */
export function missingSecurityHeaders(
	headers: ReadonlyMap<string, string> | Record<string, string>,
): string[] {
	const byName: ReadonlyMap<string, string> =
		headers instanceof Map ? headers : new Map(Object.entries(headers));
	return REQUIRED.filter(([name, test]) => !test.test(byName.get(name) ?? '')).map(
		([name, , fix]) => `${name}: expected ${fix}`,
	);
}
