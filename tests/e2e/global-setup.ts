import { readStamp, sourceStamp, staleReasons } from '../../src/integrations/build-stamp';

/**
 * Before any browser test: the server that answers is the one this run started (its token), and it
 * serves a site built from this checkout's sources as they are now (its build stamp). Otherwise the
 * run stops, saying which and what to do, instead of testing another checkout's site or an old build.
 */
export default async function globalSetup(): Promise<void> {
	const port = process.env['ROLEMAP_TEST_PORT'];
	const dist = process.env['ROLEMAP_TEST_DIST'] ?? 'dist';
	const url = `http://127.0.0.1:${port ?? '(unknown)'}/`;
	const response = await fetch(url).catch((error: unknown) => {
		throw new Error(`No server answers at ${url} for the browser tests: ${String(error)}`);
	});
	await response.body?.cancel();
	const run = response.headers.get('x-rolemap-test-run');
	if (run !== process.env['ROLEMAP_TEST_RUN'])
		throw new Error(
			`The server at ${url} is not the one this test run started (it answered with ${run ? `another run's token, ${run}` : 'no run token'}): another program holds the port. Leave ROLEMAP_TEST_PORT unset to get a free port, or pick one nothing listens on.`,
		);
	const served = response.headers.get('x-rolemap-build');
	const now = sourceStamp(process.cwd(), { ...process.env, NODE_ENV: 'production' });
	if (served !== now.id) {
		const reasons = staleReasons(readStamp(dist), now);
		// dist/ itself is fresh: the server read another folder, or dist/ as it was before a rebuild.
		if (reasons.length === 0)
			reasons.push(
				`the server answers with build ${served ?? '(none)'}, while ${dist} now holds build ${now.id}: it serves another folder, or ${dist} as it was before it was rebuilt`,
			);
		throw new Error(
			`The site served from ${dist} is not built from this checkout's sources as they are now:\n${reasons.map((reason) => `  - ${reason}`).join('\n')}\nRun \`npm run build\` and the tests again.`,
		);
	}
}
