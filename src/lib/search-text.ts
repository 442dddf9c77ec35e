/**
 * Text for the full-text index, and excerpts drawn from it that show what a reader would recognise.
 */
import { words, type Segment } from './instant-search.ts';

/**
 * Markdown as the plain text a reader sees: link targets, emphasis marks, heading and list markers,
 * tags and comments dropped.
 * @param markdown - a Markdown or MDX body
 * @returns its text, one space between words
 */
export function markdownText(markdown: string): string {
	return markdown
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/^\s*(import|export)\s.*$/gm, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
		.replace(/```[^\n]*|[*_~`]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * An excerpt of a result's text around the first word the query matches, with matches marked.
 * Only the first `readableWords` words are used: the other names indexed after them (aliases) are
 * for matching, never for showing.
 * @param content - the indexed text
 * @param readableWords - how many leading words a reader would recognise; the rest are left out
 * @param query - what the reader typed
 * @param length - words in the excerpt
 * @returns the excerpt as segments
 */
export function excerpt(
	content: string,
	readableWords: number,
	query: string,
	length = 30,
): Segment[] {
	const all = content.split(/\s+/).filter(Boolean).slice(0, readableWords);
	const terms = words(query);
	const hits = all.map((word) =>
		words(word).some((part) => terms.some((term) => part.startsWith(term))),
	);
	const first = hits.indexOf(true);
	const start = first < 0 ? 0 : Math.max(0, Math.min(first - 8, all.length - length));
	const segments: Segment[] = [];
	for (let i = start; i < Math.min(all.length, start + length); i++) {
		const text = `${i > start ? ' ' : ''}${all[i] ?? ''}`;
		const last = segments.at(-1);
		if (hits[i]) {
			if (i > start) segments.push({ text: ' ' });
			segments.push({ text: all[i] ?? '', mark: true });
		} else if (last && !last.mark) last.text += text;
		else segments.push({ text });
	}
	if (start > 0) segments.unshift({ text: '… ' });
	if (start + length < all.length) segments.push({ text: ' …' });
	return segments;
}
