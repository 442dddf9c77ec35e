import { describe, expect, test } from 'vitest';
import { niceTicks, scale, timelineBars } from '../../src/lib/charts';
import { compareSkills, payByCurrency } from '../../src/lib/compare';
import { monthsAtPace, readPaceHours } from '../../src/lib/pace';
import {
	countDone,
	milestoneId,
	readStoredProgress,
	type ProgressFile,
} from '../../src/lib/progress';
import {
	checkProgressFile,
	mergeProgress,
	parseProgressFile,
	ticksLostByReplacing,
} from '../../src/lib/progress-file';
import { rankBySkillGap, roleRequirements, type PhaseSkill } from '../../src/lib/skill-gap';
import { importMessage, refusalMessage } from '../../src/components/role/progress-import';
import { clientEn } from '../../src/i18n/client/en';
import { clientEs } from '../../src/i18n/client/es';
import type { ClientStrings } from '../../src/i18n/client/page-strings';

describe('milestone ids', () => {
	const milestones = [
		'Ship a public API with auth',
		'Publish an OpenAPI spec',
		'Deploy to a real cloud',
	];

	test('depend on the text, not the position: reordering or adding milestones keeps every id', () => {
		const before = milestones.map(milestoneId);
		const after = ['A brand new first milestone', ...[...milestones].reverse()].map(milestoneId);
		expect(after.slice(1).reverse()).toEqual(before);
	});

	test('ignore case and spacing, so a typo-level edit of whitespace keeps progress', () => {
		expect(milestoneId('Ship a  public API with auth ')).toBe(
			milestoneId('ship a public api with auth'),
		);
	});

	test('differ for different milestones and look like m + base 36', () => {
		const ids = milestones.map(milestoneId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^m[0-9a-z]{1,7}$/);
	});

	test('count ticks per phase and per role', () => {
		const ids = milestones.map(milestoneId);
		expect(countDone(ids, new Set([ids[0] ?? '', 'm-other']))).toEqual({ done: 1, total: 3 });
	});
});

describe('progress files', () => {
	test('a valid export round-trips, dropping anything that is not a milestone id', () => {
		const file = JSON.stringify({
			format: 'rolemap-progress',
			version: 1,
			roles: { 'backend-engineer': ['m1abc', 42, '<script>'] },
		});
		expect(parseProgressFile(file).roles).toEqual({ 'backend-engineer': ['m1abc'] });
	});

	test.each([
		['not json', 'That file is not a Rolemap progress file (it is not JSON).'],
		[
			'{"format":"something-else","version":1,"roles":{}}',
			'That file is not a Rolemap progress file.',
		],
		[
			'{"format":"rolemap-progress","version":2,"roles":{}}',
			'That file is not a Rolemap progress file.',
		],
	])('%s is refused', (text, message) => {
		expect(() => parseProgressFile(text)).toThrow(message);
	});
});

describe('pace', () => {
	test.each([
		{ months: 10, at: 12, pace: 12, expected: 10 },
		{ months: 10, at: 12, pace: 6, expected: 20 },
		{ months: 10, at: 12, pace: 24, expected: 5 },
		{ months: 10, at: 12, pace: 20, expected: 6 },
		{ months: 10, at: 12, pace: 60, expected: 2 },
		{ months: 1, at: 10, pace: 60, expected: 0.5 },
	])(
		'$months months at $at h/week is about $expected months at $pace h/week',
		({ months, at, pace, expected }) => {
			expect(monthsAtPace(months, at, pace)).toBe(expected);
		},
	);

	test('zero hours a week is refused', () => {
		expect(() => monthsAtPace(10, 12, 0)).toThrow('hours a week must be more than 0');
	});
});

test('compare splits skills into common and unique, in each role’s order', () => {
	expect(compareSkills(['python', 'sql', 'docker'], ['sql', 'spark', 'python'])).toEqual({
		common: ['python', 'sql'],
		onlyA: ['docker'],
		onlyB: ['spark'],
	});
});

