/** The folder contributors edit. Tests point it at fixture content through ROLEMAP_CONTENT_DIR. */
export const CONTENT_DIR = process.env['ROLEMAP_CONTENT_DIR'] ?? './content';
