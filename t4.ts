import { readdirSync } from 'node:fs';
import { pageWeight } from './scripts/page-weight.ts';
for (const d of readdirSync('dist/roles', { withFileTypes: true }).filter(d => d.isDirectory())) {
  const w = pageWeight('dist', `/roles/${d.name}/`);
  console.log(d.name, w.html.brotli, w.css.brotli, w.html.brotli + w.css.brotli);
}
