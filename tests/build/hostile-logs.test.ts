import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { FILE_MESSAGES } from '../../src/guard/files';
import { MESSAGES } from '../../src/guard/rules';
import { buildSite, type BuildResult } from './build-site';

/**
 * Content that tries to write to the log: control characters, escape sequences, GitHub Actions
 * commands and very long text, in YAML keys, file names, folder names and link targets. What
 * `npm run check` and the build print must show each as text, on the line it belongs to, and the
 * only workflow commands in the output are the annotations written from the findings.
 */
const ROOT = 'tests/.output/hostile-logs';
const REFUSED = `${ROOT}/refused`;
const FINDINGS = `${ROOT}/findings`;

// YAML double-quoted escapes: \e is ESC, \a BEL, \b backspace, \r CR alone, \x85 NEL,
// \u2028 LINE SEPARATOR, \u202E a bidi override, \u200B a zero-width space.
const KEYS = [
	String.raw`"a\n::error file=x::forged"`,
	String.raw`"\e[31mred\e]8;;https://x\e\\l"`,
	String.raw`"##[add-mask]y"`,
	String.raw`"cr\rnel\x85ls\u2028rlo\u202Ezw\u200B"`,
	String.raw`"%0A::error::encoded"`,
	String.raw`"\e]0;title\a\b\b"`,
];
const PRINTED_KEYS = [
	'"aU+000A::error file=x::forged"',
	'"U+001B[31mredU+001B]8;;https://xU+001B\\l"',
	'"##U+005Badd-mask]y"',
	'"crU+000DnelU+0085lsU+2028rloU+202EzwU+200B"',
	'"%0A::error::encoded"',
	'"U+001B]0;titleU+0007U+0008U+0008"',
];
const LONG_PATH = `/roles/${'a'.repeat(5000)}/`;
const SHOWN_LONG_PATH = `/roles/${'a'.repeat(193)}… (4,808 more characters)`;
// Names Linux allows and the guard refuses, so they are printed: a newline, ESC, a runner command.
const BAD_NAMES = {
	role: 'evil\n::error file=x::forged.md',
	skill: '##[add-mask]secret\u001b[2J.yaml',
	folder: 'x\u2028::warning::y',
};
/** The line a text appended to a file starts on. */
const lineAfter = async (file: string) => (await readFile(file, 'utf8')).split('\n').length + 1;
const lines: Record<string, number> = {};

async function fixture(dir: string, make: (dir: string) => Promise<void>) {
	await rm(dir, { recursive: true, force: true });
	await mkdir(ROOT, { recursive: true });
	await cp('tests/fixtures/site', dir, { recursive: true });
	await make(dir);
}
const append = async (file: string, text: string) =>
	writeFile(file, `${await readFile(file, 'utf8')}${text}`);

/** `npm run check` on a folder: exit code and stdout lines, with or without GitHub Actions. */
function check(dir: string, actions: boolean) {
	const result = spawnSync(process.execPath, ['scripts/check.ts'], {
		env: { ...process.env, ROLEMAP_CONTENT_DIR: dir, GITHUB_ACTIONS: actions ? 'true' : '' },
		encoding: 'utf8',
	});
	return {
		status: result.status,
		lines: result.stdout.split('\n'),
		raw: result.stdout,
		summary: result.stderr.trim(),
	};
}

/** Every line the Actions runner would read as a command: `::` first, or `##[` anywhere. */
const commands = (output: string) =>
	output
		.split(/\r\n|\r|\n/)
		.filter((line) => line.trimStart().startsWith('::') || line.includes('##['));

const builds: Record<string, BuildResult> = {};

