import { describe, expect, test } from 'vitest';
import {
	formatMonths,
	indefiniteArticle,
	roleSkills,
	timeToReady,
	totalHours,
} from '../../src/lib/roadmap';

const phase = (months: number, skills: string[] = []) => ({ months, skills });

describe('time to ready is the sum of phase months', () => {
	test.each([
		{ phases: [phase(3), phase(3), phase(4)], months: 10 },
		{ phases: [phase(1.5), phase(2)], months: 3.5 },
		{ phases: [phase(0.1), phase(0.2)], months: 0.3 },
		{ phases: [phase(6)], months: 6 },
	])('$months months', ({ phases, months }) => {
		expect(timeToReady(phases)).toBe(months);
	});
});

describe('total hours are months × 52/12 weeks × hours a week, to the nearest ten', () => {
	test.each([
		{ months: 10, hoursPerWeek: 12, hours: 520 },
		{ months: 6, hoursPerWeek: 10, hours: 260 },
		{ months: 12, hoursPerWeek: 15, hours: 780 },
		{ months: 3.5, hoursPerWeek: 8, hours: 120 },
	])('$months months at $hoursPerWeek h/week ≈ $hours h', ({ months, hoursPerWeek, hours }) => {
		expect(totalHours(months, hoursPerWeek)).toBe(hours);
	});
});

test('a role’s skill set keeps roadmap order and drops repeats', () => {
	const phases = [phase(1, ['python', 'sql']), phase(1, ['sql', 'docker']), phase(1, ['python'])];
	expect(roleSkills(phases)).toEqual(['python', 'sql', 'docker']);
});

test.each([
	[1, '1 month'],
	[10, '10 months'],
	[1.5, '1.5 months'],
])('%d months reads "%s"', (months, text) => {
	expect(formatMonths(months)).toBe(text);
});

test.each([
	[1, '1 mes'],
	[10, '10 meses'],
	[1.5, '1,5 meses'],
])('in Spanish, %d months reads "%s"', (months, text) => {
	expect(formatMonths(months, 'es')).toBe(text);
});

test.each([
	['Backend Engineer', 'a'],
	['AI Engineer', 'an'],
	['ML Engineer', 'an'],
	['Engineering Manager', 'an'],
	['QA Engineer', 'a'],
	['Analytics Engineer', 'an'],
	['Site Reliability Engineer', 'a'],
	['SRE', 'an'],
])('"%s" takes "%s"', (title, article) => {
	expect(indefiniteArticle(title)).toBe(article);
});
