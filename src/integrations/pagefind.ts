import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

function failOn(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`.
 * Any Pagefind error fails the build.
 * @returns the Astro integration
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'rolemap:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefindApi.createIndex({});
				failOn('setup', errors);
				if (!index) throw new Error('Pagefind did not create an index');
				try {
					const added = await index.addDirectory({ path: site });
					failOn('indexing', added.errors);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					failOn('writing', written.errors);
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(`indexed ${added.page_count} pages in ${seconds}s`);
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
