import rss from '@astrojs/rss';
import { loadCatalog } from '../../content';
import { siteConfig } from '../../site.config';
import { DICTIONARIES, LANGUAGES, langOf, langPaths, localePath } from '../../i18n';
import type { APIContext } from 'astro';

export const getStaticPaths = langPaths;

/** Essays as they are published, and roles as they are reviewed, newest first; one feed per language. */
export async function GET({ params }: APIContext) {
	const lang = langOf(params['lang']);
	const t = DICTIONARIES[lang].feed;
	const { essays, roles } = await loadCatalog(lang);
	const items = [
		...essays.map((essay) => ({
			title: essay.data.title,
			description: essay.data.description,
			pubDate: essay.data.updated ?? essay.data.published,
			link: localePath(lang, `/essays/${essay.id}/`),
			categories: [t.essay, ...essay.data.tags],
		})),
		...roles.map((role) => ({
			title: t.roleUpdated(role.entry.data.title),
			description: role.entry.data.tagline,
			pubDate: role.entry.data.updated,
			link: localePath(lang, `/roles/${role.id}/`),
			categories: [t.role],
		})),
	].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
	return rss({
		title: t.title(siteConfig.title),
		description: DICTIONARIES[lang].site.description,
		site: new URL(localePath(lang, '/'), siteConfig.url).href,
		items,
		customData: `<language>${LANGUAGES[lang].locale}</language>`,
	});
}
