/**
 * Where the build's integrations meet the code that renders pages, by import: the output check and the
 * search index set their listeners here, the middleware and the catalogue call them.
 *
 * Astro loads the integrations with astro.config.mjs in one module graph and runs the pages' bundle in
 * another, so each side may hold its own copy of this module. Their shared state is therefore kept
 * under one process-wide key, here and nowhere else (tests/unit/architecture.test.ts allows this one
 * file). In `astro dev` nothing listens, and every call is a no-op.
 *
 * This module imports no code (types only).
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

interface State {
	listeners: Listeners;
	/** How many times the catalogue was built since the search index started listening. */
	loads: number;
}

const KEY = Symbol.for('rolemap.build-channel');
const scope = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (scope[KEY] ??= {
	listeners: { pages: undefined, records: undefined },
	loads: 0,
});

/**
 * Sets (or, with undefined, removes) the listener for rendered pages or for search records.
 * @param channel - "pages" (the output check) or "records" (the search index)
 * @param listener - what is called; undefined to stop listening
 */
export function listen<K extends keyof Listeners>(channel: K, listener: Listeners[K]): void {
	state.listeners[channel] = listener;
	if (channel === 'records') state.loads = 0;
}

/** The output check's listener, while a build has one. */
export const pageListener = (): OutputListener | undefined => state.listeners.pages;

/**
 * Hands the catalogue's search records to the index, and counts catalogue loads so that a build can
 * prove it loaded the catalogue once.
 * @param records - every record of every language
 */
export function offerRecords(records: () => SearchRecord[]): void {
	state.loads += 1;
	const listener = state.listeners.records;
	if (listener) listener(records());
}

/** How many times the catalogue was built since the search index started listening. */
export const catalogLoadCount = (): number => state.loads;
