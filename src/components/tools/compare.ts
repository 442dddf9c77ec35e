/**
 * The compare page (src/pages/[...lang]/compare.astro): two roles' facts, pay, skills and phases side
 * by side. Pay is drawn per currency, each on its own scale with its own axis, and every figure shows
 * its year and source. Charts are HTML text with bars beside it, so labels wrap at any width and keep
 * the page's font size (an SVG's text shrank to 9 px on a phone).
 */
import { compareSkills, payByCurrency } from '../../lib/compare';
import { niceTicks } from '../../lib/charts';
import { formatPayCompact, payMeasure, payRelease, type PayWords } from '../../lib/pay';
import { DEFAULT_LANG, LANGUAGES, langOf, localePath } from '../../i18n/languages';
import { element, loadToolData, type ToolRole } from './tools-data';
import { fill as fillTemplate } from '../../i18n/client/strings';

type Pay = ToolRole['pay'][number];
/** Titles and names in the page's language, with the language of those still in English. */
interface Names {
	roles?: Record<string, { title: string; phases: string[]; lang?: string }>;
	skills?: Record<string, { name: string; lang?: string }>;
}

const SVG = 'http://www.w3.org/2000/svg';
const form = document.getElementById('compare-form') as HTMLFormElement;
const result = document.getElementById('compare-result') as HTMLElement;
const strings = JSON.parse(result.dataset['strings'] ?? '{}') as Record<string, string>;
const names = JSON.parse(result.dataset['names'] ?? '{}') as Names;
// What a figure measures, in the page's language ("Median, all levels"); occupations are not shown here.
const words: PayWords = {
	...(JSON.parse(result.dataset['payWords'] ?? '{}') as Omit<PayWords, 'nearest'>),
	nearest: (occupation) => occupation,
};
const lang = langOf(document.documentElement.lang);
const locale = LANGUAGES[lang].locale;
const monthsFormat = new Intl.NumberFormat(locale, {
	style: 'unit',
	unit: 'month',
	unitDisplay: 'long',
});
const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
const currencyNames = new Intl.DisplayNames([locale], { type: 'currency' });
const count = (n: number) => n.toLocaleString(locale);

/** A string with its `{values}` filled in. */
const fill = (name: string, values: Record<string, string | number> = {}): string =>
	fillTemplate(strings[name], values);

/** A string as nodes, its `{values}` filled in with text or elements (a title in its language). */
function fillNodes(name: string, values: Record<string, string | Node>): (string | Node)[] {
	return (strings[name] ?? '')
		.split(/(\{\w+\})/)
		.filter(Boolean)
		.map((part) => values[part.slice(1, -1)] ?? part);
}

/** A role's title in the page's language; a span saying so when it is still English. */
const roleTitle = (role: ToolRole): string => names.roles?.[role.id]?.title ?? role.title;
function roleText(role: ToolRole, tag: 'span' | 'a' = 'span'): HTMLElement {
	const node = element(tag, roleTitle(role));
	const textLang = names.roles?.[role.id]?.lang;
	if (textLang) node.lang = textLang;
	return node;
}

/** Whether a figure is the role's headline pay for its region (every level, or a mid-level band). */
const isHeadline = (pay: Pay): boolean => pay.headline;

/** Pay as the page's language writes it. */
const payText = (pay: Pay): string => formatPayCompact(pay, lang);
const regionText = (pay: Pay): string =>
	lang === DEFAULT_LANG
		? pay.regionName
		: (regionNames.of(pay.region.toUpperCase()) ?? pay.regionName);

/** What the figure measures and a link to its release: "Median, all levels · BLS, May 2024". */
function provenance(pay: Pay): HTMLElement {
	const line = element('span', `${payMeasure(pay, words)} · `, 'block text-xs text-muted');
	const link = element('a', payRelease(pay, lang));
	link.href = pay.url;
	link.rel = 'external';
	line.append(link);
	return line;
}

/** A bar as wide as its share of the scale: an SVG shape with no text in it. */
function bar(share: number, index: number): SVGElement {
	const shape = document.createElementNS(SVG, 'svg');
	shape.setAttribute('viewBox', '0 0 100 10');
	shape.setAttribute('preserveAspectRatio', 'none');
	shape.setAttribute('aria-hidden', 'true');
	shape.setAttribute('class', 'block h-4 w-full');
	const rect = document.createElementNS(SVG, 'rect');
	rect.setAttribute('width', String(Math.max(0.5, Math.min(1, share) * 100)));
	rect.setAttribute('height', '10');
	rect.setAttribute('class', index % 2 ? 'fill-muted' : 'fill-accent');
	shape.append(rect);
	return shape;
}

