#!/usr/bin/env node
/**
 * `npm run check`: every content rule in a few seconds, without building the site (the rules live in
 * src/checks/content.ts, which the build runs too). Exit code 1 when there is an error.
 * `npm run check -- --translations` also lists every outdated and missing translation per language.
 */
import { checkContent, formatFinding } from '../src/checks/content.ts';
import { translationReport } from '../src/checks/translations.ts';
import { CONTENT_DIR } from '../src/content-dir.ts';

if (import.meta.main) {
	const started = performance.now();
	const { findings, counts, translations } = await checkContent(CONTENT_DIR);
	for (const finding of findings) console.log(formatFinding(finding));
	if (process.argv.includes('--translations')) {
		console.log(`${findings.length ? '\n' : ''}Translations`);
		for (const line of translationReport(translations)) console.log(line);
	}
	const errors = findings.filter((finding) => finding.severity === 'error').length;
	const warnings = findings.length - errors;
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	const summary = `${counts.roles} roles, ${counts.skills} skills, ${counts.projects} projects, ${counts.essays} essays, ${counts.tracks} tracks in ${seconds}s`;
	if (errors > 0) {
		console.error(
			`\n✗ ${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? `, ${warnings} warnings` : ''} (${summary})`,
		);
		process.exitCode = 1;
	} else {
		console.log(
			`${findings.length ? '\n' : ''}✓ content OK${warnings ? ` with ${warnings} warnings` : ''}: ${summary}`,
		);
	}
}
