/**
 * The one URL policy: which addresses contributed content may publish, and which network addresses
 * the external link checker may connect to. The schema (`HttpsUrlSchema` for docs, resources and pay
 * sources), the content guard and compile wall (links and images in bodies) and the link checker all
 * call these functions, so the three cannot disagree.
 *
 * - A URL in frontmatter or YAML is `https://` + a public DNS name: no IP address in any notation
 *   (decimal, octal, hex, shortened, IPv6), no names that only exist on a private network or are
 *   reserved for tests, no user info, no port, no spaces, controls or invisible characters, and no
 *   internationalised (non-ASCII or `xn--`) host unless `IDN_HOST_ALLOW_LIST` names it.
 * - A link in a body is such an https URL, a `mailto:` with one address, a path on this site starting
 *   with exactly one `/`, or a `#fragment` on the same page. An image is a path on this site only.
 * - The checker connects only to addresses that are public unicast (`addressProblem`).
 */

/**
 * Internationalised hosts content may link to, in their ASCII (Punycode) form, each with its Unicode
 * form in a comment. A name is added only after a maintainer has checked that it is the site it looks
 * like (a Cyrillic "а" in "аpple.com" reads as Apple and is not). Empty: no such host is linked today.
 */
export const IDN_HOST_ALLOW_LIST: readonly string[] = [];

/**
 * Domain suffixes that never name a public site, with why. A host equal to one or ending in
 * ".<suffix>" is refused.
 */
const PRIVATE_SUFFIXES: Record<string, string> = {
	localhost: 'names the reader’s own machine',
	local: 'is a local-network (mDNS) name',
	internal: 'is reserved for private networks',
	intranet: 'is used only inside private networks',
	private: 'is used only inside private networks',
	corp: 'is used only inside private networks',
	home: 'is used only inside private networks',
	lan: 'is used only inside private networks',
	localdomain: 'is used only inside private networks',
	'home.arpa': 'is reserved for home networks',
	arpa: 'is reserved for the DNS’s own use',
	test: 'is reserved for tests and never resolves',
	example: 'is reserved for documentation and never resolves',
	invalid: 'is reserved as never valid',
	alt: 'is reserved for names outside the DNS',
	onion: 'is reachable only through Tor',
};

