/**
 * The catalogue built directly from entries, without Astro: the relationships every page shows (related
 * roles, reverse indexes, pick-one groups) and the translation overlay, from the fixture site's files.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.ts';
import { translateCatalog } from '../../src/catalog/translate.ts';
import type { CatalogInput, RoleEntry, TranslationInput } from '../../src/catalog/types.ts';
import { readCollection } from '../../src/checks/content-files.ts';
import { milestoneId } from '../../src/lib/progress.ts';
import { COLLECTION_NAMES, REGISTRY, TRANSLATABLE } from '../../src/registry.ts';

const SITE = join(process.cwd(), 'tests/fixtures/site');

/** Entries as Astro's collections hold them: id, collection, parsed data and body. */
async function entries(folder: string, name: string, schema: { parse(data: unknown): unknown }) {
	return (await readCollection(folder)).map((file) => ({
		id: file.id,
		collection: name,
		data: schema.parse(file.data),
		body: file.body,
	}));
}

let input: CatalogInput;
let translations: TranslationInput;

beforeAll(async () => {
	input = Object.fromEntries(
		await Promise.all(
			COLLECTION_NAMES.map(async (name) => [
				name,
				await entries(join(SITE, REGISTRY[name].folder), name, REGISTRY[name].schema),
			]),
		),
	) as CatalogInput;
	translations = Object.fromEntries(
		await Promise.all(
			TRANSLATABLE.map(async (name) => {
				const { folder, translation } = REGISTRY[name];
				const list = await entries(
					join(SITE, 'es', folder),
					translation.collection,
					translation.schema,
				);
				return [name, list.map((entry) => ({ ...entry, id: `es/${entry.id}` }))];
			}),
		),
	) as TranslationInput;
});

const published = () => buildCatalog(input, { drafts: false });

describe('buildCatalog', () => {
	test('publishes roles by title and leaves drafts out unless asked', () => {
		expect(published().roles.map((role) => role.id)).toEqual([
			'backend-engineer',
			'platform-engineer',
			'product-designer',
		]);
		expect(buildCatalog(input, { drafts: true }).rolesById.has('draft-role')).toBe(true);
	});

	test('derives time to ready, hours and skills from the phases', () => {
		const backend = published().rolesById.get('backend-engineer');
		expect(backend?.months).toBe(10);
		expect(backend?.hours).toBe(Math.round(10 * (52 / 12) * 12));
		expect(backend?.skills).toEqual([
			'python',
			'sql',
			'postgresql',
			'rest-apis',
			'docker',
			'git',
			'redis',
			'kubernetes',
			'aws',
		]);
	});

	test('relates roles that share most of their skills, and not a role that shares none', () => {
		const catalog = published();
		const related = (id: string) => catalog.rolesById.get(id)?.related.map((role) => role.id) ?? [];
		expect(related('backend-engineer')).toEqual(['platform-engineer']);
		expect(related('platform-engineer')).toEqual(['backend-engineer']);
		expect(related('product-designer')).toEqual([]);
	});

	test('counts every skill of a pick-one group as the role’s, and records the phase teaching it', () => {
		const backend = input.roles.find((role) => role.id === 'backend-engineer') as RoleEntry;
		const withChoice: RoleEntry = {
			...backend,
			data: {
				...backend.data,
				phases: backend.data.phases.map((phase, index) =>
					index === 2
						? { ...phase, skills: ['redis', { oneOf: ['kubernetes', 'terraform'] }] }
						: phase,
				),
			},
		};
		const catalog = buildCatalog(
			{ ...input, roles: input.roles.map((role) => (role.id === backend.id ? withChoice : role)) },
			{ drafts: false },
		);
		expect(catalog.rolesById.get('backend-engineer')?.skills).toContain('terraform');
		expect(catalog.rolesById.get('backend-engineer')?.skills).not.toContain('aws');
		expect(
			catalog.skillUses.get('terraform')?.map((use) => [use.role.id, use.phaseNumber]),
		).toEqual([
			['backend-engineer', 3],
			['platform-engineer', 2],
		]);
	});

	test('indexes projects by skill and roles by project', () => {
		const catalog = published();
		expect(catalog.projectsBySkill.get('redis')?.map((project) => project.id)).toEqual([
			'rate-limited-api',
		]);
		expect(catalog.rolesForProject.get('rate-limited-api')?.map((role) => role.id)).toEqual([
			'backend-engineer',
			'platform-engineer',
		]);
	});

	test('joins roles and essays both ways: listed first, then named from the other side', () => {
		const catalog = published();
		expect(catalog.essaysForRole.get('backend-engineer')).toEqual(['layered-design', 'benign-mdx']);
		expect(catalog.essaysForRole.get('platform-engineer')).toEqual(['layered-design']);
		expect(catalog.rolesForEssay.get('layered-design')).toEqual([
			'backend-engineer',
			'platform-engineer',
		]);
	});

	test('knows what each skill leads to, by name', () => {
		const catalog = published();
		for (const [skill, before] of catalog.prerequisites)
			for (const first of before) expect(catalog.leadsTo.get(first)).toContain(skill);
	});

	test('joins each pay citation with its release in the register', () => {
		const pay = published().rolesById.get('backend-engineer')?.pay ?? [];
		expect(pay.length).toBeGreaterThan(0);
		for (const figure of pay) expect(figure.amount).toBeGreaterThan(0);
	});

	test('is pure: the same entries give the same catalogue, and the input is not changed', () => {
		const before = JSON.stringify(input);
		const first = published();
		const second = published();
		expect(JSON.stringify(second.roles)).toBe(JSON.stringify(first.roles));
		expect(JSON.stringify(input)).toBe(before);
	});
});

describe('translateCatalog', () => {
	test('takes a translation’s text and keeps English structure, data and milestone ids', () => {
		const english = published();
		const spanish = translateCatalog(english, 'es', translations);
		const en = english.rolesById.get('backend-engineer');
		const es = spanish.rolesById.get('backend-engineer');
		expect(es?.title).toBe('Ingeniero/a backend');
		expect(es?.text).toEqual({ lang: 'es', status: 'translated' });
		expect(es?.skills).toEqual(en?.skills);
		expect(es?.pay).toEqual(en?.pay);
		const phase = es?.entry.data.phases[0];
		expect(phase?.milestones[0]).toMatch(/^Publica una herramienta/);
		// A reader's ticks are shared between languages: ids come from the English milestones.
		expect((phase as { milestoneIds?: string[] } | undefined)?.milestoneIds).toEqual(
			en?.entry.data.phases[0]?.milestones.map(milestoneId),
		);
	});

	test('says which text is still English, and leaves the English catalogue alone', () => {
		const english = published();
		const spanish = translateCatalog(english, 'es', translations);
		expect(spanish.rolesById.get('platform-engineer')?.text).toEqual({
			lang: 'en',
			status: 'missing',
		});
		expect(spanish.skills.get('postgresql')?.data.description).toMatch(/^Descripción de prueba/);
		expect(english.skills.get('postgresql')?.data.description).not.toMatch(/^Descripción/);
		expect(english.rolesById.get('backend-engineer')?.title).toBe('Backend Engineer');
	});

	test('calls a translation outdated once its English text changes', () => {
		const changed = {
			...input,
			roles: input.roles.map((role) =>
				role.id === 'backend-engineer'
					? { ...role, data: { ...role.data, tagline: `${role.data.tagline} Changed.` } }
					: role,
			),
		};
		const spanish = translateCatalog(buildCatalog(changed, { drafts: false }), 'es', translations);
		expect(spanish.rolesById.get('backend-engineer')?.text.status).toBe('outdated');
	});
});
