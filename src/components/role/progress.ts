/**
 * The role page's pace box and milestone checklists (Progress.astro). Pace: the reader's hours a
 * week rescale every figure the page marks with `data-pace-months` (months at the roadmap's pace) or
 * `data-pace-hours`, and are remembered in this browser. Progress: ticks live in localStorage under
 * one key for all roles; importing a file loads its checks (progress-import.ts) only when used. The
 * panel's count and buttons are drawn here, in the page's language, once its strings have loaded: of
 * use only with JavaScript, they are not in the page's HTML.
 */
import { monthsAtPace, readPaceHours } from '../../lib/pace';
import { countDone, emptyRoles, readStoredProgress, type ProgressFile } from '../../lib/progress';
import { countText, pageLang, unitText } from '../../i18n/client/strings';
import { loadStrings, type ClientStrings } from '../../i18n/client/page-strings';

// Messages for what the reader does, in the page's language, fetched as the page loads.
// Best effort: without them (offline, never fetched) the action still happens, silently.
const says = async () => (await loadStrings().catch(() => undefined))?.progressStatus;
/** The panel's words, once loaded: until then (or without them) counts are simply not shown. */
let words: ClientStrings['progressPanel'] | undefined;

// Pace: the roadmap's hours at the reader's hours a week.
const PACE_KEY = 'rolemap-pace';
const pace = document.querySelector<HTMLElement>('[data-pace]');
const paceResult = pace?.querySelector('[data-pace-result]');

async function applyPace(hours: number): Promise<void> {
	if (!pace) return;
	const roadmapHours = Number(pace.dataset['hours']);
	const months = (base: string | undefined) =>
		unitText(monthsAtPace(Number(base), roadmapHours, hours), 'month');
	for (const figure of document.querySelectorAll<HTMLElement>('[data-pace-months]'))
		figure.textContent = months(figure.dataset['paceMonths']);
	for (const figure of document.querySelectorAll('[data-pace-hours]'))
		figure.textContent = countText(hours, pageLang());
	const t = await says();
	if (t && paceResult)
		paceResult.textContent = t.pace(unitText(hours, 'hour'), months(pace.dataset['months']));
}

async function onPace(input: HTMLInputElement, error: Element): Promise<void> {
	const hours = readPaceHours(input.value);
	input.setAttribute('aria-invalid', String(hours === null));
	if (hours === null) {
		error.textContent = (await says())?.paceInvalid ?? '';
		return;
	}
	error.textContent = '';
	try {
		localStorage.setItem(PACE_KEY, String(hours));
	} catch {
		// Storage blocked: the pace still applies to this page.
	}
	await applyPace(hours);
}

/**
 * The hours field and its error line, after the pace box's heading: of use only with JavaScript, so
 * drawn here in the page's language rather than sent in every role page's HTML.
 * @param box - the pace box
 * @param label - the field's label
 * @param hours - the hours it starts at
 */
function drawPace(box: HTMLElement, label: string, hours: number): void {
	// Ids as ROLE_PAGE_IDS (src/lib/page-ids.ts) reserves them: paceHours, paceError.
	const input = make('input', {
		id: 'pace-hours',
		type: 'number',
		inputmode: 'numeric',
		min: '1',
		max: '60',
		step: '1',
		value: String(hours),
		'aria-describedby': 'pace-error',
		class: 'ml-2 min-h-11 w-20 rounded border border-line bg-bg px-2 text-fg',
	});
	const error = make('p', {
		id: 'pace-error',
		class: 'js-only mt-2 text-sm font-semibold',
		'aria-live': 'polite',
		'data-pace-error': '',
	});
	box
		.querySelector('h3')
		?.after(
			make(
				'p',
				{ class: 'js-only mt-2' },
				make('label', { for: 'pace-hours', class: 'text-sm' }, label),
				input,
			),
			error,
		);
	input.addEventListener('input', () => void onPace(input, error));
}

if (pace) {
	let stored: number | null = null;
	try {
		stored = readPaceHours(localStorage.getItem(PACE_KEY));
	} catch {
		// Storage blocked: the roadmap's own pace.
	}
	const roadmapHours = Number(pace.dataset['hours']);
	// A pace the reader chose on another roadmap applies at once; the field follows with its words.
	if (stored !== null && stored !== roadmapHours) void applyPace(stored);
	void loadStrings()
		.then((strings) => {
			drawPace(pace, strings.progressPanel.hoursLabel, stored ?? roadmapHours);
		})
		.catch(() => undefined);
}

// Progress: each milestone's checkbox (in the page, shown with JavaScript on) is ticked from
// localStorage, where ticks live under one key for all roles.
const KEY = 'rolemap-progress';
const panel = document.querySelector<HTMLElement>('[data-progress]');
const roleId = panel?.dataset['progress'] ?? '';
const items = [...document.querySelectorAll<HTMLLIElement>('li[data-milestone]')];
let status: Element | null | undefined;
const tell = (message: (t: NonNullable<Awaited<ReturnType<typeof says>>>) => string) =>
	void says().then((t) => {
		if (t && status) status.textContent = message(t);
	});

function load(): ProgressFile {
	try {
		return readStoredProgress(localStorage.getItem(KEY) ?? '');
	} catch {
		// Storage blocked: no progress.
		return readStoredProgress('');
	}
}
/** One write of the whole file: it is stored entirely or not at all. */
function save(file: ProgressFile): boolean {
	try {
		localStorage.setItem(KEY, JSON.stringify(file));
		return true;
	} catch {
		tell((t) => t.storageFull);
		return false;
	}
}

