/**
 * The id `npm run new` gives a name. Letters and digits carry over; the symbols that make a name in
 * programming keep their meaning instead of vanishing, so "C++", "C#" and "C" get three ids:
 * C++ → cpp, C# → csharp, F# → fsharp, .NET → dotnet, Node.js → nodejs.
 */

/** Names whose usual id is not what the general rule gives, lowercase. */
const KNOWN: Readonly<Record<string, string>> = {
	'c++': 'cpp',
	'c#': 'csharp',
	'f#': 'fsharp',
	'.net': 'dotnet',
	'asp.net': 'aspnet',
	'node.js': 'nodejs',
};

/**
 * An id from a name: "Data Engineer" → "data-engineer", "C++/CLI" → "cpp-cli", "Vue.js" → "vuejs".
 * The general rule: "++" → "pp", a "#" after a letter → "sharp", a "+" → "plus", "&" → "and", a dot
 * before letters inside a word is dropped ("Node.js") and at the start of a word read as "dot"
 * (".NET"); accents are dropped and every other run of symbols, spaces and emoji becomes one hyphen.
 * @param name - the display name
 * @returns a lowercase, hyphenated id; empty when the name has no letter or digit
 */
export function idFromName(name: string): string {
	const lower = name.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
	const known = KNOWN[lower];
	if (known) return known;
	return lower
		.split(/([\s/,;:()[\]{}|]+)/)
		.map((word) => KNOWN[word] ?? word)
		.join(' ')
		.replace(/([a-z0-9])\+\+/g, '$1pp')
		.replace(/([a-z0-9])#/g, '$1sharp')
		.replace(/\+/g, ' plus ')
		.replace(/&/g, ' and ')
		.replace(/(^|[^a-z0-9])\.(?=[a-z])/g, '$1dot')
		.replace(/([a-z0-9])\.(?=[a-z])/g, '$1')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
