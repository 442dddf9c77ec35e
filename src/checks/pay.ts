/**
 * Pay rules that need the register and the roles together: every citation names a release and an
 * occupation in it, the level a role shows is the release's population, a newer edition of a series
 * supersedes older ones, and old figures are flagged. `npm run check -- --pay` prints the same facts
 * role by role (payReport).
 */
import { join } from 'node:path';
import { closestIds } from '../lib/references.ts';
import { findFigure, formatPeriod, occupationKeys } from '../lib/pay.ts';
import { RESEARCH_NOTE, SourceSchema, type Source } from '../schemas/source.ts';
import { RoleSchema, type Role } from '../schemas/role.ts';
import { today } from '../schemas/common.ts';
import { siteConfig } from '../site.config.ts';
import { readCollection, type ContentFile } from './content-files.ts';

type Report = (file: string, line: number, field: string, message: string) => void;

interface Entry<T> extends ContentFile {
	data: T;
}

/** The checked entries the pay rules read: roles and sources that passed their schemas. */
export interface PayInput {
	roles?: readonly ContentFile[] | undefined;
	sources?: readonly ContentFile[] | undefined;
}

/** "May 2024" or "2024": a source's edition as a reader would say it. */
const edition = (source: Source) => formatPeriod(source.period);

/**
 * For each source, the newer edition of its series in the register, if any (one series id, however
 * the publisher's name is spelt).
 * @param sources - the register
 * @returns for each source id, the id of a newer edition of its series, when there is one
 */
export function supersededBy(sources: readonly Entry<Source>[]): Map<string, Entry<Source>> {
	const newest = new Map<string, Entry<Source>>();
	for (const source of sources) {
		const key = source.data.series;
		const best = newest.get(key);
		if (
			!best ||
			source.data.period > best.data.period ||
			(source.data.period === best.data.period &&
				(source.data.published?.getTime() ?? 0) > (best.data.published?.getTime() ?? 0))
		)
			newest.set(key, source);
	}
	const result = new Map<string, Entry<Source>>();
	for (const source of sources) {
		const best = newest.get(source.data.series);
		if (best && best.id !== source.id && best.data.period > source.data.period)
			result.set(source.id, best);
	}
	return result;
}

/**
 * Runs the pay rules.
 * @param input - roles and sources that passed their schemas
 * @param error - reports an error
 * @param warning - reports a warning
 */
export function checkPay(input: PayInput, error: Report, warning: Report): void {
	const roles = (input.roles ?? []) as readonly Entry<Role>[];
	const sources = (input.sources ?? []) as readonly Entry<Source>[];
	const byId = new Map(sources.map((source) => [source.id, source]));
	const newer = supersededBy(sources);
	const cited = new Set<string>();
	const now = today().getUTCFullYear();
	const { payMaxAgeYears } = siteConfig.freshness;

	for (const role of roles) {
		// A role reviewed after its figures were last read in their sources says more than it knows.
		const checks = role.data.pay.flatMap((pay) => {
			const checked = byId.get(pay.source)?.data.checked;
			return checked ? [{ source: pay.source, checked }] : [];
		});
		const stale = checks.find(({ checked }) => checked < role.data.updated);
		if (stale)
			warning(
				role.file,
				role.lineOf(['updated']),
				'updated',
				`reviewed ${role.data.updated.toISOString().slice(0, 10)}, but ${stale.source} was last read in its source on ${stale.checked.toISOString().slice(0, 10)}: re-read its figures and set checked in content/sources/${stale.source}.yaml, or keep updated no later than that`,
			);
		const shown = new Map<string, number>();
		role.data.pay.forEach((pay, i) => {
			const field = `pay[${i}]`;
			const source = byId.get(pay.source);
			if (pay.reason) {
				const note = RESEARCH_NOTE.exec(pay.reason);
				if (note)
					error(
						role.file,
						role.lineOf(['pay', i, 'reason']),
						`${field}.reason`,
						`reads like a research note ("${note[0]}"): readers and the API see this text. Keep research notes in docs/pay-sources.md`,
					);
			}
			if (!source) {
				const close = closestIds(pay.source, byId.keys());
				const offer = close.length ? close : [...byId.keys()].slice(0, 5);
				error(
					role.file,
					role.lineOf(['pay', i, 'source']),
					`${field}.source`,
					`no source "${pay.source}" in content/sources/${offer.length ? `: did you mean ${offer.join(', ')}?` : ': add the release as content/sources/<publisher>-<series>-<edition>.yaml'}`,
				);
				return;
			}
			cited.add(source.id);
			const figure = findFigure(source.data, pay.occupation);
			if (!figure) {
				const names = source.data.figures.map((figure) =>
					figure.occupation.code
						? `"${figure.occupation.code}" (${figure.occupation.name})`
						: `"${figure.occupation.name}"`,
				);
				const keys = source.data.figures.flatMap((figure) => occupationKeys(figure.occupation));
				const close = closestIds(pay.occupation.toLowerCase(), keys);
				error(
					role.file,
					role.lineOf(['pay', i, 'occupation']),
					`${field}.occupation`,
					`${source.file} has no occupation "${pay.occupation}"${close.length ? ` (closest: ${close.map((key) => `"${key}"`).join(', ')})` : ''}: cite one it lists by code or name: ${names.join(', ')}`,
				);
				return;
			}
			const { level, band } = source.data.population;
			if (pay.level && pay.level !== level)
				error(
					role.file,
					role.lineOf(['pay', i, 'level']),
					`${field}.level`,
					`level says ${pay.level}, but ${source.file} covers ${level === 'all' ? 'all levels' : `${level} (${band ?? ''})`}: the level comes from the source's population. Remove level, or cite a source that measures ${pay.level}`,
				);
			const key = `${figure.region} ${level}`;
			const twin = shown.get(key);
			if (twin !== undefined)
				error(
					role.file,
					role.lineOf(['pay', i]),
					field,
					`pay[${twin}] already shows a ${level === 'all' ? 'figure over all levels' : `${level} figure`} for ${figure.region}: keep one per region and level, the newest and best-sourced`,
				);
			else shown.set(key, i);
			const next = newer.get(source.id);
			if (next)
				warning(
					role.file,
					role.lineOf(['pay', i, 'source']),
					`${field}.source`,
					`${source.id} (${edition(source.data)}) is superseded by ${next.id} (${edition(next.data)}) in the register: cite the newer edition${findFigure(next.data, pay.occupation) ? '' : `, after adding "${pay.occupation}" to ${next.file}`}`,
				);
			const year = Number(source.data.period.slice(0, 4));
			if (now - year > payMaxAgeYears)
				warning(
					role.file,
					role.lineOf(['pay', i, 'source']),
					`${field}.source`,
					`this ${figure.region} figure describes ${year}, more than ${payMaxAgeYears} years ago: add the publisher's newer edition to content/sources/ and cite it, or say in docs/pay-sources.md that it publishes nothing newer`,
				);
		});
	}
	for (const source of sources) {
		source.data.figures.forEach((figure, index) => {
			if (!amountForms(figure.amount).some((form) => figure.quote.includes(form)))
				warning(
					source.file,
					source.lineOf(['figures', index, 'quote']),
					`figures[${index}].quote`,
					`the quote does not state ${figure.amount}: copy the sentence or table row that gives the figure, so a reviewer can check it against the source`,
				);
		});
		if (!cited.has(source.id) && !newer.has(source.id))
			warning(
				source.file,
				1,
				'(file)',
				'no role cites this source: cite one of its figures in a role, or delete the file',
			);
	}
}

