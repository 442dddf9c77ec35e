import { satteri } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { contentWall } from '../../src/guard/compile-wall';
import { guardBytes } from '../../src/guard/files';
import { MARKDOWN_FEATURES } from '../../src/guard/markdown';

/** The MDX renderer exactly as @astrojs/mdx builds it from the configured processor. */
async function compileMdx(source: string) {
	const processor = config.markdown?.processor ?? satteri();
	if (!processor.createMdxRenderer) throw new Error('the configured processor cannot render MDX');
	const renderer = await processor.createMdxRenderer(
		{ syntaxHighlight: false },
		{ optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
	);
	return renderer.process(source, 'content/essays/x.mdx', {});
}

describe('the second wall: the compile itself refuses code', () => {
	test('astro.config.mjs runs the wall with the guard’s parser features', () => {
		const options = config.markdown?.processor?.options as {
			mdastPlugins: unknown[];
			features: unknown;
		};
		expect(options.mdastPlugins).toContain(contentWall);
		expect(options.features).toEqual(MARKDOWN_FEATURES);
	});

	test.each([
		[
			'an export after a tab',
			'Intro.\n\nexport\tconst x = (globalThis.__wall = 1)\n',
			'3:1  import and export are not allowed',
		],
		[
			'a footnote expression',
			'A.[^1]\n\n[^1]: {globalThis.__wall = 1}\n',
			'3:7  {…} expressions are not allowed',
		],
		[
			'set:html',
			'<Callout set:html="<b>x</b>">y</Callout>\n',
			'1:1  <Callout> may not have a set:html= attribute',
		],
	])('MDX with %s does not compile, and nothing runs', async (_name, source, message) => {
		await expect(compileMdx(source)).rejects.toThrow(`content/essays/x.mdx:${message}`);
		expect((globalThis as Record<string, unknown>)['__wall']).toBeUndefined();
	});

	test('Markdown with raw HTML does not render', async () => {
		const processor = config.markdown?.processor ?? satteri();
		const renderer = await processor.createRenderer({ syntaxHighlight: false });
		await expect(
			renderer.render('Hi <img src=x onerror=alert(1)>\n', {
				fileURL: pathToFileURL('content/roles/x.md'),
				frontmatter: {},
			}),
		).rejects.toThrow('content/roles/x.md:1:4  raw HTML is not allowed in .md files');
	});

	test('allowed MDX compiles', async () => {
		const result = await compileMdx('<Callout type="tip">Press <kbd>Ctrl</kbd>.</Callout>\n');
		expect(result.code).toContain('Callout');
	});

	const typeMessage = (written: string) =>
		`<Callout ${written}> ${written.includes('=') ? 'is not a type Callout knows' : 'needs a value'}: write type="note", "tip" or "warning" exactly as shown, or leave type out for "note"`;

	test.each([
		['type="constructor"', typeMessage('type="constructor"')],
		['type="valueOf"', typeMessage('type="valueOf"')],
		['type="__proto__"', typeMessage('type="__proto__"')],
		['type="toString"', typeMessage('type="toString"')],
		['type="hasOwnProperty"', typeMessage('type="hasOwnProperty"')],
		['type=""', typeMessage('type=""')],
		['type=" tip"', typeMessage('type=" tip"')],
		['type="TIP"', typeMessage('type="TIP"')],
		['type', typeMessage('type')],
		['TYPE="tip"', '<Callout> may not have a TYPE= attribute: the attributes it may have are type'],
		[
			'__proto__="tip"',
			'<Callout> may not have a __proto__= attribute: the attributes it may have are type',
		],
	])(
		'<Callout %s> is refused by the guard and by the compile, with one message',
		async (attribute, message) => {
			const body = `Intro.\n\n<Callout ${attribute}>x</Callout>\n`;
			const problems = guardBytes(new TextEncoder().encode(`---\ntitle: x\n---\n${body}`), 'mdx');
			expect(problems).toEqual([{ line: 6, column: 1, message }]);
			await expect(compileMdx(`\n\n\n${body}`)).rejects.toThrow(
				`content/essays/x.mdx:6:1  ${message}`,
			);
		},
	);

	test.each(['constructor', '__proto__', 'toString'])(
		'an element named <%s> is an unknown component, not a message built from Object.prototype',
		(name) => {
			const problems = guardBytes(
				new TextEncoder().encode(`---\ntitle: x\n---\n\n<${name}>x</${name}>\n`),
				'mdx',
			);
			expect(problems.map((problem) => problem.message)).toEqual([
				`<${name}> is not an allowed component. Use Markdown, or one of: Callout, abbr, br, kbd, mark, sub, sup, details, summary, figure, figcaption`,
			]);
		},
	);
});
