import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module the integrations and the rendered pages share (src/build/channel.ts). */
export const CHANNEL_FILE = fileURLToPath(new URL('../build/channel.ts', import.meta.url));

/**
 * Keeps src/build/channel.ts out of the pages' bundle in a build: the bundle imports the file itself, so
 * Node gives the pages the very module instance the integrations (loaded with astro.config.mjs) set
 * their listeners on. Without it the bundle would carry a copy of the module that nothing listens to.
 * In `astro dev`, pages run in Vite's module graph and get their own copy, with no listeners.
 * @returns the Astro integration
 */
export function buildChannel(): AstroIntegration {
	return {
		name: 'rolemap:build-channel',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'rolemap:build-channel',
								enforce: 'pre',
								async resolveId(source, importer) {
									if (!importer || !source.includes('channel')) return null;
									const resolved = await this.resolve(source, importer, { skipSelf: true });
									if (resolved?.id !== CHANNEL_FILE) return null;
									// A file: URL, so the bundle names the file itself wherever its chunks are written.
									return { id: pathToFileURL(CHANNEL_FILE).href, external: true };
								},
							},
						],
					},
				});
			},
		},
	};
}
