import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { assertDictionariesComplete } from '../i18n/index.ts';

/**
 * Stops `astro dev` and `astro build` before any page renders when a language's interface
 * dictionary lacks a key: a page must never ship an English word where its language has none.
 * @returns the Astro integration
 */
export function interfaceStrings(): AstroIntegration {
	return {
		name: 'rolemap:interface-strings',
		hooks: {
			'astro:config:setup': () => {
				try {
					assertDictionariesComplete();
				} catch (error) {
					const [headline = '', ...lines] = (error as Error).message.split('\n');
					throw new AstroError(headline, lines.join('\n'));
				}
			},
		},
	};
}
