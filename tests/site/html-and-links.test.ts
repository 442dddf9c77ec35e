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
