#!/usr/bin/env node
/**
 * `npm run check`: every content rule in a few seconds, without building the site (the rules live in
 * src/checks/content.ts, which the build runs too). Exit code 1 when there is an error.
 * `npm run check -- --translations` also lists every outdated and missing translation per language.
 * Notes no contributor needs to act on (`quiet` findings) are counted at the end; `--all` shows them.
 * Text from content is printed escaped (src/lib/log-text.ts); with GITHUB_ACTIONS=true each finding is
 * also printed as a workflow command, so it shows as an annotation on the pull request.
 */
import { checkContent, findingAnnotations, formatFinding } from '../src/checks/content.ts';
import { translationReport } from '../src/checks/translations.ts';
import { payReport } from '../src/checks/pay.ts';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { inGithubActions, logText } from '../src/lib/log-text.ts';

if (import.meta.main) {
	const started = performance.now();
	const { findings: all, counts, translations } = await checkContent(CONTENT_DIR);
	// Notes no contributor needs to act on are counted, and shown with --all.
	const everything = process.argv.includes('--all');
	const findings = everything ? all : all.filter((finding) => !finding.quiet);
	const hidden = all.length - findings.length;
	for (const finding of findings) console.log(formatFinding(finding));
	// In GitHub Actions each finding also becomes an annotation on the pull request's diff.
	if (inGithubActions()) for (const line of findingAnnotations(findings)) console.log(line);
	if (process.argv.includes('--translations')) {
		console.log(`${findings.length ? '\n' : ''}Translations`);
		for (const line of translationReport(translations)) console.log(logText(line));
	}
	if (process.argv.includes('--pay'))
		for (const line of await payReport(CONTENT_DIR)) console.log(logText(line));
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
	if (hidden > 0)
		console.log(
			`${hidden} ${hidden === 1 ? 'note' : 'notes'} hidden (a skill no role uses yet, a prerequisite a published roadmap leaves to the reader): npm run check -- --all shows them`,
		);
}
