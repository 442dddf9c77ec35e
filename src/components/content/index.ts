import Callout from './Callout.astro';

/** The components MDX content may use, by name. Keep in step with ALLOWED_COMPONENTS in the guard. */
export const contentComponents = { Callout };
