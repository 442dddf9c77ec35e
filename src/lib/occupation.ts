/**
 * How a role names an occupation in a release: shared by the source schema (which refuses two figures
 * with one name) and the pay rules (which find the figure a role cites).
 */

/**
 * The names a role may cite an occupation by: its code and its name, compared without case.
 * @param occupation - the occupation
 * @returns its keys, lower case
 */
export function occupationKeys(occupation: { name: string; code?: string | undefined }): string[] {
	return [
		...(occupation.code ? [occupation.code.trim().toLowerCase()] : []),
		occupation.name.trim().toLowerCase(),
	];
}
