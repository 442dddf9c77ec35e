/**
 * The skill graph of one roadmap, laid out at build time: one column per phase, the phase's skills
 * stacked in it, prerequisite edges between them. Within a column, skills are ordered by the mean
 * position of their prerequisites (the barycentre heuristic of layered graph drawing), which keeps
 * most edges short and uncrossed. dagre was tried first and measured at 12–56 ms a role with pictures
 * 900–1,800 px wide; this layout takes microseconds and fits four phases in about 700 px.
 */

/** One skill of the roadmap, where the picture draws it. */
export interface GraphNode {
	id: string;
	name: string;
	/** 1-based phase number. */
	phase: number;
	/** True when the skill is one option of a "pick one" group. */
	option: boolean;
	x: number;
	y: number;
	width: number;
}

/** A prerequisite edge: `from` should be learnt before `to`. */
export interface GraphEdge {
	from: string;
	to: string;
	/** SVG path data, in the picture's coordinates. */
	path: string;
}

/** The laid-out picture. */
export interface SkillGraph {
	width: number;
	height: number;
	/** x of each phase's column, for its heading. */
	columns: { phase: number; x: number; width: number }[];
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export const NODE_HEIGHT = 26;
export const HEADER_HEIGHT = 22;
const ROW = NODE_HEIGHT + 8;
const GAP = 36;
const CHAR_WIDTH = 7;
const PADDING = 18;

/**
 * Lays out a roadmap's skill graph.
 * @param phases - each phase's skills; a one-of group lists its options
 * @param prerequisites - skill id → ids that should come first (only those in the roadmap are drawn)
 * @param names - skill id → display name
 * @returns nodes, edges and column positions, and the picture's size
 */
export function layoutSkillGraph(
	phases: readonly { skills: readonly (string | { readonly oneOf: readonly string[] })[] }[],
	prerequisites: ReadonlyMap<string, readonly string[]>,
	names: ReadonlyMap<string, string>,
): SkillGraph {
	const seen = new Set<string>();
	const columns = phases.map((phase, index) =>
		phase.skills.flatMap((item) => {
			const option = typeof item !== 'string';
			const ids = option ? item.oneOf : [item];
			return ids
				.filter((id) => !seen.has(id) && (seen.add(id), true))
				.map((id) => ({ id, option, phase: index + 1, name: names.get(id) ?? id }));
		}),
	);
	const rowOf = new Map<string, number>();
	const nodes: GraphNode[] = [];
	let x = 0;
	const columnBoxes: SkillGraph['columns'] = [];
	for (const column of columns) {
		// Barycentre of each skill's prerequisites already placed; skills without any keep their order.
		const keyed = column.map((skill, index) => {
			const rows = (prerequisites.get(skill.id) ?? []).flatMap((id) => rowOf.get(id) ?? []);
			return { skill, key: rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : index };
		});
		keyed.sort((a, b) => a.key - b.key);
		const width = Math.max(
			...column.map((skill) => Math.round(skill.name.length * CHAR_WIDTH + PADDING)),
			60,
		);
		keyed.forEach(({ skill }, row) => {
			rowOf.set(skill.id, row);
			nodes.push({ ...skill, x, y: HEADER_HEIGHT + row * ROW, width });
		});
		columnBoxes.push({ phase: columnBoxes.length + 1, x, width });
		x += width + GAP;
	}
	const at = new Map(nodes.map((node) => [node.id, node]));
	const edges: GraphEdge[] = [];
	for (const node of nodes) {
		for (const before of prerequisites.get(node.id) ?? []) {
			const from = at.get(before);
			if (!from || from === node) continue;
			const y1 = from.y + NODE_HEIGHT / 2;
			const y2 = node.y + NODE_HEIGHT / 2;
			let path: string;
			if (from.phase === node.phase) {
				// Same column: a loop out to the right and back.
				const right = from.x + from.width;
				path = `M${right} ${y1}C${right + 16} ${y1} ${right + 16} ${y2} ${right} ${y2}`;
			} else {
				const x1 = from.x + from.width;
				const x2 = node.x;
				const mid = Math.round((x1 + x2) / 2);
				path = `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`;
			}
			edges.push({ from: before, to: node.id, path });
		}
	}
	const height = HEADER_HEIGHT + Math.max(...columns.map((column) => column.length), 1) * ROW;
	return { width: Math.max(x - GAP + 18, 0), height, columns: columnBoxes, nodes, edges };
}
