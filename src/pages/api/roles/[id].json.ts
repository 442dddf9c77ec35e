import type { GetStaticPaths } from 'astro';
import { json, roleDetail } from '../../../views/api';
import { loadCatalog, type RoleView } from '../../../content';

export const getStaticPaths = (async () => {
	const { roles } = await loadCatalog();
	return roles.map((role) => ({ params: { id: role.id }, props: { role } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { role: RoleView } }) {
	return json(roleDetail(props.role, await loadCatalog()));
}
