import { defineMiddleware } from 'astro:middleware';
import { OUTPUT_HOOK, type OutputListener } from './guard/output-hook.ts';

/**
 * During a build, every page's HTML goes to the output check as it renders (src/guard/output.ts), so
 * pages are parsed on another thread while the next ones render. The page is written unchanged. The
 * check still reads every written file at the end: a page handed over here only spares it parsing a
 * file whose bytes it has already seen. In `astro dev` nothing listens and responses pass untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const listener = (globalThis as Record<symbol, OutputListener | undefined>)[OUTPUT_HOOK];
	if (!listener || !context.isPrerendered) return response;
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	await listener(html);
	return new Response(html, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
