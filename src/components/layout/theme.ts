/** Where the reader's choice is kept; theme-init.js reads the same key before first paint. */
const KEY = 'rolemap-theme';

/** The three choices: follow the system, or one fixed theme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * The reader's remembered choice.
 * @returns "light" or "dark" when they chose one, otherwise "system"
 */
export function storedTheme(): ThemeChoice {
	const theme = document.documentElement.dataset['theme'];
	return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/**
 * Applies a choice to the page and remembers it; "system" forgets any earlier choice.
 * @param choice - the select's value
 */
export function applyTheme(choice: string): void {
	const root = document.documentElement;
	const fixed = choice === 'light' || choice === 'dark';
	if (fixed) root.dataset['theme'] = choice;
	else delete root.dataset['theme'];
	try {
		if (fixed) localStorage.setItem(KEY, choice);
		else localStorage.removeItem(KEY);
	} catch {
		// Private windows may refuse storage; the choice then lasts for this page only.
	}
}
