/**
 * Fetching the instant index in the browser, for the page (instant.ts) and for the search page's
 * worker (instant-worker.ts) alike: its first file, then the files of further roles a large
 * catalogue has (see splitRoles).
 */
import { addRoles, type InstantIndex, type InstantShard } from '../../lib/instant-search';

/**
 * The index's first file.
 * @param path - /search-index.json, or its path in another language (/es/search-index.json)
 * @returns the index, without the roles of further files
 * @throws Error naming the HTTP status when the file cannot be had
 */
export async function fetchInstantIndex(path: string): Promise<InstantIndex> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
	return (await response.json()) as InstantIndex;
}

/**
 * Fetches the further files side by side and adds each one's roles in order as soon as it can. Offline,
 * a file that never came leaves the roles the others hold.
 * @param index - the first file, as fetched from `path`
 * @param path - where it was fetched; the further files are beside it (/search-index-1.json …)
 * @param added - called each time a file's roles have been added
 * @returns the index once every file has arrived or failed
 */
export async function addRoleFiles(
	index: InstantIndex,
	path: string,
	added: () => void = () => {},
): Promise<InstantIndex> {
	const files = Array.from({ length: index.shards ?? 0 }, (_, n) =>
		fetch(path.replace(/\.json$/, `-${n + 1}.json`)).then((response) =>
			response.ok ? (response.json() as Promise<InstantShard>) : undefined,
		),
	);
	for (const file of files) {
		const shard = await file.catch(() => undefined);
		if (!shard) continue;
		addRoles(index, shard.roles);
		added();
	}
	return index;
}