/** Rows of label and bar; `label` and the rows' text say the figures, the bars only show them. */
function bars(
	caption: string,
	rows: { label: (string | Node)[]; value: number }[],
	end: number,
	axis?: string[],
): HTMLElement {
	const figure = element('figure', '', 'mt-4 max-w-xl');
	const title = element('figcaption', caption, 'font-semibold');
	const list = element('ul', '', 'mt-2 space-y-2 text-sm');
	rows.forEach((row, index) => {
		const item = element('li');
		const label = element('span', '', 'block');
		label.append(...row.label);
		item.append(label, bar(row.value / (end || 1), index));
		list.append(item);
	});
	figure.append(title, list);
	if (axis) {
		// The scale's ticks, evenly spaced from 0 to its end.
		const scale = element(
			'p',
			'',
			'mt-1 flex justify-between border-t border-line text-xs text-muted',
		);
		scale.setAttribute('aria-hidden', 'true');
		for (const tick of axis) scale.append(element('span', tick));
		figure.append(scale);
	}
	return figure;
}

function skillList(title: (string | Node)[], ids: string[], skills: Record<string, string>) {
	const box = element('div', '', 'rounded-lg border border-line p-3');
	const heading = element('h3', '', 'font-semibold');
	heading.append(...title, ` (${count(ids.length)})`);
	box.append(heading);
	const list = element('ul', '', 'mt-2 flex flex-wrap gap-2');
	for (const id of ids) {
		const item = element('li');
		const named = names.skills?.[id];
		const link = element(
			'a',
			named?.name ?? skills[id] ?? id,
			'inline-block min-h-6 rounded-full border border-line px-3 py-1 text-sm no-underline hover:underline',
		);
		link.href = localePath(lang, `/skills/${id}/`);
		if (named?.lang) link.lang = named.lang;
		item.append(link);
		list.append(item);
	}
	box.append(ids.length ? list : element('p', fill('none'), 'mt-2 text-sm text-muted'));
	return box;
}

/** The facts table: a row per fact, a column per role; pay cells carry year and source. */
function factsTable(a: ToolRole, b: ToolRole): HTMLElement {
	const facts = element('table', '', 'mt-4 w-full max-w-2xl text-left text-sm');
	facts.append(element('caption', fill('factsCaption'), 'sr-only'));
	const head = element('thead');
	const headRow = element('tr', '', 'border-b border-line');
	for (const role of [null, a, b]) {
		const cell = element('th', role ? '' : fill('fact'), 'py-1 pr-3 align-bottom');
		if (role) cell.append(roleText(role));
		cell.scope = 'col';
		headRow.append(cell);
	}
	head.append(headRow);
	const body = element('tbody');
	const row = (label: string, cells: (string | Node)[][]) => {
		const tr = element('tr', '', 'border-b border-line align-top');
		const th = element('th', label, 'py-1 pr-3 font-normal');
		th.scope = 'row';
		tr.append(th);
		for (const content of cells) {
			const td = element('td', '', 'py-1 pr-3 [overflow-wrap:anywhere]');
			td.append(...content);
			tr.append(td);
		}
		body.append(tr);
	};
	row(fill('timeToReady'), [[monthsFormat.format(a.months)], [monthsFormat.format(b.months)]]);
	row(fill('hoursPerWeek'), [[count(a.hoursPerWeek)], [count(b.hoursPerWeek)]]);
	const regions = [...new Set([...a.pay, ...b.pay].filter(isHeadline).map((pay) => pay.region))];
	for (const region of regions) {
		const [left, right] = [a, b].map((role) =>
			role.pay.find((pay) => pay.region === region && isHeadline(pay)),
		);
		const either = left ?? right;
		row(
			fill('midPay', { region: either ? regionText(either) : region }),
			[left, right].map((pay) =>
				pay ? [element('span', payText(pay), 'font-semibold'), provenance(pay)] : ['—'],
			),
		);
	}
	facts.append(head, body);
	return facts;
}

/** Pay per currency: each its own chart, scale and axis; never two currencies on one scale. */
function payCharts(a: ToolRole, b: ToolRole): HTMLElement | undefined {
	// Only where both roles have a figure in the currency: a lone bar compares nothing, and the
	// table above still shows the figure with its year and source.
	const groups = payByCurrency(a.pay.filter(isHeadline), b.pay.filter(isHeadline), (max) =>
		niceTicks(max, 2),
	).filter((group) => new Set(group.rows.map((row) => row.side)).size === 2);
	if (groups.length === 0) return undefined;
	const section = element('section', '', 'mt-8');
	section.setAttribute('aria-labelledby', 'compare-pay');
	const heading = element('h2', fill('payChart'), 'text-xl font-bold');
	heading.id = 'compare-pay';
	section.append(heading, element('p', fill('payScales'), 'mt-1 text-sm text-muted'));
	for (const group of groups) {
		const end = group.ticks.at(-1) ?? 1;
		const sample = group.rows[0]?.figure;
		section.append(
			bars(
				fill('payIn', {
					currency: currencyNames.of(group.currency) ?? group.currency,
					code: group.currency,
				}),
				group.rows.map(({ side, figure }) => {
					const role = side === 'a' ? a : b;
					return {
						label: [
							roleText(role),
							` (${regionText(figure)}): `,
							element('span', payText(figure), 'font-semibold'),
							// Its source and date beside it: "BLS, May 2024".
							` · ${payRelease(figure, lang)}`,
						],
						value: figure.amount,
					};
				}),
				end,
				sample ? group.ticks.map((tick) => payText({ ...sample, amount: tick })) : undefined,
			),
		);
	}
	return section;
}

