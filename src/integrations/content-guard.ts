import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, findingAnnotations, formatFinding } from '../checks/content.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { githubAnnotation, inGithubActions, logLines, logText } from '../lib/log-text.ts';
import { formatFileProblem, runGuard } from '../guard/files.ts';
import { availableParallelism } from 'node:os';
import { formatOutputProblem, OutputCheck } from '../guard/output.ts';
import { listen } from '../build/channel.ts';

const plural = (count: number, noun: string) => (count === 1 ? `1 ${noun}` : `${count} ${noun}s`);

/**
 * In GitHub Actions, prints workflow commands that put the build's findings on the pull request, on
 * stdout where the runner reads them (Astro's logger would put its prefix before the `::`).
 * @param lines - from findingAnnotations or githubAnnotation
 */
function annotate(lines: readonly string[]): void {
	if (inGithubActions() && lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

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
					annotate(
						findingAnnotations(
							problems.map((problem) => ({ ...problem, field: '', severity: 'error' })),
						),
					);
					throw new AstroError(
						`The content guard found ${plural(problems.length, 'problem')}: content may not contain code, and each file must be read one way only.`,
						logLines(problems.map(formatFileProblem)),
					);
				}
				// The same rules as `npm run check`, with the same lines: what check refuses, the build refuses.
				const { findings } = await checkContent(CONTENT_DIR, { guarded: run });
				const errors = findings.filter((finding) => finding.severity === 'error');
				if (errors.length > 0) {
					annotate(findingAnnotations(errors));
					throw new AstroError(
						`Content check found ${plural(errors.length, 'error')}: each line names the file, the field and the fix.`,
						errors.map(formatFinding).join('\n'),
					);
				}
				// Counted as check shows them: warnings, and the notes it hides unless asked (--all).
				const notes = findings.filter((finding) => finding.quiet).length;
				const warnings = findings.length - errors.length - notes;
				const told = [
					...(warnings ? [`${plural(warnings, 'warning')}: run npm run check to read them`] : []),
					...(notes ? [`${plural(notes, 'note')}: npm run check -- --all`] : []),
				];
				logger.info(
					`checked content in ${Math.round(performance.now() - started)} ms${told.length ? ` (${told.join('; ')})` : ''}`,
				);
			},
			'astro:build:start': () => {
				// Pages are handed over as they render (src/middleware.ts) to a thread of their own: one
				// core renders, the others share parsing with the search index.
				output = new OutputCheck(Math.min(Math.max(availableParallelism() - 1, 1), 3));
				const check = output;
				listen('pages', (bytes, page) => check.page(bytes, page));
			},
			'astro:build:done': async ({ dir, logger }) => {
				listen('pages', undefined);
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const check = output ?? new OutputCheck(Math.min(availableParallelism(), 4));
				output = undefined;
				const problems = await check.site(outDir, CONTENT_DIR).catch((error: unknown) => {
					throw new AstroError(
						'The output check could not finish, so nothing built may be deployed.',
						logText(error instanceof Error ? error.message : String(error)),
					);
				});
				if (problems.length > 0) {
					annotate(
						problems.map((problem) =>
							githubAnnotation({
								level: 'error',
								file: problem.source ?? undefined,
								title: 'output check',
								message: formatOutputProblem(problem, outDir),
							}),
						),
					);
					throw new AstroError(
						`The output check found ${plural(problems.length, 'problem')} in the built pages: content produced markup it may never produce. Nothing should be deployed.`,
						logLines(problems.map((problem) => formatOutputProblem(problem, outDir))),
					);
				}
				logger.info(
					`checked built pages in ${Math.round(performance.now() - started)} ms after the last rendered (${check.rendered} parsed as they rendered, ${check.parsedAfter} from their files)`,
				);
			},
		},
	};
}
