import { loadCatalog } from '../../content';
import { instantIndex } from '../../search-data';

/** The instant search index, fetched when a reader opens search (src/scripts/search-dialog.ts). */
export async function GET() {
	return new Response(JSON.stringify(instantIndex(await loadCatalog())), {
		headers: { 'Content-Type': 'application/json' },
	});
}
