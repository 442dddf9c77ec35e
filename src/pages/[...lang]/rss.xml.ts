import rss from '@astrojs/rss';
import { loadCatalog } from '../../content';
import { siteConfig } from '../../site.config';

/** Essays as they are published, and roles as they are reviewed, newest first. */
export async function GET() {
	const { essays, roles } = await loadCatalog();
	const items = [
		...essays.map((essay) => ({
			title: essay.data.title,
			description: essay.data.description,
			pubDate: essay.data.updated ?? essay.data.published,
			link: `/essays/${essay.id}/`,
			categories: ['essay', ...essay.data.tags],
		})),
		...roles.map((role) => ({
			title: `Roadmap updated: ${role.entry.data.title}`,
			description: role.entry.data.tagline,
			pubDate: role.entry.data.updated,
			link: `/roles/${role.id}/`,
			categories: ['role'],
		})),
	].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
	return rss({
		title: `${siteConfig.title}: essays and roadmap updates`,
		description: siteConfig.description,
		site: siteConfig.url,
		items,
	});
}
