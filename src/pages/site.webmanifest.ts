import { APP_COLOURS } from '../lib/favicon';
import { siteConfig } from '../site.config';

// Lets a reader install the site: it opens in its own window and reads offline (see offline.ts).
export function GET() {
	const manifest = {
		id: '/',
		name: siteConfig.title,
		short_name: siteConfig.title,
		description: siteConfig.description,
		start_url: '/',
		scope: '/',
		display: 'standalone',
		icons: [192, 512].map((size) => ({
			src: `/icon-${size}.png`,
			sizes: `${size}x${size}`,
			type: 'image/png',
		})),
		// The manifest holds one pair; Base.astro's theme-color tags switch the title bar for dark mode.
		theme_color: APP_COLOURS.light.theme,
		background_color: APP_COLOURS.light.background,
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'content-type': 'application/manifest+json' },
	});
}
