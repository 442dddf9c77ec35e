import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { COLLECTIONS, JSON_DIR, jsonSchema, withFieldReference } from '../../scripts/schema';

test.each(Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[])(
	'the checked-in JSON Schema for %s equals the one generated from src/schemas (run npm run schema)',
	(name) => {
		expect(readFileSync(`${JSON_DIR}/${name}.schema.json`, 'utf8')).toBe(jsonSchema(name));
	},
);

test('CONTRIBUTING.md’s field reference equals the generated one (run npm run schema)', () => {
	const current = readFileSync('CONTRIBUTING.md', 'utf8');
	expect(current).toBe(withFieldReference(current));
});

test('every field carries its schema description into the JSON Schema', () => {
	const role = JSON.parse(jsonSchema('role')) as {
		properties: Record<
			string,
			{ description?: string; items?: { properties: Record<string, { description?: string }> } }
		>;
	};
	expect(role.properties['tagline']?.description).toBe(
		'One line under the title; also the meta description. At most 160 characters.',
	);
	expect(role.properties['pay']?.items?.properties['source']?.description).toBe(
		'Id of the release in content/sources/, e.g. "bls-oews-2024-05".',
	);
	const undocumented = Object.entries(role.properties).filter(([, field]) => !field.description);
	expect(undocumented).toEqual([]);
});
