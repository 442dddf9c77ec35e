import type { APIContext } from 'astro';
import { json, roleSummary } from '../../../views/api';
import { loadCatalog } from '../../../content';
import { langOf, langPaths } from '../../../i18n';

export const getStaticPaths = langPaths;

/** Every role, in each language (/api/roles.json, /es/api/roles.json). */
export async function GET({ params }: APIContext) {
	const catalog = await loadCatalog(langOf(params['lang']));
	return json(catalog.roles.map((role) => roleSummary(role, catalog)));
}
