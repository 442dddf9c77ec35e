import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markExternalLinks } from '../lib/external-links.ts';

/**
 * Marks links to other sites in every built page, Markdown bodies included (Astro 7's default Markdown
 * processor runs no rehype plugins, so this happens on the output instead).
 * @returns the Astro integration
 */
export function externalLinks(): AstroIntegration {
	let origin = '';
	return {
		name: 'rolemap:external-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				origin = new URL(config.site ?? 'http://localhost').origin;
			},
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const pages = (await readdir(root, { recursive: true })).filter((name) =>
					name.endsWith('.html'),
				);
				await Promise.all(
					pages.map(async (name) => {
						const path = join(root, name);
						const html = await readFile(path, 'utf8');
						const marked = markExternalLinks(html, origin);
						if (marked !== html) await writeFile(path, marked);
					}),
				);
			},
		},
	};
}
