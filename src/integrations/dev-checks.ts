/**
 * `astro dev` checks content as it is edited, not only when it starts: on every change under the
 * content folder it runs the content guard and every content check (the engine `npm run check` and the
 * build run, with the same lines) and shows what they find where the contributor is looking — in the
 * terminal, and in the browser as the dev server's error overlay on every page until the file is
 * fixed, when the pages come back by themselves.
 *
 * While content has an error the dev server renders no page from it: every page request is answered
 * with the findings instead. A file the guard refuses is never compiled: a module request for it fails
 * (the compile-time wall in astro.config.mjs stops code in Markdown the content loader renders itself).
 * Requests wait for a check that is running, so no page is rendered from a change not yet checked.
 */
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Connect, HotPayload, Plugin, ViteDevServer } from 'vite';
import { checkContent, formatFinding, type Finding } from '../checks/content.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { runGuard, type GuardMemo } from '../guard/files.ts';

const plural = (count: number, noun: string) => (count === 1 ? `1 ${noun}` : `${count} ${noun}s`);

/** What one run of the checks found, and what the dev server does about it. */
export interface DevReport {
	/**
	 * What stops the build, as it stops: the guard's problems when there are any (the build stops there,
	 * before the checks), else the checks' errors. While there is one, no page is rendered.
	 */
	errors: Finding[];
	/** Whether `errors` are the guard's problems. */
	guard: boolean;
	/** Warnings in the files that changed: a contributor sees their own, not the whole site's. */
	warnings: Finding[];
	/** Files the content guard refused, absolute: never compiled. */
	refused: ReadonlySet<string>;
	/** How long the run took, in milliseconds. */
	ms: number;
}

/**
 * Runs the guard and every content check over a content folder, as the build does.
 * @param dir - the content folder
 * @param changed - files that changed since the last run (absolute): their warnings are reported
 * @param memo - the guard's reading of each file in earlier runs: only changed files are read again
 * @returns the report
 */
export async function checkForDev(
	dir: string,
	changed: readonly string[],
	memo?: GuardMemo,
): Promise<DevReport> {
	const started = performance.now();
	const { problems, run } = await runGuard(dir, memo);
	const { findings } = await checkContent(dir, { guarded: run });
	const mine = new Set(changed.map((file) => relative(process.cwd(), file)));
	return {
		// As `npm run check` lists the guard's problems.
		errors:
			problems.length > 0
				? problems.map((problem): Finding => ({ ...problem, field: '', severity: 'error' }))
				: findings.filter((finding) => finding.severity === 'error'),
		guard: problems.length > 0,
		warnings: findings.filter(
			(finding) => finding.severity === 'warning' && mine.has(finding.file),
		),
		refused: new Set([...run.refused].map((file) => resolve(file))),
		ms: Math.round(performance.now() - started),
	};
}

/**
 * The heading over a report's errors, in the words the build stops with.
 * @param report - the errors, and whether they are the guard's
 * @returns one sentence
 */
export function errorHeading({ errors, guard }: Pick<DevReport, 'errors' | 'guard'>): string {
	return guard
		? `The content guard found ${plural(errors.length, 'problem')}: content may not contain code, and each file must be read one way only.`
		: `Content check found ${plural(errors.length, 'error')}: each line names the file, the field and the fix.`;
}

/** Vite's error payload, as the dev server's overlay shows it (Astro adds the code frame from `loc`). */
export interface OverlayError {
	type: 'error';
	err: {
		name: string;
		title: string;
		message: string;
		hint: string;
		stack: string;
		id: string;
		plugin: string;
		loc: { file: string; line: number; column: number };
	};
}

/** The heading and every line, as the terminal prints them. */
export const reportText = (report: Pick<DevReport, 'errors' | 'guard'>) =>
	`${errorHeading(report)}\n${report.errors.map(formatFinding).join('\n')}`;

/**
 * The overlay for a report's errors: every line as the terminal prints it, the first error's file shown
 * at its line.
 * @param report - with at least one error
 * @returns the payload for `server.environments.client.hot.send`
 */
export function overlayError(report: Pick<DevReport, 'errors' | 'guard'>): OverlayError {
	const [first] = report.errors;
	if (!first) throw new Error('overlayError needs at least one error');
	const lines = report.errors.map(formatFinding).join('\n');
	return {
		type: 'error',
		err: {
			name: report.guard ? 'Content guard' : 'Content check',
			title: errorHeading(report),
			// Astro renders the message as Markdown after escaping it, and makes `[text](url)` a link with
			// any URL (javascript: too): content quoted in a message must stay text.
			message: lines.replaceAll('](', ']\u200B('),
			hint: 'Save the file with the fix: this page comes back by itself. `npm run check` and the build print the same lines.',
			// The lines again, for the overlay's copy button. Astro takes no location from this "stack":
			// `loc` has a line and a column.
			stack: lines,
			id: resolve(first.file),
			plugin: 'rolemap:dev-checks',
			// Relative to the project: Astro reads the file from there for the code frame.
			loc: { file: first.file, line: first.line, column: first.column ?? 1 },
		},
	};
}

/**
 * What a page request gets while content has an error: the findings as text, and the dev server's
 * client, which shows them in the overlay and reloads the page once they are fixed.
 * @param report - with at least one error
 * @returns an HTML document
 */
export function blockedPage(report: Pick<DevReport, 'errors' | 'guard'>): string {
	const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<meta charset="utf-8">',
		`<title>${escape(report.guard ? 'Content guard' : 'Content check')}</title>`,
		'<script type="module" src="/@vite/client"></script>',
		`<h1>${escape(errorHeading(report))}</h1>`,
		`<pre>${escape(report.errors.map(formatFinding).join('\n'))}</pre>`,
		'<p>Save the file with the fix: this page comes back by itself.</p>',
		'</html>',
	].join('\n');
}

