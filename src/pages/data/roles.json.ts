import { loadCatalog } from '../../content';
import { formatPayCompact, regionName } from '../../lib/pay';

/**
 * The small static file behind the compare and skill-gap tools: every role's skills, months, phases
 * and pay, and every skill's name. Loaded only by the pages that use it.
 */
export async function GET() {
	const { roles, skills } = await loadCatalog();
	const used = new Set(roles.flatMap((role) => role.skills));
	const body = {
		roles: roles.map((role) => ({
			id: role.id,
			title: role.entry.data.title,
			track: role.entry.data.track,
			months: role.months,
			hoursPerWeek: role.entry.data.hoursPerWeek,
			skills: role.skills,
			phases: role.entry.data.phases.map((phase) => ({ title: phase.title, months: phase.months })),
			pay: role.entry.data.pay.map((pay) => ({
				region: pay.region,
				regionName: regionName(pay.region),
				level: pay.level,
				currency: pay.currency,
				amount: pay.amount,
				formatted: formatPayCompact(pay),
				source: pay.source.name,
				year: pay.year,
			})),
		})),
		skills: Object.fromEntries(
			[...skills].filter(([id]) => used.has(id)).map(([id, skill]) => [id, skill.data.name]),
		),
	};
	return new Response(JSON.stringify(body), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
