import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guardContent, guardFile } from '../../src/lib/content-guard';

const fixture = (name: string) => readFileSync(`tests/fixtures/hostile/${name}`, 'utf8');
const lines = (problems: ReturnType<typeof guardFile>) =>
	problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

const ESM =
	'import and export are not allowed: MDX would run them as code on the build machine. Delete the line; allowed components (Callout) need no import';
const EXPRESSION =
	'{…} expressions are not allowed: MDX would run them as JavaScript. Write the text itself, or escape a literal brace as \\{';
const URL_FIX =
	'they can run code or hide content. Use an https:// address or a relative link like /roles/backend-engineer/';
const EMBED_FIX =
	'plugins and embedded objects can run code. Link to the file instead: [title](https://…)';

describe('hostile fixtures are rejected at the line and column of the problem', () => {
	test.each([
		['esm-import.mdx', [`7:1 ${ESM}`, `11:1 ${ESM}`]],
		['esm-export.mdx', [`9:1 ${ESM}`]],
		['expression.mdx', [`7:31 ${EXPRESSION}`, `9:1 ${EXPRESSION}`]],
		[
			'component.mdx',
			[
				'9:1 <Chart> is not an allowed component. Use Markdown, or one of: Callout, abbr, br, kbd, mark, sub, sup, details, summary, figure, figcaption',
			],
		],
		[
			'attribute-expression.mdx',
			[
				'7:1 <Callout> has an {…} attribute: expressions run as JavaScript. Write attribute values as plain text in quotes',
			],
		],
		[
			'script.md',
			[
				'9:1 <script> is not allowed: content may not run scripts. Remove it; to show code, use a fenced code block',
			],
		],
		[
			'iframe.md',
			[
				'9:1 <iframe> is not allowed: embedded pages can track readers or run code. Link to the page instead: [title](https://…)',
			],
		],
		['object.md', [`7:1 <object> is not allowed: ${EMBED_FIX}`]],
		['embed.md', [`7:1 <embed> is not allowed: ${EMBED_FIX}`]],
		[
			'style.md',
			[
				'7:1 <style> is not allowed: styles come from the site, not from content. Remove it and use Markdown emphasis instead',
			],
		],
		[
			'onerror.md',
			['7:48 onerror= is not allowed: event handlers run JavaScript. Remove the attribute'],
		],
		['javascript-url.md', [`7:1 javascript: URLs are not allowed: ${URL_FIX}`]],
		['data-url.md', [`7:1 data: URLs are not allowed: ${URL_FIX}`]],
		['vbscript-url.md', [`7:1 vbscript: URLs are not allowed: ${URL_FIX}`]],
		['entity-javascript-url.md', [`7:1 javascript: URLs are not allowed: ${URL_FIX}`]],
	])('%s', (name, expected) => {
		expect(lines(guardFile(fixture(name), name))).toEqual(expected);
	});
});

describe('safe content passes', () => {
	test.each([
		[
			'allowed component and inline elements in MDX',
			'mdx',
			'<Callout type="tip">Press <kbd>Ctrl</kbd>.</Callout>',
		],
		['an escaped brace in MDX', 'mdx', 'Sets are written \\{a, b\\}.'],
		['code fences may mention anything', 'md', '```html\n<script>alert(1)</script>\n```'],
		['inline code too', 'md', 'Never write `<img onerror=alert(1)>` in a page.'],
		['braces are plain text in Markdown', 'md', 'A set like {a, b} is fine in .md files.'],
		[
			'https, relative and mailto links',
			'md',
			'[docs](https://example.org) [role](/roles/x/) [mail](mailto:a@example.org)',
		],
		[
			'harmless HTML in Markdown',
			'md',
			'Press <kbd>Ctrl</kbd> and read <abbr title="Site reliability">SRE</abbr>.',
		],
	] as const)('%s', (_name, kind, body) => {
		expect(guardContent(body, kind)).toEqual([]);
	});

	test('frontmatter is left to the schemas', () => {
		expect(guardFile('---\ntitle: "<script>"\n---\n\nText.\n', 'x.md')).toEqual([]);
	});
});

test('broken MDX is reported with its position instead of crashing', () => {
	const [problem] = guardContent('Text\n\n<Callout>never closed', 'mdx');
	expect(problem?.line).toBe(3);
	expect(problem?.message).toMatch(
		/^MDX could not be read: .+\. Check for an unclosed tag or a stray \{ or <$/,
	);
});
