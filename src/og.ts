/**
 * Share images (Open Graph) rendered at build time with resvg and the DejaVu fonts shipped on npm, so
 * the output is the same on every machine. Rendering costs ~20 ms an image, so results are kept in
 * Astro's cache folder by the hash of their SVG: a rebuild only renders cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { shareCardSvg, type ShareCard } from './lib/og-image.ts';
import { printable } from './lib/text-rule.ts';

const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
	require.resolve(`dejavu-fonts-ttf/ttf/${name}`),
);
const CACHE = join(process.env['ROLEMAP_CACHE_DIR'] ?? 'node_modules/.astro', 'og');

/**
 * A share card as PNG bytes, from the cache when the same card was rendered before.
 * @param card - what the image shows
 * @returns the PNG file
 */
export async function shareCardPng(card: ShareCard): Promise<Uint8Array> {
	const svg = shareCardSvg(card);
	const file = join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
	try {
		return await readFile(file);
	} catch {
		let png: Uint8Array;
		try {
			png = new Resvg(svg, {
				font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
			})
				.render()
				.asPng();
		} catch (error) {
			// Name the content the card shows: its title is a track's name or the site's own line.
			throw new Error(
				`The share image titled "${printable(card.title)}" could not be drawn (${error instanceof Error ? error.message : String(error)}): look at the content file that gives it this title`,
				{ cause: error },
			);
		}
		await mkdir(CACHE, { recursive: true });
		await writeFile(file, png);
		return png;
	}
}

/**
 * A PNG response for an endpoint.
 * @param png - the image bytes
 * @returns the response
 */
export function pngResponse(png: Uint8Array): Response {
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/**
 * An icon as PNG bytes: the SVG drawn at a square size (the favicon set).
 * @param svg - a square SVG with no text
 * @param size - width and height in pixels
 * @returns the PNG file
 */
export function iconPng(svg: string, size: number): Uint8Array {
	return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
}
