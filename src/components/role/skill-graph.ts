/**
 * Fills each skill-graph box on the page from its `graph.svg` when it comes near the screen. Offline,
 * a copy kept by "Save for offline" or the pages cache is used; without one, the box stays empty and
 * the phases still list every skill.
 */
async function graphMarkup(src: string): Promise<string | undefined> {
	const response = await fetch(src).catch(() => undefined);
	if (response?.ok) return response.text();
	return 'caches' in window ? (await caches.match(src))?.text() : undefined;
}

async function fill(box: SVGSVGElement): Promise<void> {
	const src = box.dataset['graphSrc'];
	if (!src) return;
	const markup = await graphMarkup(src);
	if (!markup) return;
	const loaded = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
	// Only a well-formed graph of our own: anything else leaves the box as it was.
	if (loaded.namespaceURI !== 'http://www.w3.org/2000/svg' || loaded.localName !== 'svg') return;
	box.replaceChildren(...[...loaded.childNodes].map((node) => document.importNode(node, true)));
}

/** Loads every graph on the page as it nears the viewport (at once where observers are missing). */
export function loadSkillGraphs(): void {
	const boxes = [...document.querySelectorAll<SVGSVGElement>('svg[data-graph-src]')];
	if (!('IntersectionObserver' in window)) {
		for (const box of boxes) void fill(box);
		return;
	}
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				void fill(entry.target as SVGSVGElement);
			}
		},
		{ rootMargin: '600px' },
	);
	for (const box of boxes) observer.observe(box);
}
