#!/usr/bin/env node
/**
 * `npm run pr-summary -- <base dist> <head dist> [--base-check file] [--head-check file] [--site url]`:
 * prints, as Markdown for a pull request's job summary, what the head build changes on the site
 * against the base build: pages added, changed and removed, role page weights against the budget,
 * translation status, pay figures with their sources, and new `npm run check` warnings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { diffBuilds, summaryMarkdown, type BuildData } from '../src/lib/build-diff.ts';
import { siteConfig } from '../src/site.config.ts';
import { pageWeight } from './page-weight.ts';

const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Every file under a folder, as site paths ("/roles/x/" for index.html). */
function pages(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!['_astro', 'pagefind'].includes(entry.name) || dir !== root) walk(path);
			} else if (/\.(html|xml|json|png|svg)$/.test(entry.name)) {
				const site = `/${relative(root, path).split(sep).join('/')}`;
				out.push(site.endsWith('/index.html') ? site.slice(0, -'index.html'.length) : site);
			}
		}
	};
	walk(root);
	return out;
}

/**
 * Reads what the summary needs from one build.
 * @param root - the build folder
 * @param check - a file holding `npm run check`'s output, when given
 * @returns the build's data
 */
export function readBuild(root: string, check?: string): BuildData {
	const unwrap = (value: unknown) => (value as { data: unknown }).data;
	const rolesDir = join(root, 'api/roles');
	const roles = Object.fromEntries(
		(existsSync(rolesDir) ? readdirSync(rolesDir) : [])
			.filter((name) => name.endsWith('.json'))
			.map((name) => [name.slice(0, -5), unwrap(json(join(rolesDir, name)))]),
	) as BuildData['roles'];
	const skillsFile = join(root, 'api/skills.json');
	const skills = Object.fromEntries(
		(existsSync(skillsFile) ? (unwrap(json(skillsFile)) as { id: string }[]) : []).map((s) => [
			s.id,
			s,
		]),
	);
	const all = pages(root);
	const translated: BuildData['translated'] = {};
	for (const path of all) {
		const lang = /^\/([a-z]{2})\/search-index\.json$/.exec(path)?.[1];
		if (lang)
			translated[lang] = (json(join(root, path)) as { translated?: string[] }).translated ?? [];
	}
	const weights: BuildData['weights'] = {};
	for (const path of all.filter((p) => /^(\/[a-z]{2})?\/roles\/[^/]+\/$/.test(p))) {
		const weight = pageWeight(root, path);
		weights[path] = weight.html.brotli + weight.css.brotli;
	}
	const warnings = check
		? readFileSync(check, 'utf8')
				.split('\n')
				.filter((line) => /\bwarning: /.test(line))
		: [];
	return {
		pages: all.filter((p) => /(\/|\.xml)$/.test(p)),
		roles,
		skills,
		translated,
		weights,
		warnings,
	};
}

if (import.meta.main) {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: {
			'base-check': { type: 'string' },
			'head-check': { type: 'string' },
			site: { type: 'string', default: siteConfig.url },
		},
	});
	const [base, head] = positionals;
	if (!base || !head) {
		console.error(
			'usage: npm run pr-summary -- <base dist> <head dist> [--base-check file] [--head-check file] [--site url]',
		);
		process.exit(2);
	}
	const diff = diffBuilds(
		readBuild(base, values['base-check']),
		readBuild(head, values['head-check']),
	);
	console.log(summaryMarkdown(diff, values.site));
}
