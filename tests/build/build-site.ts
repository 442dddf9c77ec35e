import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const OUTPUT = resolve('tests/.output');

/** What one `astro build` did. */
export interface BuildResult {
	/** Exit code: 0 when the build succeeded. */
	code: number;
	/** stdout and stderr together, without colours. */
	output: string;
	/** The folder the site was written to. */
	outDir: string;
}

/**
 * Builds the site from a content folder into `tests/.output/<name>/dist`, with its own cache so
 * fixtures never share a content store.
 * @param name - a folder name for this build
 * @param contentDir - the content folder to build from, relative to the project root
 * @param project - the project to build (a copy of this one, for tests that change its code)
 * @returns the exit code, the output and where the site went
 */
export async function buildSite(
	name: string,
	contentDir: string,
	project = process.cwd(),
): Promise<BuildResult> {
	const root = resolve(OUTPUT, name);
	const outDir = resolve(root, 'dist');
	await rm(root, { recursive: true, force: true });
	const child = spawn(
		process.execPath,
		// Astro's CLI by its real path: a project copy reaches node_modules through a link, and starting the
		// CLI through that link could leave the process hanging at exit after a failed start-up.
		[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
		{
			env: {
				...process.env,
				// Vitest mirrors import.meta.env into process.env (PROD="", DEV="1", MODE="test"); a build
				// that inherits them renders as in development (no page policy, no output hand-over).
				PROD: undefined,
				DEV: undefined,
				MODE: undefined,
				SSR: undefined,
				BASE_URL: undefined,
				// Vitest sets NODE_ENV=test, which would make Astro build in development mode (drafts shown).
				NODE_ENV: 'production',
				ROLEMAP_CONTENT_DIR: contentDir,
				ROLEMAP_CACHE_DIR: resolve(root, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
			cwd: project,
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number>((done) =>
		child.on('close', (exit) => {
			done(exit ?? 1);
		}),
	);
	return { code, output: stripVTControlCharacters(output), outDir };
}
