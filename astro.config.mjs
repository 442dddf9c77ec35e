// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { bodyStructure } from './src/guard/body-structure.ts';
import { contentWall } from './src/guard/compile-wall.ts';
import { MARKDOWN_FEATURES } from './src/guard/markdown.ts';
import { buildStamp } from './src/integrations/build-stamp.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { devChecks } from './src/integrations/dev-checks.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { interfaceStrings } from './src/integrations/interface-strings.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteConfig } from './src/site.config.ts';
import { DEFAULT_LANG, LANG_CODES } from './src/i18n/languages.ts';

export default defineConfig({
	site: siteConfig.url,
	// Build tests give each fixture its own cache so content from one never leaks into another.
	...(process.env['ROLEMAP_CACHE_DIR'] ? { cacheDir: process.env['ROLEMAP_CACHE_DIR'] } : {}),
	trailingSlash: 'always',
	// English at /, every other language under /<code>/; pages live in src/pages/[...lang]/.
	i18n: {
		locales: LANG_CODES,
		defaultLocale: DEFAULT_LANG,
		routing: { prefixDefaultLocale: false },
	},
	// The guard runs first: nothing compiles content it has not read.
	integrations: [
		interfaceStrings(),
		contentGuard(),
		// In `astro dev`, content is checked again on every change; pages show the findings until fixed.
		devChecks(),
		mdx(),
		// Pages a reader would land on from a search engine; search results, the 404 and offline pages and the
		// machine-readable files are left out.
		sitemap({
			filter: (page) =>
				!/^(\/[a-z]{2})?\/(search|404|offline|api|og)(\/|\.|$)/.test(new URL(page).pathname),
			// Each page lists its other languages (xhtml:link alternates).
			i18n: {
				defaultLocale: DEFAULT_LANG,
				locales: Object.fromEntries(LANG_CODES.map((code) => [code, code])),
			},
		}),
		pagefind(),
		// The service worker precaches pages and assets: all are written by the time pages are generated
		// (astro:build:generated, where it starts), and no later step changes them.
		offline(),
		// Last: records what the site was built from once every other step has finished (the tests check it).
		buildStamp(),
	],
	// Shiki colours code with inline styles, which the page policy (style-src 'self') forbids; code
	// blocks are plain <pre><code>, styled by .prose.
	// The second wall: Markdown and MDX compile with a plugin that refuses code on the compiler's own
	// tree, using the same parser features the guard reads files with.
	markdown: {
		syntaxHighlight: false,
		// Links that leave the site are marked as bodies compile (components use ExternalLink.astro).
		processor: satteri({
			mdastPlugins: [contentWall],
			// bodyStructure: aligned table cells get a class (no style=), and no body heading takes an id the
			// page uses itself (src/lib/page-ids.ts).
			hastPlugins: [externalLinks(siteConfig.url), bodyStructure],
			features: MARKDOWN_FEATURES,
		}),
	},
	// Scripts go to cacheable files instead of being inlined into every page's HTML.
	vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
