/**
 * Generated Markdown and MDX bodies, for the tests that prove `npm run check` and the build agree
 * (tests/unit/guard-differential.test.ts renders each with the build's renderer; the build test
 * tests/build/hostile-structure.test.ts builds a site from them). Deterministic: the same corpus on
 * every run.
 */

/** One generated body and the content file it is written as. */
export interface GeneratedBody {
	/** Path relative to the content folder, e.g. "roles/gen-12.md" or "es/roles/gen-3.mdx". */
	file: string;
	kind: 'md' | 'mdx';
	body: string;
	/** What it is made of, for messages. */
	name: string;
}

const ALIGNS = ['---', ':--', ':-:', '--:'];

const TABLES: [string, string][] = [
	...ALIGNS.flatMap((a) =>
		ALIGNS.map((b): [string, string] => [
			`table ${a} ${b}`,
			`| Left | Right |\n|${a}|${b}|\n| *a* | \`b\` |\n| [c](/roles/) | d \\| e |`,
		]),
	),
	['table header only, centred', '| Only |\n|:-:|'],
	['table with empty cells', '| a | b | c |\n|:-:|--:|:--|\n|  | x |  |'],
	['table with a footnote', '| a |\n|:-:|\n| Claim[^t] |\n\n[^t]: Table note.'],
];

const HEADING_TEXTS = [
	'Overview',
	'Roadmap',
	'Pay',
	'Main',
	'For roles',
	'Phase 1',
	'Footnote label',
];

const HEADINGS: [string, string][] = [
	...[1, 2, 3, 4, 5, 6].flatMap((level) =>
		HEADING_TEXTS.map((text): [string, string] => [
			`h${level} ${text}`,
			`${'#'.repeat(level)} ${text}`,
		]),
	),
	['setext Roadmap', 'Roadmap\n======='],
	['setext Overview', 'Overview\n--------'],
	['repeated Phase', '## Phase\n\nText.\n\n## Phase'],
	['repeated Steps', '## Steps\n\nText.\n\n## Steps'],
	['heading {#roadmap}', '### Later {#roadmap}'],
	['heading with code and link', '## The `pay` [table](/roles/)'],
];

const BLOCKS: [string, string][] = [
	['footnote', 'Claim.[^1]\n\n[^1]: The note.'],
	['footnote labelled roadmap', 'Claim.[^roadmap]\n\n[^roadmap]: The note.'],
	['footnote used twice', 'One.[^n] Two.[^n]\n\n[^n]: Shared.'],
	['footnote with two paragraphs', 'Claim.[^long]\n\n[^long]: First.\n\n    Second.'],
	['nested list', '- a\n  1. b\n     - c\n  2. d\n- e'],
	['task list', '- [ ] todo\n- [x] done'],
	['ordered from 3', '3. three\n4. four'],
	['loose list', '- a\n\n- b'],
	['fenced code', '```ts\nconst x = "<script>";\n```'],
	['tilde code', '~~~\n<b>not html</b>\n~~~'],
	['indented code', '    indented <i>code</i>'],
	['fence in fence', '````md\n```\ninner\n```\n````'],
	['inline code', 'Use `<kbd>` here.'],
	['emphasis', '*a* _b_ **c** __d__ ***e*** ~~f~~'],
	['smart punctuation', '"Quotes" -- and --- dashes... it\'s'],
	['hard breaks', 'one  \ntwo\\\nthree'],
	['entities', '&amp; &lt;b&gt; &#x3C;script&#x3E; &copy;'],
	['escapes', '\\*not em\\* \\<not a tag\\> \\[not a link\\]'],
	['blockquote', '> quoted\n>\n> > nested'],
	['thematic break', 'a\n\n---\n\nb'],
	['site link', '[roles](/roles/backend-engineer/)'],
	['fragment link', '[what](#what)'],
	['https link', '[docs](https://developer.mozilla.org/)'],
	['mailto link', '[mail](mailto:team@example.org)'],
	['autolink', '<https://example.org/page>'],
	['reference link', '[ref][r]\n\n[r]: https://example.org/'],
	['site image', '![Diagram](/favicon.ico)'],
	['http link', '[old](http://example.org/)'],
	['javascript link', '[x](javascript:alert(1))'],
	['data image', '![x](data:image/png;base64,AAAA)'],
	['vbscript reference', '[x][v]\n\n[v]: vbscript:msgbox'],
];

