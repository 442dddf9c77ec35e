/** What a share image shows. */
export interface ShareCard {
	title: string;
	kicker: string;
	facts: string[];
}

/**
 * Text as XML character data: markup characters escaped, and any character XML 1.0 cannot carry
 * (controls, U+FFFE/U+FFFF, lone surrogates) dropped. Content never holds one (the text rule in
 * src/lib/text-rule.ts refuses them at check and build); this keeps the SVG well-formed whatever
 * text reaches it, so drawing a card cannot fail on its text.
 * @param text - any text
 * @returns the text, safe inside an SVG element
 */
export const escapeXml = (text: string) =>
	text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(
			/[<>&"']/g,
			(char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char] ?? ''};`,
		);

/**
 * Splits a title into lines of at most `width` characters, breaking between words.
 * @param text - the title
 * @param width - characters per line
 * @returns the lines
 */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * The 1200×630 share image as SVG: site name, a kicker line, a title and key facts.
 * @param card - what to show
 * @returns SVG markup
 */
export function shareCardSvg(card: ShareCard): string {
	const lines = wrap(card.title, 22).slice(0, 3);
	const titleSize = lines.length > 2 ? 72 : 84;
	const title = lines
		.map(
			(line, i) =>
				`<text x="80" y="${270 + i * (titleSize + 12)}" font-size="${titleSize}" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`,
		)
		.join('');
	const facts = `<text x="80" y="540" font-size="34" fill="#dbe4ff">${escapeXml(card.facts.join('  ·  '))}</text>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans">
<rect width="1200" height="630" fill="#1d4ed8"/>
<rect x="0" y="600" width="1200" height="30" fill="#1e3a8a"/>
<text x="80" y="110" font-size="36" font-weight="bold" fill="#ffffff">Rolemap</text>
<text x="80" y="160" font-size="32" fill="#dbe4ff">${escapeXml(card.kicker)}</text>
${title}${facts}
</svg>`;
}
