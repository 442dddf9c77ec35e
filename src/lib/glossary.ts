/**
 * A language's glossary as the check reads it: docs/glossary-<lang>.md holds tables whose columns are
 * the English term, the word translations use, and a "Not" column of words that replace it wrongly.
 * The check warns wherever a translation's text uses one of those words.
 */

/** One glossary row: the term, the word to use, and the words to avoid for it. */
export interface GlossaryRule {
	term: string;
	use: string;
	avoid: string[];
}

/** One place where a text uses a word the glossary replaces. */
export interface GlossaryHit {
	/** 0-based index of the line in the text. */
	line: number;
	/** The word as the text has it. */
	found: string;
	rule: GlossaryRule;
}

const cells = (row: string) =>
	row
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((cell) => cell.trim().replace(/`/g, ''));

/**
 * The rules of every table with a "Not" column.
 * @param markdown - the glossary document
 * @returns its rules, in document order
 */
export function parseGlossary(markdown: string): GlossaryRule[] {
	const rules: GlossaryRule[] = [];
	let notColumn = -1;
	for (const line of markdown.split('\n')) {
		if (!line.trim().startsWith('|')) {
			notColumn = -1;
			continue;
		}
		const row = cells(line);
		if (row.every((cell) => /^-+$/.test(cell))) continue;
		if (notColumn === -1) {
			notColumn = row.findIndex((cell) => cell.toLowerCase() === 'not');
			if (notColumn === -1) notColumn = -2;
			continue;
		}
		if (notColumn < 0) continue;
		const avoid = (row[notColumn] ?? '')
			.split(',')
			.map((word) => word.trim())
			.filter(Boolean);
		if (avoid.length > 0) rules.push({ term: row[0] ?? '', use: row[1] ?? '', avoid });
	}
	return rules;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every use of a word the glossary replaces, as a whole word, in the case the glossary writes it.
 * @param text - the translation's text, lines joined by newlines
 * @param rules - the glossary's rules
 * @returns where each avoided word appears
 */
export function glossaryHits(text: string, rules: readonly GlossaryRule[]): GlossaryHit[] {
	const hits: GlossaryHit[] = [];
	const lines = text.split('\n');
	for (const rule of rules)
		for (const word of rule.avoid) {
			// Case as written: "Dataset" is PyTorch's class, "dataset" the word the glossary replaces.
			const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}-])`, 'gu');
			lines.forEach((line, index) => {
				for (const match of line.matchAll(pattern))
					hits.push({ line: index, found: match[0], rule });
			});
		}
	return hits.sort((a, b) => a.line - b.line);
}

/**
 * The warning for one hit.
 * @param hit - where the word was found
 * @param glossary - the glossary's path, to name it
 * @returns e.g. «hoja de ruta»: the glossary (docs/glossary-es.md) says «ruta» for roadmap
 */
export const glossaryMessage = (hit: GlossaryHit, glossary: string): string =>
	`«${hit.found}»: the glossary (${glossary}) says «${hit.rule.use}» for ${hit.rule.term}; use it, or reword`;

/**
 * The lines of a translation file that hold its text: aliases (words readers type, English ones
 * included), its source version, comments and code keep their place but are blanked, so line numbers
 * stay those of the file.
 * @param raw - the file as written
 * @returns the same number of lines, only text left
 */
export function translatedText(raw: string): string {
	let inAliases = false;
	let inCode = false;
	return raw
		.split('\n')
		.map((line) => {
			if (/^(```|~~~)/.test(line.trim())) {
				inCode = !inCode;
				return '';
			}
			if (inCode) return '';
			if (inAliases && /^\s+-|^\s*$/.test(line)) return '';
			inAliases = /^aliases:\s*$/.test(line);
			if (inAliases || /^(aliases|sourceVersion):/.test(line) || /^\s*#/.test(line)) return '';
			return line.replace(/`[^`]*`/g, '');
		})
		.join('\n');
}