/**
 * The ways a source may write an amount: 133080 · 133,080 · 1,33,080 · 133.080 · 133 080 · 16.8 lakh.
 * @param amount - the annual amount
 * @returns the written forms
 */
export function amountForms(amount: number): string[] {
	return [
		String(amount),
		amount.toLocaleString('en-US'),
		amount.toLocaleString('en-IN'),
		amount.toLocaleString('de-DE'),
		amount.toLocaleString('fr-FR').replace(/\s/g, ' '),
		`${amount / 100_000} lakh`,
	];
}

/**
 * `npm run check -- --pay`: role by role, each figure with its source edition, its age and whether a
 * newer edition is in the register.
 * @param dir - the content folder
 * @returns the report's lines
 */
export async function payReport(dir: string): Promise<string[]> {
	const [roleFiles, sourceFiles] = await Promise.all([
		readCollection(join(dir, 'roles')),
		readCollection(join(dir, 'sources')),
	]);
	const sources = sourceFiles.flatMap((file) => {
		const parsed = SourceSchema.safeParse(file.data);
		return parsed.success ? [{ ...file, data: parsed.data }] : [];
	});
	const byId = new Map(sources.map((source) => [source.id, source]));
	const newer = supersededBy(sources);
	const now = today();
	const lines: string[] = [
		'Pay figures by role (source edition, age, newer edition in the register)',
	];
	for (const file of roleFiles) {
		const role = RoleSchema.safeParse(file.data);
		if (!role.success) {
			lines.push(`${file.id}: not checked (the role does not pass its schema; run npm run check)`);
			continue;
		}
		lines.push(`${file.id}${role.data.pay.length ? '' : ': no pay figure'}`);
		for (const pay of role.data.pay) {
			const source = byId.get(pay.source);
			const figure = source && findFigure(source.data, pay.occupation);
			if (!source || !figure) {
				lines.push(`  ${pay.source} · ${pay.occupation}: not in the register (run npm run check)`);
				continue;
			}
			const { data } = source;
			const years = now.getUTCFullYear() - Number(data.period.slice(0, 4));
			const next = newer.get(source.id);
			const level = data.population.level === 'all' ? 'all levels' : data.population.level;
			lines.push(
				`  ${figure.region} ${figure.currency} ${figure.amount} · ${data.statistic}, ${level} · ${figure.occupation.name} (${pay.match}) · ${source.id}, ${edition(data)}, ${years === 0 ? 'this year' : `${years} ${years === 1 ? 'year' : 'years'} old`} · ${next ? `NEWER EDITION: ${next.id} (${edition(next.data)})` : 'newest in the register'}`,
			);
		}
	}
	return lines;
}
