/**
 * The prerequisite graph over skills: "learn these first". It must have no cycle, or no skill in the
 * cycle could ever be started.
 */

/**
 * Every cycle in the graph, each once, as the path that closes it: ["a", "b", "c", "a"].
 * @param graph - skill id → ids of its prerequisites
 * @returns the cycles found by a depth-first search, in a stable order
 */
export function prerequisiteCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const cycles: string[][] = [];
	const visit = (id: string) => {
		state.set(id, 'open');
		path.push(id);
		for (const next of graph.get(id) ?? []) {
			if (!graph.has(next)) continue;
			const seen = state.get(next);
			if (seen === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
			else if (seen === undefined) visit(next);
		}
		path.pop();
		state.set(id, 'done');
	};
	for (const id of [...graph.keys()].sort()) if (!state.has(id)) visit(id);
	return cycles;
}

/**
 * The message for one cycle: "a → b → c → a: remove one of these".
 * @param cycle - the closing path
 * @returns the message
 */
export function cycleMessage(cycle: readonly string[]): string {
	return `${cycle.join(' → ')}: a skill cannot come before itself. Remove one of these prerequisites`;
}

/**
 * Every skill a skill needs first, nearest first, each once (breadth-first).
 * @param id - the skill
 * @param graph - skill id → ids of its prerequisites
 * @returns the transitive prerequisites in learning order (deepest last)
 */
export function learnFirst(id: string, graph: ReadonlyMap<string, readonly string[]>): string[] {
	const seen = new Set([id]);
	const order: string[] = [];
	let frontier = [id];
	while (frontier.length > 0) {
		const next: string[] = [];
		for (const current of frontier)
			for (const before of graph.get(current) ?? [])
				if (!seen.has(before)) {
					seen.add(before);
					order.push(before);
					next.push(before);
				}
		frontier = next;
	}
	return order;
}
