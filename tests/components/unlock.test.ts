import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Unlock from '../../src/components/role/Unlock.astro';

test('the unlock call to action says what the form gives and opens it with the role prefilled', async () => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(Unlock, {
		props: {
			formUrl: 'https://forms.example.org/unlock',
			roleId: 'backend-engineer',
			title: 'Backend Engineer',
		},
	});
	expect(html).toContain('href="https://forms.example.org/unlock?role=backend-engineer"');
	expect(html).toContain(
		'milestone checklists, a skill-gap review of your CV, and job openings that match',
	);
});

test('with no form configured, the call to action is left out entirely', async () => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(Unlock, {
		props: { formUrl: null, roleId: 'backend-engineer', title: 'Backend Engineer' },
	});
	expect(html.trim()).toBe('');
});

test('a form address that is not https fails the build instead of shipping a bad link', async () => {
	const container = await AstroContainer.create();
	await expect(
		container.renderToString(Unlock, {
			props: {
				formUrl: 'http://forms.example.org/unlock',
				roleId: 'backend-engineer',
				title: 'Backend Engineer',
			},
		}),
	).rejects.toThrow('must use https://');
});
