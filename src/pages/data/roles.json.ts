import { toolRole, type ToolData } from '../../api';
import { loadCatalog } from '../../content';

/**
 * The small static file behind the compare and skill-gap tools: every role's skills, months, phases
 * and pay, and every skill's name. Loaded only by the pages that use it.
 */
export async function GET() {
	const { roles, skills } = await loadCatalog();
	const used = new Set(roles.flatMap((role) => role.skills));
	const body: ToolData = {
		roles: roles.map(toolRole),
		skills: Object.fromEntries(
			[...skills].filter(([id]) => used.has(id)).map(([id, skill]) => [id, skill.data.name]),
		),
	};
	return new Response(JSON.stringify(body), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
