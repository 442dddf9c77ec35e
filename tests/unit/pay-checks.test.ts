/**
 * The pay register's rules (src/checks/pay.ts, src/schemas/source.ts) on fixtures that try each
 * mistake: two figures for one occupation and release, a cited edition superseded by a newer one, an
 * unknown source or occupation, a level that is not the source's population, a research note in text
 * readers see.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readCollection, type ContentFile } from '../../src/checks/content-files';
import { checkPay, payReport, supersededBy } from '../../src/checks/pay';
import { resolvePay } from '../../src/lib/pay';
import { RoleSchema, SourceSchema, type Role, type Source } from '../../src/schemas';

const DIR = 'tests/fixtures/pay';

interface Found {
	file: string;
	line: number;
	field: string;
	message: string;
	severity: 'error' | 'warning';
}

const parsed = async <T>(folder: string, schema: { parse: (v: unknown) => T }) =>
	(await readCollection(`${DIR}/${folder}`)).map((entry) => ({
		...entry,
		data: schema.parse(entry.data),
	}));

let roles: (ContentFile & { data: Role })[];
let sources: (ContentFile & { data: Source })[];
let findings: Found[];
const run = (input: Parameters<typeof checkPay>[0]) => {
	const found: Found[] = [];
	checkPay(
		input,
		(file, line, field, message) => found.push({ file, line, field, message, severity: 'error' }),
		(file, line, field, message) => found.push({ file, line, field, message, severity: 'warning' }),
	);
	return found;
};
const of = (role: string) =>
	findings
		.filter((finding) => finding.file.endsWith(`/${role}.md`))
		.map((finding) => `${finding.line}  ${finding.field}  ${finding.severity}: ${finding.message}`);

beforeAll(async () => {
	[roles, sources] = await Promise.all([
		parsed('roles', RoleSchema),
		parsed('sources', SourceSchema),
	]);
	findings = run({ roles, sources });
});

describe('one occupation in one release is one figure, by construction', () => {
	test('two roles citing one occupation of one release show the same figure, whatever name they use', () => {
		const register = new Map(sources.map((source) => [source.id, source.data]));
		const [backend, mobile] = ['backend-engineer', 'mobile-engineer'].map(
			(id) => roles.find((role) => role.id === id)?.data.pay[0],
		);
		expect(backend?.occupation).toBe('15-1252');
		expect(mobile?.occupation).toBe('Software Developers');
		const figures = [backend, mobile].map((pay) => pay && resolvePay(pay, register));
		expect(figures.map((figure) => [figure?.amount, figure?.currency, figure?.year])).toEqual([
			[133080, 'USD', 2024],
			[133080, 'USD', 2024],
		]);
	});

	test('a release that lists one occupation twice, by code or by name, is refused', async () => {
		const [file] = (await readCollection(`${DIR}/bad-sources`)).filter(
			(entry) => entry.id === 'two-figures-one-occupation',
		);
		const result = SourceSchema.safeParse(file?.data);
		expect(result.success).toBe(false);
		expect(
			result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
		).toEqual([
			'figures.1.occupation: figures[0] already has the occupation "software developers": one occupation is one figure in a release. Keep one',
			'figures.2.occupation: figures[0] already has the occupation "15-1252": one occupation is one figure in a release. Keep one',
		]);
	});

	test('a role cannot carry an amount of its own', () => {
		const result = RoleSchema.safeParse({
			...roles[0]?.data,
			pay: [
				{ source: 'stats-wages-2024-05', occupation: '15-1252', match: 'exact', amount: 150000 },
			],
		});
		expect(result.error?.issues.map((issue) => issue.message)).toEqual([
			"amount: a role cites a figure, it does not copy one. Write { source, occupation, match, reason }; amount, currency, region, year and the source's name live in its file in content/sources/",
		]);
	});
});

describe('check', () => {
	test('a role citing the newest edition, with a level that is its population, passes', () => {
		expect(of('backend-engineer')).toEqual([]);
		expect(of('mobile-engineer')).toEqual([]);
	});

	test('a newer edition of the same series in the register warns every role citing the older one', () => {
		expect(of('frontend-engineer')).toEqual([
			'6  pay[0].source  warning: stats-wages-2023-05 (May 2023) is superseded by stats-wages-2024-05 (May 2024) in the register: cite the newer edition',
		]);
	});

	test('unknown sources and occupations name the closest ids; a level must be the population; reasons are reader text', () => {
		expect(of('typo-engineer')).toEqual([
			'6  pay[0].source  error: no source "stats-wage-2024-05" in content/sources/: did you mean stats-wages-2024-05, stats-wages-2023-05?',
			'10  pay[1].occupation  error: tests/fixtures/pay/sources/stats-wages-2024-05.yaml has no occupation "Web Developer" (closest: "web developers"): cite one it lists by code or name: "15-1252" (Software Developers), "15-1254" (Web Developers)',
			"15  pay[2].level  error: level says all, but tests/fixtures/pay/sources/survey-mid-2025.yaml covers mid (3–5 years' experience): the level comes from the source's population. Remove level, or cite a source that measures all",
			'19  pay[3].reason  error: reads like a research note ("stored"): readers and the API see this text. Keep research notes in docs/pay-sources.md',
			'20  pay[4]  error: pay[3] already shows a figure over all levels for US: keep one per region and level, the newest and best-sourced',
		]);
	});

	test('source text a reader sees is refused when it reads like a research note, with every other mistake', async () => {
		const [file] = (await readCollection(`${DIR}/bad-sources`)).filter(
			(entry) => entry.id === 'research-note',
		);
		const result = SourceSchema.safeParse(file?.data);
		expect(
			result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
		).toEqual([
			'title: title reads like a research note ("stored"): readers see this text. Keep research notes in docs/pay-sources.md',
			'url: must be an absolute https:// URL, like "https://www.postgresql.org/docs/"',
			'statistic: statistic must be one of: median, mean, p10, p25, p75, p90',
			'population.band: population.band is required for an experience band or grade: say what the source counts, like "3–5 years\' experience"',
			'figures.0.occupation: occupation.code and occupation.scheme go together: a code means nothing without its classification ("SOC 2018")',
			'figures.0.region: region must be a two-letter country code like "US"',
			'figures.0.amount: amount must be a whole number with no separators, like 133080',
			'figures.0.quote: quote is required: copy the sentence or table row that states the figure',
		]);
	});

	test('`npm run check -- --pay` prints each figure with its edition, age and any newer edition', async () => {
		process.env['ROLEMAP_TODAY'] = '2026-12-07';
		try {
			const lines = await payReport(DIR);
			expect(lines).toContain(
				'  US USD 132270 · median, all levels · Software Developers (nearest) · stats-wages-2023-05, May 2023, 3 years old · NEWER EDITION: stats-wages-2024-05 (May 2024)',
			);
			expect(lines).toContain(
				'  IN INR 2600000 · median, mid · Backend developers (exact) · survey-mid-2025, 2025, 1 year old · newest in the register',
			);
			expect(lines).toContain('typo-engineer');
			expect(lines).toContain(
				'  stats-wage-2024-05 · 15-1252: not in the register (run npm run check)',
			);
		} finally {
			delete process.env['ROLEMAP_TODAY'];
		}
	});
});

describe('variants a hostile or hurried contributor might try', () => {
	const entry = (id: string, data: Source) => ({
		id,
		file: `content/sources/${id}.yaml`,
		body: '',
		text: '',
		data,
		lineOf: () => 1,
	});

	test('a newer edition warns even when its publisher is spelt differently', () => {
		const older = sources.find((source) => source.id === 'stats-wages-2024-05');
		if (!older) throw new Error('fixture missing');
		const newer = entry('fso-wages-2025-05', {
			...older.data,
			publisher: 'FSO (Fixture Statistics Office)',
			period: '2025-05',
		});
		expect(supersededBy([older, newer]).get('stats-wages-2024-05')?.id).toBe('fso-wages-2025-05');
	});

	test('a role reviewed after its figures were last read in their source says so', () => {
		const source = sources.find((entry) => entry.id === 'stats-wages-2024-05');
		const role = roles.find((entry) => entry.id === 'mobile-engineer');
		if (!source || !role) throw new Error('fixture missing');
		const checked = entry('stats-wages-2024-05', {
			...source.data,
			checked: new Date('2025-01-10'),
		});
		const found = run({ roles: [role], sources: [checked] });
		expect(
			found.map((finding) => `${finding.field}  ${finding.severity}: ${finding.message}`),
		).toEqual([
			'updated  warning: reviewed 2026-11-20, but stats-wages-2024-05 was last read in its source on 2025-01-10: re-read its figures and set checked in content/sources/stats-wages-2024-05.yaml, or keep updated no later than that',
		]);
	});

	test('a quote that does not state its amount is flagged for the reviewer', () => {
		const [source] = sources;
		if (!source) throw new Error('fixture missing');
		const [figure] = source.data.figures;
		if (!figure) throw new Error('fixture missing');
		const found = run({
			sources: [
				entry('edited', {
					...source.data,
					figures: [{ ...figure, amount: figure.amount + 1000 }],
				}),
			],
		});
		expect(
			found.map((finding) => `${finding.field}  ${finding.severity}: ${finding.message}`),
		).toContain(
			`figures[0].quote  warning: the quote does not state ${figure.amount + 1000}: copy the sentence or table row that gives the figure, so a reviewer can check it against the source`,
		);
	});

	test('a release from the future, or one whose period is not a date, is refused', () => {
		const [source] = sources;
		const problems = (period: string) =>
			SourceSchema.safeParse({ ...source?.data, period }).error?.issues.map(
				(issue) => issue.message,
			);
		expect(problems('2099-01')).toEqual([
			'period must not be in the future: write the year or month the figures describe',
		]);
		expect(problems('May 2024')).toEqual([
			'period must be a year or a month, like "2024" or "2024-05"',
		]);
	});

	test('notes hidden in reader text are refused wherever they appear', () => {
		const [source] = sources;
		const titles = [
			'Wages (TODO: check the 2025 table)',
			'Wages, fact-checked by us',
			'Wages (unverified)',
		];
		for (const title of titles)
			expect(SourceSchema.safeParse({ ...source?.data, title }).success, title).toBe(false);
		const reason = RoleSchema.safeParse({
			...roles[0]?.data,
			pay: [
				{
					source: 'stats-wages-2024-05',
					occupation: '15-1252',
					match: 'nearest',
					reason: 'we could not find a closer one',
				},
			],
		});
		expect(reason.success).toBe(true); // the role schema accepts it; check refuses it:
		const found = run({
			roles: [{ ...(roles[0] as ContentFile), data: reason.data }],
			sources,
		});
		expect(found.map((finding) => finding.message)).toContain(
			'reads like a research note ("we could not"): readers and the API see this text. Keep research notes in docs/pay-sources.md',
		);
	});
});
