/**
 * The glossary check: a translation that uses a word the glossary replaces is warned at its line, with
 * the word to use; aliases, code and words in another case are left alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	glossaryHits,
	glossaryMessage,
	parseGlossary,
	translatedText,
} from '../../src/lib/glossary';

const rules = parseGlossary(readFileSync('docs/glossary-es.md', 'utf8'));

describe('the Spanish glossary as the check reads it', () => {
	test('takes every row with words in its Not column, and only those', () => {
		const roadmap = rules.find((rule) => rule.use === 'ruta');
		expect(roadmap?.avoid).toEqual(['hoja de ruta']);
		expect(rules.find((rule) => rule.use === 'horas a la semana')?.avoid).toEqual([
			'horas por semana',
		]);
		// Words right in another sense are not warned about.
		expect(rules.flatMap((rule) => rule.avoid)).not.toContain('rol');
		expect(rules.some((rule) => rule.use === 'proyecto')).toBe(false);
	});

	test('warns at the line of each word it replaces, naming the word to use', () => {
		const text = [
			'title: "Tu hoja de ruta"',
			'summary: "Dedica 10 horas por semana a un dataset."',
			'body: "Los datasets y un Dataset de PyTorch."',
		].join('\n');
		const hits = glossaryHits(text, rules);
		expect(hits.map((hit) => [hit.line, hit.found])).toEqual([
			[0, 'hoja de ruta'],
			[1, 'horas por semana'],
			[1, 'dataset'],
			[2, 'datasets'],
		]);
		const [first] = hits;
		if (!first) throw new Error('no hit');
		expect(glossaryMessage(first, 'docs/glossary-es.md')).toBe(
			"«hoja de ruta»: the glossary (docs/glossary-es.md) says «ruta» for roadmap (a role's phased plan); use it, or reword",
		);
	});

	test('leaves aliases, the source version, comments and code alone, keeping line numbers', () => {
		const yaml = [
			'sourceVersion: "abc12345"',
			'aliases:',
			'  - dataset',
			'  - senior',
			'description: Un conjunto de datos.',
			'# senior',
			'topics:',
			'  - "`senior` en código, y un senior"',
		].join('\n');
		const text = translatedText(yaml);
		expect(text.split('\n')).toHaveLength(8);
		expect(glossaryHits(text, rules).map((hit) => [hit.line, hit.found])).toEqual([[7, 'senior']]);
		const fenced = translatedText('Texto\n```\nun dataset\n```\nun dataset');
		expect(glossaryHits(fenced, rules).map((hit) => hit.line)).toEqual([4]);
	});
});
