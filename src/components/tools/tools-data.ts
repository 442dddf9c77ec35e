/** The reader tools' data, typed by the serialiser that writes /data/roles.json. */
import type { ToolData, ToolRole } from '../../views/api';

export type { ToolData, ToolRole };

let data: Promise<ToolData> | undefined;

/**
 * The reader tools' data, fetched once per page.
 * @returns roles and skill names
 */
export function loadToolData(): Promise<ToolData> {
	data ??= fetch('/data/roles.json').then(async (response) => {
		if (!response.ok) throw new Error(`Could not load role data (${response.status})`);
		return (await response.json()) as ToolData;
	});
	// A failed fetch (offline, say) is tried again at the next call.
	data.catch(() => (data = undefined));
	return data;
}

/**
 * An element with text, for building results without innerHTML.
 * @param tag - the element name
 * @param text - its text
 * @param className - its classes
 * @returns the element
 */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	className = '',
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text) node.textContent = text;
	if (className) node.className = className;
	return node;
}
