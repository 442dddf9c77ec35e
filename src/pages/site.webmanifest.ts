import { siteConfig } from '../site.config';

// Lets a phone add the site to its home screen with the logo rather than a screenshot.
export function GET() {
	const manifest = {
		name: siteConfig.title,
		short_name: siteConfig.title,
		icons: [192, 512].map((size) => ({
			src: `/icon-${size}.png`,
			sizes: `${size}x${size}`,
			type: 'image/png',
		})),
		theme_color: '#1d4ed8',
		background_color: '#ffffff',
		display: 'browser',
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'content-type': 'application/manifest+json' },
	});
}
