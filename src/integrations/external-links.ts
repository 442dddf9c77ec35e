import { defineHastPlugin } from 'satteri';
import { externalRel, isExternal } from '../lib/external-links.ts';

/**
 * Marks links that leave the site in Markdown and MDX bodies as they compile (a Sätteri hast step in
 * astro.config.mjs); components use ExternalLink.astro for theirs.
 * @param siteOrigin - the site's own origin
 * @returns the plugin
 */
export function externalLinks(siteOrigin: string) {
	return defineHastPlugin({
		name: 'rolemap-external-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string' || !isExternal(href, siteOrigin)) return;
				const rel = node.properties['rel'];
				ctx.setProperty(
					node,
					'rel',
					externalRel(Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel : []),
				);
			},
		},
	});
}
