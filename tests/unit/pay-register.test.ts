/**
 * The published register (content/sources/) and the roles that cite it: every figure carries the
 * sentence it was read in, every citation resolves, and the roles short of three regions are exactly
 * those docs/pay-sources.md explains.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readCollection } from '../../src/checks/content-files';
import { findFigure } from '../../src/lib/pay';
import { RoleSchema, SourceSchema, type Role, type Source } from '../../src/schemas';

let roles: { id: string; data: Role }[];
let sources: Map<string, Source>;

beforeAll(async () => {
	roles = (await readCollection('content/roles')).map((entry) => ({
		id: entry.id,
		data: RoleSchema.parse(entry.data),
	}));
	sources = new Map(
		(await readCollection('content/sources')).map((entry) => [
			entry.id,
			SourceSchema.parse(entry.data),
		]),
	);
});

/** "133080" → the ways a source writes it: 133,080 · 1,33,080 · 16.8 lakh (for 1680000). */
const written = (amount: number) => [
	amount.toLocaleString('en-US'),
	amount.toLocaleString('en-IN'),
	`${amount / 100_000} lakh`,
];

describe('the register', () => {
	test('every figure’s quote states its amount', () => {
		const unquoted = [...sources].flatMap(([id, source]) =>
			source.figures
				.filter((figure) => !written(figure.amount).some((form) => figure.quote.includes(form)))
				.map((figure) => `${id}: ${figure.occupation.name} ${figure.amount}`),
		);
		expect(unquoted).toEqual([]);
	});

	test('every citation names a source and an occupation in it', () => {
		const cited = roles.flatMap((role) =>
			role.data.pay.map((pay) => {
				const source = sources.get(pay.source);
				return `${role.id} → ${pay.source} ${pay.occupation}: ${source && findFigure(source, pay.occupation) ? 'ok' : 'missing'}`;
			}),
		);
		expect(cited.filter((line) => !line.endsWith(': ok'))).toEqual([]);
	});
});

describe('coverage', () => {
	// The target is the US and two of the UK, India, Spain, Mexico, Canada, Germany or Australia. A role
	// short of it says why, role by role, in docs/pay-sources.md (a "### <role id>" section): a new role
	// without its section fails here, so no gap goes unexplained.
	test('every role short of three regions has its gap explained in docs/pay-sources.md', () => {
		const doc = readFileSync('docs/pay-sources.md', 'utf8');
		const short = roles.filter((role) => {
			const regions = new Set(
				role.data.pay.flatMap((pay) => {
					const source = sources.get(pay.source);
					const figure = source && findFigure(source, pay.occupation);
					return figure ? [figure.region] : [];
				}),
			);
			return !(regions.has('US') && regions.size >= 3);
		});
		expect(short.length).toBeGreaterThan(0);
		expect(
			short.map((role) => role.id).filter((id) => !doc.includes(`### ${id}\n`)),
			'roles with fewer than three pay regions: add a "### <role id>" section to docs/pay-sources.md saying which regions are missing and why',
		).toEqual([]);
	});
});
