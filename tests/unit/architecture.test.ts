/**
 * The code's shape, as tests: data flows one way (content → catalogue → lib → pages → components), so
 * a change in one layer cannot quietly depend on another.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const files = (dir: string, pattern = /\.(ts|astro|mjs)$/): string[] =>
	(existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }) : [])
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));

/** Relative imports of a module (static, dynamic and type-only), resolved to files that exist. */
function importsOf(file: string, text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/(?:from\s+|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
		const base = resolve(dirname(file), match[1] ?? '');
		const target = [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts')].find(
			(path) => existsSync(path) && /\.(ts|astro|mjs)$/.test(path),
		);
		if (target) found.push(target);
	}
	return found;
}

const cyclesByRoot = new Map<string, Set<string>>();

/**
 * Every module of src/ that is on an import cycle (type-only imports count: a cycle of types is still
 * two modules that cannot be read one without the other).
 * @param root - the project folder
 * @returns the files on a cycle
 */
function filesOnCycles(root: string): Set<string> {
	const known = cyclesByRoot.get(root);
	if (known) return known;
	const graph = new Map(
		files(join(root, 'src')).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]),
	);
	const onCycle = new Set<string>();
	// Tarjan's strongly connected components: a component of two or more files is a cycle.
	let index = 0;
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const visit = (file: string): void => {
		order.set(file, index);
		low.set(file, index++);
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (!graph.has(next)) continue;
			if (!order.has(next)) {
				visit(next);
				low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
			} else if (stack.includes(next))
				low.set(file, Math.min(low.get(file) ?? 0, order.get(next) ?? 0));
		}
		if (low.get(file) !== order.get(file)) return;
		const component: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop();
			if (member) component.push(member);
		} while (member && member !== file);
		if (component.length > 1) for (const each of component) onCycle.add(each);
	};
	for (const file of graph.keys()) if (!order.has(file)) visit(file);
	cyclesByRoot.set(root, onCycle);
	return onCycle;
}

const COLLECTION = '(?:tracks|skills|roles|projects|essays|sources)';
/** The catalogue's joins and indexes: route views read them, pages do not. */
const INDEXES =
	'(?:rolesById|essaysById|skillUses|projectsBySkill|essaysForRole|rolesForEssay|rolesForProject|leadsTo|prerequisites|bodies|texts)\\b';

/**
 * Whether a text lists collections itself: a bracket whose items are mostly collection names (four or
 * more), as strings or as keys whose value is a list, a string, an object or a collection definition.
 * Lists of routes, which name collections among other pages, are not lists of collections.
 */
function listsCollections(text: string): boolean {
	const item = /['"`]([\w-]+)['"`]|\b([\w-]+)\s*:\s*(?=[['"{]|defineCollection)/g;
	const collection = new RegExp(`^${COLLECTION}$`);
	for (const group of text.matchAll(/[[{][^[\]{}]*(?:[[{][^[\]{}]*[\]}][^[\]{}]*)*[\]}]/g)) {
		const items = [...group[0].matchAll(item)].map((match) => match[1] ?? match[2] ?? '');
		const names = new Set(items.filter((name) => collection.test(name)));
		if (names.size >= 4 && names.size * 2 > items.length) return true;
	}
	return false;
}

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
		name: 'pages lay out a route view (src/views/): they read no entry and join nothing themselves',
		files: (root: string) => files(join(root, 'src/pages')),
		forbidden: new RegExp(
			[
				/CollectionEntry|\.data\.|\bentry\.data\b/.source,
				`\\bcatalog\\.${INDEXES}`,
				`\\{[^}]*\\b${INDEXES}[^}]*\\}\\s*=\\s*await\\s+loadCatalog`,
			].join('|'),
		),
	},
	{
		name: 'the build meets the pages by import (src/build/channel.ts), never through globalThis',
		// Client code may test which global scope it runs in (a worker or a page); build code may not.
		// The channel itself keeps its state under one process-wide key: Astro may load the integrations
		// and the pages in two module graphs, each with its own copy of the module.
		files: (root: string) =>
			files(join(root, 'src')).filter(
				(file) =>
					!file.includes(`${join(root, 'src/components')}/`) &&
					file !== join(root, 'src/build/channel.ts'),
			),
		forbidden: /\bglobalThis\b|Symbol\.for\(/,
	},
	{
		name: 'no import cycles in src/',
		files: (root: string) => files(join(root, 'src')),
		breaks: (file: string, _text: string, root: string) => filesOnCycles(root).has(file),
	},
	{
		name: 'only the registry (src/registry.ts) lists the collections',
		files: (root: string) =>
			// Interface words (src/i18n) name pages, not collections.
			[...files(join(root, 'src')), ...files(join(root, 'scripts'))].filter(
				(file) =>
					relative(root, file) !== join('src', 'registry.ts') &&
					!relative(root, file).startsWith(join('src', 'i18n')),
			),
		breaks: (_file: string, text: string) => listsCollections(text),
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
		const rule = (start: string) => RULES.find((each) => each.name.startsWith(start))?.name;
		expect(found).toEqual([
			`${rule('src/lib is plain')}: src/lib/bad.ts`,
			`${rule('only the catalogue')}: src/pages/bad.astro`,
			`${rule('src never imports')}: src/components/Bad.astro`,
			`${rule('components take')}: src/components/Bad.astro`,
			`${rule('pages lay out')}: src/pages/joins.astro`,
			`${rule('the build meets')}: src/lib/hook.ts`,
			`${rule('no import cycles')}: src/lib/cycle-a.ts`,
			`${rule('no import cycles')}: src/lib/cycle-b.ts`,
			`${rule('only the registry')}: src/lib/folders.ts`,
			`${rule('client code')}: src/scripts/stray.ts`,
		]);
		// Every rule is broken by some fixture.
		expect(new Set(found.map((line) => line.split(': ')[0])).size).toBe(RULES.length);
	});
});
