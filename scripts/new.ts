#!/usr/bin/env node
/**
 * `npm run new -- <kind> "<Title>"`: writes a new content file with every field explained.
 * Kinds: role, essay, skill, project, track. The file passes `npm run check` as written; it never
 * overwrites an existing file.
 *
 * `npm run new -- translation <lang> <collection>/<id>`: writes content/<lang>/<collection>/<id> with
 * every translatable field empty and the English text as a comment above it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { readCollection } from '../src/checks/content-files.ts';
import { TRANSLATABLE } from '../src/guard/files.ts';
import { DEFAULT_LANG, LANGUAGES, TRANSLATED_LANGS, isLang } from '../src/i18n/languages.ts';
import { sourceVersion, type TranslatableCollection } from '../src/lib/translation.ts';

const KINDS = ['role', 'essay', 'skill', 'project', 'track'] as const;
type Kind = (typeof KINDS)[number];

/**
 * An id from a title: "Data Engineer" → "data-engineer", "C#" → "c".
 * @param title - the display title
 * @returns a lowercase, hyphenated id
 */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const today = () => new Date().toISOString().slice(0, 10);
const quote = (text: string) => JSON.stringify(text);

/** Ids that exist, so a new file can point at real ones and still pass the check. */
async function firstId(folder: string, fallback: string): Promise<string> {
	try {
		const names = (await readdir(join(CONTENT_DIR, folder)))
			.filter((name) => /\.(md|mdx|ya?ml)$/.test(name))
			.sort();
		return names[0]?.replace(/\.(mdx?|ya?ml)$/, '') ?? fallback;
	} catch {
		return fallback;
	}
}

async function template(
	kind: Kind,
	title: string,
): Promise<{ folder: string; extension: string; text: string }> {
	switch (kind) {
		case 'track':
			return {
				folder: 'tracks',
				extension: 'yaml',
				text: `# A family of related roles. Docs: CONTRIBUTING.md
# Display name.
name: ${quote(title)}
# One or two sentences on what the roles in this track have in common.
description: Replace this with one or two sentences on what these roles share.
# Position in lists of tracks; lower numbers come first.
order: 99
`,
			};
		case 'skill':
			return {
				folder: 'skills',
				extension: 'yaml',
				text: `# Something a reader can learn. Docs: CONTRIBUTING.md
# Display name with its usual capitalisation.
name: ${quote(title)}
# language, database, framework, infrastructure, cloud, tool, practice, concept, data, ai, security or people.
category: tool
# One or two sentences, in your own words: what it is and why it matters for a career.
description: Replace this with one or two sentences, in your own words, on what this is.
# Other names people type into search, lowercase, e.g. [k8s] for Kubernetes.
aliases: []
# The official documentation, https only.
docs: https://example.org/replace-with-the-official-docs
`,
			};
		case 'project': {
			const skill = await firstId('skills', 'git');
			return {
				folder: 'projects',
				extension: 'md',
				text: `---
# Short imperative title.
title: ${quote(title)}
# One sentence on what the reader builds and learns (20–200 characters).
summary: Replace this with one sentence on what the reader builds and learns.
# beginner, intermediate or advanced.
difficulty: beginner
# Skill ids from content/skills/ that the project exercises.
skills: [${skill}]
# Rough hours to finish, a whole number.
hours: 10
---

## The brief

What the reader builds, for whom, and why it is worth building.

## Steps

1. The first concrete step.

## Done looks like

- A checkable outcome.
`,
			};
		}
		case 'essay':
			return {
				folder: 'essays',
				extension: 'md',
				text: `---
# Title as it appears on the page.
title: ${quote(title)}
# One or two sentences; also the meta description (at most 200 characters).
description: Replace this with one or two sentences on what the reader will take away.
# First publication date.
published: ${today()}
# Lowercase topic tags.
tags: []
# Role ids from content/roles/ that this essay serves.
roles: []
# Drafts are left out of the published site. Set to false when the essay is ready.
draft: true
---

## First section

Write in your own words. Use ## and ### headings; the page supplies the title.
`,
			};
		case 'role': {
			const track = await firstId('tracks', 'engineering');
			const skill = await firstId('skills', 'git');
			return {
				folder: 'roles',
				extension: 'md',
				text: `---
# Role name.
title: ${quote(title)}
# One line under the title, also the meta description (20–160 characters).
tagline: Replace this with one line on what the role does and why it matters.
# Track id from content/tracks/.
track: ${track}
# Pay: cite figures from the register in content/sources/ (one file per statistical release); the
# amount, currency, year, statistic and population come from there, never from this file:
#   - source: bls-oews-2023-05    # file name in content/sources/
#     occupation: "15-1252"       # the occupation's code or name in that file
#     match: nearest              # exact, or nearest with a reason
#     reason: the broader occupation that includes this role
# No source, no figure: leave the list empty rather than estimate (docs/pay-sources.md).
pay: []
# Hours a week the months below assume.
hoursPerWeek: 10
# The roadmap, 3–4 phases. Time to ready is the sum of the months.
phases:
  - title: First phase
    months: 3
    summary: Replace this with two or three sentences on what this phase covers.
    # Skill ids from content/skills/.
    skills: [${skill}]
    # Concrete, checkable outcomes.
    milestones:
      - Replace with a concrete outcome the reader can check off
# Three to seven things the role does on an ordinary day.
typicalDay:
  - Replace with a task from an ordinary day
  - Replace with another task from an ordinary day
  - Replace with a third task from an ordinary day
# A short paragraph on why the role matters now.
whyItMatters: Replace this with two or three sentences on why this role matters now.
# Project ids from content/projects/ (at least 6 before publishing).
projects: []
# Essay ids from content/essays/.
essays: []
# Extra related role ids; most related roles are computed from shared skills.
related: []
# The date you last reviewed the role.
updated: ${today()}
# Drafts are left out of the published site. Set to false when the role is ready.
draft: true
---

Two or three paragraphs answering "What does ${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title} do?", in your own words.
`,
			};
		}
	}
}

