import type { APIContext } from 'astro';
import { toolData } from '../../../views/api';
import { loadCatalog } from '../../../content';
import { langOf, langPaths } from '../../../i18n';

export const getStaticPaths = langPaths;

/**
 * The small static file behind the compare and skill-gap tools: every role's skills, months, phases
 * and pay, and every skill's name, in each language (/data/roles.json, /es/data/roles.json). Loaded
 * only by the pages that use it.
 */
export async function GET({ params }: APIContext) {
	return new Response(JSON.stringify(toolData(await loadCatalog(langOf(params['lang'])))), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
