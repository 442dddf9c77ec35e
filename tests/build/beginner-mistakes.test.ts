/**
 * A beginner's mistakes, each in its own fixture file (tests/fixtures/beginner/), get one message in plain
 * words at the right line with the fix, and `npm run check` and `astro build` print the same lines.
 *
 * - guard/: YAML the parser cannot read (the guard stops the build before the content checks).
 * - check/: YAML that reads, but nests wrongly, names an unknown track, or still holds the scaffold's
 *   placeholders on a published entry (`npm run new` output with draft: false; the skill as written).
 *
 * Also: `npm run check` hides notes no contributor needs to act on, says how many, and `--all` shows them.
 */
import { spawnSync } from 'node:child_process';
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { BEGINNER_YAML_MESSAGES as M } from '../../src/lib/yaml-messages';
import { buildSite, type BuildResult } from './build-site';

const GUARD = 'tests/.output/content-beginner-guard';
const CHECK = 'tests/.output/content-beginner-check';

/** The fixture site plus every file of one fixture folder (Markdown as roles, YAML as skills). */
async function content(dir: string, fixtures: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	await cp('tests/fixtures/site', dir, { recursive: true });
	for (const name of await readdir(fixtures))
		await cp(
			`${fixtures}/${name}`,
			`${dir}/${name.endsWith('.yaml') ? 'skills' : 'roles'}/${name}`,
		);
}

function check(dir: string, args: string[] = []) {
	const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: dir },
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The lines naming a file of the folder, errors only. */
const located = (output: string, dir: string) =>
	output
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.startsWith(`${dir}/`) && !line.includes('warning: '));

const role = (name: string) => `roles/${name}.md`;
const placeholder = (field: string, fix: string) =>
	`${field}  ${field} still holds the scaffold's placeholder: ${fix}`;

const GUARD_LINES = [
	`${role('colon-in-tagline')}:3:22  ${M.colon('tagline')}`,
	`${role('field-out-of-line')}:17:4  ${M.notLinedUp('"summary"', 5, '"months:"', 16)}`,
	`${role('milestone-dedented-to-its-key')}:22:5  ${M.itemDedented(7, 21)}`,
	`${role('over-indented-months')}:16:7  ${M.indentedMore('"months"', 5, '"title:"', 15)}`,
	// The quoted tagline holds ': ' too: only the over-indented line is blamed.
	`${role('quoted-colon-and-over-indent')}:32:7  ${M.indentedMore('"months"', 5, '"title:"', 31)}`,
	`${role('spaces-then-tab')}:16:3  ${M.tab}`,
	`${role('tab')}:16:1  ${M.tab}`,
];

