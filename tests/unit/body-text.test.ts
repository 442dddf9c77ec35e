import { satteri } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { guardBytes } from '../../src/guard/files';

const word = 'a'.repeat(1100);

/** Body text the guard refuses (check) and the compile refuses (build), with one message. */
const refused: [string, string, string][] = [
	[
		'a right-to-left override written as an entity',
		'Pay &#x202E;0001$ a year.\n',
		'the text U+202E at character 5 is an invisible bidirectional control, which can make text display in another order than it is written: delete it (the page sets the direction of each language itself)',
	],
	[
		'a zero-width space',
		'Kuber\u200Bnetes.\n',
		'the text U+200B at character 6 is an invisible zero-width character: delete it (write a space where words should part)',
	],
	[
		'a 1,100-character word',
		`Look: ${word}.\n`,
		'the text has a word of 1,101 characters at character 7',
	],
];

describe('body text follows the text rule', () => {
	test.each(refused)('%s is refused by check', (_name, body, message) => {
		const problems = guardBytes(new TextEncoder().encode(`---\ntitle: x\n---\n${body}`), 'md');
		expect(problems.map((p) => `${p.line}:${p.column}  ${p.message}`).join('\n')).toContain(
			`4:1  ${message}`,
		);
	});

	test.each(refused)(
		'%s is refused by the build, with the same line',
		async (_name, body, message) => {
			const processor = config.markdown?.processor ?? satteri();
			const renderer = await processor.createRenderer({ syntaxHighlight: false });
			await expect(
				renderer.render(body, { fileURL: pathToFileURL('content/roles/x.md'), frontmatter: {} }),
			).rejects.toThrow(`content/roles/x.md:1:1  ${message}`);
		},
	);

	test.each([
		['a long link', `See https://example.org/${word}.\n`],
		['code', `Run \`${word}\`.\n\n\`\`\`\n${word}\n\`\`\`\n`],
		['Spanish with accents and ñ', 'El diseño de la API, año tras año.\n'],
		['a joiner inside a Persian word', 'می\u200Cخواهم\n'],
	])('%s is accepted', (_name, body) => {
		expect(guardBytes(new TextEncoder().encode(`---\ntitle: x\n---\n${body}`), 'md')).toEqual([]);
	});
});
