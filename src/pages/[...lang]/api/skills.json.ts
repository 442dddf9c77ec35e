import type { APIContext } from 'astro';
import { json, skillDetail } from '../../../views/api';
import { loadCatalog } from '../../../content';
import { langOf, langPaths } from '../../../i18n';

export const getStaticPaths = langPaths;

/** Every skill, in each language (/api/skills.json, /es/api/skills.json). */
export async function GET({ params }: APIContext) {
	const catalog = await loadCatalog(langOf(params['lang']));
	return json(
		[...catalog.skills.values()].map((skill) => {
			const { roles, ...summary } = skillDetail(skill, catalog);
			return { ...summary, roleCount: new Set(roles.map((role) => role.id)).size };
		}),
	);
}