const CHECK_LINES = [
	`${role('colon-in-milestone')}:22  phases[0].milestones[2]  put the text in quotes: it contains ': ', so YAML read "Explain: an EXPLAIN ANALYZE plan to some…" as a field named "Explain". Write the whole text inside quotes: "…"`,
	`${role('milestone-dedented-into-phases')}:22  phases[1]  expected a group of fields here like the item before it (title, months, summary, skills, milestones), but found the text "Explain an EXPLAIN ANALYZE plan to someo…": the indentation is probably off. If this line belongs to a list above it, indent it to line up with that list's items`,
	`${role('track-typo')}:4  track  unknown track "enginering": did you mean engineering?`,
	`${role('unedited-scaffold')}:5  ${placeholder('tagline', 'write one line on what the role does and why it matters')}`,
	...(['first', 'second', 'third'] as const).flatMap((n, p) => [
		`${role('unedited-scaffold')}:${18 + 8 * p}  ${placeholder(`phases[${p}].title`, `write the ${n} phase's name`)}`,
		`${role('unedited-scaffold')}:${20 + 8 * p}  ${placeholder(`phases[${p}].summary`, `write two or three sentences on what the ${n} phase covers`)}`,
		`${role('unedited-scaffold')}:${25 + 8 * p}  ${placeholder(`phases[${p}].milestones[0]`, `write an outcome of the ${n} phase the reader can check off`)}`,
	]),
	`${role('unedited-scaffold')}:44  ${placeholder('typicalDay[0]', 'write a task from an ordinary day')}`,
	`${role('unedited-scaffold')}:45  ${placeholder('typicalDay[1]', 'write another task from an ordinary day')}`,
	`${role('unedited-scaffold')}:46  ${placeholder('typicalDay[2]', 'write a third task from an ordinary day')}`,
	`${role('unedited-scaffold')}:48  ${placeholder('whyItMatters', 'write two or three sentences on why this role matters now')}`,
	`${role('unedited-scaffold')}:64  (body)  the body still holds the scaffold's placeholder: write two or three paragraphs on what a Game Developer does, in your own words`,
	`${role('unknown-track')}:4  track  unknown track "backend": no track has a similar id; the nearest are design, engineering. Use one of them, or create content/tracks/backend.yaml`,
	`skills/unedited-scaffold.yaml:8  ${placeholder('description', 'write one or two sentences, in your own words, on what this is')}`,
	`skills/unedited-scaffold.yaml:12  ${placeholder('docs', 'link to the official docs (https), not the example.org placeholder')}`,
	...[0, 1, 2, 3].map(
		(t) =>
			`skills/unedited-scaffold.yaml:${15 + t}  ${placeholder(`topics[${t}]`, `write the ${['first', 'second', 'third', 'fourth'][t] ?? ''} thing a learner studies`)}`,
	),
	`skills/unedited-scaffold.yaml:23  ${placeholder('resources[0].title', "write the official docs page's title")}`,
	`skills/unedited-scaffold.yaml:24  ${placeholder('resources[0].url', 'link to the official docs page (https), not the example.org placeholder')}`,
	`skills/unedited-scaffold.yaml:27  ${placeholder('resources[1].title', "write a tutorial's, book's or course's title")}`,
	`skills/unedited-scaffold.yaml:28  ${placeholder('resources[1].url', 'link to that tutorial book or course (https), not the example.org placeholder')}`,
];

let guardBuild: BuildResult;
let checkBuild: BuildResult;

beforeAll(async () => {
	await content(GUARD, 'tests/fixtures/beginner/guard');
	await content(CHECK, 'tests/fixtures/beginner/check');
	guardBuild = await buildSite('beginner-guard', GUARD);
	checkBuild = await buildSite('beginner-check', CHECK);
});

describe.each([
	['YAML the parser refuses', GUARD, () => guardBuild, GUARD_LINES],
	[
		'YAML that reads into the wrong shape, unknown ids and scaffold text',
		CHECK,
		() => checkBuild,
		CHECK_LINES,
	],
])('%s', (_name, dir, build, lines) => {
	test('npm run check prints one plain message per mistake, at its line, with the fix', () => {
		const result = check(dir);
		expect(result.code).toBe(1);
		expect(located(result.output, dir)).toEqual(lines.map((line) => `${dir}/${line}`));
	});

	test('the build fails with exactly the same lines', () => {
		expect(build().code).not.toBe(0);
		expect(located(build().output, dir)).toEqual(located(check(dir).output, dir));
	});
});

describe('quiet by default', () => {
	test('a note no contributor needs to act on is counted, not shown; --all shows it', async () => {
		const dir = 'tests/.output/content-quiet';
		await rm(dir, { recursive: true, force: true });
		await cp('tests/fixtures/site', dir, { recursive: true });
		await writeFile(
			`${dir}/skills/rust.yaml`,
			'name: Rust\ncategory: language\ndescription: A systems language with memory safety and no garbage collector.\ndocs: https://doc.rust-lang.org/book/\n',
		);
		const note = `${dir}/skills/rust.yaml:1  (file)  warning: no role or project uses this skill yet: add it to a phase or a project`;
		const quiet = check(dir);
		expect(quiet.code).toBe(0);
		expect(quiet.output).not.toContain(note);
		expect(quiet.output).toContain(
			'1 note hidden (a skill no role uses yet, a prerequisite a published roadmap leaves to the reader): npm run check -- --all shows them',
		);
		const all = check(dir, ['--all']);
		expect(all.output).toContain(note);
		expect(all.output).not.toContain('hidden');
	});
});
