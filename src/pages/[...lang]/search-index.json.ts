import { loadCatalog } from '../../content';
import { instantFiles } from '../../search-data';
import { langOf, langPaths } from '../../i18n';
import type { APIContext } from 'astro';

export const getStaticPaths = langPaths;

/** The instant search index, fetched when a reader opens search (src/components/search/instant.ts). */
export async function GET({ params }: APIContext) {
	const catalog = await loadCatalog(langOf(params['lang']));
	return new Response(JSON.stringify(instantFiles(catalog).index), {
		headers: { 'Content-Type': 'application/json' },
	});
}
