import { json, skillDetail } from '../../views/api';
import { loadCatalog } from '../../content';

export async function GET() {
	const catalog = await loadCatalog();
	return json(
		[...catalog.skills.values()].map((skill) => {
			const { roles, ...summary } = skillDetail(skill, catalog);
			return { ...summary, roleCount: new Set(roles.map((role) => role.id)).size };
		}),
	);
}
