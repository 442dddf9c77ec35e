/**
 * The two hostile fixture sites of hostile-text.test.ts, built from the valid fixture site: one whose
 * text fields hold what YAML escapes and invisible characters write (tests/fixtures/hostile-text/text
 * laid over it, plus files too large or too invisible to keep in the repository), one whose file
 * names are ids that would be read as something else. Files named con, nul or com1 cannot even be
 * checked out on Windows, so they are written here rather than kept in the repository.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';

export const TEXT_CONTENT = 'tests/.output/hostile-text-content';
export const IDS_CONTENT = 'tests/.output/hostile-ids-content';

/** An id longer than the limit, for a role; and one far longer, for a translation. */
export const LONG_ROLE_ID = 'a'.repeat(81);
export const LONG_TRANSLATION_ID = 'b'.repeat(200);

/** File names refused for their id (and one look-alike that is fine): path under content/ → copy of. */
export const ID_FILES: Record<string, string> = {
	'roles/es.md': 'roles/backend-engineer.md',
	[`roles/${LONG_ROLE_ID}.md`]: 'roles/backend-engineer.md',
	'essays/search.md': 'essays/layered-design.md',
	'projects/con.md': 'projects/crud-cli-tool.md',
	'skills/nul.yaml': 'skills/git.yaml',
	'skills/lpt9.yaml': 'skills/git.yaml',
	'skills/404.yaml': 'skills/git.yaml',
	'skills/search-index-3.yaml': 'skills/git.yaml',
	'skills/CON.yaml': 'skills/git.yaml',
	'skills/aux-tools.yaml': 'skills/git.yaml',
	'tracks/com1.yaml': 'tracks/engineering.yaml',
	'es/roles/es.md': 'es/roles/backend-engineer.md',
	[`es/essays/${LONG_TRANSLATION_ID}.md`]: 'es/essays/layered-design.md',
};

/** Writes both fixture sites. */
export async function hostileTextContent(): Promise<void> {
	await rm(TEXT_CONTENT, { recursive: true, force: true });
	await cp('tests/fixtures/site', TEXT_CONTENT, { recursive: true });
	await cp('tests/fixtures/hostile-text/text', TEXT_CONTENT, { recursive: true });
	const role = await readFile('tests/fixtures/site/roles/backend-engineer.md', 'utf8');
	// A right-to-left override written as the character itself, not as a YAML escape.
	await writeFile(
		`${TEXT_CONTENT}/roles/raw-bidi-title.md`,
		role.replace('title: Backend Engineer', 'title: Backend \u202Eenignee'),
	);
	// 403 phases: the roadmap that built a 1.5 MB page (each phase short, so the file stays small).
	const phases = Array.from(
		{ length: 403 },
		(_, i) =>
			`  - title: Phase ${i + 1}\n    months: 1\n    summary: One more phase of a roadmap nobody can follow.\n    skills: [python]\n    milestones: [Ship milestone ${i + 1}]\n`,
	).join('');
	await writeFile(
		`${TEXT_CONTENT}/roles/too-many-phases.md`,
		role.replace(/^phases:\n(?: {2}.*\n)+/m, `phases:\n${phases}`),
	);

	await rm(IDS_CONTENT, { recursive: true, force: true });
	await cp('tests/fixtures/site', IDS_CONTENT, { recursive: true });
	await mkdir(`${IDS_CONTENT}/es/essays`, { recursive: true });
	for (const [path, from] of Object.entries(ID_FILES))
		await cp(`tests/fixtures/site/${from}`, `${IDS_CONTENT}/${path}`);
	// A role body past its limit: refused by the guard, with the line where it passes the limit.
	await writeFile(`${IDS_CONTENT}/roles/long-body.md`, `${role}\n${'word '.repeat(6000)}\n`);
}
