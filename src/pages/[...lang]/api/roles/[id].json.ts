import type { APIContext } from 'astro';
import { json, roleDetail } from '../../../../views/api';
import { loadCatalog, localizedPaths, type RoleView } from '../../../../content';
import { langOf } from '../../../../i18n';

export const getStaticPaths = () =>
	localizedPaths(({ roles }) =>
		roles.map((role) => ({ params: { id: role.id }, props: { role } })),
	);

/** One role in full, in each language (/api/roles/<id>.json, /es/api/roles/<id>.json). */
export async function GET({ params, props }: APIContext<{ role: RoleView }>) {
	return json(roleDetail(props.role, await loadCatalog(langOf(params['lang']))));
}
