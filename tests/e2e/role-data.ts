import type { Page } from '@playwright/test';

/** What the built API says about a role: the tests read expectations from the site's own data. */
export interface RoleData {
	title: string;
	monthsToReady: number;
	hoursPerWeek: number;
	skills: string[];
	phases: { milestones: string[] }[];
	pay: { region: string; level: string; formatted: string }[];
	related: { id: string; title: string }[];
	essays: string[];
}

/**
 * One role from /api/roles/<id>.json, fetched from the server under test.
 * @param page - any page of the test
 * @param id - the role id
 * @returns the role's data
 */
export async function roleData(page: Page, id: string): Promise<RoleData> {
	const response = await page.request.get(`/api/roles/${id}.json`);
	return ((await response.json()) as { data: RoleData }).data;
}

/**
 * "At most 6 words…" of a milestone, as a regular expression for a checkbox's name.
 * @param text - the milestone
 * @returns a pattern matching its start
 */
export const startOf = (text: string) =>
	new RegExp(
		`^${text
			.split(' ')
			.slice(0, 6)
			.join(' ')
			.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
	);
