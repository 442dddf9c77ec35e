import type { GetStaticPaths } from 'astro';
import { loadCatalog, type RoleView } from '../../../content';
import { formatPayCompact } from '../../../lib/pay';
import { formatMonths } from '../../../lib/roadmap';
import { pngResponse, shareCardPng } from '../../../og';

export const getStaticPaths = (async () => {
	const { roles } = await loadCatalog();
	return roles.map((role) => ({ params: { id: role.id }, props: { role } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { role: RoleView } }) {
	const { tracks } = await loadCatalog();
	const { data } = props.role.entry;
	const track = tracks.find((t) => t.id === data.track)?.data.name ?? data.track;
	// "Top pay" is the highest mid-level US figure, else the highest figure of any kind.
	const top =
		data.pay.find((pay) => pay.region === 'US' && pay.level === 'mid') ??
		data.pay.toSorted((a, b) => b.amount - a.amount)[0];
	return pngResponse(
		await shareCardPng({
			title: data.title,
			kicker: `${track} · career roadmap`,
			facts: [
				`${formatMonths(props.role.months)} to ready`,
				...(top ? [`${formatPayCompact(top)} ${top.level}-level (${top.region})`] : []),
			],
		}),
	);
}
