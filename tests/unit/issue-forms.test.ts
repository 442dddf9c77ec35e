import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ISSUE_FORMS, issueFormUrl } from '../../src/lib/issue-forms';

const DIR = '.github/ISSUE_TEMPLATE';

interface FormFile {
	name: string;
	body: { type: string; id?: string; attributes: { label?: string } }[];
}
const read = (file: string) => parse(readFileSync(`${DIR}/${file}`, 'utf8')) as FormFile;

describe('issue forms', () => {
	test.each(Object.entries(ISSUE_FORMS))(
		'the %s form exists and has every field a page fills in',
		(_, form) => {
			const ids = read(form.file).body.flatMap((item) => (item.id ? [item.id] : []));
			for (const field of form.fields) expect(ids).toContain(field);
		},
	);

	test('every form has a name, a description and labelled, uniquely named fields', () => {
		const files = readdirSync(DIR).filter((file) => file !== 'config.yml');
		expect(files.length).toBeGreaterThanOrEqual(5);
		for (const file of files) {
			const form = read(file);
			expect(form.name, file).toBeTruthy();
			const inputs = form.body.filter((item) => item.type !== 'markdown');
			const ids = inputs.map((item) => item.id);
			expect(new Set(ids).size, `${file}: field ids`).toBe(ids.length);
			for (const item of inputs) expect(item.attributes.label, `${file}: ${item.id}`).toBeTruthy();
		}
	});
});

describe('issueFormUrl', () => {
	test('opens the form with the page’s values filled in, encoded', () => {
		const url = new URL(
			issueFormUrl('https://github.com/rolemap/rolemap/', 'figure', {
				title: 'Figure: Backend Engineer, US',
				role: 'backend-engineer',
				region: 'US',
				figure: '$133,080 · median & all levels',
				source: 'https://www.bls.gov/oes/',
			}),
		);
		expect(url.origin + url.pathname).toBe('https://github.com/rolemap/rolemap/issues/new');
		expect(url.searchParams.get('template')).toBe('figure.yml');
		expect(url.searchParams.get('figure')).toBe('$133,080 · median & all levels');
		expect(url.searchParams.get('region')).toBe('US');
	});

	test('leaves out empty fields and cuts long ones', () => {
		const url = new URL(
			issueFormUrl('https://github.com/rolemap/rolemap', 'role', {
				role: ' ',
				searched: 'x'.repeat(1000),
			}),
		);
		expect(url.searchParams.has('role')).toBe(false);
		expect(url.searchParams.get('searched')).toHaveLength(300);
	});
});
