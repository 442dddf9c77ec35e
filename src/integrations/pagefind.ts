import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { catalogLoadCount, listen } from '../build/channel.ts';

function failOn(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Moves a folder in one step, or by copying when it is on another disk. */
async function moveFolder(from: string, to: string): Promise<void> {
	await rm(to, { recursive: true, force: true });
	try {
		await rename(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		await cp(from, to, { recursive: true });
		await rm(from, { recursive: true, force: true });
	}
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` from records of the catalogue
 * (src/search-data.ts), which the catalogue hands over through src/build/channel.ts as soon as it is
 * loaded: Pagefind
 * indexes them in its own process while Astro renders pages, and no HTML is parsed after the build.
 * Any Pagefind error fails the build.
 * @returns the Astro integration
 */
export function pagefind(): AstroIntegration {
	let indexing:
		Promise<{ count: number; folder: string; started: number; ended: number }> | undefined;
	/**
	 * Where the index is written while pages render: one folder, replaced by each build. Like the rest
	 * of Astro's cache folder, it serves one build at a time.
	 */
	let workFolder: string | undefined;

	return {
		name: 'rolemap:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				workFolder = join(fileURLToPath(config.cacheDir), 'pagefind-next');
			},
			'astro:build:start': () => {
				listen('records', (records) => {
					// The catalogue is built once per build (checked at the end); its records come once.
					if (indexing) return;
					const started = performance.now();
					// Every record is known once the catalogue is, so the index is written while pages render,
					// to a folder of its own (Astro empties the output folder before it writes pages), in the
					// cache folder: usually on the output's disk, so it moves into place without a copy.
					indexing = (async () => {
						// Started only once there are records: a build that fails earlier leaves no process behind.
						const created = await pagefindApi.createIndex({});
						failOn('setup', created.errors);
						if (!created.index) throw new Error('Pagefind did not create an index');
						const ready = created.index;
						const added = await Promise.all(records.map((record) => ready.addCustomRecord(record)));
						failOn(
							'indexing',
							added.flatMap((result) => result.errors),
						);
						if (!workFolder)
							throw new Error('Pagefind has no folder to write to: config was never read');
						const folder = workFolder;
						// A build that failed before moving its index leaves it here: it is replaced, not added to.
						await rm(folder, { recursive: true, force: true });
						await mkdir(folder, { recursive: true });
						const written = await ready.writeFiles({ outputPath: folder });
						failOn('writing', written.errors);
						return { count: added.length, folder, started, ended: performance.now() };
					})();
					// Failures are reported when the build ends; until then nothing awaits this.
					indexing.catch(() => undefined);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const loads = catalogLoadCount();
				listen('records', undefined);
				const site = fileURLToPath(dir);
				const waiting = performance.now();
				try {
					if (!indexing) throw new Error('Pagefind got no records: the catalogue never loaded');
					// Two loads would mean two module instances of the catalogue: twice the work, and pages
					// that could disagree with each other and with the index.
					if (loads !== 1)
						throw new Error(
							`The catalogue was built ${loads} times in one build; it must be built once`,
						);
					const done = await indexing;
					await moveFolder(done.folder, `${site}pagefind`);
					const seconds = (ms: number) => (ms / 1000).toFixed(1);
					logger.info(
						`catalogue built once; indexed ${done.count} pages in ${seconds(done.ended - done.started)}s while pages were built; the build waited ${seconds(performance.now() - waiting)}s for it`,
					);
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
