/**
 * Where the build's integrations meet the code that renders pages, by import.
 *
 * Astro loads the integrations with astro.config.mjs (plain Node modules) and bundles the pages' code
 * separately. The `buildChannel()` integration keeps this one module out of that bundle, so the
 * catalogue, the middleware and the integrations all import the same instance: the integration that
 * listens sets its listener here, the code that renders calls it. In `astro dev` pages run in Vite's
 * own module graph, nothing listens, and every call is a no-op.
 *
 * This module imports no code (types only), so keeping it out of the bundle costs nothing.
 */
import type { SearchRecord } from '../search-data.ts';

/**
 * The output check's listener: takes one rendered page's bytes and address, and resolves once there is
 * room for the next.
 */
export type OutputListener = (bytes: Uint8Array, page: string) => Promise<void>;

/** The search index's listener: every record of every language, once the catalogue is built. */
export type RecordsListener = (records: SearchRecord[]) => void;

interface Listeners {
	pages: OutputListener | undefined;
	records: RecordsListener | undefined;
}

const listeners: Listeners = { pages: undefined, records: undefined };
let catalogLoads = 0;

/**
 * Sets (or, with undefined, removes) the listener for rendered pages or for search records.
 * @param channel - "pages" (the output check) or "records" (the search index)
 * @param listener - what is called; undefined to stop listening
 */
export function listen<K extends keyof Listeners>(channel: K, listener: Listeners[K]): void {
	listeners[channel] = listener;
	if (channel === 'records') catalogLoads = 0;
}

/** The output check's listener, while a build has one. */
export const pageListener = (): OutputListener | undefined => listeners.pages;

/**
 * Hands the catalogue's search records to the index, and counts catalogue loads so that a build can
 * prove it loaded the catalogue once.
 * @param records - every record of every language
 */
export function offerRecords(records: () => SearchRecord[]): void {
	catalogLoads += 1;
	const listener = listeners.records;
	if (listener) listener(records());
}

/** How many times the catalogue was built since the search index started listening. */
export const catalogLoadCount = (): number => catalogLoads;
