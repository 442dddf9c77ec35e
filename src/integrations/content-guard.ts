import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatFileProblem, guardFolder } from '../../scripts/guard-files.ts';
import { CONTENT_DIR } from '../content-dir.ts';

/**
 * Runs the content guard before Astro reads any content, in `astro dev` and `astro build` alike, so a
 * hostile file fails the run before MDX is compiled, let alone executed.
 * @returns the Astro integration
 */
export function contentGuard(): AstroIntegration {
	return {
		name: 'rolemap:content-guard',
		hooks: {
			'astro:config:setup': async ({ logger }) => {
				const started = performance.now();
				const problems = await guardFolder(CONTENT_DIR);
				if (problems.length > 0) {
					const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
					throw new AstroError(
						`The content guard found ${count}: content may not contain code.`,
						problems.map(formatFileProblem).join('\n'),
					);
				}
				logger.info(`checked content in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
