// @ts-check
// The floor site: plain Astro 7 + MDX rendering the benchmark content with one trivial template, plus
// the same Pagefind Node API calls as the real site (src/integrations/pagefind.ts), so both builds
// include indexing. scripts/bench/run.mjs copies this folder to a temporary directory and sets the env.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** @type {import('astro').AstroIntegration} */
const pagefindIndex = {
	name: 'floor:pagefind',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const site = fileURLToPath(dir);
			const started = performance.now();
			const { index, errors } = await pagefind.createIndex({});
			if (!index) throw new Error(`Pagefind setup failed:\n${errors.join('\n')}`);
			try {
				const added = await index.addDirectory({ path: site });
				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				const failed = [...added.errors, ...written.errors];
				if (failed.length > 0) throw new Error(`Pagefind failed:\n${failed.join('\n')}`);
				// Same wording as the real site's log line: run.mjs reads the index time from both.
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`indexed ${added.page_count} pages in ${seconds}s`);
			} finally {
				await pagefind.close();
			}
		},
	},
};

export default defineConfig({
	// run.mjs gives every build an empty cache, so each round is a cold build.
	cacheDir: process.env['BENCH_CACHE_DIR'] ?? './.cache',
	integrations: [mdx(), pagefindIndex],
});
