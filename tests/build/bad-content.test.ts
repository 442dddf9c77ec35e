import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const { unknownSkill, badFrontmatter } = inject('builds');

describe('a role naming an unknown skill', () => {
	test('fails the build', () => {
		expect(unknownSkill.code).not.toBe(0);
	});

	test('prints the file, the field, the unknown id and the closest valid id', () => {
		expect(unknownSkill.output).toContain(
			'Content check found 1 error: each line names the file, the field and the fix.',
		);
		expect(unknownSkill.output).toContain(
			'tests/fixtures/unknown-skill/roles/backend-engineer.md:18  phases[0].skills[2]  unknown skill "postgress": did you mean postgresql?',
		);
	});

	test('leaves no half-built site behind', () => {
		expect(existsSync(join(unknownSkill.outDir, 'index.html'))).toBe(false);
	});
});

describe('a role with invalid frontmatter', () => {
	test('fails the build naming the entry, the field and the fix', () => {
		expect(badFrontmatter.code).not.toBe(0);
		// The same line `npm run check` prints: the build runs the same rules first.
		expect(badFrontmatter.output).toContain(
			'tests/fixtures/bad-frontmatter/roles/backend-engineer.md:8  pay[0].match  match must be one of: exact, nearest',
		);
	});
});
