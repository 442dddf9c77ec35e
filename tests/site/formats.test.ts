import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';

/** The machine-read formats in a built site: XML (feeds, sitemaps, graphs as SVG) and JSON. */
const XML = ['.xml', '.svg'];
const JSON_LIKE = ['.json', '.webmanifest'];

/**
 * Why a file of a machine-read format does not parse, or undefined when it does. XML is read by a
 * strict, namespace-aware parser (well-formedness, characters XML allows, one root element); JSON by
 * JSON.parse, as browsers and feed readers do.
 * @param name - the file's name, for its extension and the message
 * @param text - its contents
 * @returns `name:line:column  message`, or undefined
 */
function formatProblem(name: string, text: string): string | undefined {
	if (JSON_LIKE.includes(extname(name))) {
		try {
			JSON.parse(text);
			return undefined;
		} catch (error) {
			return `${name}  ${error instanceof Error ? error.message : String(error)}`;
		}
	}
	const parser = new SaxesParser({ xmlns: true, fileName: name });
	let problem: string | undefined;
	parser.on('error', (error) => {
		// The first error is the one to fix; saxes puts file:line:column in front of it.
		problem ??= error.message;
	});
	parser.write(text).close();
	return problem;
}

/** Every file in a folder with one of these extensions, with its path from the folder. */
function filesIn(dir: string, extensions: string[]): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.includes(extname(name)))
		.sort();
}

describe('every XML, SVG, JSON and web manifest file in dist/ parses', () => {
	const kinds = { XML: XML, JSON: JSON_LIKE };
	for (const [kind, extensions] of Object.entries(kinds)) {
		test(`${kind} (${extensions.join(', ')})`, () => {
			const files = filesIn('dist', extensions);
			const problems = files
				.map((file) => formatProblem(join('dist', file), readFileSync(join('dist', file), 'utf8')))
				.filter((problem) => problem !== undefined);
			expect(problems).toEqual([]);
			// The kinds the site publishes are all there: an empty or partial dist/ cannot pass.
			for (const extension of extensions)
				expect(
					files.filter((file) => file.endsWith(extension)).length,
					`${extension} files in dist/`,
				).toBeGreaterThan(0);
			if (kind === 'XML') {
				expect(files).toContain('rss.xml');
				expect(files).toContain('sitemap-index.xml');
				expect(files.filter((file) => file.endsWith('graph.svg')).length).toBeGreaterThan(10);
			}
		});
	}
});

describe('the format check refuses what readers would refuse', () => {
	test.each([
		// A control character written as a YAML escape, in a title the feed carries.
		[
			'rss.xml',
			'<rss><channel><title>a \u0000 b</title></channel></rss>',
			'rss.xml:1:24: disallowed character.',
		],
		[
			'rss.xml',
			'<rss><channel><title>Tom & Jerry</title></channel></rss>',
			'rss.xml:1:56: unclosed tag: title',
		],
		[
			'graph.svg',
			'<svg xmlns="http://www.w3.org/2000/svg"><text>a</svg>',
			'graph.svg:1:53: unexpected close tag.',
		],
		[
			'graph.svg',
			'<svg xmlns="http://www.w3.org/2000/svg"><x:a/></svg>',
			'graph.svg:1:46: unbound namespace prefix: "x".',
		],
		['two.xml', '<a/><b/>', 'two.xml:1:7: documents may contain only one root.'],
		['empty.xml', '', 'empty.xml:1:0: document must contain a root element.'],
		[
			'a.json',
			'{"title": "a\u0001b"}',
			'a.json  Bad control character in string literal in JSON at position 12 (line 1 column 13)',
		],
		[
			'site.webmanifest',
			'{"name": "Rolemap",}',
			'site.webmanifest  Expected double-quoted property name in JSON at position 19 (line 1 column 20)',
		],
	])('%s: %j', (name, text, message) => {
		expect(formatProblem(name, text)).toBe(message);
	});

	test('accepts well-formed files', () => {
		expect(
			formatProblem(
				'g.svg',
				'<svg xmlns="http://www.w3.org/2000/svg"><text>a &amp; b</text></svg>',
			),
		).toBeUndefined();
		expect(formatProblem('a.json', '{"name": "a\\u2028b"}')).toBeUndefined();
	});
});
