import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { page, text } from './html';
import { HOSTILE_CONTENT, MARKERS } from './setup';

const { hostile, site } = inject('builds');

/** Runs one of the project's npm scripts the way a contributor would, against a content folder. */
function run(script: string, args: string[], contentDir: string) {
	const result = spawnSync(process.execPath, [script, ...args], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const expected = async () =>
	(await readdir('tests/fixtures/hostile')).map((name) => `${HOSTILE_CONTENT}/essays/${name}:`);

describe('hostile content', () => {
	test('fails the build, naming every hostile file with its line', async () => {
		expect(hostile.code).not.toBe(0);
		expect(hostile.output).toContain(
			'The content guard found 17 problems: content may not contain code.',
		);
		for (const location of await expected()) expect(hostile.output).toContain(location);
		expect(hostile.output).toContain(
			`${HOSTILE_CONTENT}/essays/expression.mdx:7:31  {…} expressions are not allowed: MDX would run them as JavaScript.`,
		);
		expect(hostile.output).toContain(
			`${HOSTILE_CONTENT}/essays/script.md:9:1  <script> is not allowed: content may not run scripts.`,
		);
	});

	test('fails npm run check the same way, with file and line', async () => {
		const check = run('scripts/check.ts', [], HOSTILE_CONTENT);
		expect(check.code).toBe(1);
		for (const location of await expected()) expect(check.output).toContain(location);
		expect(check.output).toContain(
			`${HOSTILE_CONTENT}/essays/onerror.md:7  body:48  onerror= is not allowed: event handlers run JavaScript. Remove the attribute`,
		);
	});

	test('never runs: the payloads would have written marker files', () => {
		for (const marker of MARKERS) expect(existsSync(marker), marker).toBe(false);
	});

	test('leaves nothing half-built', () => {
		expect(existsSync(join(hostile.outDir, 'index.html'))).toBe(false);
	});
});

test('benign MDX with allowed components still builds', async () => {
	const essay = await page(site.outDir, '/essays/benign-mdx/');
	expect(text(essay.querySelector('aside[aria-label="Tip"]'))).toBe(
		'Tip Learn one shortcut a week.',
	);
	expect(essay.querySelectorAll('.prose kbd').map(text)).toEqual(['Ctrl', 'K']);
	expect(text(essay.querySelector('.prose'))).toContain('A literal brace is written { like this.');
});

describe('npm run new', () => {
	test.each(['role', 'essay', 'skill', 'project', 'track'])(
		'a new %s passes npm run check unchanged, and a second run refuses to overwrite it',
		async (kind) => {
			const dir = `tests/.output/new-${kind}`;
			await rm(dir, { recursive: true, force: true });
			await cp('tests/fixtures/site', dir, { recursive: true });

			const first = run('scripts/new.ts', [kind, 'Data Engineer'], dir);
			expect(first.code).toBe(0);
			expect(first.output).toContain('Next steps:');
			expect(run('scripts/check.ts', [], dir).code).toBe(0);

			const second = run('scripts/new.ts', [kind, 'Data Engineer'], dir);
			expect(second.code).toBe(1);
			expect(second.output).toMatch(
				/data-engineer\.(md|yaml) already exists: nothing was written\./,
			);
		},
	);
});
