import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A built page, parsed.
 * @param outDir - the build's output folder
 * @param path - the URL path, e.g. "/roles/backend-engineer/"
 * @returns the document root
 */
export async function page(outDir: string, path: string): Promise<HTMLElement> {
	const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
	return parse(await readFile(file, 'utf8'));
}

/**
 * Text as a reader sees it: blocks separated by a space, whitespace collapsed.
 * @param element - any element
 * @returns its visible text on one line
 */
export function text(element: HTMLElement | null | undefined): string {
	return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The section introduced by the heading with this id.
 * @param root - the document
 * @param headingId - id of the section's h2
 * @returns the section element
 */
export function section(root: HTMLElement, headingId: string): HTMLElement {
	const found = root.querySelector(`section[aria-labelledby="${headingId}"]`);
	if (!found) throw new Error(`no section labelled by #${headingId}`);
	return found;
}
