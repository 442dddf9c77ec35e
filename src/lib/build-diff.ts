/**
 * What a pull request changes on the site, from the data two builds wrote (page list, the open data
 * API, the instant search index's translation list, page weights): never from a diff of their HTML.
 * Pure: `scripts/pr-summary.ts` reads the two builds and prints this as Markdown for the job summary.
 */

/** One pay figure as the API gives it; only the fields the summary shows are relied on. */
export interface ApiPay {
	region: string;
	level?: string;
	formatted?: string;
	amount?: number;
	currency?: string;
	year?: number;
	statistic?: string;
	source?: { name?: string; url?: string; id?: string } | string;
}

/** What the summary reads from one build. */
export interface BuildData {
	/** Every page's path, like "/roles/backend-engineer/" or "/rss.xml". */
	pages: string[];
	/** Role id → the role as /api/roles/<id>.json gives it. */
	roles: Record<string, Record<string, unknown> & { pay?: ApiPay[]; title?: string }>;
	/** Skill id → the skill as /api/skills.json lists it. */
	skills: Record<string, Record<string, unknown>>;
	/** Language → the paths of pages translated into it. */
	translated: Record<string, string[]>;
	/** Role page path → HTML + CSS bytes, brotli. */
	weights: Record<string, number>;
	/** `npm run check` findings, one line each (optional). */
	warnings: string[];
}

/** The budget a role page's HTML + CSS must fit: the first round trip. */
export const ROLE_PAGE_BUDGET = 14_600;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields of two records whose values differ, in the head's order. */
function changedFields(base: Record<string, unknown>, head: Record<string, unknown>): string[] {
	const keys = [...new Set([...Object.keys(head), ...Object.keys(base)])];
	return keys.filter((key) => !same(base[key], head[key]));
}

const payKey = (pay: ApiPay) => `${pay.region}${pay.level ? ` ${pay.level}` : ''}`;
const sourceText = (pay: ApiPay) => {
	const source = pay.source;
	const name = typeof source === 'string' ? source : (source?.name ?? source?.id ?? '');
	const url = typeof source === 'object' ? source.url : undefined;
	const text = cell(name || url || '');
	return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
};
const payText = (pay: ApiPay) =>
	[pay.formatted ?? `${pay.amount ?? '?'} ${pay.currency ?? ''}`.trim(), pay.statistic, pay.year]
		.filter((part) => part !== undefined && part !== '')
		.join(' · ');

