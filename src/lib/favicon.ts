/**
 * The favicon set, drawn from the one logo SVG (src/assets/logo.svg): sizes, the opaque variant
 * Apple's home screen wants, and the ICO file browsers ask for at /favicon.ico.
 */

/** Square PNG icons: Android and the web manifest ask for 192 and 512; 32 goes inside favicon.ico. */
export const ICON_SIZES = [32, 192, 512] as const;

/**
 * The header's logo, drawn at 28 CSS pixels from a PNG three times that size: a raster image is
 * decoded off the page's main thread, where an SVG image is a document of its own to parse and lay out.
 */
export const HEADER_LOGO = { size: 28, pixels: 84 } as const;

/** Apple's home-screen icon size. */
export const APPLE_TOUCH_SIZE = 180;

/**
 * The logo without its rounded corners: iOS rounds home-screen icons itself and fills transparent
 * corners with black.
 * @param svg - the logo
 * @returns the logo on a square background
 */
export function squareLogo(svg: string): string {
	return svg.replace(/ rx="[\d.]+"/, '');
}

/**
 * An ICO file holding one PNG image (every browser since 2010 reads PNG inside ICO).
 * @param png - the image bytes
 * @param size - its width and height in pixels, at most 256
 * @returns the .ico bytes
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
	const header = new DataView(new ArrayBuffer(6 + 16));
	header.setUint16(2, 1, true); // type: icon
	header.setUint16(4, 1, true); // one image
	header.setUint8(6, size % 256); // width; 0 means 256
	header.setUint8(7, size % 256); // height
	header.setUint16(10, 1, true); // colour planes
	header.setUint16(12, 32, true); // bits per pixel
	header.setUint32(14, png.length, true); // image size
	header.setUint32(18, 6 + 16, true); // image offset
	const ico = new Uint8Array(6 + 16 + png.length);
	ico.set(new Uint8Array(header.buffer), 0);
	ico.set(png, 6 + 16);
	return ico;
}

/**
 * The installed app's colours in each scheme: the title bar (`theme`) and the splash screen behind
 * the icon (`background`), matching the page colours in src/styles/global.css.
 */
export const APP_COLOURS = {
	light: { theme: '#1d4ed8', background: '#ffffff' },
	dark: { theme: '#0f1115', background: '#0f1115' },
} as const;
