#!/usr/bin/env node
/**
 * `npm run new -- <kind> "<Name>" [--id <id>]`: writes a new content file with every field explained.
 * Kinds: role, essay, skill, project, track. The id comes from the name with its meaning kept
 * (src/lib/id-from-name.ts: "C++" → cpp, "C#" → csharp); a name whose id exists is refused, naming the
 * file. Text the contributor must write is a placeholder (src/lib/placeholders.ts): a draft passes
 * `npm run check` as written, and a published entry fails it, naming each field still to write.
 *
 * `npm run new -- translation <lang> <collection>/<id>`: writes content/<lang>/<collection>/<id> with
 * every translatable field empty and the English text as a comment above it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { readCollection } from '../src/checks/content-files.ts';
import { TRANSLATABLE } from '../src/guard/files.ts';
import { DEFAULT_LANG, LANGUAGES, TRANSLATED_LANGS, isLang } from '../src/i18n/languages.ts';
import { sourceVersion, type TranslatableCollection } from '../src/lib/translation.ts';
import { idFromName } from '../src/lib/id-from-name.ts';
import { ID_PATTERN, reservedIdProblem } from '../src/lib/ids.ts';
import { ROLE_PAGE_IDS } from '../src/lib/page-ids.ts';
import { placeholder, placeholderUrl } from '../src/lib/placeholders.ts';
import { indefiniteArticle } from '../src/lib/roadmap.ts';
import { RESOURCE_KINDS, SKILL_CATEGORIES } from '../src/schemas/skill.ts';

const KINDS = ['role', 'essay', 'skill', 'project', 'track'] as const;
type Kind = (typeof KINDS)[number];

const today = () => new Date().toISOString().slice(0, 10);
const quote = (text: string) => JSON.stringify(text);

/** A placeholder as a YAML value (quoted: the sentence may hold ": "). */
const todo = (what: string) => quote(placeholder(what));

/** Ids in a collection folder, sorted. */
async function ids(folder: string): Promise<string[]> {
	try {
		return (await readdir(join(CONTENT_DIR, folder)))
			.filter((name) => /\.(md|mdx|ya?ml)$/.test(name))
			.map((name) => name.replace(/\.(mdx?|ya?ml)$/, ''))
			.sort();
	} catch {
		return [];
	}
}

/** The headings a role page shows itself, as a body heading would write them: "## Pay", "## Roadmap". */
const ROLE_PAGE_HEADINGS = Object.values(ROLE_PAGE_IDS)
	.filter((id) => /^[a-z]+$/.test(id))
	.map((id) => `## ${id[0]?.toUpperCase() ?? ''}${id.slice(1)}`);

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
description: ${todo('one or two sentences on what the roles in this track share')}
# Position in lists of tracks; lower numbers come first.
order: 99
`,
			};
		case 'skill':
			return {
				folder: 'skills',
				extension: 'yaml',
				text: `# Something a reader can learn. Docs: CONTRIBUTING.md ("Skills").
# \`npm run check\` names every field below that still holds this file's placeholder text.
# Display name with its usual capitalisation.
name: ${quote(title)}
# ${SKILL_CATEGORIES.join(', ')}.
category: tool
# One or two sentences, in your own words: what it is and why it matters for a career.
description: ${todo('one or two sentences, in your own words, on what this is')}
# Other names people type into search, lowercase, e.g. [k8s] for Kubernetes.
aliases: []
# The official documentation, https only.
docs: ${placeholderUrl('the official docs')}
# What to learn inside the skill, in order: 4 to 12 short phrases.
topics:
  - ${todo('the first thing a learner studies')}
  - ${todo('the second thing a learner studies')}
  - ${todo('the third thing a learner studies')}
  - ${todo('the fourth thing a learner studies')}
# 2 to 6 places to learn it; at least one is the official docs (kind: docs). Each has:
#   title: the link text a reader sees    url: the page itself, https only
#   kind: ${RESOURCE_KINDS.join(', ')}    free: true when a reader can use it without paying
resources:
  - title: ${todo("the official docs page's title")}
    url: ${placeholderUrl('the official docs page')}
    kind: docs
    free: true
  - title: ${todo("a tutorial's, book's or course's title")}
    url: ${placeholderUrl('that tutorial book or course')}
    kind: course
    free: true
# Ids of skills to learn first (files in content/skills/), e.g. [git].
prerequisites: []
`,
			};
		case 'project': {
			const skill = (await ids('skills'))[0] ?? 'git';
			return {
				folder: 'projects',
				extension: 'md',
				text: `---
# Short imperative title.
title: ${quote(title)}
# One sentence on what the reader builds and learns (20–200 characters).
summary: ${todo('one sentence on what the reader builds and learns')}
# beginner, intermediate or advanced.
difficulty: beginner
# Skill ids from content/skills/ that the project exercises.
skills: [${skill}]
# Rough hours to finish, a whole number.
hours: 10
---

## The brief

${placeholder('what the reader builds, for whom, and why it is worth building')}

## Steps

1. ${placeholder('the first concrete step')}

## Done looks like

- ${placeholder('a checkable outcome')}
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
description: ${todo('one or two sentences on what the reader will take away')}
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

