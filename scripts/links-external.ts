#!/usr/bin/env node
/**
 * `npm run links:external`: checks every external URL in content/ and prints the dead and redirected
 * ones as `file:line  url  what`. Exit code 1 when a link is dead; 2 when the run could not give a
 * verdict (a bad option, the time limit, no network); 0 otherwise. Not part of `npm test`: it needs
 * the internet, so it runs weekly in .github/workflows/links.yml. It connects only to public
 * addresses (publicFetch in src/lib/link-check.ts): a URL or redirect whose host is, or resolves to,
 * a loopback, private, link-local or other reserved address is reported dead and never requested.
 */
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/content-dir.ts';
import {
	CHECK_DEFAULTS,
	checkLinks,
	formatReport,
	linksInContent,
	reportJson,
} from '../src/lib/link-check.ts';
import { siteConfig } from '../src/site.config.ts';
import { logText } from '../src/lib/log-text.ts';

const USAGE =
	'usage: npm run links:external -- [--timeout <seconds>] [--concurrency <n>] [--limit <seconds>] [--json]';

/** The command line, read and checked. */
export interface LinkOptions {
	/** Per request, in milliseconds. */
	timeout: number;
	concurrency: number;
	/** Whole run, in milliseconds. */
	limit: number;
	json: boolean;
}

/**
 * Reads the options, with a message that says what to write instead when one is wrong.
 * @param argv - the arguments after the script name
 * @returns the options, or the message to print
 */
export function parseOptions(argv: string[]): LinkOptions | { error: string } {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				timeout: { type: 'string' },
				concurrency: { type: 'string' },
				limit: { type: 'string' },
				json: { type: 'boolean', default: false },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		return { error: `${(error as Error).message}\n${USAGE}` };
	}
	const seconds = (name: 'timeout' | 'limit', fallback: number) => {
		const text = values[name];
		if (text === undefined) return fallback;
		const value = Number(text);
		return /^\d+(\.\d+)?$/.test(text.trim()) && value > 0
			? value * 1000
			: `--${name} must be a positive number of seconds, like --${name} ${fallback / 1000}; got ${JSON.stringify(text)}`;
	};
	const timeout = seconds('timeout', CHECK_DEFAULTS.timeout);
	if (typeof timeout === 'string') return { error: timeout };
	const limit = seconds('limit', CHECK_DEFAULTS.limit);
	if (typeof limit === 'string') return { error: limit };
	const concurrencyText = values.concurrency ?? String(CHECK_DEFAULTS.concurrency);
	const concurrency = Number(concurrencyText);
	if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > 64)
		return {
			error: `--concurrency must be a whole number from 1 to 64, like --concurrency ${CHECK_DEFAULTS.concurrency}; got ${JSON.stringify(concurrencyText)}`,
		};
	return { timeout, limit, concurrency, json: values.json };
}

async function main(argv: string[]): Promise<number> {
	const options = parseOptions(argv);
	if ('error' in options) {
		console.error(`links:external: ${options.error}`);
		return 2;
	}
	const { sites, files, problems } = await linksInContent(CONTENT_DIR, {
		ignoreOrigin: siteConfig.url,
	});
	for (const problem of problems) console.error(logText(problem));
	const urls = sites.map((site) => site.url);
	console.error(
		`Checking ${new Set(urls).size} external URLs from ${files} files in ${CONTENT_DIR} (concurrency ${options.concurrency}, timeout ${options.timeout / 1000} s, limit ${options.limit / 1000} s)…`,
	);
	const run = await checkLinks(urls, {
		concurrency: options.concurrency,
		timeout: options.timeout,
		limit: options.limit,
	});
	const report = formatReport(sites, run);
	// URLs and file names come from content: no line of theirs may be read as a runner command.
	if (options.json)
		console.log(JSON.stringify(reportJson(sites, run), null, '\t').replaceAll('##[', '##\\u005b'));
	else for (const line of report.lines) console.log(logText(line));
	return report.exitCode;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