/** The English text as YAML comment lines, indented to sit above its field. */
const englishComment = (text: unknown, indent = ''): string =>
	String(text)
		.split('\n')
		.map((line) => `${indent}# ${line}`.trimEnd())
		.join('\n');

/**
 * A translation file for one English entry: each translatable field empty, the English above it.
 * @param collection - roles, skills or essays
 * @param lang - the language code
 * @param data - the English entry's fields
 * @param body - the English body
 * @returns the file's text
 */
export function translationTemplate(
	collection: TranslatableCollection,
	lang: string,
	data: Record<string, unknown>,
	body: string,
	file = `content/${collection}/<this file's name>`,
): string {
	const name = isLang(lang) ? LANGUAGES[lang].name : lang;
	const field = (key: string, indent = '') =>
		`${indent}# English: ${String(data[key]).replace(/\s+/g, ' ')}\n${indent}${key}: ""`;
	const list = (items: unknown, indent: string, key: string) =>
		`${indent}${key}:\n${(Array.isArray(items) ? items : [])
			.map((item) => `${indent}  # English: ${String(item)}\n${indent}  - ""`)
			.join('\n')}`;
	const head = `# ${name} translation of ${file}. Write each value in ${name};
# the English is in the comment above it. Everything else (skills, months, pay, links between
# entries) comes from the English file: do not copy it here. Guide: CONTRIBUTING.md, "Translating".
# The version of the English text this translates; when the English changes, the page says so.
sourceVersion: "${sourceVersion(collection, data, body)}"`;
	const englishBody = body.trim()
		? `\n# The English body; write its translation below the closing --- line:\n${englishComment(body.trim())}`
		: '';
	if (collection === 'skills') {
		return `${head}
# English name: ${String(data['name'])}. Add a name only when ${name} uses another one.
# name: ""
${field('description')}
# Extra words readers search for in ${name} (the English aliases still apply).
aliases: []
${list(data['topics'], '', 'topics')}
`;
	}
	if (collection === 'projects') {
		return `---
${head}
${field('title')}
${field('summary')}${englishBody}
---

`;
	}
	if (collection === 'tracks') {
		return `${head}
${field('name')}
${field('description')}
`;
	}
	if (collection === 'essays') {
		return `---
${head}
${field('title')}
${field('description')}${englishBody}
---

`;
	}
	const phases = (Array.isArray(data['phases']) ? data['phases'] : []) as Record<string, unknown>[];
	return `---
${head}
${field('title')}
${field('tagline')}
phases:
${phases
	.map(
		(phase) =>
			`  # English: ${String(phase['title'])}\n  - title: ""\n${englishComment(`English: ${String(phase['summary'])}`, '    ')}\n    summary: ""\n${list(phase['milestones'], '    ', 'milestones')}`,
	)
	.join('\n')}
