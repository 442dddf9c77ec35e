/**
 * Minutes an average reader needs for a Markdown text, never less than one.
 * Code fences, link targets and Markdown punctuation are not counted as words.
 * @param markdown - the raw Markdown body
 * @param wordsPerMinute - reading speed
 * @returns whole minutes
 */
export function readingMinutes(markdown: string, wordsPerMinute: number): number {
	const prose = markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#>*_`[\]-]/g, ' ');
	const words = prose.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * A date as readers in the site's language write it: "20 November 2026".
 * @param date - the date (UTC)
 * @returns the formatted date
 */
export function formatDate(date: Date): string {
	return dateFormat.format(date);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/**
 * A date in ISO form for `<time datetime>`: "2026-11-20".
 * @param date - the date (UTC)
 * @returns YYYY-MM-DD
 */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A month as readers in the site's language write it: "November 2026".
 * @param date - the date (UTC)
 * @returns month and year
 */
export function formatMonthYear(date: Date): string {
	return monthFormat.format(date);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});