function render(a: ToolRole, b: ToolRole, skillNames: Record<string, string>): void {
	const { common, onlyA, onlyB } = compareSkills(a.skills, b.skills);
	const pair = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
	const heading = element('h2', '', 'text-2xl font-bold');
	// The two titles joined by the language's "and", each in its own language.
	const both = [a, b];
	heading.append(
		...pair.formatToParts([roleTitle(a), roleTitle(b)]).map((part) => {
			const role = part.type === 'element' ? both.shift() : undefined;
			return role ? roleText(role) : part.value;
		}),
	);
	heading.id = 'compare-heading';
	const section = element('section');
	section.setAttribute('aria-labelledby', 'compare-heading');

	const skills = element('section', '', 'mt-8');
	skills.setAttribute('aria-labelledby', 'compare-skills');
	const skillsHeading = element('h2', fill('skills'), 'text-xl font-bold');
	skillsHeading.id = 'compare-skills';
	const grid = element('div', '', 'mt-3 grid gap-3 sm:grid-cols-3');
	grid.append(
		skillList(fillNodes('only', { role: roleText(a) }), onlyA, skillNames),
		skillList([fill('inCommon')], common, skillNames),
		skillList(fillNodes('only', { role: roleText(b) }), onlyB, skillNames),
	);
	const counts = [
		{ label: fill('only', { role: roleTitle(a) }), value: onlyA.length },
		{ label: fill('inCommon'), value: common.length },
		{ label: fill('only', { role: roleTitle(b) }), value: onlyB.length },
	];
	skills.append(
		skillsHeading,
		bars(
			fill('skillsChart', {
				onlyA: count(onlyA.length),
				a: roleTitle(a),
				common: count(common.length),
				onlyB: count(onlyB.length),
				b: roleTitle(b),
			}),
			counts.map((row) => ({ label: [`${row.label}: ${count(row.value)}`], value: row.value })),
			Math.max(...counts.map((row) => row.value), 1),
		),
		grid,
	);

	const phases = element('section', '', 'mt-8');
	phases.setAttribute('aria-labelledby', 'compare-phases');
	const phasesHeading = element('h2', fill('phases'), 'text-xl font-bold');
	phasesHeading.id = 'compare-phases';
	const columns = element('div', '', 'mt-3 grid gap-3 sm:grid-cols-2');
	for (const role of [a, b]) {
		const column = element('div');
		const title = element('h3', '', 'font-semibold');
		const link = roleText(role, 'a') as HTMLAnchorElement;
		link.href = localePath(lang, `/roles/${role.id}/`);
		title.append(link);
		const list = element('ol', '', 'mt-2 list-decimal pl-5');
		const named = names.roles?.[role.id];
		role.phases.forEach((phase, index) => {
			const item = element('li');
			const phaseTitle = element('span', named?.phases[index] ?? phase.title);
			if (named?.lang) phaseTitle.lang = named.lang;
			item.append(phaseTitle, `: ${monthsFormat.format(phase.months)}`);
			list.append(item);
		});
		column.append(title, list);
		columns.append(column);
	}
	phases.append(phasesHeading, columns);

	section.append(heading, factsTable(a, b));
	const pay = payCharts(a, b);
	if (pay) section.append(pay);
	section.append(skills, phases);
	result.replaceChildren(section);
	document.title = fill('docTitle', { pair: pair.format([roleTitle(a), roleTitle(b)]) });
}

async function show(): Promise<void> {
	const params = new URLSearchParams(location.search);
	const { roles, skills } = await loadToolData();
	const [first, second] = [params.get('a'), params.get('b')].map((id) =>
		roles.find((role) => role.id === id),
	);
	if (!first || !second) {
		result.replaceChildren(element('p', fill('pick'), 'text-muted'));
		return;
	}
	(form.elements.namedItem('a') as HTMLSelectElement).value = first.id;
	(form.elements.namedItem('b') as HTMLSelectElement).value = second.id;
	render(first, second, skills);
}

void show();
