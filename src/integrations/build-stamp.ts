import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The stamp's name in a built site (a dotfile: the test server never serves it). */
export const STAMP_FILE = '.rolemap-build.json';

/** What a site was built from: a hash of every input, and each input file's own hash. */
export interface BuildStamp {
	/** One hash over everything below: equal ids, same sources. */
	id: string;
	/** Settings that change the output: the build mode and the content folder. */
	env: Record<string, string>;
	/** Each file the build reads (path from the project root → sha256). */
	files: Record<string, string>;
}

/** The folders and files whose contents make the site, besides the content folder. */
const INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function hashFiles(root: string, path: string, into: Record<string, string>): void {
	const full = join(root, path);
	if (!existsSync(full)) return;
	if (statSync(full).isDirectory()) {
		for (const name of readdirSync(full).sort()) hashFiles(root, join(path, name), into);
		return;
	}
	into[path] = createHash('sha256').update(readFileSync(full)).digest('hex');
}

/**
 * The stamp of the sources as they are now: what a build started now would record.
 * @param root - the project folder
 * @param env - the environment the build runs with (NODE_ENV, ROLEMAP_CONTENT_DIR, ROLEMAP_TODAY)
 * @returns the stamp
 */
export function sourceStamp(root = process.cwd(), env = process.env): BuildStamp {
	const content = relative(root, resolve(root, env['ROLEMAP_CONTENT_DIR'] ?? 'content'));
	const settings: Record<string, string> = {
		NODE_ENV: env['NODE_ENV'] ?? 'production',
		ROLEMAP_CONTENT_DIR: content,
		...(env['ROLEMAP_TODAY'] ? { ROLEMAP_TODAY: env['ROLEMAP_TODAY'] } : {}),
	};
	const files: Record<string, string> = {};
	for (const input of [content, ...INPUTS]) hashFiles(root, input, files);
	const id = createHash('sha256').update(JSON.stringify({ settings, files })).digest('hex');
	return { id, env: settings, files };
}

/**
 * The stamp a built site carries, or undefined when it has none (never built, or a build that did
 * not finish).
 * @param dir - the built site folder
 * @returns its stamp
 */
export function readStamp(dir: string): BuildStamp | undefined {
	const file = join(dir, STAMP_FILE);
	if (!existsSync(file)) return undefined;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as BuildStamp;
	} catch {
		return undefined;
	}
}

/**
 * Why a built site is not what the sources would build now, in words; empty when it is.
 * @param built - the site's stamp (undefined: none)
 * @param now - the sources' stamp
 * @returns one line per reason, at most a few files named
 */
export function staleReasons(built: BuildStamp | undefined, now: BuildStamp): string[] {
	if (!built) return ['it has no build stamp (never built, or its build did not finish)'];
	if (built.id === now.id) return [];
	const reasons: string[] = [];
	for (const [name, value] of Object.entries(now.env))
		if (built.env[name] !== value)
			reasons.push(`it was built with ${name}=${built.env[name] ?? '(unset)'}, not ${value}`);
	// Another content folder or mode: every file differs, and listing them says nothing more.
	if (reasons.length > 0) return reasons;
	const changed: string[] = [];
	for (const [path, hash] of Object.entries(now.files)) {
		const before = built.files[path];
		if (before === undefined) changed.push(`${path} (added)`);
		else if (before !== hash) changed.push(`${path} (changed)`);
	}
	for (const path of Object.keys(built.files))
		if (!(path in now.files)) changed.push(`${path} (removed)`);
	if (changed.length > 0)
		reasons.push(
			`${changed.length === 1 ? '1 source file differs' : `${changed.length} source files differ`} since it was built: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}`,
		);
	return reasons.length > 0 ? reasons : ['its build stamp does not match the sources'];
}

/**
 * Records in the built site what it was built from (`.rolemap-build.json`), so the tests can refuse
 * or rebuild a site older than the sources. The sources are hashed before anything reads them and the
 * stamp is written last, once every other integration has finished: a build that fails leaves none.
 * @returns the Astro integration
 */
export function buildStamp(): AstroIntegration {
	let stamp: BuildStamp | undefined;
	return {
		name: 'rolemap:build-stamp',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				stamp = sourceStamp(fileURLToPath(config.root));
				rmSync(join(fileURLToPath(config.outDir), STAMP_FILE), { force: true });
			},
			'astro:build:done': ({ dir }) => {
				if (!stamp) return;
				writeFileSync(join(fileURLToPath(dir), STAMP_FILE), `${JSON.stringify(stamp)}\n`);
			},
		},
	};
}
