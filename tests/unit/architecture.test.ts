/**
 * The code's shape, as tests: data flows one way (content → catalogue → lib → pages → components), so
 * a change in one layer cannot quietly depend on another.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const files = (dir: string, pattern = /\.(ts|astro|mjs)$/): string[] =>
	(existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }) : [])
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));

/** Every rule: which files it covers, what they may not contain, and why. */
export const RULES = [
	{
		name: 'src/lib is plain TypeScript: no astro:* or Astro imports',
		files: (root: string) => files(join(root, 'src/lib')),
		forbidden: /from\s+['"]astro(:|\/|['"])/,
	},
	{
		name: 'only the catalogue (src/content.ts) calls getCollection',
		files: (root: string) => [
			...files(join(root, 'src/pages')),
			...files(join(root, 'src/components')),
			...files(join(root, 'src/layouts')),
		],
		forbidden: /\bgetCollection\s*\(/,
	},
	{
		name: 'src never imports from scripts/ (command-line entry points)',
		files: (root: string) => files(join(root, 'src')),
		// Resolved, so a relative path is judged by where it leads.
		breaks: (file: string, text: string, root: string) =>
			[...text.matchAll(/(?:from\s+|import\()['"](\.{1,2}\/[^'"]+)['"]/g)].some((match) =>
				resolve(dirname(file), match[1] ?? '').startsWith(join(root, 'scripts') + '/'),
			),
	},
	{
		name: 'components take plain props, never collection entries',
		files: (root: string) => files(join(root, 'src/components')),
		forbidden: /CollectionEntry|\.entry\.data\b|\b(role|essay|project|skill|track)\.data\./,
	},
	{
		name: 'client code sits beside the component that uses it, not in a src/scripts/ that shares a name with scripts/',
		files: (root: string) => files(join(root, 'src/scripts')),
		forbidden: /[\s\S]/,
	},
] as const;

/**
 * Every violation of the rules under a project root.
 * @param root - the project folder
 * @returns "rule: file" lines
 */
export function violations(root: string): string[] {
	return RULES.flatMap((rule) =>
		rule
			.files(root)
			.filter((file) => {
				const text = readFileSync(file, 'utf8');
				return 'breaks' in rule ? rule.breaks(file, text, root) : rule.forbidden.test(text);
			})
			.map((file) => `${rule.name}: ${file.slice(root.length + 1)}`),
	);
}

describe('architecture', () => {
	test('the project keeps every rule', () => {
		expect(violations(process.cwd())).toEqual([]);
	});

	test('a fixture that breaks each rule is caught, once per rule', () => {
		const found = violations(join(process.cwd(), 'tests/fixtures/architecture'));
		expect(found).toEqual([
			`${RULES[0].name}: src/lib/bad.ts`,
			`${RULES[1].name}: src/pages/bad.astro`,
			`${RULES[2].name}: src/components/Bad.astro`,
			`${RULES[3].name}: src/components/Bad.astro`,
			`${RULES[4].name}: src/scripts/stray.ts`,
		]);
	});
});