/**
 * The Vite plugin: watches the content folder, checks on every change, blocks pages while there is an
 * error and refuses to load a refused file.
 * @param dir - the content folder
 * @param logger - the integration's logger
 * @returns the plugin
 */
function devChecksPlugin(dir: string, logger: AstroIntegrationLogger): Plugin {
	const root = resolve(dir);
	let report: DevReport | undefined;
	/** Runs, one after another. */
	let chain: Promise<void> = Promise.resolve();
	/** What requests wait for: the runs for changes seen so far (not the first, at start-up). */
	let pending: Promise<void> = Promise.resolve();
	const changed = new Set<string>();
	let queued = false;
	const memo: GuardMemo = new Map();
	/** The last errors printed, and when: one save that arrives as several events prints once. */
	let printed = { text: '', at: 0 };

	const run = async (server: ViteDevServer | undefined, files: string[]) => {
		const before = report;
		try {
			report = await checkForDev(root, files, memo);
		} catch (error) {
			// The checks could not read the folder (deleted, renamed): say so, and render nothing from it.
			const message = error instanceof Error ? error.message : String(error);
			const file = relative(process.cwd(), root);
			report = {
				errors: [{ file, line: 1, field: '', message, severity: 'error' }],
				guard: false,
				warnings: [],
				refused: new Set(),
				ms: 0,
			};
		}
		if (!server) return;
		for (const warning of report.warnings) logger.warn(formatFinding(warning));
		if (report.errors.length > 0) {
			const text = reportText(report);
			if (text === printed.text && performance.now() - printed.at < 1000) return;
			printed = { text, at: performance.now() };
			logger.error(
				`${errorHeading(report)} (${report.ms} ms)\n${report.errors.map(formatFinding).join('\n')}`,
			);
			server.environments.client.hot.send(overlayError(report));
			return;
		}
		printed = { text: '', at: 0 };
		if (before && before.errors.length > 0) {
			logger.info(`content checked in ${report.ms} ms: no errors left, the pages are back`);
			server.environments.client.hot.send({ type: 'full-reload', path: '*' });
		} else {
			logger.info(`content checked in ${report.ms} ms: no errors`);
		}
	};

	/** Queues a run for a change; `pending` is set at once, so a request made after the change waits. */
	const schedule = (server: ViteDevServer, file: string) => {
		changed.add(file);
		if (queued) return;
		queued = true;
		chain = chain.then(async () => {
			// An editor's save can be several events (write, rename): take them as one.
			await new Promise((done) => setTimeout(done, 20));
			queued = false;
			const files = [...changed];
			changed.clear();
			await run(server, files);
		});
		pending = chain;
	};

	/** The report once every change seen so far is checked. */
	const settled = async () => {
		await pending;
		return report;
	};

	return {
		name: 'rolemap:dev-checks',
		apply: 'serve',
		// Before Astro's own plugin: its page handler is added after this one's.
		enforce: 'pre',
		configureServer(server) {
			// Content was checked as the server started (the content guard stops it on an error); this
			// first run only reads it for the runs that follow.
			chain = run(undefined, []);
			server.watcher.add(root);
			for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
				server.watcher.on(event, (file: string) => {
					if (file === root || file.startsWith(root + sep)) schedule(server, file);
				});
			// The browser's client clears the overlay on any module update (Astro sends one when it has
			// reloaded the changed entry, maybe after this plugin's message): while content has an error,
			// each update is followed by the overlay again.
			const hot = server.environments.client.hot;
			const send: (...args: unknown[]) => void = hot.send.bind(hot);
			hot.send = (...args: unknown[]) => {
				send(...args);
				const [payload] = args as [Partial<HotPayload> | string];
				if (typeof payload === 'object' && payload.type === 'update' && report?.errors.length)
					// Through whatever wraps `send` (Astro adds the code frame to an error).
					server.environments.client.hot.send(overlayError(report));
			};
			// A page opened while content has an error shows the overlay as soon as its client connects.
			server.environments.client.hot.on('vite:client:connect', () => {
				void settled().then((now) => {
					if (now && now.errors.length > 0) server.environments.client.hot.send(overlayError(now));
				});
			});
			// After Vite's own middleware (modules, public files), before Astro renders a page.
			return () => {
				const blockWhileBroken: Connect.NextHandleFunction = (request, response, next) => {
					settled().then(
						(now) => {
							if (!now || now.errors.length === 0) {
								next();
								return;
							}
							const page =
								request.headers['sec-fetch-dest'] === 'document' ||
								(request.headers.accept ?? '').includes('text/html');
							response.statusCode = 500;
							response.setHeader(
								'content-type',
								page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
							);
							response.end(page ? blockedPage(now) : `${reportText(now)}\n`);
						},
						(error: unknown) => {
							next(error);
						},
					);
				};
				server.middlewares.use(blockWhileBroken);
			};
		},
		async load(id) {
			const now = await settled();
			const file = id.split('?')[0] ?? id;
			if (!now?.refused.has(file)) return null;
			const problems = now.errors.filter((finding) => resolve(finding.file) === file);
			throw new Error(
				`The content guard refused ${relative(process.cwd(), file)}, so the dev server does not compile it:\n${problems.map(formatFinding).join('\n')}`,
			);
		},
	};
}

/**
 * The integration: in `astro dev` only.
 * @returns the Astro integration
 */
export function devChecks(): AstroIntegration {
	return {
		name: 'rolemap:dev-checks',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				if (command !== 'dev') return;
				updateConfig({ vite: { plugins: [devChecksPlugin(CONTENT_DIR, logger)] } });
			},
		},
	};
}
