import type { GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../content';
import { trackCards, type TrackCard } from '../../../views/feeds';
import { formatMonths } from '../../../lib/roadmap';
import { pngResponse, shareCardPng } from '../../../og';

/**
 * One share image per track, used by every role page of that track. A card per role would cost
 * ~20 ms of rendering each (minutes at a few thousand roles, see docs/benchmarks.md); the role's own
 * title and summary travel in its Open Graph title and description, which every preview shows.
 */
export const getStaticPaths = (async () => {
	return trackCards(await loadCatalog()).map((track) => ({
		params: { id: track.id },
		props: { track },
	}));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { track: TrackCard } }) {
	const { months } = props.track;
	const fastest = Math.min(...months);
	const slowest = Math.max(...months);
	return pngResponse(
		await shareCardPng({
			title: props.track.name,
			kicker: 'Career roadmaps with pay, skills and projects',
			facts: [
				`${months.length} ${months.length === 1 ? 'role' : 'roles'}`,
				...(months.length > 0
					? [`${fastest === slowest ? '' : `${fastest}–`}${formatMonths(slowest)} to ready`]
					: []),
			],
		}),
	);
}