const codePoint = (char: string) =>
	`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The URL as it may be printed: control and invisible characters shown as U+XXXX. */
export function showUrl(url: string): string {
	const shown = url.replace(/[\p{Cc}\p{Cf}\p{Z}\\"]/gu, (char) =>
		char === ' ' ? ' ' : char === '\\' || char === '"' ? char : `<${codePoint(char)}>`,
	);
	return shown.length > 120 ? `${shown.slice(0, 117)}…` : shown;
}

export const URL_MESSAGES = {
	https: 'must be an absolute https:// URL, like "https://www.postgresql.org/docs/"',
	userInfo:
		'must not contain a user name or password before "@": "https://site@other.example/" goes to other.example. Write the address itself',
	slashes:
		'must start with "https://", two slashes and the host: "https:host" is read as a page on this site. Write it like "https://www.postgresql.org/"',
	invisible: (char: string) =>
		`must not contain spaces, control or invisible characters (${codePoint(char)} here): browsers drop or change them, so the link would not go where it reads. Write a space in a path as %20 and remove the others`,
	backslash:
		'must not contain "\\": browsers read it as "/", so the address would not go where it reads. Write "/"',
	port: (port: string) =>
		`must not name a port (":${port}"): a public page is served on the standard https port. Remove ":${port}"`,
	ipAddress: (host: string) =>
		`must name the site, not an IP address ("${host}"): an address can point into the reader’s own network. Write the site’s domain name, like "https://www.postgresql.org/"`,
	privateName: (host: string, suffix: string) =>
		`the host "${host}" is not on the public internet (".${suffix}" ${PRIVATE_SUFFIXES[suffix] ?? 'is private'}). Link to the page’s public address, like "https://www.postgresql.org/"`,
	singleLabel: (host: string) =>
		`the host "${host}" has no domain (no dot), so it names a machine on a private network. Write the full public address, like "https://www.postgresql.org/"`,
	hostCharacters: (host: string) =>
		`the host "${host}" holds characters a domain name cannot have. Write it with letters, digits, hyphens and dots only, like "www.postgresql.org"`,
	invalidHost: (host: string) =>
		`the host "${host}" is not a valid domain name: each part between dots is 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen`,
	trailingDot: (host: string) =>
		`the host "${host}" ends with a dot. Remove it: "${host.replace(/\.$/, '')}"`,
	lookAlike: (host: string, ascii: string) =>
		`the host "${host}" is written with characters that browsers turn into "${ascii}" (full-width or other look-alike forms). Write "${ascii}"`,
	idn: (host: string, ascii: string) =>
		`the host "${host}" is an internationalised name (${ascii}): such names can copy another site letter for letter (a Cyrillic "а" for a Latin "a"). Write the site’s plain ASCII address, or ask a maintainer to check the site and add "${ascii}" to IDN_HOST_ALLOW_LIST in src/lib/url-policy.ts`,
	// Links and images in Markdown and MDX bodies.
	link: (url: string, problem: string) =>
		`the link "${showUrl(url)}"${problem.startsWith('must') ? ' ' : ': '}${problem}`,
	empty:
		'a link needs an address: write https://… or a path on this site, like /roles/backend-engineer/, between the parentheses',
	protocolRelative: (url: string) =>
		`the link "${showUrl(url)}" leaves the site without saying so: a link that starts with "//" or "/\\" opens another host. Write the full address, https://…, or a path on this site starting with one /, like /roles/backend-engineer/`,
	relative: (url: string, role: 'link' | 'image' = 'link') =>
		`the ${role} "${showUrl(url)}" is relative to the page it is on, so it leads somewhere else on /es/ pages, in feeds and in search results. Write the path from the site’s root, starting with one /, like /roles/backend-engineer/`,
	image: (url: string, host: string) =>
		`the image "${showUrl(url)}" is not a path on this site${host ? ` (it names the host ${host})` : ''}: the page’s security policy (img-src 'self') blocks images from other hosts, so readers would always see a broken image. Add the file to the site, as public/images/chart.png, and write its path, /images/chart.png, as the image’s address`,
	mailto: (url: string) =>
		`the link "${showUrl(url)}" must be mailto: and one address, nothing else, like mailto:team@example.org: "?cc=", "?bcc=", "?body=", extra addresses or encoded characters would change the reader’s email without them seeing it`,
	wwwLiteral: (text: string) =>
		`"${showUrl(text)}" becomes an http:// link, which is not allowed. Write the address in full, as https://${showUrl(text)}, or put it in backticks if it is not meant as a link`,
} as const;

/** Spaces, controls, format characters (bidi, zero-width) and separators, anywhere in a URL. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}]/u;

/**
 * Whether a host, as the URL parser reads it, is an IPv4 address: WHATWG treats any host whose last
 * label is a number (decimal "2130706433", octal "0177", hex "0x7f") as one.
 */
const endsInNumber = (host: string) => {
	const labels = host.split('.');
	if (labels.at(-1) === '' && labels.length > 1) labels.pop();
	const last = labels.at(-1) ?? '';
	return /^\d+$/.test(last) || /^0x[0-9a-f]*$/i.test(last);
};

/** The host a URL parser makes of `host` (IDNA, full-width folding, lowercase), or null. */
const parsedHost = (host: string) => {
	try {
		return new URL(`https://${host}/`).hostname;
	} catch {
		return null;
	}
};

/**
 * The problem with a host as written in an https URL, or null when it is a public DNS name.
 * @param host - the host as written, without port or brackets removed
 * @param allowList - internationalised hosts allowed, in ASCII form
 * @returns the message, or null
 */
export function hostProblem(
	host: string,
	allowList: readonly string[] = IDN_HOST_ALLOW_LIST,
): string | null {
	if (host.startsWith('[')) return URL_MESSAGES.ipAddress(host);
	let name = host.toLowerCase();
	if (/[^\x21-\x7e]/.test(host)) {
		// Judged as the browser will read it, then refused unless the allow-list names it.
		const ascii = parsedHost(host);
		if (ascii === null) return URL_MESSAGES.hostCharacters(host);
		// Look-alike forms of a plain name: judged as the name the browser makes of them first.
		if (!/(^|\.)xn--/.test(ascii))
			return hostProblem(ascii, allowList) ?? URL_MESSAGES.lookAlike(host, ascii);
		if (!allowList.includes(ascii.replace(/\.$/, ''))) return URL_MESSAGES.idn(host, ascii);
		name = ascii;
	}
	if (!/^[a-z0-9.-]+$/.test(name)) return URL_MESSAGES.hostCharacters(host);
	if (endsInNumber(name)) return URL_MESSAGES.ipAddress(host);
	const bare = name.replace(/\.$/, '');
	const labels = bare.split('.');
	for (let start = 0; start < labels.length; start++) {
		const suffix = labels.slice(start).join('.');
		if (Object.hasOwn(PRIVATE_SUFFIXES, suffix)) return URL_MESSAGES.privateName(host, suffix);
	}
	if (labels.some((label) => label === '')) return URL_MESSAGES.invalidHost(host);
	if (labels.length < 2) return URL_MESSAGES.singleLabel(host);
	if (
		bare.length > 253 ||
		labels.some((label) => label.length > 63 || /^-|-$/.test(label)) ||
		!/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels.at(-1) ?? '')
	)
		return URL_MESSAGES.invalidHost(host);
	if (labels.some((label) => label.startsWith('xn--')) && !allowList.includes(bare))
		return URL_MESSAGES.idn(host, bare);
	if (name !== bare) return URL_MESSAGES.trailingDot(host);
	return null;
}

