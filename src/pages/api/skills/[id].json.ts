import type { GetStaticPaths } from 'astro';
import { json, skillDetail } from '../../../views/api';
import { loadCatalog, type SkillEntry } from '../../../content';

export const getStaticPaths = (async () => {
	const { skills } = await loadCatalog();
	return [...skills.values()].map((skill) => ({ params: { id: skill.id }, props: { skill } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { skill: SkillEntry } }) {
	return json(skillDetail(props.skill, await loadCatalog()));
}
