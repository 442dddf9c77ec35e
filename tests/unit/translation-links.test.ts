import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBody, splitFrontmatter } from '../../src/guard/markdown';
import {
	LOCALIZED_SECTIONS,
	bodyLinks,
	linkProblems,
	translatedLink,
	type LinkNode,
} from '../../src/lib/translation';

const links = (body: string, kind: 'md' | 'mdx' = 'md') => bodyLinks(parseBody(body, kind));
const problems = (english: string, spanish: string) =>
	linkProblems('es', links(english), links(spanish));

describe('the links a body renders, in reading order', () => {
	test('inline, autolinks, bare URLs, images and references through their definitions', () => {
		const body = [
			'See [a](/roles/x/ "title"), [ref][One], [collapsed][] and [shortcut].',
			'![alt](/og/default.png) <https://auto.example/> and https://bare.example/y.',
			'[missing ref] stays text.',
			'',
			'[one]: https://def.example/',
			'[collapsed]: /essays/c/',
			'[shortcut]: mailto:team@example.org',
			'[unused]: /never/',
			'',
			'![image ref][one] and a note[^1].',
			'',
			'[^1]: The note links [here](/skills/go/).',
		].join('\n');
		expect(links(body)).toEqual([
			{ kind: 'link', url: '/roles/x/', line: 1 },
			{ kind: 'link', url: 'https://def.example/', line: 1 },
			{ kind: 'link', url: '/essays/c/', line: 1 },
			{ kind: 'link', url: 'mailto:team@example.org', line: 1 },
			{ kind: 'image', url: '/og/default.png', line: 2 },
			{ kind: 'link', url: 'https://auto.example/', line: 2 },
			{ kind: 'link', url: 'https://bare.example/y', line: 2 },
			{ kind: 'image', url: 'https://def.example/', line: 10 },
			{ kind: 'link', url: '/skills/go/', line: 12 },
		]);
	});

	test('the first of two definitions with one label wins, as in the rendered page', () => {
		expect(links('[x][a]\n\n[a]: /roles/one/\n[A]: https://evil.example/\n')).toEqual([
			{ kind: 'link', url: '/roles/one/', line: 1 },
		]);
	});
});

describe('a site link in the translation is the same page in its language', () => {
	test.each([
		['/', '/es/'],
		['/?q=go', '/es/?q=go'],
		['/roles/backend-engineer/', '/es/roles/backend-engineer/'],
		['/roles/backend-engineer/#roadmap', '/es/roles/backend-engineer/#roadmap'],
		['/roles/backend-engineer/graph.svg', '/es/roles/backend-engineer/graph.svg'],
		['/compare/?a=x&b=y', '/es/compare/?a=x&b=y'],
		['/skill-gap/', '/es/skill-gap/'],
		['/rss.xml', '/es/rss.xml'],
		['/search-index-2.json', '/es/search-index-2.json'],
		['/api/roles.json', '/es/api/roles.json'],
		['/data/roles.json', '/es/data/roles.json'],
		// Pages that exist once, for every language, keep their path.
		['/og/default.png', '/og/default.png'],
		['/favicon.ico', '/favicon.ico'],
		['/es/roles/x/', '/es/roles/x/'],
		// Other sites and addresses stay as they are.
		['https://example.org/roles/', 'https://example.org/roles/'],
		['mailto:team@example.org', 'mailto:team@example.org'],
		['#pay', '#pay'],
		['//evil.example/roles/', '//evil.example/roles/'],
	])('%s → %s', (english, spanish) => {
		expect(translatedLink('es', english)).toBe(spanish);
	});

	test('the sections are exactly the routes built once per language', () => {
		const sections = new Set(
			readdirSync('src/pages/[...lang]').map((name) =>
				name
					.replace(/\.(astro|ts)$/, '')
					.replace(/^index$/, '')
					.replace(/-\[shard\]\.json$/, '.json'),
			),
		);
		expect(new Set(LOCALIZED_SECTIONS)).toEqual(sections);
	});
});

