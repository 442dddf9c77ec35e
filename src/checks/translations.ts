/**
 * Translation rules for the content engine: each file under content/<lang>/ must match its schema,
 * name an English entry that exists and keep that entry's shape. Out-of-date and missing translations
 * are not errors; they are reported per language (`npm run check -- --translations`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TRANSLATED_LANGS, type Lang } from '../i18n/languages.ts';
import { TRANSLATABLE, type GuardRun } from '../guard/files.ts';
import { TRANSLATION_SCHEMAS } from '../registry.ts';
import { parseBody } from '../guard/markdown.ts';
import { bodyLinks, linkProblems, shapeProblems, sourceVersion } from '../lib/translation.ts';
import { readCollection, type ContentFile } from './content-files.ts';
import {
	glossaryHits,
	glossaryMessage,
	parseGlossary,
	translatedText,
	type GlossaryRule,
} from '../lib/glossary.ts';

/** How far one language has got. */
export interface TranslationProgress {
	lang: Lang;
	/** English entries that can be translated. */
	total: number;
	/** Translations whose English has not changed since. */
	current: string[];
	/** Translations made from an older English text: "content/es/roles/x.md (English is now 3f9a1c2e)". */
	outdated: string[];
	/** English entries with no translation: "roles/x". */
	missing: string[];
}

type Report = (file: string, line: number, field: string, message: string) => void;

/** An English entry that exists but cannot be used: refused by the content guard, or invalid. */
export interface Unusable {
	file: string;
	reason: 'refused' | 'invalid';
}

/** The links and images a body renders; none when it cannot be read (the guard says why). */
function linksOf(file: ContentFile) {
	try {
		return bodyLinks(parseBody(file.body, file.file.endsWith('.mdx') ? 'mdx' : 'md'));
	} catch {
		return [];
	}
}

const fieldName = (path: readonly (string | number)[]) =>
	path.reduce<string>(
		(name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
		'',
	);

/**
 * Checks every translation against its English entry.
 * @param dir - the content folder
 * @param english - the valid English entries by collection
 * @param guarded - the content guard's run over the folder (refused files are not read, accepted
 *   YAML is not parsed again)
 * @param report - where errors and warnings go, and the English entries that exist but were refused
 *   or are invalid (their translations are not compared with them, and not told they do not exist)
 * @returns progress per language
 */
export async function checkTranslations(
	dir: string,
	english: Record<(typeof TRANSLATABLE)[number], readonly ContentFile[]>,
	guarded: GuardRun,
	report: {
		error: Report;
		warning: Report;
		unusable?: Partial<Record<(typeof TRANSLATABLE)[number], ReadonlyMap<string, Unusable>>>;
	},
): Promise<TranslationProgress[]> {
	const { error, warning } = report;
	const progress: TranslationProgress[] = [];
	for (const lang of TRANSLATED_LANGS) {
		const state: TranslationProgress = { lang, total: 0, current: [], outdated: [], missing: [] };
		const glossary = `docs/glossary-${lang}.md`;
		const rules: GlossaryRule[] = parseGlossary(await readFile(glossary, 'utf8').catch(() => ''));
		for (const collection of TRANSLATABLE) {
			const sources = new Map(english[collection].map((entry) => [entry.id, entry]));
			const files = await readCollection(join(dir, lang, collection), guarded);
			const done = new Set<string>();
			for (const file of files) {
				const source = sources.get(file.id);
				const broken = report.unusable?.[collection]?.get(file.id);
				if (!source && broken) {
					// The English file has its own findings; this one only says why it was not compared.
					const result = TRANSLATION_SCHEMAS[collection].safeParse(file.data);
					for (const issue of result.success ? [] : result.error.issues)
						error(
							file.file,
							file.lineOf(issue.path),
							fieldName(issue.path as (string | number)[]) || '(file)',
							issue.message,
						);
					warning(
						file.file,
						1,
						'(file)',
						`not compared with its English entry: ${broken.file} ${broken.reason === 'refused' ? 'was refused by the content guard' : 'is invalid'} (see its own errors). Fix that file, then check again`,
					);
					continue;
				}
				if (!source) {
					error(
						file.file,
						1,
						'(file)',
						`translates nothing: there is no English ${collection} entry "${file.id}". Name the file after the English file it translates (content/${collection}/<id>)`,
					);
					continue;
				}
				const result = TRANSLATION_SCHEMAS[collection].safeParse(file.data);
				if (!result.success) {
					for (const issue of result.error.issues)
						error(
							file.file,
							file.lineOf(issue.path),
							fieldName(issue.path as (string | number)[]) || '(file)',
							issue.message,
						);
					continue;
				}
				const data = result.data as Record<string, unknown>;
				const shape = shapeProblems(collection, source.data as Record<string, unknown>, data);
				for (const problem of shape)
					error(file.file, file.lineOf(problem.path), fieldName(problem.path), problem.message);
				if (source.body.trim() && !file.body.trim())
					error(
						file.file,
						1,
						'(body)',
						'the body is empty: write the translation of the English body below the closing --- line',
					);
				const now = sourceVersion(collection, source.data as Record<string, unknown>, source.body);
				const current = data['sourceVersion'] === now;
				if (file.body.trim() || !source.body.trim())
					for (const problem of linkProblems(lang, linksOf(source), linksOf(file), current))
						error(file.file, problem.line, '(body)', problem.message);
				// Words the glossary replaces: warnings, at their line.
				if (rules.length > 0) {
					for (const hit of glossaryHits(translatedText(file.text), rules))
						warning(file.file, hit.line + 1, '(text)', glossaryMessage(hit, glossary));
				}
				if (shape.length > 0) continue;
				done.add(file.id);
				if (current) state.current.push(file.file);
				else
					state.outdated.push(
						`${file.file} (made from ${String(data['sourceVersion'])}; the English is now ${now})`,
					);
			}
			state.total += sources.size;
			for (const id of sources.keys())
				if (!done.has(id) && !files.some((file) => file.id === id))
					state.missing.push(`${collection}/${id}`);
		}
		progress.push(state);
	}
	return progress;
}

/**
 * The `--translations` report: per language, the share translated, then every outdated and missing
 * translation.
 * @param progress - from checkTranslations
 * @returns lines to print
 */
export function translationReport(progress: readonly TranslationProgress[]): string[] {
	return progress.flatMap((state) => {
		const translated = state.current.length + state.outdated.length;
		const share = state.total === 0 ? 100 : Math.round((translated / state.total) * 1000) / 10;
		return [
			`${state.lang}: ${translated} of ${state.total} entries translated (${share}%), ${state.current.length} up to date, ${state.outdated.length} outdated, ${state.missing.length} missing`,
			...state.outdated.map((line) => `  outdated  ${line}`),
			...state.missing.map((id) => `  missing   ${id}`),
		];
	});
}
