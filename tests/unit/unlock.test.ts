import { expect, test } from 'vitest';
import { unlockUrl } from '../../src/lib/unlock';

test.each([
	['https://forms.example.org/unlock', 'https://forms.example.org/unlock?role=backend-engineer'],
	[
		'https://forms.example.org/f?src=site',
		'https://forms.example.org/f?src=site&role=backend-engineer',
	],
	['https://forms.example.org/f?role=old', 'https://forms.example.org/f?role=backend-engineer'],
])('%s gets the role in its query', (form, expected) => {
	expect(unlockUrl(form, 'backend-engineer')).toBe(expected);
});

test.each([
	[
		'http://forms.example.org/unlock',
		'unlockFormUrl "http://forms.example.org/unlock" must use https:// (got http)',
	],
	['javascript:alert(1)', 'unlockFormUrl "javascript:alert(1)" must use https:// (got javascript)'],
	['data:text/html,hi', 'unlockFormUrl "data:text/html,hi" must use https:// (got data)'],
	[
		'forms.example.org/unlock',
		'unlockFormUrl "forms.example.org/unlock" is not a valid URL: use an https:// address',
	],
])('rejects %s', (form, message) => {
	expect(() => unlockUrl(form, 'backend-engineer')).toThrow(message);
});
