// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: 'https://rolemap.dev',
	// Build tests give each fixture its own cache so content from one never leaks into another.
	...(process.env['ROLEMAP_CACHE_DIR'] ? { cacheDir: process.env['ROLEMAP_CACHE_DIR'] } : {}),
	trailingSlash: 'always',
	// The guard runs first: nothing compiles content it has not read.
	integrations: [contentGuard(), mdx(), pagefind()],
	vite: { plugins: [tailwindcss()] },
});
