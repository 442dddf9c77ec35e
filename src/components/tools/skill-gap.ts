/**
 * The skill-gap page's ranking (src/pages/[...lang]/skill-gap.astro): the roles closest to the
 * ticked skills, each with its share and what it still needs. A "pick one" group counts once and is
 * met by any of its skills (src/lib/skill-gap.ts).
 */
import { rankBySkillGap, roleRequirements, type Requirement } from '../../lib/skill-gap';
import { LANGUAGES, langOf, localePath } from '../../i18n/languages';
import { element, loadToolData } from './tools-data';
import { fill as fillTemplate } from '../../i18n/client/strings';

const form = document.getElementById('gap-form') as HTMLFormElement;
const status = document.getElementById('gap-status') as HTMLElement;
const list = document.getElementById('gap-results') as HTMLOListElement;
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="have"]')];
const count = document.getElementById('gap-count') as HTMLElement;
const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
const roleNames = JSON.parse(form.dataset['names'] ?? '{}') as Record<
	string,
	{ title: string; lang?: string }
>;
const lang = langOf(document.documentElement.lang);
const locale = LANGUAGES[lang].locale;
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
// Each skill's name as the page shows it beside its box, in its own language.
const skillNames = new Map(
	boxes.map((box) => [box.value, box.parentElement?.querySelector('[data-skill-name]')]),
);

/** A string with its `{values}` filled in. */
const fill = (name: string, values: Record<string, string> = {}): string =>
	fillTemplate(strings[name], values);
/** A "one|other" string for a count, the number in the page's language. */
const plural = (name: string, n: number): string => {
	const [one = '', other = one] = (strings[name] ?? '').split('|');
	return (n === 1 ? one : other).replace('#', n.toLocaleString(locale));
};

/** A skill's name in its own language. */
function skillName(id: string, fallback: Record<string, string>): HTMLElement {
	const shown = skillNames.get(id);
	const name = element('span', shown?.textContent.trim() ?? fallback[id] ?? id);
	if (shown instanceof HTMLElement && shown.lang) name.lang = shown.lang;
	return name;
}

/**
 * What is still to learn: skills by name, a group as "one of: A, B". Items are separated by commas,
 * or by semicolons once a group (whose names are separated by commas) is among them.
 */
function needsList(needs: Requirement[], fallback: Record<string, string>): (string | Node)[] {
	const separator = needs.some((need) => need.pickOne) ? '; ' : ', ';
	return needs.flatMap((need, index) => {
		const names = need.skills.flatMap((id, i) =>
			i === 0 ? [skillName(id, fallback)] : [', ', skillName(id, fallback)],
		);
		let item: (string | Node)[] = names;
		if (need.pickOne) {
			const [before = '', after = ''] = fill('oneOf').split('{skills}');
			const group = element('span');
			group.append(before, ...names, after);
			item = [group];
		}
		return index === 0 ? item : [separator, ...item];
	});
}

async function update(): Promise<void> {
	const known = boxes.filter((box) => box.checked).map((box) => box.value);
	count.textContent = plural('ticked', known.length);
	// The choice lives in the URL so it survives a reload and can be shared.
	history.replaceState(null, '', known.length ? `?have=${known.join(',')}` : location.pathname);
	if (known.length === 0) {
		list.replaceChildren();
		status.textContent = fill('start');
		return;
	}
	const { roles, skills } = await loadToolData();
	const ranked = rankBySkillGap(
		known,
		roles.map((role) => ({ id: role.id, title: role.title, needs: roleRequirements(role.phases) })),
	).slice(0, 6);
	list.replaceChildren(
		...ranked.map((result) => {
			const item = element('li', '', 'rounded-lg border border-line p-3');
			const title = element('h3', '', 'font-semibold');
			const named = roleNames[result.id];
			const link = element('a', named?.title ?? result.title);
			if (named?.lang) link.lang = named.lang;
			link.href = localePath(lang, `/roles/${result.id}/`);
			title.append(
				link,
				element(
					'span',
					fill(result.hasPickOne ? 'coveragePickOne' : 'coverage', {
						percent: percent.format(result.coverage),
					}),
					'font-normal text-muted',
				),
			);
			const needs = element('p', '', 'mt-1 text-sm');
			needs.dataset['stillToLearn'] = '';
			if (result.missing.length) {
				const [before = '', after = ''] = fill('stillToLearn').split('{skills}');
				needs.append(before, ...needsList(result.missing, skills), after);
			} else {
				needs.textContent = fill('haveAll');
			}
			item.append(title, needs);
			return item;
		}),
	);
	status.textContent = ranked.length
		? fill('status', {
				roles: plural('roles', ranked.length),
				skills: plural('skills', known.length),
			})
		: fill('noRole');
}

const initial = new Set(
	(new URLSearchParams(location.search).get('have') ?? '').split(',').filter(Boolean),
);
for (const box of boxes) box.checked = initial.has(box.value);
form.addEventListener('change', () => void update());
form.addEventListener('submit', (event) => {
	event.preventDefault();
	void update();
});
void update();