beforeAll(async () => {
	await fixture(REFUSED, async (dir) => {
		// A refused essay that a role lists and a translation translates: one finding, on the essay.
		lines['html'] = await lineAfter(`${dir}/essays/layered-design.md`);
		await append(`${dir}/essays/layered-design.md`, '\n<br>\n');
		await writeFile(`${dir}/roles/${BAD_NAMES.role}`, '---\n---\n');
		await writeFile(`${dir}/skills/${BAD_NAMES.skill}`, 'name: x\n');
		await mkdir(`${dir}/projects/${BAD_NAMES.folder}`);
	});
	await fixture(FINDINGS, async (dir) => {
		await append(`${dir}/skills/docker.yaml`, `${KEYS.join(': 1\n')}: 1\n`);
		// An invalid English role with a Spanish translation.
		const role = `${dir}/roles/backend-engineer.md`;
		await writeFile(
			role,
			(await readFile(role, 'utf8')).replace('hoursPerWeek: 12', 'hoursPerWeek: lots'),
		);
		// A translation that adds links the English body does not have.
		lines['link'] = await lineAfter(`${dir}/es/essays/layered-design.md`);
		await append(
			`${dir}/es/essays/layered-design.md`,
			`\nMás en [la documentación](https://www.postgresql.org/docs/##[add-mask]b) y [aquí](${LONG_PATH}).\n`,
		);
	});
	// One build each, in GitHub Actions: the log lines and the annotations together.
	const actions = process.env['GITHUB_ACTIONS'];
	process.env['GITHUB_ACTIONS'] = 'true';
	try {
		builds['refused'] = await buildSite('hostile-logs-refused', REFUSED);
		builds['findings'] = await buildSite('hostile-logs-findings', FINDINGS);
	} finally {
		if (actions === undefined) delete process.env['GITHUB_ACTIONS'];
		else process.env['GITHUB_ACTIONS'] = actions;
	}
});

describe('files the guard refuses, with names that try to write to the log', () => {
	const NAME = FILE_MESSAGES.name;
	const expected = () => ({
		lines: [
			`${REFUSED}/essays/layered-design.md:${lines['html']}:1  ${MESSAGES.rawHtml}`,
			`${REFUSED}/projects/xU+2028::warning::y:1:1  ${FILE_MESSAGES.nested('projects')}`,
			`${REFUSED}/roles/evilU+000A::error file=x::forged.md:1:1  ${NAME('roles', ['md', 'mdx'])}`,
			`${REFUSED}/skills/##U+005Badd-mask]secretU+001B[2J.yaml:1:1  ${NAME('skills', ['yaml'])}`,
		],
		annotations: [
			`::error file=${REFUSED}/essays/layered-design.md,line=${lines['html']},col=1,title=content check::${MESSAGES.rawHtml}`,
			`::error file=${REFUSED}/projects/xU+2028%3A%3Awarning%3A%3Ay,line=1,col=1,title=content check::${FILE_MESSAGES.nested('projects')}`,
			`::error file=${REFUSED}/roles/evilU+000A%3A%3Aerror file=x%3A%3Aforged.md,line=1,col=1,title=content check::${NAME('roles', ['md', 'mdx'])}`,
			`::error file=${REFUSED}/skills/##U+005Badd-mask]secretU+001B[2J.yaml,line=1,col=1,title=content check::${NAME('skills', ['yaml'])}`,
		],
	});

	test('npm run check prints each as one line, and nothing about the files that name them', () => {
		const { status, lines: printed, raw, summary } = check(REFUSED, false);
		expect(status).toBe(1);
		expect(
			printed.filter((line) => line.startsWith(REFUSED) && !line.includes('  warning: ')),
		).toEqual(expected().lines);
		// The role that lists the essay and the essay's translation are not a cascade of errors.
		expect(raw).not.toContain('unknown essay');
		expect(raw).not.toContain('translates nothing');
		expect(printed).toContain(
			`${REFUSED}/es/essays/layered-design.md:1  (file)  warning: not compared with its English entry: ${REFUSED}/essays/layered-design.md was refused by the content guard (see its own errors). Fix that file, then check again`,
		);
		expect(summary).toMatch(/^✗ 4 errors, /);
		expect(commands(raw)).toEqual([]);
	});

	test('in GitHub Actions, npm run check adds one annotation per finding, escaped', () => {
		const found = commands(check(REFUSED, true).raw);
		expect(found.filter((line) => line.startsWith('::error'))).toEqual(expected().annotations);
		expect(found.every((line) => /^::(error|warning) file=/.test(line))).toBe(true);
	});

	test('the build prints the same lines and annotations, and no other command', () => {
		const build = builds['refused'] as BuildResult;
		expect(build.code).not.toBe(0);
		expect(build.output).toContain(
			'The content guard found 4 problems: content may not contain code, and each file must be read one way only.',
		);
		for (const line of expected().lines) expect(build.output).toContain(`\n    ${line}\n`);
		expect(commands(build.output)).toEqual(expected().annotations);
	});
});