/** Markdown text from content: no table breaks, no HTML, no line breaks. */
export function cell(text: string): string {
	return text
		.replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
		.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`)
		.trim();
}

/** One pay figure that changed, was added or was removed. */
export interface PayChange {
	role: string;
	figure: string;
	before?: ApiPay | undefined;
	after?: ApiPay | undefined;
}

/** The comparison, as data (the Markdown is made from it). */
export interface BuildDiff {
	added: string[];
	removed: string[];
	changedRoles: { id: string; fields: string[] }[];
	changedSkills: { id: string; fields: string[] }[];
	weights: { path: string; before?: number | undefined; after: number }[];
	translations: { lang: string; before: number; after: number; gained: string[]; lost: string[] }[];
	pay: PayChange[];
	newWarnings: string[];
}

/**
 * Compares two builds.
 * @param base - the target branch's build
 * @param head - the pull request's build
 * @returns every difference a reviewer should see
 */
export function diffBuilds(base: BuildData, head: BuildData): BuildDiff {
	const basePages = new Set(base.pages);
	const headPages = new Set(head.pages);
	const changed = (
		before: Record<string, Record<string, unknown>>,
		after: Record<string, Record<string, unknown>>,
	) =>
		Object.keys(after)
			.filter((id) => before[id] && !same(before[id], after[id]))
			.sort()
			.map((id) => ({ id, fields: changedFields(before[id] ?? {}, after[id] ?? {}) }));
	const changedRoles = changed(base.roles, head.roles);
	const touched = new Set([
		...changedRoles.map((role) => role.id),
		...Object.keys(head.roles).filter((id) => !base.roles[id]),
	]);
	const weights = Object.entries(head.weights)
		.filter(([path]) => touched.has(path.split('/').at(-2) ?? ''))
		.map(([path, after]) => ({ path, before: base.weights[path], after }))
		.sort((a, b) => a.path.localeCompare(b.path));
	const langs = [...new Set([...Object.keys(base.translated), ...Object.keys(head.translated)])];
	const translations = langs.sort().flatMap((lang) => {
		const before = new Set(base.translated[lang] ?? []);
		const after = new Set(head.translated[lang] ?? []);
		const gained = [...after].filter((path) => !before.has(path)).sort();
		const lost = [...before].filter((path) => !after.has(path)).sort();
		return gained.length || lost.length
			? [{ lang, before: before.size, after: after.size, gained, lost }]
			: [];
	});
	const pay: PayChange[] = [];
	for (const id of [...new Set([...Object.keys(base.roles), ...Object.keys(head.roles)])].sort()) {
		const before = new Map((base.roles[id]?.pay ?? []).map((p) => [payKey(p), p]));
		const after = new Map((head.roles[id]?.pay ?? []).map((p) => [payKey(p), p]));
		for (const key of new Set([...before.keys(), ...after.keys()])) {
			const a = before.get(key);
			const b = after.get(key);
			if (!same(a, b)) pay.push({ role: id, figure: key, before: a, after: b });
		}
	}
	const baseWarnings = new Set(base.warnings);
	return {
		added: head.pages.filter((page) => !basePages.has(page)).sort(),
		removed: base.pages.filter((page) => !headPages.has(page)).sort(),
		changedRoles,
		changedSkills: changed(base.skills, head.skills),
		weights,
		translations,
		pay,
		newWarnings: head.warnings.filter((line) => !baseWarnings.has(line)),
	};
}

const list = (items: string[], limit = 50) => [
	...items.slice(0, limit),
	...(items.length > limit ? [`… and ${items.length - limit} more`] : []),
];
const bytes = (n: number) => `${n.toLocaleString('en')} B`;

/**
 * The job summary.
 * @param diff - the comparison
 * @param site - the address pages are linked to (a preview deploy, or the production site)
 * @returns Markdown
 */
export function summaryMarkdown(diff: BuildDiff, site: string): string {
	const link = (path: string) => `[${cell(path)}](${new URL(path, site).href})`;
	const out = ['## What this pull request changes on the site', ''];
	const nothing =
		!diff.added.length &&
		!diff.removed.length &&
		!diff.changedRoles.length &&
		!diff.changedSkills.length &&
		!diff.translations.length &&
		!diff.pay.length &&
		!diff.newWarnings.length;
	if (nothing) return [...out, 'No page, figure, translation or warning changes.', ''].join('\n');
	out.push(
		`${diff.added.length} pages added, ${diff.removed.length} removed; ${diff.changedRoles.length} roles and ${diff.changedSkills.length} skills changed.`,
		'',
	);
	if (diff.added.length)
		out.push('### Added pages', '', ...list(diff.added).map((p) => `- ${link(p)}`), '');
	if (diff.removed.length)
		out.push('### Removed pages', '', ...list(diff.removed).map((p) => `- ${cell(p)}`), '');
	const changes = [
		...diff.changedRoles.map((c) => ({ ...c, path: `/roles/${c.id}/` })),
		...diff.changedSkills.map((c) => ({ ...c, path: `/skills/${c.id}/` })),
	];
	if (changes.length)
		out.push(
			'### Changed pages',
			'',
			...list(changes.map((c) => `- ${link(c.path)}: ${c.fields.map(cell).join(', ')}`)),
			'',
		);
	if (diff.weights.length) {
		out.push(
			`### Role page weight (HTML + CSS, brotli; budget ${bytes(ROLE_PAGE_BUDGET)})`,
			'',
			'| Page | Before | After | |',
			'| --- | ---: | ---: | --- |',
		);
		for (const w of diff.weights)
			out.push(
				`| ${link(w.path)} | ${w.before === undefined ? 'new' : bytes(w.before)} | ${bytes(w.after)} | ${w.after > ROLE_PAGE_BUDGET ? '❌ over budget' : '✅'} |`,
			);
		out.push('');
	}
	if (diff.translations.length) {
		out.push('### Translations', '');
		for (const t of diff.translations) {
			out.push(`- **${cell(t.lang)}**: ${t.before} → ${t.after} pages translated`);
			for (const path of list(t.gained, 20)) out.push(`  - now translated: ${cell(path)}`);
			for (const path of list(t.lost, 20))
				out.push(`  - no longer translated (shows English): ${cell(path)}`);
		}
		out.push('');
	}
	if (diff.pay.length) {
		out.push(
			'### Pay figures',
			'',
			'| Role | Figure | Before | After | Source |',
			'| --- | --- | --- | --- | --- |',
		);
		for (const p of diff.pay)
			out.push(
				`| ${cell(p.role)} | ${cell(p.figure)} | ${p.before ? cell(payText(p.before)) : '—'} | ${p.after ? cell(payText(p.after)) : 'removed'} | ${p.after ? sourceText(p.after) : ''} |`,
			);
		out.push('');
	}
	if (diff.newWarnings.length)
		out.push(
			'### New warnings from `npm run check`',
			'',
			...list(diff.newWarnings).map((w) => `- ${cell(w)}`),
			'',
		);
	return out.join('\n');
}
