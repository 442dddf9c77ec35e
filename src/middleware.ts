import { defineMiddleware } from 'astro:middleware';
import { pageListener } from './build/channel.ts';

/**
 * During a build, every page's HTML goes to the output check as it renders (src/guard/output.ts, listening
 * through src/build/channel.ts), so
 * pages are parsed on another thread while the next ones render. The page is written unchanged. The
 * check still reads every written file at the end: a page handed over here only spares it parsing a
 * file whose bytes it has already seen. In `astro dev` nothing listens and responses pass untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const listener = pageListener();
	if (!import.meta.env.PROD || !listener || !context.isPrerendered) return response;
	// What Astro writes no file for (no body), or its own template for (redirects), passes untouched;
	// so do statuses a Response may not carry a body with.
	const { status } = response;
	if (response.body === null || status === 204 || status === 205 || (status >= 300 && status < 400))
		return response;
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	// The bytes themselves, not text: what is handed over is byte for byte what Astro writes.
	const bytes = new Uint8Array(await response.arrayBuffer());
	await listener(bytes, context.url.pathname);
	return new Response(bytes, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