const MDX_ONLY: [string, string][] = [
	['kbd', 'Press <kbd>Ctrl</kbd>.'],
	['abbr', '<abbr title="Application programming interface">API</abbr>'],
	['mark sub sup', '<mark>m</mark> H<sub>2</sub>O x<sup>2</sup>'],
	['br', 'a<br />b'],
	['details', '<details open>\n<summary>More</summary>\n\nHidden text.\n\n</details>'],
	['figure', '<figure>\n\n![Diagram](/favicon.ico)\n\n<figcaption>Caption</figcaption>\n</figure>'],
	['Callout note', '<Callout type="note">A note.</Callout>'],
	['Callout tip', '<Callout type="tip">\n\nA *tip*.\n\n</Callout>'],
	['Callout warning', '<Callout type="warning">Careful.</Callout>'],
	['Callout no type', '<Callout>Plain.</Callout>'],
	['Callout constructor', '<Callout type="constructor">x</Callout>'],
	['Callout valueOf', '<Callout type="valueOf">x</Callout>'],
	['Callout __proto__', '<Callout type="__proto__">x</Callout>'],
	['Callout TYPE', '<Callout TYPE="tip">x</Callout>'],
	['Callout empty type', '<Callout type="">x</Callout>'],
	['raw h2 id', '<h2 id="roadmap">Roadmap</h2>'],
	['span', '<span>x</span>'],
	['abbr onclick', '<abbr title="x" onclick="alert(1)">y</abbr>'],
];

const RAW_HTML_MD: [string, string][] = [
	['kbd in md', 'Press <kbd>Ctrl</kbd>.'],
	['raw h2 id in md', '<h2 id="roadmap">Roadmap</h2>'],
	['comment in md', '<!-- note -->'],
];

/** Where a block is put: on its own, quoted, in a list item, in a Callout (MDX). */
const CONTAINERS: [string, (block: string) => string, 'md' | 'mdx' | 'both'][] = [
	['top level', (block) => block, 'both'],
	['in a blockquote', (block) => block.replace(/^/gm, '> '), 'both'],
	['in a list item', (block) => `- ${block.replace(/\n/g, '\n  ')}`, 'both'],
	['in a Callout', (block) => `<Callout type="tip">\n\n${block}\n\n</Callout>`, 'mdx'],
];

const FOLDERS = ['roles', 'essays', 'projects', 'es/roles', 'es/essays'];

/** Every construct in every container, for .md and .mdx, spread over the pages that render bodies. */
export function structureCorpus(): GeneratedBody[] {
	const out: GeneratedBody[] = [];
	let n = 0;
	const add = (kind: 'md' | 'mdx', name: string, block: string) => {
		const folder = FOLDERS[n % FOLDERS.length] ?? 'essays';
		out.push({
			file: `${folder}/gen-${String(n).padStart(4, '0')}.${kind}`,
			kind,
			// Blank lines stand for the frontmatter, as the build passes bodies (lines kept).
			body: `\nIntro paragraph.\n\n${block}\n\nClosing paragraph.\n`,
			name: `${kind} ${name}`,
		});
		n++;
	};
	const both = [...TABLES, ...HEADINGS, ...BLOCKS];
	for (const [containerName, wrap, kinds] of CONTAINERS) {
		for (const kind of ['md', 'mdx'] as const) {
			if (kinds !== 'both' && kinds !== kind) continue;
			const blocks = [...both, ...(kind === 'mdx' ? MDX_ONLY : RAW_HTML_MD)];
			for (const [name, block] of blocks) add(kind, `${name} ${containerName}`, wrap(block));
		}
	}
	// Combinations: each table and heading next to a footnote, a list and a Callout.
	for (let i = 0; i < both.length; i++) {
		const [nameA, a] = both[i] ?? ['', ''];
		const [nameB, b] = both[(i * 7 + 3) % both.length] ?? ['', ''];
		add(i % 2 ? 'md' : 'mdx', `${nameA} + ${nameB}`, `${a}\n\n${b}`);
	}
	return out;
}
