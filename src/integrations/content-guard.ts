import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatFinding } from '../checks/content.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { formatFileProblem, runGuard } from '../guard/files.ts';
import { availableParallelism } from 'node:os';
import { formatOutputProblem, OutputCheck } from '../guard/output.ts';
import { OUTPUT_HOOK, type OutputListener } from '../guard/output-hook.ts';

type Hooked = Record<symbol, OutputListener | undefined>;

const plural = (count: number, noun: string) => (count === 1 ? `1 ${noun}` : `${count} ${noun}s`);

/**
 * The first and third walls around contributed content, in `astro dev` and `astro build` alike:
 * before Astro reads any content, every file is read the way the build will read it and refused if it
 * could run code; after the build, every page is parsed and refused if it holds what content may never
 * produce. (The second wall is the compile-time plugin in astro.config.mjs.)
 * @returns the Astro integration
 */
export function contentGuard(): AstroIntegration {
	let output: OutputCheck | undefined;
	return {
		name: 'rolemap:content-guard',
		hooks: {
			'astro:config:setup': async ({ logger }) => {
				const started = performance.now();
				// The guard's run: the checks below read no refused file, and no accepted file's YAML again.
				const { problems, run } = await runGuard(CONTENT_DIR);
				if (problems.length > 0) {
					throw new AstroError(
						`The content guard found ${plural(problems.length, 'problem')}: content may not contain code, and each file must be read one way only.`,
						problems.map(formatFileProblem).join('\n'),
					);
				}
				// The same rules as `npm run check`, with the same lines: what check refuses, the build refuses.
				const { findings } = await checkContent(CONTENT_DIR, { guarded: run });
				const errors = findings.filter((finding) => finding.severity === 'error');
				if (errors.length > 0) {
					throw new AstroError(
						`Content check found ${plural(errors.length, 'error')}: each line names the file, the field and the fix.`,
						errors.map(formatFinding).join('\n'),
					);
				}
				const warnings = findings.length - errors.length;
				logger.info(
					`checked content in ${Math.round(performance.now() - started)} ms${warnings ? ` (${plural(warnings, 'warning')}: run npm run check to read them)` : ''}`,
				);
			},
			'astro:build:start': () => {
				// Pages are handed over as they render (src/middleware.ts) to a thread of their own: one
				// core renders, the others share parsing with the search index.
				output = new OutputCheck(Math.min(Math.max(availableParallelism() - 1, 1), 3));
				const check = output;
				(globalThis as Hooked)[OUTPUT_HOOK] = (bytes, page) => check.page(bytes, page);
			},
			'astro:build:done': async ({ dir, logger }) => {
				(globalThis as Hooked)[OUTPUT_HOOK] = undefined;
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const check = output ?? new OutputCheck(Math.min(availableParallelism(), 4));
				output = undefined;
				const problems = await check.site(outDir, CONTENT_DIR).catch((error: unknown) => {
					throw new AstroError(
						'The output check could not finish, so nothing built may be deployed.',
						error instanceof Error ? error.message : String(error),
					);
				});
				if (problems.length > 0) {
					throw new AstroError(
						`The output check found ${plural(problems.length, 'problem')} in the built pages: content produced markup it may never produce. Nothing should be deployed.`,
						problems.map((problem) => formatOutputProblem(problem, outDir)).join('\n'),
					);
				}
				logger.info(
					`checked built pages in ${Math.round(performance.now() - started)} ms after the last rendered (${check.rendered} parsed as they rendered, ${check.parsedAfter} from their files)`,
				);
			},
		},
	};
}
