import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Callout from '../../src/components/content/Callout.astro';

/** The label a Callout shows for a type, from its rendered markup. */
async function label(type: unknown): Promise<string> {
	const container = await AstroContainer.create();
	const html = await container.renderToString(Callout, {
		props: { type },
		slots: { default: 'Body.' },
	});
	return /aria-label="([^"]*)"/.exec(html)?.[1] ?? `(no label in ${html})`;
}

test.each([
	['note', 'Note'],
	['tip', 'Tip'],
	['warning', 'Warning'],
	[undefined, 'Note'],
])('a Callout of type %s is labelled %s', async (type, expected) => {
	expect(await label(type)).toBe(expected);
});

test.each(['constructor', 'valueOf', '__proto__', 'toString', 'hasOwnProperty', '', ' tip', 'TIP'])(
	'type="%s" names no type of its own: the Callout reads as a note, with no error and no code in the page',
	async (type) => {
		expect(await label(type)).toBe('Note');
	},
);
