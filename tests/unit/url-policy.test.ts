/**
 * The one URL policy (src/lib/url-policy.ts), attacked as a hostile contributor would: every way to
 * write an address that leaves the site, reaches a private network or imitates another site, in
 * frontmatter (the schema), in bodies (the guard and the compile wall, with one message) and as the
 * addresses the link checker may connect to.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { markdownToHtml } from 'satteri';
import { guardBytes } from '../../src/guard/files';
import { MARKDOWN_FEATURES } from '../../src/guard/markdown';
import { addressProblem, hostProblem, httpsUrlProblem } from '../../src/lib/url-policy';
import { HttpsUrlSchema } from '../../src/schemas/common';
import { BODY_LINES } from '../fixtures/hostile-links/expected';

const schemaMessages = (value: string) => {
	const result = HttpsUrlSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

const IP = (host: string) =>
	`must name the site, not an IP address ("${host}"): an address can point into the reader’s own network. Write the site’s domain name, like "https://www.postgresql.org/"`;
const PRIVATE = (host: string, suffix: string, why: string) =>
	`the host "${host}" is not on the public internet (".${suffix}" ${why}). Link to the page’s public address, like "https://www.postgresql.org/"`;
const INVISIBLE = (code: string) =>
	`must not contain spaces, control or invisible characters (${code} here): browsers drop or change them, so the link would not go where it reads. Write a space in a path as %20 and remove the others`;
const IDN = (host: string, ascii: string) =>
	`the host "${host}" is an internationalised name (${ascii}): such names can copy another site letter for letter (a Cyrillic "а" for a Latin "a"). Write the site’s plain ASCII address, or ask a maintainer to check the site and add "${ascii}" to IDN_HOST_ALLOW_LIST in src/lib/url-policy.ts`;
const HTTPS = 'must be an absolute https:// URL, like "https://www.postgresql.org/docs/"';
const USER_INFO =
	'must not contain a user name or password before "@": "https://site@other.example/" goes to other.example. Write the address itself';
const SLASHES =
	'must start with "https://", two slashes and the host: "https:host" is read as a page on this site. Write it like "https://www.postgresql.org/"';
const BACKSLASH =
	'must not contain "\\": browsers read it as "/", so the address would not go where it reads. Write "/"';
const CHARACTERS = (host: string) =>
	`the host "${host}" holds characters a domain name cannot have. Write it with letters, digits, hyphens and dots only, like "www.postgresql.org"`;
const INVALID = (host: string) =>
	`the host "${host}" is not a valid domain name: each part between dots is 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen`;

describe('a URL in frontmatter or YAML (HttpsUrlSchema: docs, resources, pay sources)', () => {
	test.each([
		// Addresses that are public sites, written as they should be.
		['https://www.postgresql.org/docs/', []],
		['https://example.org/docs/postgresql', []],
		['HTTPS://WWW.POSTGRESQL.ORG/docs/', []],
		['https://www.postgresql.org:443/docs/', []],
		['https://en.wikipedia.org/wiki/Straße', []],
		['https://example.org/a%20b', []],
		// IP addresses, in every notation a URL parser reads as one.
		['https://127.0.0.1/', [IP('127.0.0.1')]],
		['https://127.1/', [IP('127.1')]],
		['https://2130706433/', [IP('2130706433')]],
		['https://0177.0.0.1/', [IP('0177.0.0.1')]],
		['https://0x7f.1/', [IP('0x7f.1')]],
		['https://0x7F000001/', [IP('0x7F000001')]],
		['https://127.0.0.1./', [IP('127.0.0.1.')]],
		['https://1.2.3.4.5/', [IP('1.2.3.4.5')]],
		['https://169.254.169.254/latest/meta-data/', [IP('169.254.169.254')]],
		['https://8.8.8.8/', [IP('8.8.8.8')]],
		['https://[::1]/', [IP('[::1]')]],
		['https://[::ffff:127.0.0.1]/', [IP('[::ffff:127.0.0.1]')]],
		['https://[fe80::1%25eth0]/', [IP('[fe80::1%25eth0]')]],
		['https://１２７.０.０.１/', [IP('127.0.0.1')]],
		[
			'https://ｌｏｃａｌｈｏｓｔ/',
			[PRIVATE('localhost', 'localhost', 'names the reader’s own machine')],
		],
		// Names that exist only on private networks or are reserved.
		['https://localhost/', [PRIVATE('localhost', 'localhost', 'names the reader’s own machine')]],
		['https://LOCALHOST./', [PRIVATE('LOCALHOST.', 'localhost', 'names the reader’s own machine')]],
		[
			'https://a.b.localhost/',
			[PRIVATE('a.b.localhost', 'localhost', 'names the reader’s own machine')],
		],
		[
			'https://printer.local/',
			[PRIVATE('printer.local', 'local', 'is a local-network (mDNS) name')],
		],
		[
			'https://x.internal/',
			[PRIVATE('x.internal', 'internal', 'is reserved for private networks')],
		],
		['https://nas.lan/', [PRIVATE('nas.lan', 'lan', 'is used only inside private networks')]],
		[
			'https://r.home.arpa/',
			[PRIVATE('r.home.arpa', 'home.arpa', 'is reserved for home networks')],
		],
		[
			'https://1.0.0.127.in-addr.arpa/',
			[PRIVATE('1.0.0.127.in-addr.arpa', 'arpa', 'is reserved for the DNS’s own use')],
		],
		['https://a.test/', [PRIVATE('a.test', 'test', 'is reserved for tests and never resolves')]],
		[
			'https://a.example/',
			[PRIVATE('a.example', 'example', 'is reserved for documentation and never resolves')],
		],
		['https://a.invalid/', [PRIVATE('a.invalid', 'invalid', 'is reserved as never valid')]],
		['https://x.onion/', [PRIVATE('x.onion', 'onion', 'is reachable only through Tor')]],
		[
			'https://wiki/',
			[
				'the host "wiki" has no domain (no dot), so it names a machine on a private network. Write the full public address, like "https://www.postgresql.org/"',
			],
		],
		// Look-alike and internationalised hosts.
		['https://аpple.com/', [IDN('аpple.com', 'xn--pple-43d.com')]],
		['https://xn--pple-43d.com/', [IDN('xn--pple-43d.com', 'xn--pple-43d.com')]],
		['https://www.xn--pple-43d.com/', [IDN('www.xn--pple-43d.com', 'www.xn--pple-43d.com')]],
		['https://münchen.de/', [IDN('münchen.de', 'xn--mnchen-3ya.de')]],
		[
			'https://ｅｘａｍｐｌｅ.org/',
			[
				'the host "ｅｘａｍｐｌｅ.org" is written with characters that browsers turn into "example.org" (full-width or other look-alike forms). Write "example.org"',
			],
		],
		[
			'https://EXAMPLE。org/',
			[
				'the host "EXAMPLE。org" is written with characters that browsers turn into "example.org" (full-width or other look-alike forms). Write "example.org"',
			],
		],
		// Spaces, controls and invisible characters: what the browser drops is refused, not guessed.
		['https://example.org/a b', [INVISIBLE('U+0020')]],
		['https://exa mple.org/', [INVISIBLE('U+0020')]],
		['https://exa\tmple.org/', [INVISIBLE('U+0009')]],
		['https://example.org/\n', [INVISIBLE('U+000A')]],
		[' https://example.org/', [INVISIBLE('U+0020')]],
		['https://example.org/\u00a0', [INVISIBLE('U+00A0')]],
		['https://exa\u00admple.org/', [INVISIBLE('U+00AD')]],
		['https://example.org/\u202egpj.exe', [INVISIBLE('U+202E')]],
		['https://exa\u200bmple.org/', [INVISIBLE('U+200B')]],
		['https://example.org/\u0000', [INVISIBLE('U+0000')]],
		// Where the address really goes.
		['https://example.org@evil.com/', [USER_INFO]],
		['https://user:pass@example.org/', [USER_INFO]],
		['https://example.org\\@evil.com/', [BACKSLASH]],
		['https:\\\\evil.com/', [BACKSLASH]],
		['https:example.org', [SLASHES]],
		['https:/example.org', [SLASHES]],
		['https:///example.org', [SLASHES]],
		[
			'https://example.org:8443/',
			[
				'must not name a port (":8443"): a public page is served on the standard https port. Remove ":8443"',
			],
		],
		['https://ex%61mple.org/', [CHARACTERS('ex%61mple.org')]],
		['https://ex_ample.org/', [CHARACTERS('ex_ample.org')]],
		['https://-a.org/', [INVALID('-a.org')]],
		['https://a..org/', [INVALID('a..org')]],
		['https://example.c-m/', [INVALID('example.c-m')]],
		[
			'https://example.org./',
			['the host "example.org." ends with a dot. Remove it: "example.org"'],
		],
		// Other schemes keep their message.
		['http://example.org/', [HTTPS]],
		['//example.org/', [HTTPS]],
		['javascript:alert(1)', [HTTPS]],
		['ｈｔｔｐｓ://example.org/', [HTTPS]],
	])('%j → %j', (url, messages) => {
		expect(schemaMessages(url)).toEqual(messages);
	});

	test('an internationalised host the allow-list names is accepted, written either way', () => {
		const allow = ['xn--mnchen-3ya.de'];
		expect(httpsUrlProblem('https://münchen.de/', allow)).toBeNull();
		expect(httpsUrlProblem('https://xn--mnchen-3ya.de/', allow)).toBeNull();
		// The allow-list names one host, not its look-alikes or private twins.
		expect(httpsUrlProblem('https://аpple.com/', allow)).toBe(IDN('аpple.com', 'xn--pple-43d.com'));
		expect(hostProblem('münchen.localhost', ['xn--mnchen-3ya.localhost'])).toBe(
			PRIVATE('münchen.localhost', 'localhost', 'names the reader’s own machine'),
		);
	});
});

/** The Markdown renderer exactly as the build configures it (with the compile wall). */
async function renderMarkdown(body: string, kind: 'md' | 'mdx') {
	const processor = config.markdown?.processor ?? satteri();
	if (kind === 'md') {
		const renderer = await processor.createRenderer({ syntaxHighlight: false });
		return renderer.render(body, {
			fileURL: pathToFileURL('content/essays/x.md'),
			frontmatter: {},
		});
	}
	if (!processor.createMdxRenderer) throw new Error('the configured processor cannot render MDX');
	const renderer = await processor.createMdxRenderer(
		{ syntaxHighlight: false },
		{ optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
	);
	return renderer.process(body, 'content/essays/x.mdx', {});
}

const link = (url: string, problem: string) =>
	`the link "${url}"${problem.startsWith('must') ? ' ' : ': '}${problem}`;
const PROTOCOL_RELATIVE = (url: string) =>
	`the link "${url}" leaves the site without saying so: a link that starts with "//" or "/\\" opens another host. Write the full address, https://…, or a path on this site starting with one /, like /roles/backend-engineer/`;
const RELATIVE = (url: string, role = 'link') =>
	`the ${role} "${url}" is relative to the page it is on, so it leads somewhere else on /es/ pages, in feeds and in search results. Write the path from the site’s root, starting with one /, like /roles/backend-engineer/`;
const IMAGE = (url: string, host: string) =>
	`the image "${url}" is not a path on this site${host ? ` (it names the host ${host})` : ''}: the page’s security policy (img-src 'self') blocks images from other hosts, so readers would always see a broken image. Add the file to the site, as public/images/chart.png, and write its path, /images/chart.png, as the image’s address`;
const MAILTO = (url: string) =>
	`the link "${url}" must be mailto: and one address, nothing else, like mailto:team@example.org: "?cc=", "?bcc=", "?body=", extra addresses or encoded characters would change the reader’s email without them seeing it`;
const WWW = (text: string) =>
	`"${text}" becomes an http:// link, which is not allowed. Write the address in full, as https://${text}, or put it in backticks if it is not meant as a link`;
const SCHEME = (name: string) =>
	`${name}: links are not allowed: only https:// and mailto: addresses, or a relative link like /roles/backend-engineer/. Rewrite the link`;

describe('a link or image in a body: the guard and the compile wall say the same', () => {
	test.each([
		// Leaving the site unmarked.
		['[a](//evil.example/x)', 1, PROTOCOL_RELATIVE('//evil.example/x')],
		['[a](/\\evil.example/x)', 1, PROTOCOL_RELATIVE('/\\evil.example/x')],
		['[a](\\\\\\\\evil.example/x)', 1, PROTOCOL_RELATIVE('\\\\evil.example/x')],
		['[a](&#x2F;&#x2F;evil.example/x)', 1, PROTOCOL_RELATIVE('//evil.example/x')],
		['[a](&#47;\\\\evil.example)', 1, PROTOCOL_RELATIVE('/\\evil.example')],
		['[a](<//evil.example/x>)', 1, PROTOCOL_RELATIVE('//evil.example/x')],
		['[a]\n\n[a]: //evil.example/', 3, PROTOCOL_RELATIVE('//evil.example/')],
		// Not a URL the browser reads as written.
		['[a](https:evil.example)', 1, link('https:evil.example', SLASHES)],
		['<https:evil.example>', 1, link('https:evil.example', SLASHES)],
		['[a](<https://example.org/a b>)', 1, link('https://example.org/a b', INVISIBLE('U+0020'))],
		[
			'[a](https://example.org/&#x9;x)',
			1,
			link('https://example.org/<U+0009>x', INVISIBLE('U+0009')),
		],
		[
			'[a](https://example.org/&#x202E;x)',
			1,
			link('https://example.org/<U+202E>x', INVISIBLE('U+202E')),
		],
		['[a](/roles/&#x200B;x/)', 1, link('/roles/<U+200B>x/', INVISIBLE('U+200B'))],
		['[a](/roles\\x)', 1, link('/roles\\x', BACKSLASH)],
		// Relative to the page.
		['[a](page/relative)', 1, RELATIVE('page/relative')],
		['[a](../up)', 1, RELATIVE('../up')],
		['[a](./here)', 1, RELATIVE('./here')],
		['[a](?q=1)', 1, RELATIVE('?q=1')],
		['[a](%2F%2Fevil.example)', 1, RELATIVE('%2F%2Fevil.example')],
		['[a](ｈｔｔｐｓ://example.org)', 1, RELATIVE('ｈｔｔｐｓ://example.org')],
		[
			'[a]()',
			1,
			'a link needs an address: write https://… or a path on this site, like /roles/backend-engineer/, between the parentheses',
		],
		// Private hosts, look-alikes and user info, as in frontmatter.
		['[a](https://127.0.0.1/)', 1, link('https://127.0.0.1/', IP('127.0.0.1'))],
		[
			'[a](https://[::ffff:127.0.0.1]/)',
			1,
			link('https://[::ffff:127.0.0.1]/', IP('[::ffff:127.0.0.1]')),
		],
		['<https://0x7f.1/>', 1, link('https://0x7f.1/', IP('0x7f.1'))],
		[
			'Bare https://169.254.169.254/ here.',
			1,
			link('https://169.254.169.254/', IP('169.254.169.254')),
		],
		[
			'[a](https://localhost./)',
			1,
			link(
				'https://localhost./',
				PRIVATE('localhost.', 'localhost', 'names the reader’s own machine'),
			),
		],
		[
			'[a](https://аpple.com/)',
			1,
			link('https://аpple.com/', IDN('аpple.com', 'xn--pple-43d.com')),
		],
		[
			'[a](https://example.com@evil.example/)',
			1,
			link('https://example.com@evil.example/', USER_INFO),
		],
		// mailto: one address, nothing the reader does not see.
		[
			'[a](mailto:team@example.org?bcc=spy@evil.example)',
			1,
			MAILTO('mailto:team@example.org?bcc=spy@evil.example'),
		],
		[
			'[a](mailto:team@example.org?subject=hi&body=x)',
			1,
			MAILTO('mailto:team@example.org?subject=hi&body=x'),
		],
		[
			'[a](mailto:team@example.org%0ABcc:spy@evil.example)',
			1,
			MAILTO('mailto:team@example.org%0ABcc:spy@evil.example'),
		],
		[
			'[a](mailto:team@example.org,spy@evil.example)',
			1,
			MAILTO('mailto:team@example.org,spy@evil.example'),
		],
		['[a](mailto:root@localhost)', 1, MAILTO('mailto:root@localhost')],
		// Images come from the site only.
		[
			'![a](https://images.example.org/c.png)',
			1,
			IMAGE('https://images.example.org/c.png', 'images.example.org'),
		],
		[
			'![a](//images.example.org/c.png)',
			1,
			IMAGE('//images.example.org/c.png', 'images.example.org'),
		],
		['![a](https://rolemap.dev/c.png)', 1, IMAGE('https://rolemap.dev/c.png', 'rolemap.dev')],
		['![a](c.png)', 1, RELATIVE('c.png', 'image')],
		[
			'![a][c]\n\n[c]: https://images.example.org/c.png',
			3,
			IMAGE('https://images.example.org/c.png', 'images.example.org'),
		],
		[
			'![a][C]\n\n[c]: https://images.example.org/c.png',
			3,
			IMAGE('https://images.example.org/c.png', 'images.example.org'),
		],
		[
			'![a]\n\n[a]: https://images.example.org/c.png',
			3,
			IMAGE('https://images.example.org/c.png', 'images.example.org'),
		],
		// Bare addresses GFM turns into links.
		['See www.example.org today.', 1, WWW('www.example.org')],
		['See www.example.org/path?x=1.', 1, WWW('www.example.org/path?x=1')],
		['See http://example.org today.', 1, SCHEME('http')],
		['[www.example.org](http://www.example.org)', 1, SCHEME('http')],
		['See HTTP://example.org.', 1, SCHEME('http')],
		['[a](java&#x09;script:alert(1))', 1, SCHEME('javascript')],
	])('%j is refused at line %i', async (body, line, message) => {
		// MDX has no <…> autolinks (it reads them as tags): those are Markdown only.
		for (const kind of body.startsWith('<') ? (['md'] as const) : (['md', 'mdx'] as const)) {
			const problems = guardBytes(new TextEncoder().encode(`---\ntitle: x\n---\n${body}\n`), kind);
			expect(problems.map((problem) => `${problem.line - 3} ${problem.message}`)).toEqual([
				`${line} ${message}`,
			]);
			await expect(renderMarkdown(`${body}\n`, kind)).rejects.toThrow(
				`content/essays/x.${kind}:${line}:`,
			);
			await expect(renderMarkdown(`${body}\n`, kind)).rejects.toThrow(`  ${message}`);
		}
	});

	test.each([
		'[a](https://www.postgresql.org/docs/)',
		'[a](HTTPS://WWW.POSTGRESQL.ORG/)',
		'<https://www.postgresql.org/>',
		'See https://www.postgresql.org/ today.',
		'[a](/roles/backend-engineer/)',
		'[a](/es/roles/backend-engineer/#pay)',
		'[a](#why-layers)',
		'[a](/%2F%2Fevil.example)',
		'[a](mailto:team@example.org)',
		'Write to team@example.org.',
		'![a](/images/chart.png)',
		'`www.example.org` and `//evil.example/` in code are text.',
		'```\n[a](//evil.example/)\n```',
		'[a][ref]\n\n[ref]: /roles/',
	])('%j is accepted by the guard and renders', async (body) => {
		for (const kind of body.startsWith('<') ? (['md'] as const) : (['md', 'mdx'] as const)) {
			expect(guardBytes(new TextEncoder().encode(`---\ntitle: x\n---\n${body}\n`), kind)).toEqual(
				[],
			);
			await expect(renderMarkdown(`${body}\n`, kind)).resolves.toBeTruthy();
		}
	});

	test('what the build renders for a bare www address is an http:// link, so check refuses it', () => {
		// If the build ever renders it as https, the check's refusal can be relaxed to match.
		const { html } = markdownToHtml('See www.example.org today.\n', {
			features: MARKDOWN_FEATURES,
		});
		expect(html).toContain('<a href="http://www.example.org">www.example.org</a>');
	});

	test('each hostile fixture is refused at the lines tests/fixtures/hostile-links/expected.ts lists', () => {
		const dir = 'tests/fixtures/hostile-links/essays';
		const lines = readdirSync(dir).flatMap((name) =>
			guardBytes(readFileSync(`${dir}/${name}`), name.endsWith('.mdx') ? 'mdx' : 'md').map(
				(problem) => `essays/${name}:${problem.line}:${problem.column}  ${problem.message}`,
			),
		);
		expect(lines.sort()).toEqual([...BODY_LINES].sort());
	});
});

describe('addresses the link checker may connect to', () => {
	test.each([
		['8.8.8.8', null],
		['1.1.1.1', null],
		['172.32.0.1', null],
		['2606:4700:4700::1111', null],
		['2001:4860:4860::8888', null],
		['::ffff:8.8.8.8', null],
		['127.0.0.1', 'a loopback address'],
		['127.255.255.254', 'a loopback address'],
		['0.0.0.0', 'an unspecified ("this network") address'],
		['10.0.0.1', 'a private address'],
		['172.16.0.1', 'a private address'],
		['172.31.255.255', 'a private address'],
		['192.168.0.1', 'a private address'],
		['100.64.0.1', 'a shared (carrier-grade NAT) address'],
		['100.127.255.255', 'a shared (carrier-grade NAT) address'],
		['169.254.169.254', 'a link-local address'],
		['192.0.0.170', 'a reserved (IETF protocol assignments) address'],
		['192.0.2.1', 'a documentation address'],
		['198.18.0.1', 'a benchmarking address'],
		['224.0.0.251', 'a multicast address'],
		['239.255.255.250', 'a multicast address'],
		['240.0.0.1', 'a reserved address'],
		['255.255.255.255', 'a reserved address'],
		['::', 'an unspecified address'],
		['::1', 'a loopback address'],
		['0:0:0:0:0:0:0:1', 'a loopback address'],
		['::ffff:127.0.0.1', 'a loopback address (IPv4 127.0.0.1 inside IPv6)'],
		['::ffff:7f00:1', 'a loopback address (IPv4 127.0.0.1 inside IPv6)'],
		['::FFFF:A9FE:A9FE', 'a link-local address (IPv4 169.254.169.254 inside IPv6)'],
		['64:ff9b::a00:1', 'a private address (IPv4 10.0.0.1 inside IPv6)'],
		['2002:c0a8:0101::1', 'a private address (IPv4 192.168.1.1 inside IPv6)'],
		['::127.0.0.1', 'a reserved (IPv4-compatible) address'],
		['fc00::1', 'a private (unique local) address'],
		['fd12:3456::1', 'a private (unique local) address'],
		['fe80::1', 'a link-local address'],
		['fe80::1%eth0', 'a scoped (link-local) address'],
		['fec0::1', 'a private (site-local) address'],
		['ff02::1', 'a multicast address'],
		['2001:db8::1', 'a documentation address'],
		['3fff::1', 'a documentation address'],
		['2001::1', 'a reserved (IETF protocol assignments) address'],
		['100::1', 'a reserved address'],
		['localhost', 'not an IP address'],
	])('%s → %s', (address, problem) => {
		expect(addressProblem(address)).toBe(problem);
	});
});
