/**
 * The docs are true by construction: every file or folder that docs/architecture.md, the README and
 * CONTRIBUTING.md name in backticks exists, so a move or a rename that forgets the docs fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';

const DOCS = ['docs/architecture.md', 'README.md', 'CONTRIBUTING.md'];

/** File names under src/ and scripts/: a doc that names a module by its file name alone means one. */
const NAMES = new Set(
	['src', 'scripts'].flatMap((dir) =>
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => entry.name),
	),
);

/** Whether a named path exists: a path from the project root, or a file name under src/ or scripts/. */
const exists = (path: string) =>
	existsSync(path) || (!path.includes('/') && NAMES.has(basename(path)));

/**
 * The project paths a Markdown text names in backticks: src/…, scripts/…, tests/…, docs/…, content/…,
 * .github/… and top-level config files. Patterns (<id>, *, …) are left out: they name a kind of file.
 */
export function namedPaths(markdown: string): string[] {
	const paths = new Set<string>();
	for (const [, code = ''] of markdown.matchAll(/`([^`\n]+)`/g)) {
		const path = code.trim().replace(/:\d+(:\d+)?$/, '');
		if (
			!/^(src|scripts|tests|docs|content|\.github|\.ci)\/|^[\w.-]+\.(mjs|ts|json|astro)$/.test(path)
		)
			continue;
		if (/[<>*…{}\s|]|\(|example/.test(path)) continue;
		paths.add(path.replace(/\/$/, ''));
	}
	return [...paths];
}

describe('paths the docs name', () => {
	for (const doc of DOCS)
		test(`${doc} names only paths that exist`, () => {
			const named = namedPaths(readFileSync(doc, 'utf8'));
			expect(named.length).toBeGreaterThan(0);
			expect(named.filter((path) => !exists(path))).toEqual([]);
		});

	test('a path that does not exist is caught', () => {
		const named = namedPaths(
			'The catalogue lives in `src/catalogue.ts`, `src/content.ts:12`, `build.ts` and `buildz.ts`.',
		);
		expect(named).toEqual(['src/catalogue.ts', 'src/content.ts', 'build.ts', 'buildz.ts']);
		expect(named.filter((path) => !exists(path))).toEqual(['src/catalogue.ts', 'buildz.ts']);
	});
});
