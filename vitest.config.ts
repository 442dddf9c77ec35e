import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Astro components rendered with the Container API need Astro's Vite plugins, but not the
			// site's config: without it no integration runs, so no project's tests wait on content/ being
			// valid (the content guard is tested by the build project).
			getViteConfig(
				{ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
				{ configFile: false },
			),
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/build/setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/site/setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