${list(data['typicalDay'], '', 'typicalDay')}
${englishComment(`English: ${String(data['whyItMatters'])}`)}
whyItMatters: ""${englishBody}
---

`;
}

async function newTranslation(
	lang: string | undefined,
	target: string | undefined,
): Promise<number> {
	const [collection, id] = (target ?? '').split('/');
	if (
		!isLang(lang) ||
		lang === DEFAULT_LANG ||
		!(TRANSLATABLE as readonly string[]).includes(collection ?? '') ||
		!id
	) {
		console.error(
			`Usage: npm run new -- translation <${TRANSLATED_LANGS.join('|')}> <${TRANSLATABLE.join('|')}>/<id>\nExample: npm run new -- translation es roles/backend-engineer`,
		);
		return 2;
	}
	const kind = collection as TranslatableCollection;
	const source = (await readCollection(join(CONTENT_DIR, kind))).find((entry) => entry.id === id);
	if (!source) {
		console.error(`There is no English entry content/${kind}/${id}: nothing was written.`);
		return 1;
	}
	const extension = source.file.slice(source.file.lastIndexOf('.') + 1);
	const dir = join(CONTENT_DIR, lang, kind);
	const path = join(dir, `${id}.${extension}`);
	if (existsSync(path)) {
		console.error(
			`${relative(process.cwd(), path)} already exists: nothing was written. Edit that file; \`npm run check -- --translations\` says whether it is out of date.`,
		);
		return 1;
	}
	await mkdir(dir, { recursive: true });
	await writeFile(
		path,
		translationTemplate(
			kind,
			lang,
			source.data as Record<string, unknown>,
			source.body,
			source.file,
		),
		{ flag: 'wx' },
	);
	console.log(`Created ${relative(process.cwd(), path)}

Next steps:
  1. Write each value in ${LANGUAGES[lang].name}; the English is in the comment above it.
  2. npm run check -- --translations   # shape, lengths, and what is still missing
  3. npm run dev                        # look at the page under /${lang}/
  4. Open a pull request.`);
	return 0;
}

async function main(argv: string[]): Promise<number> {
	if (argv[0] === 'translation') return newTranslation(argv[1], argv[2]);
	const [kind, ...words] = argv;
	const title = words.join(' ').trim();
	if (!kind || !(KINDS as readonly string[]).includes(kind) || !title) {
		console.error(
			`Usage: npm run new -- <${KINDS.join('|')}> "Title"\nExample: npm run new -- role "Data Engineer"`,
		);
		return 2;
	}
	const id = slugify(title);
	if (!id) {
		console.error(`"${title}" gives an empty id: use letters or digits in the title.`);
		return 2;
	}
	const { folder, extension, text } = await template(kind as Kind, title);
	const dir = join(CONTENT_DIR, folder);
	const path = join(dir, `${id}.${extension}`);
	const file = relative(process.cwd(), path);
	const clash = ['md', 'mdx', 'yaml', 'yml']
		.map((ext) => join(dir, `${id}.${ext}`))
		.find((p) => existsSync(p));
	if (clash) {
		console.error(
			`${relative(process.cwd(), clash)} already exists: nothing was written. Edit that file, or pick another title.`,
		);
		return 1;
	}
	await mkdir(dir, { recursive: true });
	await writeFile(path, text, { flag: 'wx' });
	console.log(`Created ${file}

Next steps:
  1. Fill in every field; the comments in the file explain each one (and CONTRIBUTING.md).
  2. npm run check        # schemas, references and the content guard, in about a second
  3. npm run dev          # look at the page${kind === 'role' || kind === 'essay' ? ` (set draft: false when it is ready)` : ''}
  4. Open a pull request.`);
	return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
