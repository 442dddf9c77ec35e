#!/usr/bin/env node
/**
 * `npm run schema`: JSON Schema for every collection's frontmatter, generated from the zod schemas,
 * with each field's description taken from its JSDoc comment in src/schemas/. Editors use the JSON
 * Schema (see .vscode/settings.json); CONTRIBUTING.md's field reference is generated from the same text.
 * `npm run schema -- --check` fails when the checked-in files differ from what the schemas give.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import ts from 'typescript';
import { HttpsUrlSchema } from '../src/schemas/common.ts';
import {
	EssaySchema,
	ProjectSchema,
	RoleSchema,
	SkillSchema,
	TrackSchema,
} from '../src/schemas/index.ts';

const SCHEMA_DIR = 'src/schemas';
export const JSON_DIR = 'src/schemas/json';
export const COLLECTIONS = {
	role: { schema: RoleSchema, files: 'content/roles/*.md(x)', frontmatter: true },
	project: { schema: ProjectSchema, files: 'content/projects/*.md(x)', frontmatter: true },
	essay: { schema: EssaySchema, files: 'content/essays/*.md(x)', frontmatter: true },
	skill: { schema: SkillSchema, files: 'content/skills/*.yaml', frontmatter: false },
	track: { schema: TrackSchema, files: 'content/tracks/*.yaml', frontmatter: false },
} as const;

type JsonSchema = {
	[key: string]: unknown;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	description?: string;
};

/** JSDoc of every object literal passed to z.strictObject/z.object, keyed by its sorted property names. */
async function jsdocByShape(): Promise<
	Map<string, { object?: string; fields: Record<string, string> }>
> {
	const shapes = new Map<string, { object?: string; fields: Record<string, string> }>();
	const files = (await readdir(SCHEMA_DIR)).filter((name) => name.endsWith('.ts'));
	for (const name of files) {
		const source = ts.createSourceFile(
			name,
			await readFile(join(SCHEMA_DIR, name), 'utf8'),
			ts.ScriptTarget.Latest,
			true,
		);
		const docOf = (node: ts.Node) =>
			ts
				.getJSDocCommentsAndTags(node)
				.map((doc) => (ts.isJSDoc(doc) ? ts.getTextOfJSDocComment(doc.comment) : undefined))
				.filter(Boolean)
				.join(' ') || undefined;
		const visit = (node: ts.Node, objectDoc?: string): void => {
			if (ts.isVariableStatement(node)) {
				node.forEachChild((child) => {
					visit(child, docOf(node));
				});
				return;
			}
			if (
				ts.isCallExpression(node) &&
				ts.isPropertyAccessExpression(node.expression) &&
				/^(strictObject|object)$/.test(node.expression.name.text) &&
				node.arguments[0] &&
				ts.isObjectLiteralExpression(node.arguments[0])
			) {
				const fields: Record<string, string> = {};
				for (const property of node.arguments[0].properties) {
					const key =
						property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
					const doc = docOf(property);
					if (key && doc) fields[key] = doc;
				}
				const key = node.arguments[0].properties
					.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ''))
					.sort()
					.join(',');
				shapes.set(key, { ...(objectDoc ? { object: objectDoc } : {}), fields });
			}
			node.forEachChild((child) => {
				visit(child, ts.isCallExpression(node) ? undefined : objectDoc);
			});
		};
		visit(source);
	}
	return shapes;
}

function describe(node: JsonSchema, shapes: Awaited<ReturnType<typeof jsdocByShape>>): void {
	if (node.properties) {
		const docs = shapes.get(Object.keys(node.properties).sort().join(','));
		if (docs?.object && !node.description) node.description = docs.object;
		for (const [key, child] of Object.entries(node.properties)) {
			const doc = docs?.fields[key];
			if (doc) node.properties[key] = { description: doc, ...child };
			describe(node.properties[key] as JsonSchema, shapes);
		}
	}
	if (node.items) describe(node.items, shapes);
}

/**
 * The JSON Schema of one collection, as it is checked in.
 * @param name - the collection's singular name
 * @returns the schema as formatted JSON text
 */
export async function jsonSchema(name: keyof typeof COLLECTIONS): Promise<string> {
	const schema = z.toJSONSchema(COLLECTIONS[name].schema, {
		io: 'input',
		unrepresentable: 'any',
		override: (context) => {
			// Dates are written as YYYY-MM-DD; https-only URLs are a refinement JSON Schema cannot see.
			if ((context.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
				Object.assign(context.jsonSchema, { type: 'string', format: 'date' });
			}
			if (context.zodSchema === HttpsUrlSchema)
				Object.assign(context.jsonSchema, { format: 'uri', pattern: '^https://' });
		},
	}) as JsonSchema;
	describe(schema, await jsdocByShape());
	return `${JSON.stringify({ ...schema, title: `Rolemap ${name}` }, null, '\t')}\n`;
}

/**
 * The field reference for CONTRIBUTING.md: one table per collection, from the same descriptions.
 * @returns Markdown text
 */
export async function fieldReference(): Promise<string> {
	const sections: string[] = [];
	for (const name of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) {
		const schema = JSON.parse(await jsonSchema(name)) as JsonSchema & { required?: string[] };
		const rows = Object.entries(schema.properties ?? {}).map(([key, field]) => {
			const required = schema.required?.includes(key) ? 'yes' : 'no';
			return `| \`${key}\` | ${required} | ${(field.description ?? '').replace(/\|/g, '\\|')} |`;
		});
		const where = COLLECTIONS[name].frontmatter ? 'frontmatter of' : 'keys of';
		sections.push(
			`### ${name[0]?.toUpperCase()}${name.slice(1)} (${where} \`${COLLECTIONS[name].files}\`)\n\n| Field | Required | What it holds |\n| --- | --- | --- |\n${rows.join('\n')}`,
		);
	}
	return sections.join('\n\n');
}

const START = '<!-- fields:start (generated by npm run schema; do not edit by hand) -->';
const END = '<!-- fields:end -->';

/**
 * CONTRIBUTING.md with its field reference replaced by the generated one.
 * @param current - the file's text
 * @returns the updated text
 */
export async function withFieldReference(current: string): Promise<string> {
	const start = current.indexOf(START);
	const end = current.indexOf(END);
	if (start < 0 || end < start)
		throw new Error(`CONTRIBUTING.md needs the markers ${START} and ${END}`);
	return `${current.slice(0, start + START.length)}\n\n${await fieldReference()}\n\n${current.slice(end)}`;
}

if (import.meta.main) {
	const check = process.argv.includes('--check');
	const outputs: [string, string][] = [];
	for (const name of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) {
		outputs.push([join(JSON_DIR, `${name}.schema.json`), await jsonSchema(name)]);
	}
	outputs.push([
		'CONTRIBUTING.md',
		await withFieldReference(await readFile('CONTRIBUTING.md', 'utf8')),
	]);
	const stale: string[] = [];
	for (const [path, text] of outputs) {
		const current = await readFile(path, 'utf8').catch(() => '');
		if (current === text) continue;
		if (check) stale.push(path);
		else await writeFile(path, text);
	}
	if (stale.length > 0) {
		console.error(
			`Out of date with src/schemas: ${stale.join(', ')}\nRun npm run schema and commit the result.`,
		);
		process.exitCode = 1;
	} else {
		console.log(
			check
				? 'JSON Schema and field reference are up to date.'
				: `Wrote ${outputs.map(([path]) => path).join(', ')}`,
		);
	}
}
