import { spawnSync } from 'node:child_process';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site';

// Translations live one level deeper (content/<lang>/<collection>/): the same walls must hold there.
const ROOT = 'tests/.output/translation-guard';
const HOSTILE_MDX = `---
sourceVersion: "00000000"
title: Prueba hostil de ensayo
description: Una descripción lo bastante larga para el esquema.
---

Texto[^1].

[^1]: nota {globalThis.process.mainModule.require("fs").writeFileSync("${ROOT}/pwned-es","x")}
`;

/** The line after the last of the fixture's Spanish role, where a variant appends a paragraph. */
const AFTER_ROLE =
	readFileSync('tests/fixtures/site/es/roles/backend-engineer.md', 'utf8').split('\n').length + 1;

/** Each variant: a fixture site with one change, and the line check and build must both print. */
const VARIANTS: Record<string, { make: (dir: string) => Promise<void>; line: string }> = {
	'a language folder that is a link': {
		make: async (dir) => {
			await cp(`${dir}/es`, `${dir}-es-real`, { recursive: true });
			await rm(`${dir}/es`, { recursive: true });
			await symlink(resolve(`${dir}-es-real`), `${dir}/es`);
		},
		line: 'es:1:1  a symbolic link is not allowed here: content must be a regular file inside content/. Replace the link with the file itself',
	},
	'a folder inside a translated collection': {
		make: async (dir) => {
			await mkdir(`${dir}/es/roles/sub`);
			await writeFile(`${dir}/es/roles/sub/backend-engineer.md`, '---\n---\n');
		},
		line: 'es/roles/sub:1:1  folders inside content/es/roles/ are not read: content files sit directly in content/es/roles/. Move the file up',
	},
	'a look-alike name (a Unicode hyphen)': {
		make: (dir) => cp(`${dir}/es/roles/backend-engineer.md`, `${dir}/es/roles/backend‐engineer.md`),
		line: 'es/roles/backend‐engineer.md:1:1  the file name is not a valid id: name files in content/es/roles/ like backend-engineer.md (lowercase letters, digits and single hyphens, then .md or .mdx)',
	},
	'a stray file in the language folder': {
		make: (dir) => writeFile(`${dir}/es/notes.md`, 'hola\n'),
		line: 'es/notes.md:1:1  files directly in content/es/ are not read: put a translation in content/es/<collection>/, named like the English file',
	},
	'a collection that is not translated': {
		make: async (dir) => {
			await mkdir(`${dir}/es/widgets`);
			await writeFile(`${dir}/es/widgets/x.yaml`, 'a: b\n');
		},
		line: 'es/widgets:1:1  this is not a translation folder: content/es/ holds only tracks, skills, roles, projects, essays',
	},
	'an expression hidden in a footnote of a translated essay': {
		make: (dir) => writeFile(`${dir}/es/essays/benign-mdx.mdx`, HOSTILE_MDX),
		line: 'es/essays/benign-mdx.mdx:9:12  {…} expressions are not allowed: MDX would run them as JavaScript. Write the text itself, or escape a literal brace as \\{',
	},
	// The Spanish role is made from the English as it is now, whose body has no link.
	'an up-to-date translation whose body adds links': {
		make: async (dir) => {
			const file = `${dir}/es/roles/backend-engineer.md`;
			await writeFile(
				file,
				`${readFileSync(file, 'utf8')}\nMás en [la documentación](https://www.postgresql.org/docs/) y [otro rol](/roles/platform-engineer/).\n`,
			);
		},
		line: `es/roles/backend-engineer.md:${AFTER_ROLE}  (body)  the links differ from the English body’s (added https://www.postgresql.org/docs/, /roles/platform-engineer/): a translation keeps the English links and images, in order, with site paths in /es/. Expected: none. Found: 1. https://www.postgresql.org/docs/ 2. /roles/platform-engineer/`,
	},
};

const dirOf = (name: string) => `${ROOT}/${name.replace(/[^a-z]+/g, '-')}`;

beforeAll(async () => {
	await rm(ROOT, { recursive: true, force: true });
	for (const [name, { make }] of Object.entries(VARIANTS)) {
		const dir = dirOf(name);
		await cp('tests/fixtures/site', dir, { recursive: true });
		await make(dir);
	}
});

describe.each(Object.entries(VARIANTS))('%s', (name, { line }) => {
	test('fails npm run check with the file, position and fix', () => {
		const dir = dirOf(name);
		const result = spawnSync(process.execPath, ['scripts/check.ts'], {
			env: { ...process.env, ROLEMAP_CONTENT_DIR: dir },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(`${dir}/${line}`);
	});

	test('fails the build with the same line before anything is built, and nothing runs', async () => {
		const dir = dirOf(name);
		const build = await buildSite(`translation-guard-${name.replace(/[^a-z]+/g, '-')}`, dir);
		expect(build.code).not.toBe(0);
		expect(build.output).toContain(`${dir}/${line}`);
		expect(existsSync(`${build.outDir}/index.html`)).toBe(false);
		expect(existsSync(`${ROOT}/pwned-es`)).toBe(false);
	});
});
