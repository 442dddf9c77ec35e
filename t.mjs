import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
const br = (s) => brotliCompressSync(Buffer.from(s)).length;
const html = readFileSync('dist/roles/backend-engineer/index.html', 'utf8');
const css = readdirSync('dist/_astro').filter(f => f.endsWith('.css')).map(f => readFileSync('dist/_astro/' + f, 'utf8')).join('');
console.log('html', html.length, br(html), 'css', css.length, br(css));
const svg = html.match(/<figure class="graph"[\s\S]*?<\/figure>/)?.[0] ?? '';
console.log('graph', svg.length, br(html) - br(html.replace(svg, '')));
const skills = [...html.matchAll(/<ul class="skills"[\s\S]*?<\/ul>(?=\s*<h4)/g)].map(m => m[0]).join('');
let h2 = html; for (const m of html.matchAll(/<ul class="skills"[\s\S]*?<\/ul>(?=\s*<h4)/g)) h2 = h2.replace(m[0], '');
console.log('skills lists', skills.length, br(html) - br(h2));
const ld = html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/)?.[0] ?? '';
console.log('jsonld', ld.length, br(html) - br(html.replace(ld, '')));
const head = html.match(/<head>[\s\S]*?<\/head>/)?.[0] ?? '';
console.log('head', head.length, br(head));
const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? ''; console.log('main', main.length, br(main));
for (const id of ['what','day','pay','roadmap','projects','related','essays']) { const m = html.match(new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`)); if (m) console.log(id, m[0].length, br(html) - br(html.replace(m[0], ''))); }
