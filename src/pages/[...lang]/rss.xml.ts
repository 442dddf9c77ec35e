import rss from '@astrojs/rss';
import { loadCatalog } from '../../content';
import { feedEntries } from '../../views/feeds';
import { siteConfig } from '../../site.config';
import { DICTIONARIES, LANGUAGES, langOf, langPaths, localePath } from '../../i18n';
import type { APIContext } from 'astro';

export const getStaticPaths = langPaths;

/** Essays as they are published, and roles as they are reviewed, newest first; one feed per language. */
export async function GET({ params }: APIContext) {
	const lang = langOf(params['lang']);
	const t = DICTIONARIES[lang].feed;
	const items = feedEntries(await loadCatalog(lang)).map((entry) =>
		entry.kind === 'essay'
			? {
					title: entry.title,
					description: entry.description,
					pubDate: entry.date,
					link: localePath(lang, `/essays/${entry.id}/`),
					categories: [t.essay, ...entry.tags],
				}
			: {
					title: t.roleUpdated(entry.title),
					description: entry.description,
					pubDate: entry.date,
					link: localePath(lang, `/roles/${entry.id}/`),
					categories: [t.role],
				},
	);
	return rss({
		title: t.title(siteConfig.title),
		description: DICTIONARIES[lang].site.description,
		site: new URL(localePath(lang, '/'), siteConfig.url).href,
		items,
		customData: `<language>${LANGUAGES[lang].locale}</language>`,
	});
}
