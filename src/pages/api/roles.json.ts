import { json, roleSummary } from '../../views/api';
import { loadCatalog } from '../../content';

export async function GET() {
	const catalog = await loadCatalog();
	return json(catalog.roles.map((role) => roleSummary(role, catalog)));
}