describe('charts', () => {
	test('timeline bars are proportional to months and fill the width', () => {
		const bars = timelineBars([
			{ title: 'A', months: 3 },
			{ title: 'B', months: 3 },
			{ title: 'C', months: 4 },
		]);
		expect(bars.map((bar) => [bar.start, bar.width])).toEqual([
			[0, 30],
			[30, 30],
			[60, 40],
		]);
	});

	test.each([
		[13, [0, 5, 10, 15]],
		[164_070, [0, 50_000, 100_000, 150_000, 200_000]],
		[1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
	])('ticks for %d', (max, ticks) => {
		expect(niceTicks(max)).toEqual(ticks);
	});

	test('scale maps the domain onto the range, upside down when asked', () => {
		expect(scale(5, 10, [0, 100])).toBe(50);
		expect(scale(5, 10, [300, 100])).toBe(200);
	});
});

describe('importing progress', () => {
	const file = (roles: Record<string, string[]>): ProgressFile => ({
		format: 'rolemap-progress',
		version: 1,
		roles,
	});

	test('merging keeps every tick from both and counts what it adds', () => {
		const { file: merged, added } = mergeProgress(
			file({ 'backend-engineer': ['m1', 'm2'] }),
			file({ 'backend-engineer': ['m2', 'm3'], 'qa-engineer': ['m4'] }),
		);
		expect({ ...merged.roles }).toEqual({
			'backend-engineer': ['m1', 'm2', 'm3'],
			'qa-engineer': ['m4'],
		});
		expect(added).toBe(2);
	});

	test('an empty list for a role would lose its ticks only by replacing', () => {
		const current = file({ 'backend-engineer': ['m1', 'm2'] });
		const imported = parseProgressFile(
			JSON.stringify({ format: 'rolemap-progress', version: 1, roles: { 'backend-engineer': [] } }),
		);
		expect(ticksLostByReplacing(current, imported)).toBe(2);
		expect(mergeProgress(current, imported).file.roles['backend-engineer']).toEqual(['m1', 'm2']);
	});

	test('a key that is not a role id, such as __proto__, is dropped without touching any object', () => {
		const parsed = parseProgressFile(
			'{"format":"rolemap-progress","version":1,"roles":{"__proto__":["m1"],"qa-engineer":["m2"]}}',
		);
		expect(Object.keys(parsed.roles)).toEqual(['qa-engineer']);
		expect(({} as Record<string, unknown>)['m1']).toBeUndefined();
	});

	test.each(['valueof', 'tostring', 'hasownproperty'])(
		'a role whose id is %s keeps its ticks through parse, merge and JSON',
		(id) => {
			const parsed = parseProgressFile(
				`{"format":"rolemap-progress","version":1,"roles":{"${id}":["m1"]}}`,
			);
			expect(parsed.roles[id]).toEqual(['m1']);
			const { file: merged } = mergeProgress(parsed, file({}));
			expect(merged.roles[id]).toEqual(['m1']);
			expect((JSON.parse(JSON.stringify(merged)) as ProgressFile).roles[id]).toEqual(['m1']);
			expect(mergeProgress(file({}), file({})).file.roles[id]).toBeUndefined();
		},
	);
});

describe('importing a hostile progress file (#28)', () => {
	const ROLES = new Set(['backend-engineer', 'qa-engineer', 'data-engineer']);
	const en: ClientStrings['progressStatus'] = clientEn.progressStatus;
	const progress = (roles: unknown) =>
		JSON.stringify({ format: 'rolemap-progress', version: 1, roles });
	/** What the page says after merging the file into an empty browser. */
	const says = (text: string, t: typeof en = en) => {
		const { file: imported, ignored } = checkProgressFile(text, ROLES);
		const empty: ProgressFile = { format: 'rolemap-progress', version: 1, roles: {} };
		const { added } = mergeProgress(empty, imported);
		return {
			roles: { ...imported.roles },
			message: importMessage(t, { added, replaced: false, ignored }),
		};
	};
	/** The message for a file refused whole. */
	const refused = (text: string, t: typeof en = en) => {
		try {
			checkProgressFile(text, ROLES);
		} catch (error) {
			return refusalMessage(t, error);
		}
		throw new Error('the file was accepted');
	};

	test('a clean file imports every tick and says nothing was ignored', () => {
		expect(says(progress({ 'backend-engineer': ['m1abc', 'm2def'] }))).toEqual({
			roles: { 'backend-engineer': ['m1abc', 'm2def'] },
			message: 'Imported: 2 new ticks added, none removed.',
		});
	});

	test('__proto__, prototype and constructor are never roles, whatever the role list says', () => {
		const text =
			'{"format":"rolemap-progress","version":1,"roles":{"__proto__":["m1"],"prototype":["m2"],"constructor":["m3"],"qa-engineer":["m4"]}}';
		const { file } = checkProgressFile(text, new Set([...ROLES, 'prototype', 'constructor']));
		expect(Object.keys(file.roles)).toEqual(['qa-engineer']);
		expect(says(text)).toEqual({
			roles: { 'qa-engineer': ['m4'] },
			message:
				'Imported: 1 new tick added, none removed. Ignored 3 entries: “__proto__” (a name no role can have), “prototype” (a name no role can have), “constructor” (a name no role can have).',
		});
		// Nothing leaked onto Object.prototype.
		expect(({} as Record<string, unknown>)['m1']).toBeUndefined();
		expect(Object.getPrototypeOf(file.roles)).toBeNull();
	});

	test('an unknown role is reported and never stored', () => {
		expect(says(progress({ x: ['m1'], 'backend-engineer': ['m2'] }))).toEqual({
			roles: { 'backend-engineer': ['m2'] },
			message: 'Imported: 1 new tick added, none removed. Ignored 1 entry: unknown role “x”.',
		});
	});

	test('numbers, null, objects and look-alike strings as milestone ids are reported', () => {
		expect(
			says(progress({ 'backend-engineer': [42, 'm1abc', null, { x: 1 }, 'M1ABC', 'm1abc'] })),
		).toEqual({
			roles: { 'backend-engineer': ['m1abc'] },
			message:
				'Imported: 1 new tick added, none removed. Ignored 4 entries: 42 in “backend-engineer” (not a milestone id), null in “backend-engineer” (not a milestone id), {"x":1} in “backend-engineer” (not a milestone id) and 1 more.',
		});
	});

	test('the issue’s file: four ticks, none on a known role, says 0 added and why', () => {
		// Written as JSON: in a JavaScript literal, __proto__ would set the prototype, not a key.
		const text =
			'{"format":"rolemap-progress","version":1,"roles":{"__proto__":["m1"],"x":["m2"],"qa-engineer":"m3","data-engineer":[7]}}';
		expect(says(text)).toEqual({
			roles: { 'data-engineer': [] },
			message:
				'Imported: 0 new ticks added, none removed. Ignored 4 entries: “__proto__” (a name no role can have), unknown role “x”, “qa-engineer” (not a list of milestones) and 1 more.',
		});
	});

	test('roles as a list refuses the whole file, with the reason', () => {
		expect(refused(progress([['backend-engineer', ['m1']]]))).toBe(
			'That file is not a Rolemap progress file: its “roles” is a list, not ticks by role id.',
		);
	});

	test.each([
		['a list at the top', '[{"format":"rolemap-progress","version":1,"roles":{}}]'],
		['null', 'null'],
		['a number', '42'],
		['roles as a string', '{"format":"rolemap-progress","version":1,"roles":"backend-engineer"}'],
		['roles as null', '{"format":"rolemap-progress","version":1,"roles":null}'],
		[
			'format hidden behind __proto__',
			'{"__proto__":{"format":"rolemap-progress","version":1},"roles":{}}',
		],
		['version as a string', '{"format":"rolemap-progress","version":"1","roles":{}}'],
	])('%s is not a progress file', (_, text) => {
		expect(refused(text)).toBe('That file is not a Rolemap progress file.');
	});

	test('a file over 1 MB is refused before it is parsed', () => {
		expect(refused(progress({ 'backend-engineer': ['m1'.padEnd(1_000_001, ' ')] }))).toBe(
			'That file is too large to be a Rolemap progress file (more than 1 MB).',
		);
	});

	test('control and bidi characters in a role name are shown as U+XXXX, long names cut', () => {
		expect(says(progress({ '\u202Eevil\u0007': ['m1'], ['a'.repeat(60)]: ['m1'] })).message).toBe(
			`Imported: 0 new ticks added, none removed. Ignored 2 entries: unknown role “U+202EevilU+0007”, unknown role “${'a'.repeat(40)}…”.`,
		);
	});

	test('replacing says what was ignored too', () => {
		const { ignored } = checkProgressFile(progress({ x: ['m1'] }), ROLES);
		expect(importMessage(en, { added: 0, replaced: true, ignored })).toBe(
			'Progress replaced with the file’s. Ignored 1 entry: unknown role “x”.',
		);
	});

	test('messages are in the page’s language', () => {
		expect(
			says(progress({ x: ['m1'], 'backend-engineer': [42] }), clientEs.progressStatus),
		).toEqual({
			roles: { 'backend-engineer': [] },
			message:
				'Importado: 0 marcas nuevas añadidas, ninguna eliminada. Se ignoraron 2 entradas: puesto desconocido «x», 42 en «backend-engineer» (no es un id de hito).',
		});
		expect(refused(progress([]), clientEs.progressStatus)).toBe(
			'Ese archivo no es un archivo de progreso de Rolemap: su «roles» es una lista, no marcas por puesto.',
		);
	});

	test('without the role list (offline) nothing is imported, and the page says why', () => {
		expect(refusalMessage(en, new Error('x', { cause: 'no-roles' }))).toBe(
			'Nothing was imported: the list of roles did not load, so the file could not be checked. Try again when online.',
		);
	});

	test('more hostile shapes: a list look-alike, a 60-character id, a nested __proto__', () => {
		expect(
			says(
				'{"format":"rolemap-progress","version":1,"roles":{"qa-engineer":{"0":"m1","length":1},"backend-engineer":["m' +
					'1'.repeat(60) +
					'",[{"__proto__":{"x":1}}]]}}',
			),
		).toEqual({
			roles: { 'backend-engineer': [] },
			message: `Imported: 0 new ticks added, none removed. Ignored 3 entries: “qa-engineer” (not a list of milestones), "m${'1'.repeat(38)}… in “backend-engineer” (not a milestone id), [{"__proto__":{"x":1}}] in “backend-engineer” (not a milestone id).`,
		});
		expect(({} as Record<string, unknown>)['x']).toBeUndefined();
	});

	test('a file saved with a byte-order mark imports', () => {
		expect(says(`\uFEFF${progress({ 'qa-engineer': ['m1'] })}`).message).toBe(
			'Imported: 1 new tick added, none removed.',
		);
	});

	test('100,000 bad ids: the message names three and counts the rest, quickly', () => {
		const start = performance.now();
		const { message } = says(
			progress({ 'qa-engineer': Array.from({ length: 100_000 }, (_, i) => i) }),
		);
		expect(message).toBe(
			'Imported: 0 new ticks added, none removed. Ignored 100000 entries: 0 in “qa-engineer” (not a milestone id), 1 in “qa-engineer” (not a milestone id), 2 in “qa-engineer” (not a milestone id) and 99997 more.',
		);
		expect(performance.now() - start).toBeLessThan(2_000);
	});

	test('what this browser stored is read without reserved keys or lists that are not lists', () => {
		const stored = readStoredProgress(
			'{"format":"rolemap-progress","version":1,"roles":{"__proto__":["m1"],"qa-engineer":"m2","backend-engineer":["m3",4]}}',
		);
		expect({ ...stored.roles }).toEqual({ 'backend-engineer': ['m3'] });
		expect(readStoredProgress('').roles).toEqual({});
		expect(readStoredProgress('{"roles":[]}').roles).toEqual({});
	});
});

describe('skill gap with "pick one" groups (#36)', () => {
	/** Analytics Engineer's phases as content/roles/analytics-engineer.md writes them. */
	const analytics: { skills: PhaseSkill[] }[] = [
		{ skills: ['sql', 'git'] },
		{ skills: ['data-modeling', 'data-warehousing', { oneOf: ['snowflake', 'bigquery'] }, 'dbt'] },
		{ skills: ['data-quality', 'ci-cd', 'python', { oneOf: ['airflow', 'dagster'] }] },
		{ skills: ['data-visualization', 'statistics', { oneOf: ['looker', 'power-bi', 'tableau'] }] },
	];
	const roles = [
		{ id: 'analytics', title: 'Analytics Engineer', needs: roleRequirements(analytics) },
		{
			id: 'backend',
			title: 'Backend Engineer',
			needs: roleRequirements([{ skills: ['python', 'sql', 'postgresql', 'docker'] }]),
		},
		{
			id: 'frontend',
			title: 'Frontend Engineer',
			needs: roleRequirements([{ skills: ['html', 'css', 'javascript'] }]),
		},
	];
	const names = (needs: readonly { skills: readonly string[]; pickOne: boolean }[]) =>
		needs.map((need) => (need.pickOne ? `one of: ${need.skills.join(', ')}` : need.skills[0]));

	test('a group counts once: Analytics Engineer asks for 13 things, not 17 skills', () => {
		expect(roleRequirements(analytics)).toHaveLength(13);
	});

	test('four of 13 is 31% (counting every option, 4 of 17, read 24%)', () => {
		const [first] = rankBySkillGap(['dbt', 'sql', 'data-modeling', 'data-warehousing'], roles);
		expect(first?.id).toBe('analytics');
		expect(Math.round((first?.coverage ?? 0) * 100)).toBe(31);
		expect(first?.hasPickOne).toBe(true);
	});

	test('Airflow meets its group: Dagster is not still to learn, the others say "one of"', () => {
		const first = rankBySkillGap(['dbt', 'sql', 'airflow'], roles).find(
			(r) => r.id === 'analytics',
		);
		expect(names(first?.missing ?? [])).toEqual([
			'git',
			'data-modeling',
			'data-warehousing',
			'one of: snowflake, bigquery',
			'data-quality',
			'ci-cd',
			'python',
			'data-visualization',
			'statistics',
			'one of: looker, power-bi, tableau',
		]);
		expect(first?.coverage).toBe(3 / 13);
	});

	test('knowing two options of one group still counts the group once', () => {
		const [first] = rankBySkillGap(['looker', 'tableau', 'power-bi'], roles);
		expect(first?.coverage).toBe(1 / 13);
		expect(first?.have).toHaveLength(1);
	});

	test('a group met by a skill the role needs anyway, or listed twice, is not counted again', () => {
		const needs = roleRequirements([
			{ skills: ['python', { oneOf: ['python', 'go'] }, { oneOf: ['aws', 'gcp'] }] },
			{ skills: [{ oneOf: ['gcp', 'aws'] }, 'python'] },
		]);
		expect(names(needs)).toEqual(['python', 'one of: aws, gcp']);
	});

	test('ranks by share, then fewest left to learn; roles sharing nothing are left out', () => {
		const ranked = rankBySkillGap(['python', 'sql', 'postgresql'], roles);
		expect(ranked.map((r) => [r.id, r.coverage, r.hasPickOne])).toEqual([
			['backend', 0.75, false],
			['analytics', 2 / 13, true],
		]);
		expect(rankBySkillGap(['rust'], roles)).toEqual([]);
	});
});

describe('compare: pay per currency (#36)', () => {
	const usd = (amount: number) => ({ region: 'US', currency: 'USD', amount });
	const inr = (amount: number) => ({ region: 'IN', currency: 'INR', amount });

	test('each currency is its own group with its own scale; none mixes currencies', () => {
		const groups = payByCurrency(
			[usd(135_980), inr(1_680_000)],
			[usd(108_020), inr(1_680_000)],
			(max) => niceTicks(max, 2),
		);
		expect(
			groups.map((group) => ({
				currency: group.currency,
				currencies: [...new Set(group.rows.map((row) => row.figure.currency))],
				sides: group.rows.map((row) => row.side),
				ticks: group.ticks,
			})),
		).toEqual([
			{ currency: 'USD', currencies: ['USD'], sides: ['a', 'b'], ticks: [0, 100_000, 200_000] },
			{ currency: 'INR', currencies: ['INR'], sides: ['a', 'b'], ticks: [0, 1_000_000, 2_000_000] },
		]);
	});

	test('the scale ends at or past the largest figure, so no bar runs off its axis', () => {
		for (const max of [1, 9_999, 135_980, 1_680_000, 2_000_000]) {
			const [group] = payByCurrency([usd(max)], [], (top) => niceTicks(top, 2));
			expect(group?.ticks.at(-1)).toBeGreaterThanOrEqual(max);
		}
	});
});

describe('pace input (#36)', () => {
	test.each([
		['8', 8],
		[' 12 ', 12],
		['1', 1],
		['60', 60],
	])('%j hours a week is accepted', (value, hours) => {
		expect(readPaceHours(value)).toBe(hours);
	});

	test.each(['0', '80', '61', '', 'abc', '7.5', '1e1', '-5', '0x10', '008000', null, undefined])(
		'%j is refused, so the page can say why',
		(value) => {
			expect(readPaceHours(value)).toBeNull();
		},
	);

	test('the message names the range', () => {
		expect(clientEn.progressStatus.paceInvalid).toBe(
			'Enter a whole number of hours from 1 to 60; the figures keep the last valid pace.',
		);
	});
});