function render(): void {
	const ticked = new Set(load().roles[roleId] ?? []);
	for (const item of items) {
		const box = item.querySelector('input');
		if (box) box.checked = ticked.has(item.dataset['milestone'] ?? '');
	}
	const ids = (scope: ParentNode | null | undefined) =>
		[...(scope?.querySelectorAll<HTMLLIElement>('li[data-milestone]') ?? [])].map(
			(item) => item.dataset['milestone'] ?? '',
		);
	if (!words) return;
	const count = (scope: ParentNode | null | undefined) => countDone(ids(scope), ticked);
	const totalText = panel?.querySelector('[data-progress-total]');
	if (totalText) {
		const { done, total } = count(document);
		totalText.textContent = words.total(done, total);
	}
	for (const phase of document.querySelectorAll<HTMLElement>('[data-phase-progress]')) {
		const { done, total } = count(phase.closest('article'));
		phase.textContent = words.phaseDone(done, total);
	}
}

/**
 * An element with classes, attributes and children.
 * @param tag - the element's name
 * @param props - its class, other attributes and text
 * @param children - what it holds
 * @returns the element
 */
function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, string>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

const BUTTON = 'min-h-11 rounded border border-line px-3';

/**
 * The panel's count, note, buttons and status, after its heading.
 * @param box - the panel
 * @param t - its words
 */
function drawPanel(box: HTMLElement, t: ClientStrings['progressPanel']): void {
	box.append(
		make('p', { class: 'mt-2', 'data-progress-total': '' }),
		make('p', { class: 'mt-1 text-sm text-muted' }, t.localOnly),
		make(
			'div',
			{ class: 'mt-3 flex flex-wrap gap-2 text-sm' },
			make('button', { type: 'button', 'data-progress-export': '', class: BUTTON }, t.export),
			make(
				'label',
				{
					class:
						'inline-flex min-h-11 cursor-pointer items-center rounded border border-line px-3 focus-within:outline-3 focus-within:outline-offset-2',
				},
				t.import,
				make('input', {
					type: 'file',
					accept: 'application/json,.json',
					'data-progress-import': '',
					class: 'sr-only',
				}),
			),
			make('button', { type: 'button', 'data-progress-reset': '', class: BUTTON }, t.reset),
		),
		make('p', {
			class: 'mt-2 text-sm',
			role: 'status',
			'aria-live': 'polite',
			'data-progress-status': '',
		}),
	);
}

if (panel) {
	for (const item of items) {
		const label = item.querySelector('label');
		const box = label?.querySelector('input');
		if (!label || !box) continue;
		box.addEventListener('change', () => {
			const file = load();
			const ticked = new Set(file.roles[roleId] ?? []);
			const id = item.dataset['milestone'] ?? '';
			if (box.checked) ticked.add(id);
			else ticked.delete(id);
			file.roles[roleId] = [...ticked];
			save(file);
			render();
			const text = label.textContent.trim();
			tell((t) => (box.checked ? t.ticked : t.unticked)(text));
		});
	}

	render();
	// The count and the buttons come with the page language's strings.
	void loadStrings()
		.then((strings) => {
			words = strings.progressPanel;
			drawPanel(panel, words);
			status = panel.querySelector('[data-progress-status]');
			wirePanel(panel);
			render();
		})
		.catch(() => undefined);
}

/**
 * Export, import and reset, once the panel is drawn.
 * @param panel - the progress panel
 */
function wirePanel(panel: HTMLElement): void {
	panel.querySelector('[data-progress-export]')?.addEventListener('click', () => {
		const file = { ...load(), exported: new Date().toISOString() };
		const link = document.createElement('a');
		link.href = URL.createObjectURL(
			new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
		);
		const name = 'rolemap-progress.json';
		link.download = name;
		link.click();
		URL.revokeObjectURL(link.href);
		tell((t) => t.exported(name));
	});

	panel
		.querySelector<HTMLInputElement>('[data-progress-import]')
		?.addEventListener('change', (event) => void onImport(event.currentTarget as HTMLInputElement));

	async function onImport(input: HTMLInputElement): Promise<void> {
		const chosen = input.files?.[0];
		input.value = '';
		if (!chosen) return;
		const [t, checks] = await Promise.all([says(), import('./progress-import')]);
		if (!t || !status) return;
		try {
			const { file: imported, ignored } = await checks.readProgressImport(chosen);
			const current = load();
			const lost = checks.ticksLostByReplacing(current, imported);
			// Merging never loses a tick; replacing only happens when the reader says so.
			const replaced = lost > 0 && window.confirm(t.confirmReplace(lost));
			const { file, added } = replaced
				? { file: imported, added: 0 }
				: checks.mergeProgress(current, imported);
			if (save(file)) {
				render();
				status.textContent = checks.importMessage(t, { added, replaced, ignored });
			}
		} catch (error) {
			status.textContent = checks.refusalMessage(t, error);
		}
	}

	panel
		.querySelector('[data-progress-reset]')
		?.addEventListener('click', () => void onReset(panel));

	async function onReset(panel: HTMLElement): Promise<void> {
		// Never cleared without the reader's yes, so not without the words to ask.
		const t = await says();
		if (!t || !window.confirm(t.confirmReset(panel.dataset['title'] ?? ''))) return;
		const file = load();
		const roles = emptyRoles();
		for (const [role, ids] of Object.entries(file.roles)) if (role !== roleId) roles[role] = ids;
		file.roles = roles;
		save(file);
		render();
		if (status) status.textContent = t.resetDone;
	}
}
