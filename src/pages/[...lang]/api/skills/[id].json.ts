import type { APIContext } from 'astro';
import { json, skillDetail } from '../../../../views/api';
import { loadCatalog, localizedPaths, type SkillEntry } from '../../../../content';
import { langOf } from '../../../../i18n';

export const getStaticPaths = () =>
	localizedPaths(({ skills }) =>
		[...skills.values()].map((skill) => ({ params: { id: skill.id }, props: { skill } })),
	);

/** One skill and the roles that need it, in each language (/api/skills/<id>.json, /es/api/…). */
export async function GET({ params, props }: APIContext<{ skill: SkillEntry }>) {
	return json(skillDetail(props.skill, await loadCatalog(langOf(params['lang']))));
}