/**
 * The problem with an absolute https URL written in content, or null when it may be published.
 * @param value - the URL as written
 * @param allowList - internationalised hosts allowed, in ASCII form
 * @returns the message (starting "must …" or "the host …"), or null
 */
export function httpsUrlProblem(
	value: string,
	allowList: readonly string[] = IDN_HOST_ALLOW_LIST,
): string | null {
	const invisible = INVISIBLE.exec(value);
	if (invisible) return URL_MESSAGES.invisible(invisible[0]);
	if (!/^https:/i.test(value)) return URL_MESSAGES.https;
	if (value.includes('\\')) return URL_MESSAGES.backslash;
	if (!/^https:\/\/[^/]/i.test(value)) return URL_MESSAGES.slashes;
	if (!URL.canParse(value)) {
		const authority = value.slice(8).split(/[/?#]/, 1)[0] ?? '';
		const host = authority.replace(/^.*@/, '').replace(/:\d*$/, '');
		return (!authority.includes('@') && hostProblem(host, allowList)) || URL_MESSAGES.https;
	}
	const authority = value.slice(8).split(/[/?#]/, 1)[0] ?? '';
	if (authority.includes('@')) return URL_MESSAGES.userInfo;
	const port = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
	const host = port?.[1] ?? authority;
	const problem = hostProblem(host, allowList);
	if (problem) return problem;
	if (port?.[2] !== undefined && port[2] !== '443') return URL_MESSAGES.port(port[2]);
	return null;
}

/** The scheme of a URL as a browser reads it (leading controls and spaces, tabs and newlines dropped). */
export function browserScheme(url: string): string | null {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
	const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return match?.[1] ? match[1].toLowerCase() : null;
}

/** One address, as the mail client will read it: no query, no second recipient, nothing encoded. */
const MAILTO = /^mailto:[A-Za-z0-9!#$'*+\-/=^_`{|}~.]+@([A-Za-z0-9.-]+)$/i;

/**
 * The problem with a link or image target in a Markdown or MDX body, or null when it may be
 * published. Schemes other than https and mailto are the caller's to refuse (with its own message).
 * @param url - the target as the parser read it (entities and escapes decoded)
 * @param role - "link" (links and reference definitions) or "image"
 * @param allowList - internationalised hosts allowed, in ASCII form
 * @returns the message, or null
 */
export function bodyUrlProblem(
	url: string,
	role: 'link' | 'image',
	allowList: readonly string[] = IDN_HOST_ALLOW_LIST,
): string | null {
	const scheme = browserScheme(url);
	const invisible = INVISIBLE.exec(url);
	if (invisible) return URL_MESSAGES.link(url, URL_MESSAGES.invisible(invisible[0]));
	const protocolRelative = /^[/\\]{2}/.test(url);
	if (role === 'image' && (scheme !== null || protocolRelative)) {
		const host = /^(?:[a-z][a-z0-9+.-]*:)?[/\\]*([^/\\?#]*)/i.exec(url)?.[1] ?? '';
		return URL_MESSAGES.image(url, host);
	}
	if (protocolRelative) return URL_MESSAGES.protocolRelative(url);
	if (url.includes('\\')) return URL_MESSAGES.link(url, URL_MESSAGES.backslash);
	if (scheme === 'https') {
		const problem = httpsUrlProblem(url, allowList);
		return problem ? URL_MESSAGES.link(url, problem) : null;
	}
	if (scheme === 'mailto') {
		const domain = MAILTO.exec(url)?.[1];
		return domain === undefined || hostProblem(domain, allowList) ? URL_MESSAGES.mailto(url) : null;
	}
	if (scheme !== null) return null;
	if (url === '') return URL_MESSAGES.empty;
	if (url.startsWith('/')) return null;
	if (url.startsWith('#') && role === 'link') return null;
	return URL_MESSAGES.relative(url, role);
}

/** An IPv4 address as a 32-bit number, or null. */
function ipv4Number(address: string): number | null {
	const parts = address.split('.');
	if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part))) return null;
	const bytes = parts.map(Number);
	if (bytes.some((byte) => byte > 255)) return null;
	return bytes.reduce((sum, byte) => sum * 256 + byte, 0);
}

/** Every IPv4 block that is not public unicast, with what it is. */
const IPV4_BLOCKS: [string, number, string][] = [
	['0.0.0.0', 8, 'unspecified ("this network")'],
	['10.0.0.0', 8, 'private'],
	['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
	['127.0.0.0', 8, 'loopback'],
	['169.254.0.0', 16, 'link-local'],
	['172.16.0.0', 12, 'private'],
	['192.0.0.0', 24, 'reserved (IETF protocol assignments)'],
	['192.0.2.0', 24, 'documentation'],
	['192.88.99.0', 24, 'reserved (6to4 relay)'],
	['192.168.0.0', 16, 'private'],
	['198.18.0.0', 15, 'benchmarking'],
	['198.51.100.0', 24, 'documentation'],
	['203.0.113.0', 24, 'documentation'],
	['224.0.0.0', 4, 'multicast'],
	['240.0.0.0', 4, 'reserved'],
];

function ipv4Kind(value: number): string | null {
	for (const [base, bits, kind] of IPV4_BLOCKS) {
		const size = 2 ** (32 - bits);
		const start = ipv4Number(base) ?? 0;
		if (value >= start && value < start + size) return kind;
	}
	return null;
}

/** An IPv6 address as eight 16-bit groups, or null. */
function ipv6Groups(address: string): number[] | null {
	let text = address.toLowerCase();
	const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (v4?.[1]) {
		const value = ipv4Number(v4[1]);
		if (value === null) return null;
		text = `${text.slice(0, -v4[1].length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
	}
	const halves = text.split('::');
	if (halves.length > 2) return null;
	const split = (half: string | undefined) => (half ? half.split(':') : []);
	const head = split(halves[0]);
	const tail = split(halves[1]);
	const missing = 8 - head.length - tail.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
	const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
	if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
	return groups.map((group) => parseInt(group, 16));
}

/**
 * Why the link checker may not connect to an address, or null when it is public unicast.
 * IPv6 addresses that carry an IPv4 address (v4-mapped, NAT64, 6to4) are judged by it.
 * @param address - an IPv4 or IPv6 address, as DNS answers it
 * @returns what it is, e.g. "a loopback address", or null
 */
export function addressProblem(address: string): string | null {
	const say = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} address`;
	const v4 = ipv4Number(address);
	if (v4 !== null) {
		const kind = ipv4Kind(v4);
		return kind ? say(kind) : null;
	}
	if (address.includes('%')) return say('scoped (link-local)');
	const groups = ipv6Groups(address);
	if (!groups) return 'not an IP address';
	const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
	const embedded = (high: number, low: number) => {
		const kind = ipv4Kind(high * 65536 + low);
		const dotted = [high >> 8, high & 255, low >> 8, low & 255].join('.');
		return kind ? `${say(kind)} (IPv4 ${dotted} inside IPv6)` : null;
	};
	const zeroTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
	if (zeroTo(8)) return say('unspecified');
	if (zeroTo(7) && g7 === 1) return say('loopback');
	if (zeroTo(5) && g5 === 0xffff) return embedded(g6, g7);
	if (zeroTo(6)) return say('reserved (IPv4-compatible)');
	if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
		return embedded(g6, g7);
	if (g0 === 0x2002) return embedded(g1, g2);
	if ((g0 & 0xfe00) === 0xfc00) return say('private (unique local)');
	if ((g0 & 0xffc0) === 0xfe80) return say('link-local');
	if ((g0 & 0xffc0) === 0xfec0) return say('private (site-local)');
	if ((g0 & 0xff00) === 0xff00) return say('multicast');
	if (g0 === 0x2001 && g1 === 0x0db8) return say('documentation');
	if (g0 === 0x2001 && g1 < 0x0200) return say('reserved (IETF protocol assignments)');
	if (g0 === 0x3fff && (g1 & 0xf000) === 0) return say('documentation');
	if ((g0 & 0xe000) !== 0x2000) return say('reserved');
	return null;
}