${placeholder('the essay, in your own words. Use ## and ### headings; the page supplies the title')}
`,
			};
		case 'role': {
			const tracks = await ids('tracks');
			const skill = (await ids('skills'))[0] ?? 'git';
			const what = `What does ${indefiniteArticle(title)} ${title} do?`;
			const phase = (n: string, months: number) => `  - title: ${todo(`the ${n} phase's name`)}
    months: ${months}
    summary: ${todo(`two or three sentences on what the ${n} phase covers`)}
    # Skill ids from content/skills/; { oneOf: [a, b] } when the reader picks one.
    skills: [${skill}]
    # Concrete, checkable outcomes.
    milestones:
      - ${todo(`an outcome of the ${n} phase the reader can check off`)}`;
			return {
				folder: 'roles',
				extension: 'md',
				text: `---
# Role name. \`npm run check\` names every field below that still holds this file's placeholder text.
title: ${quote(title)}
# One line under the title, also the meta description (20–160 characters).
tagline: ${todo('one line on what the role does and why it matters')}
# Track id from content/tracks/: ${tracks.join(', ') || 'add one first'}.
track: ${tracks[0] ?? 'engineering'}
# Pay figures, each cited from the register in content/sources/ (CONTRIBUTING.md, "Pay"):
#   - source: bls-oews-2024-05    # a file in content/sources/
#     occupation: "15-1252"       # its code or name in that release
#     match: exact                # exact, or nearest with a reason
# No source, no figure: leave the list empty rather than estimate.
pay: []
# Hours a week the months below assume.
hoursPerWeek: 10
# The roadmap, 3–4 phases. Time to ready is the sum of the months.
phases:
${phase('first', 3)}
${phase('second', 3)}
${phase('third', 4)}
# Three to seven things the role does on an ordinary day.
typicalDay:
  - ${todo('a task from an ordinary day')}
  - ${todo('another task from an ordinary day')}
  - ${todo('a third task from an ordinary day')}
# A short paragraph on why the role matters now.
whyItMatters: ${todo('two or three sentences on why this role matters now')}
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
# Below the closing --- line: the body, shown under the page's own heading "${what}".
# Write paragraphs, no heading of your own above them. The page supplies its sections
# (${ROLE_PAGE_HEADINGS.join(', ')}, ## Phase 1…): check refuses a body heading named like one.
---

${placeholder(`two or three paragraphs on what ${indefiniteArticle(title)} ${title} does, in your own words. The page shows the heading above them`)}
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

/** The name an existing file gives itself (its `name:` or `title:` line), for messages. */
async function nameIn(path: string): Promise<string | undefined> {
	const text = await readFile(path, 'utf8').catch(() => '');
	const match = /^(?:name|title):\s*(.+)$/m.exec(text);
	return match?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2');
}

const USAGE = `Usage: npm run new -- <${KINDS.join('|')}> "Name" [--id <id>]
Example: npm run new -- role "Data Engineer"
         npm run new -- skill "C++"            (writes content/skills/cpp.yaml)
         npm run new -- skill "日本語" --id japanese`;

async function main(argv: string[]): Promise<number> {
	if (argv[0] === 'translation') return newTranslation(argv[1], argv[2]);
	const at = argv.indexOf('--id');
	const given = at >= 0 ? argv[at + 1] : undefined;
	const [kind, ...words] = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv;
	// One line: a line break in a name would break the file's YAML comments and body.
	const title = words.join(' ').replace(/\s+/g, ' ').trim();
	if (!kind || !(KINDS as readonly string[]).includes(kind) || !title || (at >= 0 && !given)) {
		console.error(USAGE);
		return 2;
	}
	const id = given ?? idFromName(title);
	if (!id) {
		console.error(
			`"${title}" gives no id: an id is made of the Latin letters and digits in the name. Give one: npm run new -- ${kind} "${title}" --id <id>`,
		);
		return 2;
	}
	if (!ID_PATTERN.test(id)) {
		console.error(
			`"${id}" is not an id: use lowercase letters, digits and single hyphens, like data-engineer. Nothing was written.`,
		);
		return 2;
	}
	const reserved = reservedIdProblem(id);
	if (reserved) {
		console.error(
			`${reserved} (npm run new -- ${kind} "${title}" --id <id>). Nothing was written.`,
		);
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
		const existing = await nameIn(clash);
		const whose = existing ? `the id of "${existing}"` : 'that file’s id';
		const maps = given ? '' : ` "${title}" gives the id "${id}", ${whose}.`;
		console.error(
			`${relative(process.cwd(), clash)} already exists: nothing was written.${maps} Edit that file, or, if yours is something else, choose another id: npm run new -- ${kind} "${title}" --id <id>`,
		);
		return 1;
	}
	await mkdir(dir, { recursive: true });
	await writeFile(path, text, { flag: 'wx' });
	const draft = kind === 'role' || kind === 'essay';
	console.log(`Created ${file}${given ? '' : ` (id "${id}", from "${title}")`}

Next steps:
  1. Fill in every field; the comments in the file explain each one (and CONTRIBUTING.md).
  2. npm run check        # names each field still holding the placeholder text${draft ? ' once draft: false' : ''}
  3. npm run dev          # look at the page${draft ? ` (set draft: false when it is ready)` : ''}
  4. Open a pull request.`);
	return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
