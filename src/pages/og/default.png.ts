import { loadCatalog } from '../../content';
import { pngResponse, shareCardPng } from '../../og';

export async function GET() {
	const { roles, skills } = await loadCatalog();
	return pngResponse(
		await shareCardPng({
			title: 'Know the way into your next role',
			kicker: 'Free, open-source career roadmaps',
			facts: [`${roles.length} roles`, `${skills.size} skills`, 'pay with sources'],
		}),
	);
}
