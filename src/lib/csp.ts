import { createHash } from 'node:crypto';

/**
 * The page's Content-Security-Policy, written into a `<meta>` tag so it holds on hosts that cannot
 * set headers (GitHub Pages). Every script is a file from this origin except the inline ones passed
 * here, which are allowed by their hash; the one stylesheet is in the page, also allowed by its hash,
 * and no element carries a style attribute. Directives that only work as a header (frame-ancestors)
 * are in `public/_headers`.
 *
 * Astro's own `security.csp` would also list its five client-directive loaders and every bundled
 * script on every page: ~0.35 KB of incompressible hashes per page this site, which has no islands,
 * does not need.
 * @param inline - the exact text of each inline `<script>` and `<style>` the page has
 * @returns the policy
 */
export function contentSecurityPolicy(inline: {
	scripts: readonly string[];
	styles: readonly string[];
}): string {
	const hashes = (texts: readonly string[]) => texts.map((text) => ` ${hashOf(text)}`).join('');
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
		`script-src 'self' 'wasm-unsafe-eval'${hashes(inline.scripts)}`,
		`style-src 'self'${hashes(inline.styles)}`,
	].join('; ');
}

/** Hashes by text: every page has the same stylesheet and theme script, hashed once per build. */
const known = new Map<string, string>();

function hashOf(text: string): string {
	let hash = known.get(text);
	if (hash === undefined) {
		hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		known.set(text, hash);
	}
	return hash;
}
