import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { reservedIdOwner } from '../../src/lib/page-ids';
import { page, text } from './html';
import { HOSTILE_CONTENT, markers } from './setup';

const { hostile, site } = inject('builds');

/** Runs one of the project's npm scripts the way a contributor would, against a content folder. */
function run(script: string, args: string[], contentDir: string) {
	const result = spawnSync(process.execPath, [script, ...args], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const located = (output: string) =>
	output
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.startsWith(`${HOSTILE_CONTENT}/`) && !line.includes('warning: '));

describe('hostile content', () => {
	test('fails the build, naming every hostile file with its line, column and the fix', async () => {
		expect(hostile.code).not.toBe(0);
		expect(hostile.output).toMatch(
			/The content guard found \d+ problems: content may not contain code, and each file must be read one way only\./,
		);
		const lines = located(hostile.output);
		for (const name of await readdir('tests/fixtures/hostile')) {
			const folder = name.endsWith('.yaml') ? 'skills' : 'essays';
			expect(
				lines.some((line) => line.startsWith(`${HOSTILE_CONTENT}/${folder}/${name}:`)),
				name,
			).toBe(true);
		}
		expect(lines).toContain(
			`${HOSTILE_CONTENT}/essays/export-tab.mdx:9:1  import and export are not allowed: MDX would run them as code on the build machine. Delete the line; allowed components (Callout) need no import`,
		);
		expect(lines).toContain(
			`${HOSTILE_CONTENT}/skills/alias-bomb.yaml:1:7  anchors and aliases (&name, *name) are not allowed: write the value out in full where it is needed`,
		);
		expect(lines).toContain(
			`${HOSTILE_CONTENT}/roles/linked.mdx:1:1  a symbolic link is not allowed here: content must be a regular file inside content/. Replace the link with the file itself`,
		);
		expect(lines).toContain(
			`${HOSTILE_CONTENT}/roles/backend-engineer~.md:1:1  the file name is not a valid id: name files in content/roles/ like backend-engineer.md (lowercase letters, digits and single hyphens, then .md or .mdx)`,
		);
		expect(lines).toContain(
			`${HOSTILE_CONTENT}/roles/backend-engineer.mdx:1:1  ${HOSTILE_CONTENT}/roles/backend-engineer.md has the same id: each id names exactly one file. Delete or rename one of them`,
		);
	});

	test('fails npm run check with exactly the same problems as the build', () => {
		const check = run('scripts/check.ts', [], HOSTILE_CONTENT);
		expect(check.code).toBe(1);
		const fromCheck = located(check.output);
		expect(fromCheck.length).toBeGreaterThan(30);
		expect(fromCheck).toEqual(located(hostile.output));
	});

	test('never runs: the payloads would have written marker files', async () => {
		const files = await markers();
		expect(files.length).toBeGreaterThanOrEqual(6);
		for (const marker of files) expect(existsSync(marker), marker).toBe(false);
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
		'a new %s passes npm run check as a draft and fails it published, naming each field still to write; a second run refuses to overwrite it',
		async (kind) => {
			const dir = `tests/.output/new-${kind}`;
			await rm(dir, { recursive: true, force: true });
			await cp('tests/fixtures/site', dir, { recursive: true });

			const first = run('scripts/new.ts', [kind, 'Data Engineer'], dir);
			expect(first.code).toBe(0);
			expect(first.output).toContain('Next steps:');
			const file = first.output.match(/Created (\S+)/)?.[1] ?? '';
			if (kind === 'role') {
				// The body sits under the page's own heading: it asks for no heading, and every section
				// heading the comment warns about is one the guard refuses (src/lib/page-ids.ts).
				const written = await readFile(file, 'utf8');
				const body = written.slice(written.indexOf('\n---\n', 4) + 5);
				expect(body).not.toMatch(/^#/m);
				expect(written).toContain('the page\'s own heading "What does a Data Engineer do?"');
				const named = [...written.matchAll(/## ([A-Z][a-z]+(?: \d+)?)/g)].map((m) => m[1] ?? '');
				expect(named.length).toBeGreaterThan(5);
				for (const heading of named)
					expect(
						reservedIdOwner('roles', heading.toLowerCase().replace(' ', '-')),
						heading,
					).not.toBeNull();
			}
			// Roles and essays start as drafts; skills, projects and tracks are published as they exist.
			if (kind === 'role' || kind === 'essay') {
				expect(run('scripts/check.ts', [], dir).code).toBe(0);
				await writeFile(
					file,
					(await readFile(file, 'utf8')).replace('draft: true', 'draft: false'),
				);
			}
			const published = run('scripts/check.ts', [], dir);
			expect(published.code).toBe(1);
			const fields = published.output
				.split('\n')
				.filter((line) => line.startsWith(`${file}:`) && !line.includes('warning: '))
				.map((line) => line.split('  ')[1]);
			expect(fields).toEqual(SCAFFOLD_FIELDS[kind]);

			const second = run('scripts/new.ts', [kind, 'Data Engineer'], dir);
			expect(second.code).toBe(1);
			expect(second.output).toMatch(
				/data-engineer\.(md|yaml) already exists: nothing was written\./,
			);
		},
	);
});

describe("npm run new: ids keep the name's meaning", () => {
	test('C++, C# and C get three files; a name whose id exists is refused, naming the file', async () => {
		const dir = 'tests/.output/new-ids';
		await rm(dir, { recursive: true, force: true });
		await cp('tests/fixtures/site', dir, { recursive: true });
		for (const [name, id] of [
			['C++', 'cpp'],
			['C#', 'csharp'],
			['.NET', 'dotnet'],
			['Node.js', 'nodejs'],
			['C++/CLI', 'cpp-cli'],
		]) {
			const made = run('scripts/new.ts', ['skill', name ?? ''], dir);
			expect(made.output).toContain(
				`Created ${dir}/skills/${id}.yaml (id "${id}", from "${name}")`,
			);
		}
		const taken = run('scripts/new.ts', ['skill', 'Go 🐹'], dir);
		expect(taken.code).toBe(1);
		expect(taken.output).toContain(
			`${dir}/skills/go.yaml already exists: nothing was written. "Go 🐹" gives the id "go", the id of "Go". Edit that file, or, if yours is something else, choose another id: npm run new -- skill "Go 🐹" --id <id>`,
		);
		const none = run('scripts/new.ts', ['skill', '🦀'], dir);
		expect(none.code).toBe(2);
		expect(none.output).toContain('"🦀" gives no id');
		expect(run('scripts/new.ts', ['skill', '🦀', '--id', 'ferris'], dir).code).toBe(0);
		const reserved = run('scripts/new.ts', ['track', 'ES'], dir);
		expect(reserved.code).toBe(2);
		expect(reserved.output).toContain('the id "es" is a language code');
	});
});

/** Every field the scaffold leaves for the contributor to write, as check names them. */
const SCAFFOLD_FIELDS: Record<string, string[]> = {
	role: [
		'tagline',
		...[0, 1, 2].flatMap((p) => [
			`phases[${p}].title`,
			`phases[${p}].summary`,
			`phases[${p}].milestones[0]`,
		]),
		'typicalDay[0]',
		'typicalDay[1]',
		'typicalDay[2]',
		'whyItMatters',
		'(body)',
	],
	essay: ['description', '(body)'],
	skill: [
		'description',
		'docs',
		'topics[0]',
		'topics[1]',
		'topics[2]',
		'topics[3]',
		'resources[0].title',
		'resources[0].url',
		'resources[1].title',
		'resources[1].url',
	],
	project: ['summary', '(body)'],
	track: ['description'],
};

describe('npm run new -- translation', () => {
	test('writes the text-only file with the English beside each field, at the current version, and never overwrites', async () => {
		const dir = 'tests/.output/new-translation';
		await rm(dir, { recursive: true, force: true });
		await cp('tests/fixtures/site', dir, { recursive: true });
		const file = `${dir}/es/roles/platform-engineer.md`;

		const first = run('scripts/new.ts', ['translation', 'es', 'roles/platform-engineer'], dir);
		expect(first.code).toBe(0);
		expect(first.output).toContain(`Created ${file}`);
		const written = await readFile(file, 'utf8');
		// The English sits in a comment above each empty value; data (skills, months, pay) is not copied.
		expect(written).toContain('# English: Platform Engineer\ntitle: ""');
		expect(written).not.toMatch(/^\s*(skills|months|pay|track):/m);
		const check = run('scripts/check.ts', ['--translations'], dir);
		expect(check.code).toBe(1);
		// An empty value is refused by the text rule (src/schemas/text.ts) before its length is checked.
		expect(check.output).toContain(
			`${file}:8  title  has no visible text (only spaces or invisible characters): write it in words`,
		);
		// The version it records is the English text's current one: nothing is reported outdated.
		expect(check.output).not.toContain('outdated  tests/.output/new-translation/es/roles');

		const second = run('scripts/new.ts', ['translation', 'es', 'roles/platform-engineer'], dir);
		expect(second.code).toBe(1);
		expect(second.output).toContain(`${file} already exists: nothing was written.`);
		expect(await readFile(file, 'utf8')).toBe(written);

		const unknown = run('scripts/new.ts', ['translation', 'es', 'roles/no-such-role'], dir);
		expect(unknown.code).toBe(1);
		expect(unknown.output).toContain(
			'There is no English entry content/roles/no-such-role: nothing was written.',
		);
	});
});

describe('the output check', () => {
	test('parses every page of a build as it renders, so no file is parsed again at the end', async () => {
		expect(site.code).toBe(0);
		const pages = (await readdir(site.outDir, { recursive: true })).filter((name) =>
			name.endsWith('.html'),
		);
		const counts = /\((\d+) parsed as they rendered, (\d+) from their files\)/.exec(site.output);
		expect(counts?.slice(1).map(Number)).toEqual([pages.length, 0]);
		expect(pages.length).toBeGreaterThan(10);
	});
});
