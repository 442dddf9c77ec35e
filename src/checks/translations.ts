/**
 * Translation rules for the content engine: each file under content/<lang>/ must match its schema,
 * name an English entry that exists and keep that entry's shape. Out-of-date and missing translations
 * are not errors; they are reported per language (`npm run check -- --translations`).
 */
import { join } from 'node:path';
import { TRANSLATED_LANGS, type Lang } from '../i18n/languages.ts';
import { TRANSLATABLE, type GuardRun } from '../guard/files.ts';
import { TRANSLATION_SCHEMAS } from '../schemas/translation.ts';
import { shapeProblems, sourceVersion } from '../lib/translation.ts';
import { readCollection, type ContentFile } from './content-files.ts';

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
 * @param error - where errors go
 * @returns progress per language
 */
export async function checkTranslations(
	dir: string,
	english: Record<(typeof TRANSLATABLE)[number], readonly ContentFile[]>,
	guarded: GuardRun,
	error: Report,
): Promise<TranslationProgress[]> {
	const progress: TranslationProgress[] = [];
	for (const lang of TRANSLATED_LANGS) {
		const state: TranslationProgress = { lang, total: 0, current: [], outdated: [], missing: [] };
		for (const collection of TRANSLATABLE) {
			const sources = new Map(english[collection].map((entry) => [entry.id, entry]));
			const files = await readCollection(join(dir, lang, collection), guarded);
			const done = new Set<string>();
			for (const file of files) {
				const source = sources.get(file.id);
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
				if (shape.length > 0) continue;
				done.add(file.id);
				const now = sourceVersion(collection, source.data as Record<string, unknown>, source.body);
				if (data['sourceVersion'] === now) state.current.push(file.file);
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
