/**
 * Issue 28: text that breaks formats and ids that change a page's language, attacked at check and at
 * build. Each fixture site holds many hostile files at once; every line below must be printed, exactly,
 * by `npm run check` and by `astro build`, and the build must stop before writing a page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from './build-site';
import {
	hostileTextContent,
	IDS_CONTENT,
	LONG_ROLE_ID,
	LONG_TRANSLATION_ID,
	TEXT_CONTENT,
} from './hostile-text-fixtures';

/** Every text field refusal (tests/fixtures/hostile-text/text and the generated files). */
const TEXT_LINES: string[] = [
	'es/roles/backend-engineer.md:2  (file)  "pay" is not translated: it comes from the English entry. Delete it here. The fields allowed here are sourceVersion, title, tagline, phases, typicalDay, whyItMatters (check the spelling, or delete the line)',
	'es/roles/backend-engineer.md:7  phases[0]  "months" is not translated: it comes from the English entry. Delete it here. The fields allowed here are title, summary, milestones (check the spelling, or delete the line)',
	'es/skills/postgresql.yaml:2  description  U+001B at character 37 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters) (1 more such character in this field)',
	'roles/long-word.md:3  tagline  has a word of 1,100 characters at character 9 ("aaaaaaaaaaaaaaaaaaaa…"): a page cannot wrap a word longer than 60 characters on a phone. Add spaces or shorten it (links may be longer)',
	'roles/long-word.md:3  tagline  tagline must be at most 160 characters: it is also the meta description',
	'roles/raw-bidi-title.md:2  title  U+202E at character 9 is an invisible bidirectional control, which can make text display in another order than it is written: delete it (the page sets the direction of each language itself)',
	'roles/reserved-reference.md:14  related[0]  no entry can have this id: the id "es" is a language code: a page at …/es/ would be read as a page in that language: choose a longer, more specific id',
	'roles/reserved-reference.md:14  related[1]  no entry can have this id: the id "search" is reserved: it names a page or folder of the site itself (/search): choose a longer, more specific id',
	'roles/reserved-reference.md:14  related[2]  no entry can have this id: the id "con" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id',
	'roles/too-many-phases.md:15  phases  403 phases in a role; at most 12: merge phases, or split the roadmap into two roles',
	'roles/unknown-field.md:2  title  Invalid input: expected string, received undefined',
	'roles/unknown-field.md:2  (file)  unknown field "titel" (did you mean "title"?). The fields allowed here are title, tagline, track, pay, hoursPerWeek, phases, typicalDay, whyItMatters, projects, essays, related, updated, draft (check the spelling, or delete the line)',
	'roles/zero-width-title.md:2  title  U+200B at character 17 is an invisible zero-width character: delete it (write a space where words should part) (1 more such character in this field)',
	'skills/alias-zero-width-joiner.yaml:4  aliases[0]  U+200D at character 2 is an invisible zero-width joiner: an alias is matched letter by letter and no reader types one. Delete it',
	'skills/escape-backspace.yaml:1  name  U+0008 at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/escape-bell.yaml:1  name  U+0007 at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/escape-bidi-override.yaml:1  name  U+202E at character 4 is an invisible bidirectional control, which can make text display in another order than it is written: delete it (the page sets the direction of each language itself)',
	'skills/escape-esc.yaml:1  name  U+001B at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/escape-fffe.yaml:1  name  U+FFFE at character 4 is a Unicode noncharacter, which is not text: delete it',
	'skills/escape-ffff.yaml:1  name  U+FFFF at character 4 is a Unicode noncharacter, which is not text: delete it',
	'skills/escape-isolate.yaml:1  name  U+2066 at character 4 is an invisible bidirectional control, which can make text display in another order than it is written: delete it (the page sets the direction of each language itself)',
	'skills/escape-line-separator.yaml:1  name  U+2028 at character 4 is a Unicode line separator, which breaks JavaScript and JSON readers: write a space',
	'skills/escape-lone-surrogate.yaml:1  name  U+D800 at character 4 is half of a character (a lone surrogate): delete it, or write the whole character',
	'skills/escape-nel-n.yaml:1  name  U+0085 at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/escape-next-line.yaml:1  name  U+0085 at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/escape-nul.yaml:1  name  U+0000 at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/escape-paragraph-separator.yaml:1  name  U+2029 at character 4 is a Unicode paragraph separator, which breaks JavaScript and JSON readers: write a space',
	'skills/escape-plane-end.yaml:1  name  U+10FFFF at character 4 is a Unicode noncharacter, which is not text: delete it',
	'skills/escape-soft-hyphen.yaml:1  name  U+00AD at character 3 is an invisible formatting character: delete it',
	'skills/escape-tag-character.yaml:1  name  U+E0041 at character 4 is an invisible formatting character: delete it',
	'skills/escape-vertical-tab.yaml:1  name  U+000B at character 4 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters)',
	'skills/hangul-filler-name.yaml:1  name  has no visible text (only spaces or invisible characters): write it in words',
	'skills/newline-in-name.yaml:1  name  U+000A at character 4 is a line break: this field is one line. Write it on one line (a YAML block such as ">" keeps a line break at its end: use ">-")',
	'skills/tab-in-name.yaml:1  name  U+0009 at character 4 is a tab: write a space instead',
	'skills/zero-width-name.yaml:1  name  U+200B at character 1 is an invisible zero-width character: delete it (write a space where words should part) (2 more such characters in this field)',
	'tracks/escape-track.yaml:1  name  U+001B at character 5 is a control character: delete it (in double quotes, YAML escapes such as "\\0", "\\a", "\\e", "\\x85" or "\\N" write control characters) (1 more such character in this field)',
];

