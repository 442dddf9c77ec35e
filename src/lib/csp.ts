import { createHash } from 'node:crypto';

/**
 * The page's Content-Security-Policy, written into a `<meta>` tag so it holds on hosts that cannot
 * set headers (GitHub Pages). Every script is a file from this origin except the inline ones passed
 * here, which are allowed by their hash; nothing is inline-styled. Directives that only work as a
 * header (frame-ancestors) are in `public/_headers`.
 *
 * Astro's own `security.csp` would also list its five client-directive loaders and every bundled
 * script on every page: ~0.35 KB of incompressible hashes per page this site, which has no islands,
 * does not need.
 * @param inlineScripts - the exact text of each inline `<script>` the page runs
 * @returns the policy
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
	const hashes = inlineScripts.map(
		(script) => ` 'sha256-${createHash('sha256').update(script).digest('base64')}'`,
	);
	return [
		"default-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		// The offline service worker and the web app manifest come from this site only.
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Pagefind compiles its WebAssembly search engine in the browser.
		`script-src 'self' 'wasm-unsafe-eval'${hashes.join('')}`,
		"style-src 'self'",
	].join('; ');
}
