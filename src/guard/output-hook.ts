/**
 * Where the output check listens for pages during a build (see src/middleware.ts). Kept apart from
 * output.ts so that the pages' bundle carries the name and nothing of the check.
 */
export const OUTPUT_HOOK = Symbol.for('rolemap.output-check');

/**
 * The listener: takes one rendered page's bytes and address, and resolves once there is room for the
 * next.
 */
export type OutputListener = (bytes: Uint8Array, page: string) => Promise<void>;
