import { describe, expect, test } from 'vitest';
import {
	closestIds,
	collectReferences,
	findBrokenReferences,
	formatBrokenReference,
} from '../../src/lib/references';

const known = {
	tracks: new Set(['engineering']),
	skills: new Set(['postgresql', 'python', 'sql', 'docker', 'mysql']),
	roles: new Set(['backend-engineer', 'data-engineer']),
	projects: new Set(['crud-cli-tool']),
	essays: new Set(['layered-design']),
};

const role = (data: Partial<Parameters<typeof collectReferences>[0]['roles'][number]['data']>) => ({
	file: 'content/roles/backend-engineer.md',
	data: { track: 'engineering', phases: [], projects: [], essays: [], related: [], ...data },
});

describe('broken references name the file, the field, the id and what was meant', () => {
	test.each([
		{
			name: 'misspelt skill',
			entries: {
				roles: [role({ phases: [{ skills: ['python', 'postgress'] }] })],
				projects: [],
				essays: [],
			},
			message:
				'content/roles/backend-engineer.md  phases[0].skills[1]  unknown skill "postgress": did you mean postgresql?',
		},
		{
			name: 'unknown track',
			entries: { roles: [role({ track: 'enginering' })], projects: [], essays: [] },
			message:
				'content/roles/backend-engineer.md  track  unknown track "enginering": did you mean engineering?',
		},
		{
			name: 'unknown project with no near match',
			entries: {
				roles: [role({ projects: ['crud-cli-tool', 'space-elevator'] })],
				projects: [],
				essays: [],
			},
			message:
				'content/roles/backend-engineer.md  projects[1]  unknown project "space-elevator": no project has a similar id; the nearest are crud-cli-tool. Use one of them, or create content/projects/space-elevator.md',
		},
		{
			name: 'unknown essay',
			entries: { roles: [role({ essays: ['layered-desing'] })], projects: [], essays: [] },
			message:
				'content/roles/backend-engineer.md  essays[0]  unknown essay "layered-desing": did you mean layered-design?',
		},
		{
			name: 'unknown related role',
			entries: { roles: [role({ related: ['data-enginer'] })], projects: [], essays: [] },
			message:
				'content/roles/backend-engineer.md  related[0]  unknown role "data-enginer": did you mean data-engineer?',
		},
		{
			name: 'project skill',
			entries: {
				roles: [],
				projects: [{ file: 'content/projects/p.md', data: { skills: ['dockr'] } }],
				essays: [],
			},
			message: 'content/projects/p.md  skills[0]  unknown skill "dockr": did you mean docker?',
		},
		{
			name: 'unknown track with no near match: the nearest still listed',
			entries: { roles: [role({ track: 'backend' })], projects: [], essays: [] },
			message:
				'content/roles/backend-engineer.md  track  unknown track "backend": no track has a similar id; the nearest are engineering. Use one of them, or create content/tracks/backend.yaml',
		},
		{
			name: 'essay role',
			entries: {
				roles: [],
				projects: [],
				essays: [{ file: 'content/essays/e.md', data: { roles: ['backend'] } }],
			},
			message:
				'content/essays/e.md  roles[0]  unknown role "backend": did you mean backend-engineer?',
		},
	])('$name', ({ entries, message }) => {
		const broken = findBrokenReferences(collectReferences(entries), known);
		expect(broken.map(formatBrokenReference)).toEqual([message]);
	});
});

test.each([
	['postgress', ['postgresql']],
	['postgres', ['postgresql']],
	['sq', ['sql']],
	['kubernetes', []],
])('closest ids to %s are %j', (id, expected) => {
	expect(closestIds(id, known.skills)).toEqual(expected);
});