describe('a translated body keeps the English links, in order', () => {
	const ENGLISH =
		'Read [the path](/essays/walking-the-backend-path/) and [the docs](https://go.dev/doc/).\n';

	test('the same links, site paths in /es/, pass', () => {
		expect(
			problems(
				ENGLISH,
				'Lee [el camino](/es/essays/walking-the-backend-path/) y [la documentación](https://go.dev/doc/).\n',
			),
		).toEqual([]);
	});

	test('a translated heading id may differ; the page may not', () => {
		expect(
			problems('See [below](#why-it-matters).\n', 'Mira [abajo](#por-qué-importa).\n'),
		).toEqual([]);
		expect(
			problems(
				'See [pay](/roles/x/#pay).\n',
				'Mira [el salario](/es/roles/x/#salario) y mucho más.\n',
			),
		).toEqual([]);
	});

	test.each([
		{
			name: 'a link to another host added',
			spanish:
				'Lee [el camino](/es/essays/walking-the-backend-path/), [la documentación](https://go.dev/doc/) y [esto](https://evil.example/).\n',
			message:
				'the links differ from the English body’s (added https://evil.example/): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/ 3. https://evil.example/',
		},
		{
			name: 'an image added',
			spanish:
				'Lee [el camino](/es/essays/walking-the-backend-path/) y [la documentación](https://go.dev/doc/). ![x](/og/default.png)\n',
			message:
				'the links differ from the English body’s (added image /og/default.png): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/ 3. image /og/default.png',
		},
		{
			name: 'a link left out',
			spanish: 'Lee [el camino](/es/essays/walking-the-backend-path/) y la documentación.\n',
			message:
				'the links differ from the English body’s (left out https://go.dev/doc/): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. /es/essays/walking-the-backend-path/',
		},
		{
			name: 'a site link still in English',
			spanish:
				'Lee [el camino](/essays/walking-the-backend-path/) y [la documentación](https://go.dev/doc/).\n',
			message:
				'the links differ from the English body’s (added /essays/walking-the-backend-path/; left out /es/essays/walking-the-backend-path/): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. /essays/walking-the-backend-path/ 2. https://go.dev/doc/',
		},
		{
			name: 'a Spanish page that does not exist (share images have no /es/)',
			english: 'The [image](/og/default.png).\n',
			spanish: 'La [imagen](/es/og/default.png).\n',
			message:
				'the links differ from the English body’s (added /es/og/default.png; left out /og/default.png): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /og/default.png. Found: 1. /es/og/default.png',
		},
		{
			name: 'the same links in another order',
			spanish:
				'[La documentación](https://go.dev/doc/) y [el camino](/es/essays/walking-the-backend-path/).\n',
			message:
				'the links differ from the English body’s (the same links in another order): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. https://go.dev/doc/ 2. /es/essays/walking-the-backend-path/',
		},
		{
			name: 'a link hidden in a reference definition',
			spanish:
				'Lee [el camino][c] y [la documentación](https://go.dev/doc/).\n\n[c]: https://evil.example/\n',
			message:
				'the links differ from the English body’s (added https://evil.example/; left out /es/essays/walking-the-backend-path/): a translation keeps the English links and images, in order, with site paths in /es/. Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. https://evil.example/ 2. https://go.dev/doc/',
		},
		{
			name: 'a body with no links in English that gains one',
			english: 'No links here.\n',
			spanish: 'Sin enlaces, salvo https://evil.example/x.\n',
			message:
				'the links differ from the English body’s (added https://evil.example/x): a translation keeps the English links and images, in order, with site paths in /es/. Expected: none. Found: 1. https://evil.example/x',
		},
	])('$name', ({ english, spanish, message }) => {
		expect(problems(english ?? ENGLISH, spanish)).toEqual([{ line: 1, message }]);
	});

	test.each([
		['//evil.example/x', '//evil.example/x'],
		['/\\evil.example/x', '/\\evil.example/x'],
		['/\t/evil.example/x', '/\t/evil.example/x'],
	])('a scheme-relative link %j leaves the site and is named', (url) => {
		const found = problems('The [path](/essays/x/).\n', `El [camino](<${url}>).\n`);
		expect(found[0]).toEqual({
			line: 1,
			message: `${url} leaves the site: a link starting with // goes to another host. Use the English body’s link (a site path like /es/roles/backend-engineer/, or https://… in full)`,
		});
		expect(found).toHaveLength(2);
	});

	test('a translation made from an older English text may lack links added since, and add none', () => {
		const outdated = (english: string, spanish: string) =>
			linkProblems('es', links(english), links(spanish), false);
		expect(outdated(ENGLISH, 'Lee [el camino](/es/essays/walking-the-backend-path/).\n')).toEqual(
			[],
		);
		expect(outdated(ENGLISH, 'Sin enlaces todavía.\n')).toEqual([]);
		expect(
			outdated(
				ENGLISH,
				'Texto.\n\nLee [el camino](/es/essays/walking-the-backend-path/) y ![x](/og/default.png).\n',
			),
		).toEqual([
			{
				line: 3,
				message:
					'the links differ from the English body’s (added image /og/default.png): a translation adds no link or image of its own, and site paths are in /es/ (made from an older English text, it may lack links added since). Expected: 1. /es/essays/walking-the-backend-path/ 2. https://go.dev/doc/. Found: 1. /es/essays/walking-the-backend-path/ 2. image /og/default.png',
			},
		]);
	});

	test('a link too long to quote is cut in the message', () => {
		const long = `/roles/${'a'.repeat(5000)}/`;
		const [problem] = problems('No links.\n', `Un [enlace](${long}).\n`);
		expect(problem?.message).toBe(
			`the links differ from the English body’s (added /roles/${'a'.repeat(193)}… (4,808 more characters)): a translation keeps the English links and images, in order, with site paths in /es/. Expected: none. Found: 1. /roles/${'a'.repeat(193)}… (4,808 more characters)`,
		);
	});

	test('the problem is on the line of the first link that differs', () => {
		const found = problems(
			'[a](/roles/a/)\n\n[b](/roles/b/)\n',
			'[a](/es/roles/a/)\n\n[b](https://evil.example/)\n',
		);
		expect(found.map((problem) => problem.line)).toEqual([3]);
	});
});

describe("the real translations keep their English bodies' links", () => {
	const files = readdirSync('content/es', { recursive: true, encoding: 'utf8' }).filter((name) =>
		/\.mdx?$/.test(name),
	);
	test.each(files)('content/es/%s', (name) => {
		const body = (path: string) => splitFrontmatter(readFileSync(path, 'utf8')).body;
		const kind = name.endsWith('.mdx') ? 'mdx' : 'md';
		const english = bodyLinks(parseBody(body(`content/${name}`), kind));
		const spanish = bodyLinks(parseBody(body(`content/es/${name}`), kind));
		expect(linkProblems('es', english, spanish)).toEqual([]);
	});

	test('and at least one of them has links to compare', () => {
		const text = readFileSync('content/es/essays/walking-the-backend-path.md', 'utf8');
		expect(bodyLinks(parseBody(splitFrontmatter(text).body, 'md') as LinkNode)).toHaveLength(7);
	});
});
