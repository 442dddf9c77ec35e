import { toolData } from '../../views/api';
import { loadCatalog } from '../../content';

/**
 * The small static file behind the compare and skill-gap tools: every role's skills, months, phases
 * and pay, and every skill's name. Loaded only by the pages that use it.
 */
export async function GET() {
	return new Response(JSON.stringify(toolData(await loadCatalog())), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