/** Every id refusal, by the guard, before any file is parsed. */
const ID_LINES: string[] = [
	`es/essays/${LONG_TRANSLATION_ID}.md:1:1  the id has 200 characters; at most 80 keep every file built from it (like /api/roles/<id>.json) within what file systems accept: choose a shorter id, and rename the file to it`,
	'es/roles/es.md:1:1  the id "es" is a language code: a page at …/es/ would be read as a page in that language: choose a longer, more specific id, and rename the file to it',
	'essays/search.md:1:1  the id "search" is reserved: it names a page or folder of the site itself (/search): choose a longer, more specific id, and rename the file to it',
	'projects/con.md:1:1  the id "con" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id, and rename the file to it',
	`roles/${LONG_ROLE_ID}.md:1:1  the id has 81 characters; at most 80 keep every file built from it (like /api/roles/<id>.json) within what file systems accept: choose a shorter id, and rename the file to it`,
	'roles/es.md:1:1  the id "es" is a language code: a page at …/es/ would be read as a page in that language: choose a longer, more specific id, and rename the file to it',
	'roles/long-body.md:51:29910  the body has 30,092 characters; a body in content/roles/ has at most 30,000 (this line is where it passes the limit): shorten it, or move the longer material into an essay and link to it',
	'skills/404.yaml:1:1  the id "404" is reserved: it names a page or folder of the site itself (/404): choose a longer, more specific id, and rename the file to it',
	'skills/CON.yaml:1:1  the file name is not a valid id: name files in content/skills/ like backend-engineer.yaml (lowercase letters, digits and single hyphens, then .yaml)',
	'skills/lpt9.yaml:1:1  the id "lpt9" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id, and rename the file to it',
	'skills/nul.yaml:1:1  the id "nul" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id, and rename the file to it',
	'skills/search-index-3.yaml:1:1  the id "search-index-3" is reserved: it names a page or folder of the site itself (/search-index-3): choose a longer, more specific id, and rename the file to it',
	'tracks/com1.yaml:1:1  the id "com1" is a device name Windows reserves (con, prn, aux, nul, com0–com9, lpt0–lpt9): a file named so cannot be checked out on Windows: choose another id, and rename the file to it',
];

const check = (dir: string) =>
	spawnSync(process.execPath, ['scripts/check.ts'], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: dir, NO_COLOR: '1' },
		encoding: 'utf8',
	});

let textBuild: BuildResult;
let idsBuild: BuildResult;

beforeAll(async () => {
	await hostileTextContent();
	textBuild = await buildSite('hostile-text', TEXT_CONTENT);
	idsBuild = await buildSite('hostile-ids', IDS_CONTENT);
});

describe.each([
	['text fields', TEXT_CONTENT, TEXT_LINES, () => textBuild],
	['ids', IDS_CONTENT, ID_LINES, () => idsBuild],
])('hostile %s', (_name, dir, lines, build) => {
	test('npm run check prints every refusal with file, line, field and fix, and fails', () => {
		const result = check(dir);
		expect(result.status).toBe(1);
		const printed = result.stdout.split('\n');
		for (const line of lines) expect(printed).toContain(`${dir}/${line}`);
	});

	test('the build prints the same lines and writes nothing', () => {
		const result = build();
		expect(result.code).not.toBe(0);
		for (const line of lines) expect(result.output).toContain(`${dir}/${line}`);
		expect(existsSync(`${result.outDir}/index.html`)).toBe(false);
	});
});

test('a look-alike of a Windows device name (aux-tools) is accepted and read', () => {
	const result = check(IDS_CONTENT);
	const output = result.stdout + result.stderr;
	expect(output).not.toContain('aux-tools');
	expect(output).toContain('13 skills');
});

test('no share card crashed the build: it stopped at the content check, naming files', () => {
	expect(textBuild.output).not.toContain('SVG data parsing failed');
	expect(textBuild.output).toContain(`${TEXT_CONTENT}/tracks/escape-track.yaml:1  name  U+001B`);
});
