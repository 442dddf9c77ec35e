import { defineConfig } from 'html-validate';

export default defineConfig({
	extends: ['html-validate:recommended'],
	rules: {
		// Checkbox groups (the search page's type and track facets) share one name by design.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
	},
});
