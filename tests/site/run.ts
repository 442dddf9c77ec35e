import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under a folder. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name))
		.sort();
}

/** Runs a command-line tool from node_modules/.bin and returns its exit code and output. */
export function tool(name: string, args: string[]): { code: number | null; output: string } {
	const result = spawnSync(join('node_modules/.bin', name), args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
