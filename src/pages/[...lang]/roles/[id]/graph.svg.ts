import type { APIContext } from 'astro';
import { localizedPaths, type RoleView } from '../../../../content';
import { DICTIONARIES, langOf, localePath } from '../../../../i18n';
import { skillGraphSvg } from '../../../../lib/skill-graph-svg';

export function getStaticPaths() {
	return localizedPaths(({ roles }) =>
		roles.map((role) => ({ params: { id: role.id }, props: { role } })),
	);
}

/**
 * A role's skill graph, which its page loads once it is on screen: the graph grows with the roadmap,
 * and the page itself must still arrive in one round trip.
 */
export function GET({ params, props }: APIContext<{ role: RoleView }>) {
	const lang = langOf(params['lang']);
	const svg = skillGraphSvg(props.role.graph, {
		phase: DICTIONARIES[lang].components.skillGraph.phase,
		href: (id) => localePath(lang, `/skills/${id}/`),
	});
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