describe('findings that quote content: YAML keys, long links, an invalid English entry', () => {
	const expected = () => {
		const at = `${FINDINGS}/es/essays/layered-design.md:${lines['link']}  (body)  `;
		const message = `the links differ from the English body’s (added https://www.postgresql.org/docs/##U+005Badd-mask]b, ${SHOWN_LONG_PATH}): a translation adds no link or image of its own, and site paths are in /es/ (made from an older English text, it may lack links added since). Expected: 1. https://martinfowler.com/bliki/ 2. /es/roles/. Found: 1. https://www.postgresql.org/docs/##U+005Badd-mask]b 2. ${SHOWN_LONG_PATH}`;
		return {
			keys: `${FINDINGS}/skills/docker.yaml:1  (file)  `,
			link: `${at}${message}`,
			linkAnnotation: `::error file=${FINDINGS}/es/essays/layered-design.md,line=${lines['link']},title=(body)::${message}`,
			translation: `${FINDINGS}/es/roles/backend-engineer.md:1  (file)  warning: not compared with its English entry: ${FINDINGS}/roles/backend-engineer.md is invalid (see its own errors). Fix that file, then check again`,
		};
	};

	test('npm run check shows each hidden character as U+XXXX, each finding on one line', () => {
		const { status, lines: printed, raw } = check(FINDINGS, false);
		expect(status).toBe(1);
		const keys = printed.filter((line) => line.startsWith(expected().keys));
		expect(keys).toHaveLength(1);
		for (const key of PRINTED_KEYS) expect(keys[0]).toContain(key);
		expect(printed).toContain(expected().link);
		expect(commands(raw)).toEqual([]);
	});

	test('an invalid English entry: errors on it, one warning on its translation, no cascade', () => {
		const { lines: printed, raw, summary } = check(FINDINGS, false);
		expect(printed).toContain(expected().translation);
		expect(
			printed.filter(
				(line) => line.includes('/roles/backend-engineer.md:') && !line.includes('  warning: '),
			),
		).toEqual([expect.stringMatching(/\/roles\/backend-engineer\.md:\d+ {2}hoursPerWeek {2}/)]);
		expect(raw).not.toContain('translates nothing');
		expect(raw).not.toContain('unknown role');
		expect(summary).toMatch(/^✗ 3 errors, /);
	});

	test('in GitHub Actions, the annotations carry the same text, escaped for the command', () => {
		const found = commands(check(FINDINGS, true).raw);
		expect(found).toContain(expected().linkAnnotation);
		const keys = found.find((line) =>
			line.startsWith(`::error file=${FINDINGS}/skills/docker.yaml,`),
		);
		for (const key of PRINTED_KEYS) expect(keys).toContain(key.replaceAll('%', '%25'));
		expect(found.every((line) => /^::(error|warning) file=/.test(line))).toBe(true);
	});

	test('the build fails with the same lines, and its only commands are the annotations', () => {
		const build = builds['findings'] as BuildResult;
		expect(build.code).not.toBe(0);
		expect(build.output).toContain('Content check found 3 errors');
		expect(build.output).toContain(`\n    ${expected().link}\n`);
		for (const key of PRINTED_KEYS) expect(build.output).toContain(key);
		expect(build.output).not.toContain('translates nothing');
		expect(commands(build.output)).toEqual(
			commands(check(FINDINGS, true).raw).filter((line) => line.startsWith('::error')),
		);
	});
});
