/**
 * Page weight as a reader's browser downloads it: a page's HTML plus the stylesheets and scripts it
 * links, raw and brotli-compressed. Used by the budget tests and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Bytes of one file, raw and brotli (quality 11, as CDNs serve static files). */
export interface Weight {
	raw: number;
	brotli: number;
}

/** What one page costs. */
export interface PageWeight {
	html: Weight;
	css: Weight;
	/** Scripts the page loads before any interaction, by file name. */
	scripts: Record<string, Weight>;
}

const weigh = (bytes: Buffer | string): Weight => {
	const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
	return {
		raw: buffer.length,
		brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
};

/** "/_astro/Progress.astro_astro_type_script_index_0_lang.PMc6kbTH.js" → "Progress.js" */
const scriptName = (src: string) =>
	(src.split('/').at(-1) ?? src)
		.replace(/\.astro_astro_type_script_index_\d+_lang/, '')
		.replace(/\.[\w-]{8}\.js$/, '.js');

/**
 * The weight of one built page.
 * @param root - the built site folder (dist/)
 * @param path - the page's path, e.g. "/roles/backend-engineer/"
 * @returns HTML, CSS and per-script weights; inline scripts count as "(inline)"
 */
export function pageWeight(root: string, path: string): PageWeight {
	const html = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
	const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
		(m) => readFileSync(join(root, m[1] ?? '')),
	);
	const css = stylesheets.reduce<Weight>(
		(sum, sheet) => {
			const weight = weigh(sheet);
			return { raw: sum.raw + weight.raw, brotli: sum.brotli + weight.brotli };
		},
		{ raw: 0, brotli: 0 },
	);
	const scripts: Record<string, Weight> = {};
	for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attributes = '', body = ''] = match;
		// JSON-LD is data for search engines, not a script that runs.
		if (attributes.includes('application/ld+json')) continue;
		const src = /src="([^"]+)"/.exec(attributes)?.[1];
		if (src) scripts[scriptName(src)] = weigh(readFileSync(join(root, src)));
		else scripts['(inline)'] = weigh(body);
	}
	return { html: weigh(html), css, scripts };
}
