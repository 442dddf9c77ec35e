import { loadCatalog } from '../../content';
import { instantFiles } from '../../search-data';
import { langOf, langPaths } from '../../i18n';
import type { APIContext } from 'astro';

/** One file per further share of roles; a catalogue that fits in /search-index.json has none. */
export async function getStaticPaths() {
	const paths = [];
	for (const { params } of langPaths()) {
		const { shards } = instantFiles(await loadCatalog(langOf(params.lang)));
		for (let shard = 1; shard <= shards.length; shard++)
			paths.push({ params: { ...params, shard: String(shard) } });
	}
	return paths;
}

/** Roles the first file leaves out, fetched once it has answered (src/components/search/instant.ts). */
export async function GET({ params }: APIContext) {
	const { shards } = instantFiles(await loadCatalog(langOf(params['lang'])));
	return new Response(JSON.stringify(shards[Number(params['shard']) - 1]), {
		headers: { 'Content-Type': 'application/json' },
	});
}
