/**
 * The dev server runs the guard on every save with a memo (src/integrations/dev-checks.ts): a file whose
 * bytes are unchanged is not read again. The memo may only save time, never change an answer.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks/content';
import { runGuard, type GuardMemo } from '../../src/guard/files';

const dir = join(mkdtempSync(join(tmpdir(), 'rolemap-guard-memo-')), 'content');
cpSync('tests/fixtures/site', dir, { recursive: true });
afterAll(() => {
	rmSync(join(dir, '..'), { recursive: true, force: true });
});

const essay = join(dir, 'essays', 'benign-mdx.mdx');
const role = join(dir, 'roles', 'backend-engineer.md');
const clean = { essay: readFileSync(essay, 'utf8'), role: readFileSync(role, 'utf8') };

/** A run with the memo and one without, side by side. */
async function both(memo: GuardMemo) {
	const [remembered, fresh] = await Promise.all([runGuard(dir, memo), runGuard(dir)]);
	return { remembered, fresh };
}

describe('the guard with a memo', () => {
	const memo: GuardMemo = new Map();

	test('answers as a run without one, and reads only the files that changed', async () => {
		const first = await both(memo);
		expect(first.remembered.problems).toEqual([]);
		expect(first.remembered.run.accepted.size).toBe(first.fresh.run.accepted.size);
		const kept = new Map(memo);

		writeFileSync(essay, `${clean.essay}\nexport const ran = 1;\n\n{globalThis.ran = 2}\n`);
		const hostile = await both(memo);
		expect(hostile.remembered.problems).toEqual(hostile.fresh.problems);
		expect(hostile.remembered.problems.map((problem) => problem.line)).toHaveLength(2);
		expect([...hostile.remembered.run.refused]).toEqual([...hostile.fresh.run.refused]);
		for (const [path, entry] of memo)
			if (path === essay) expect(entry).not.toBe(kept.get(path));
			else expect(entry, path).toBe(kept.get(path));

		// The checks after it find what they find after a fresh run, at the same lines.
		writeFileSync(essay, clean.essay);
		writeFileSync(role, clean.role.replace('track: engineering', 'track: enginering'));
		const typo = await both(memo);
		const [remembered, fresh] = await Promise.all([
			checkContent(dir, { guarded: typo.remembered.run }),
			checkContent(dir, { guarded: typo.fresh.run }),
		]);
		expect(remembered.findings).toEqual(fresh.findings);
		expect(remembered.findings.map((finding) => finding.field)).toContain('track');
	});

	test('a file put back as it was is read as it was', async () => {
		writeFileSync(role, clean.role);
		const back = await both(memo);
		expect(back.remembered.problems).toEqual([]);
		expect((await checkContent(dir, { guarded: back.remembered.run })).findings).toEqual(
			(await checkContent(dir, { guarded: back.fresh.run })).findings,
		);
	});
});
