import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFiles, tool } from './run';

const BAD = 'tests/fixtures/quality/bad-site';

describe('valid HTML', () => {
	test('html-validate finds no error in any page of dist/', () => {
		const { code, output } = tool('html-validate', ['--formatter', 'text', 'dist']);
		expect(output.replace(/^npm warn.*\n/gm, '').trim()).toBe('');
		expect(code).toBe(0);
	});

	test('it does fail on a page with an image without alt text', () => {
		const { code, output } = tool('html-validate', ['--formatter', 'text', BAD]);
		expect(code).toBe(1);
		expect(output).toContain('<img> is missing required "alt" attribute');
	});
});

describe('links', () => {
	test('every internal link and #fragment in dist/ resolves', () => {
		const files = htmlFiles('dist');
		expect(files.length).toBeGreaterThan(100);
		const { code, output } = tool('hyperlink', ['--root', 'dist', '--internal', ...files]);
		const failed = output.split('\n').filter((line) => line.startsWith('not ok'));
		expect(failed).toEqual([]);
		expect(output).toMatch(/^# pass {2}\d+$/m);
		expect(output).not.toMatch(/^# fail {2}[1-9]/m);
		expect(code).toBe(0);
	});

	test('the checker does fail on a broken anchor and a missing page', () => {
		const { code, output } = tool('hyperlink', ['--root', BAD, '--internal', ...htmlFiles(BAD)]);
		expect(code).not.toBe(0);
		expect(output).toContain('no-such-section');
		expect(output).toContain('no-such-page');
	});
});

/**
 * Words glued to a link or an inline element: "Content is<a>CC BY-SA</a>" reads "Content isCC BY-SA".
 * Astro drops a line break between text and a tag, so the source needs an explicit space there.
 */
function gluedWords(file: string): string[] {
	const body = readFileSync(file, 'utf8')
		.replace(/^[\s\S]*?<body[^>]*>/, '')
		.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');
	const inline = '(?:a|em|strong|code|abbr|time|kbd)';
	const pattern = new RegExp(`\\w+<${inline}\\b[^>]*>[^<]{0,20}|[^>]{0,20}</${inline}>\\w+`, 'g');
	return [...body.matchAll(pattern)].map(([match]) => `${file}: ${match.replace(/<[^>]*>/g, '|')}`);
}

describe('prose spacing', () => {
	test('no word in dist/ is glued to a link or inline element', () => {
		expect(htmlFiles('dist').flatMap(gluedWords)).toEqual([]);
	});

	test('the check finds glued words in the bad fixture', () => {
		expect(htmlFiles(BAD).flatMap(gluedWords)).toEqual([
			`${BAD}/index.html: is|CC BY-SA 4.0`,
			`${BAD}/index.html: it|now`,
		]);
	});
});
