/**
 * The skill graph as SVG markup, for the file each role page loads it from (`graph.svg` beside the
 * page). Styled by the page it is placed into (`.graph` in global.css), so it holds no style of its own.
 */
import { NODE_HEIGHT, type SkillGraph } from './skill-graph.ts';

const escape = (text: string) =>
	text.replace(
		/[&<>"]/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
	);

/**
 * The graph's SVG: phase headings, prerequisite arrows, a linked box per skill and its name.
 * @param graph - the laid-out graph
 * @param words - how a phase heading reads, and where a skill's page is, in the page's language
 * @returns a standalone SVG document
 */
export function skillGraphSvg(
	graph: SkillGraph,
	words: { phase: (n: number) => string; href: (id: string) => string },
): string {
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${graph.width} ${graph.height}" width="${graph.width}" height="${graph.height}" aria-hidden="true">`,
		'<defs><marker id="ga" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L6 3L0 6z"/></marker></defs>',
		...graph.columns.map(
			(column) =>
				`<text x="${column.x}" y="14" class="gh">${escape(words.phase(column.phase))}</text>`,
		),
		...graph.edges.map((edge) => `<path d="${escape(edge.path)}" marker-end="url(#ga)"/>`),
		// Out of the tab order: the phases below link every skill for keyboards and screen readers.
		...graph.nodes.map(
			(node) =>
				`<a href="${escape(words.href(node.id))}" tabindex="-1"><rect x="${node.x}" y="${node.y}" width="${node.width}" height="${NODE_HEIGHT}" rx="5"${node.option ? ' class="go"' : ''}/></a>`,
		),
		// Names sit over their boxes but outside the links, and let clicks through to them.
		...graph.nodes.map(
			(node) => `<text x="${node.x + 9}" y="${node.y + 17}" class="gn">${escape(node.name)}</text>`,
		),
		'</svg>',
	];
	return `${parts.join('\n')}\n`;
}
