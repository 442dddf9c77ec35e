#!/usr/bin/env node
/**
 * Deterministic benchmark content: tracks, ~100 skills, N roles, N/4 essays and N/10 projects that pass
 * the site's schemas and reference checks. Everything comes from one seeded PRNG, so the same
 * `--roles` and `--seed` always write byte-identical files.
 *
 * Skills cluster the way real roadmaps do: each track has three specialisations of five skills plus
 * four track-wide skills, and a role draws most of its skills from its specialisation and track, a few
 * from a shared core and one or two from elsewhere. Roles in one specialisation therefore overlap
 * enough for some to cross the related-roles threshold, and most pairs do not.
 *
 * All of it is synthetic. Pay figures cite https://example.org/bench and say they are not real data.
 *
 *   node scripts/bench/generate.mjs --roles 1000 [--seed 1] [--out <dir>]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { REGISTRY } from '../../src/registry.ts';

/** Where synthetic pay figures point: a reserved domain, so no one mistakes them for a source. */
export const BENCH_SOURCE = {
	name: 'Synthetic benchmark figure, not real pay data',
	url: 'https://example.org/bench',
};

/**
 * mulberry32: a tiny 32-bit PRNG, good enough to shuffle fixtures and identical on every platform.
 * @param {number} seed - any integer
 * @returns {() => number} uniform numbers in [0, 1)
 */
function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Seeded helpers over mulberry32. */
class Random {
	/** @param {number} seed */
	constructor(seed) {
		this.next = mulberry32(seed);
	}

	/**
	 * @param {number} min
	 * @param {number} max - inclusive
	 * @returns {number} an integer in [min, max]
	 */
	int(min, max) {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/**
	 * @template T
	 * @param {readonly T[]} items
	 * @returns {T} one item
	 */
	pick(items) {
		return /** @type {T} */ (items[Math.floor(this.next() * items.length)]);
	}

	/**
	 * @template T
	 * @param {readonly T[]} items
	 * @param {number} count
	 * @returns {T[]} `count` distinct items in random order (all of them when there are fewer)
	 */
	sample(items, count) {
		const copy = [...items];
		const size = Math.min(count, copy.length);
		for (let i = 0; i < size; i++) {
			const j = i + Math.floor(this.next() * (copy.length - i));
			[copy[i], copy[j]] = /** @type {[T, T]} */ ([copy[j], copy[i]]);
		}
		return copy.slice(0, size);
	}

	/**
	 * @param {number} probability - 0–1
	 * @returns {boolean}
	 */
	chance(probability) {
		return this.next() < probability;
	}
}

/**
 * @typedef {[id: string, name: string, category: string, aliases?: string[]]} SkillRow
 * @typedef {{ id: string, name: string, nouns: string[], skills: SkillRow[] }} Specialisation
 * @typedef {{ id: string, name: string, description: string, common: SkillRow[], specs: Specialisation[] }} TrackPlan
 */

/** @type {SkillRow[]} Skills any role may ask for. */
const CORE = [
	['git', 'Git', 'tool', ['version control']],
	['sql', 'SQL', 'language'],
	['postgresql', 'PostgreSQL', 'database', ['postgres', 'psql']],
	['redis', 'Redis', 'database'],
	['http', 'HTTP', 'concept'],
	['data-structures', 'Data structures', 'concept'],
	['algorithms', 'Algorithms', 'concept'],
	['code-review', 'Code review', 'practice'],
];

/** @type {TrackPlan[]} */
const TRACKS = [
	{
		id: 'engineering',
		name: 'Software engineering',
		description:
			'Roles that design, build and ship the product itself, from interfaces to services.',
		common: [
			['javascript', 'JavaScript', 'language', ['js', 'ecmascript']],
			['python', 'Python', 'language', ['py']],
			['testing', 'Testing', 'practice'],
			['system-design', 'System design', 'concept'],
		],
		specs: [
			{
				id: 'backend',
				name: 'Backend',
				nouns: ['Backend Engineer', 'API Engineer', 'Services Engineer'],
				skills: [
					['go', 'Go', 'language', ['golang']],
					['java', 'Java', 'language'],
					['spring-boot', 'Spring Boot', 'framework', ['spring']],
					['rest-apis', 'REST APIs', 'concept', ['rest']],
					['grpc', 'gRPC', 'framework'],
				],
			},
			{
				id: 'frontend',
				name: 'Frontend',
				nouns: ['Frontend Engineer', 'UI Engineer', 'Web Engineer'],
				skills: [
					['typescript', 'TypeScript', 'language', ['ts']],
					['react', 'React', 'framework', ['reactjs']],
					['css', 'CSS', 'language'],
					['web-accessibility', 'Web accessibility', 'practice', ['a11y', 'wcag']],
					['web-performance', 'Web performance', 'practice', ['core web vitals']],
				],
			},
			{
				id: 'mobile',
				name: 'Mobile',
				nouns: ['Mobile Engineer', 'Android Engineer', 'iOS Engineer'],
				skills: [
					['kotlin', 'Kotlin', 'language'],
					['swift', 'Swift', 'language', ['swiftui']],
					['flutter', 'Flutter', 'framework', ['dart']],
					['react-native', 'React Native', 'framework'],
					['mobile-release', 'Mobile release engineering', 'practice'],
				],
			},
		],
	},
	{
		id: 'infrastructure',
		name: 'Infrastructure',
		description: 'Roles that keep systems running, deployable and affordable at every scale.',
		common: [
			['linux', 'Linux', 'infrastructure'],
			['docker', 'Docker', 'tool', ['containers']],
			['ci-cd', 'CI/CD', 'practice', ['continuous delivery']],
			['bash', 'Bash', 'language', ['shell']],
		],
		specs: [
			{
				id: 'platform',
				name: 'Platform',
				nouns: ['Platform Engineer', 'Developer Experience Engineer', 'Kubernetes Engineer'],
				skills: [
					['kubernetes', 'Kubernetes', 'infrastructure', ['k8s', 'kube']],
					['helm', 'Helm', 'tool'],
					['argo-cd', 'Argo CD', 'tool', ['gitops']],
					['service-mesh', 'Service mesh', 'infrastructure', ['istio', 'linkerd']],
					['platform-apis', 'Platform APIs', 'concept'],
				],
			},
			{
				id: 'cloud',
				name: 'Cloud',
				nouns: ['Cloud Engineer', 'Cloud Architect', 'Infrastructure Engineer'],
				skills: [
					['aws', 'AWS', 'cloud', ['amazon web services']],
					['azure', 'Azure', 'cloud'],
					['google-cloud', 'Google Cloud', 'cloud', ['gcp']],
					['terraform', 'Terraform', 'tool', ['iac', 'opentofu']],
					['networking', 'Networking', 'concept', ['tcp/ip', 'dns']],
				],
			},
			{
				id: 'reliability',
				name: 'Reliability',
				nouns: ['Site Reliability Engineer', 'Observability Engineer', 'Production Engineer'],
				skills: [
					['prometheus', 'Prometheus', 'tool'],
					['opentelemetry', 'OpenTelemetry', 'tool', ['otel']],
					['incident-response', 'Incident response', 'practice', ['on-call']],
					['slos', 'Service level objectives', 'practice', ['slo', 'error budgets']],
					['chaos-engineering', 'Chaos engineering', 'practice'],
				],
			},
		],
	},
	{
		id: 'data-ai',
		name: 'Data & AI',
		description: 'Roles that turn data into decisions, models and features people can rely on.',
		common: [
			['pandas', 'pandas', 'data'],
			['analytics-sql', 'Analytical SQL', 'data', ['window functions']],
			['data-visualisation', 'Data visualisation', 'data', ['dataviz']],
			['jupyter', 'Jupyter', 'tool', ['notebooks']],
		],
		specs: [
			{
				id: 'data-engineering',
				name: 'Data engineering',
				nouns: ['Data Engineer', 'Analytics Engineer', 'Data Platform Engineer'],
				skills: [
					['spark', 'Apache Spark', 'data', ['pyspark']],
					['airflow', 'Apache Airflow', 'tool'],
					['kafka', 'Apache Kafka', 'data', ['event streaming']],
					['dbt', 'dbt', 'tool'],
					['data-modeling', 'Data modelling', 'concept', ['star schema']],
				],
			},
			{
				id: 'machine-learning',
				name: 'Machine learning',
				nouns: ['Machine Learning Engineer', 'Data Scientist', 'MLOps Engineer'],
				skills: [
					['pytorch', 'PyTorch', 'ai', ['torch']],
					['scikit-learn', 'scikit-learn', 'ai', ['sklearn']],
					['feature-stores', 'Feature stores', 'data'],
					['mlops', 'MLOps', 'practice'],
					['statistics', 'Statistics', 'concept'],
				],
			},
			{
				id: 'applied-ai',
				name: 'Applied AI',
				nouns: ['AI Engineer', 'LLM Engineer', 'Applied AI Engineer'],
				skills: [
					['llm-apis', 'LLM APIs', 'ai', ['openai api']],
					['rag', 'Retrieval-augmented generation', 'ai', ['retrieval']],
					['vector-databases', 'Vector databases', 'database', ['embeddings']],
					['prompt-engineering', 'Prompt engineering', 'ai', ['prompting']],
					['llm-evaluation', 'LLM evaluation', 'ai', ['evals']],
				],
			},
		],
	},
	{
		id: 'security',
		name: 'Security',
		description:
			'Roles that find weaknesses before attackers do and contain them when they are found.',
		common: [
			['cryptography', 'Cryptography', 'security', ['crypto']],
			['pki', 'Public key infrastructure', 'security', ['tls certificates']],
			['compliance', 'Compliance', 'practice', ['soc 2', 'iso 27001']],
			['vulnerability-management', 'Vulnerability management', 'security', ['cve']],
		],
		specs: [
			{
				id: 'application-security',
				name: 'Application security',
				nouns: ['Application Security Engineer', 'Product Security Engineer', 'Security Champion'],
				skills: [
					['threat-modeling', 'Threat modelling', 'security', ['stride']],
					['owasp', 'OWASP Top 10', 'security'],
					['secure-code-review', 'Secure code review', 'security'],
					['sast', 'Static analysis', 'tool', ['sast']],
					['dependency-scanning', 'Dependency scanning', 'tool', ['sca', 'sbom']],
				],
			},
			{
				id: 'cloud-security',
				name: 'Cloud security',
				nouns: ['Cloud Security Engineer', 'Identity Engineer', 'Security Architect'],
				skills: [
					['iam', 'Identity and access management', 'security', ['iam']],
					['secrets-management', 'Secrets management', 'security', ['vault']],
					['cloud-posture', 'Cloud security posture', 'security', ['cspm']],
					['kms', 'Key management', 'security', ['kms']],
					['zero-trust', 'Zero trust', 'concept'],
				],
			},
			{
				id: 'detection',
				name: 'Detection and response',
				nouns: ['Detection Engineer', 'Security Analyst', 'Incident Responder'],
				skills: [
					['siem', 'SIEM', 'tool', ['splunk', 'sentinel']],
					['detection-engineering', 'Detection engineering', 'security', ['sigma']],
					['digital-forensics', 'Digital forensics', 'security', ['dfir']],
					['malware-analysis', 'Malware analysis', 'security'],
					['log-analysis', 'Log analysis', 'data'],
				],
			},
		],
	},
	{
		id: 'quality-leadership',
		name: 'Quality & leadership',
		description: 'Roles that raise the bar for how software is tested, planned and led.',
		common: [
			['communication', 'Communication', 'people'],
			['mentoring', 'Mentoring', 'people'],
			['agile', 'Agile delivery', 'practice', ['scrum', 'kanban']],
			['documentation', 'Documentation', 'practice', ['technical writing']],
		],
		specs: [
			{
				id: 'quality',
				name: 'Quality engineering',
				nouns: ['QA Engineer', 'Test Automation Engineer', 'Quality Engineer'],
				skills: [
					['playwright', 'Playwright', 'tool', ['e2e']],
					['test-automation', 'Test automation', 'practice'],
					['contract-testing', 'Contract testing', 'practice', ['pact']],
					['load-testing', 'Load testing', 'practice', ['k6']],
					['exploratory-testing', 'Exploratory testing', 'practice'],
				],
			},
			{
				id: 'engineering-management',
				name: 'Engineering management',
				nouns: ['Engineering Manager', 'Team Lead', 'Head of Engineering'],
				skills: [
					['hiring', 'Hiring', 'people', ['interviewing']],
					['one-on-ones', 'One-on-ones', 'people', ['1:1s']],
					['delivery-planning', 'Delivery planning', 'practice', ['roadmaps']],
					['dora-metrics', 'DORA metrics', 'practice', ['dora']],
					['technical-strategy', 'Technical strategy', 'concept'],
				],
			},
			{
				id: 'product',
				name: 'Product',
				nouns: ['Technical Product Manager', 'Product Engineer', 'Product Analyst'],
				skills: [
					['product-discovery', 'Product discovery', 'practice'],
					['user-research', 'User research', 'practice', ['ux research']],
					['product-analytics', 'Product analytics', 'data', ['funnels']],
					['experimentation', 'Experimentation', 'data', ['a/b testing']],
					['stakeholder-management', 'Stakeholder management', 'people'],
				],
			},
		],
	},
];

/** Industries that make role titles distinct, and give search realistic words to find. */
const DOMAINS = [
	'Payments',
	'Healthcare',
	'Logistics',
	'Gaming',
	'Retail',
	'Media',
	'Energy',
	'Travel',
	'Education',
	'Insurance',
	'Telecom',
	'Government',
	'Automotive',
	'Banking',
	'Marketplace',
	'Climate',
	'Robotics',
	'Biotech',
	'Streaming',
	'Agriculture',
];
const LEVELS = ['Junior', 'Senior', 'Staff', 'Lead', 'Principal', 'Associate'];

// Prose vocabulary. Enough variety that Pagefind builds an index of realistic shape, not a toy one.
const THINGS = [
	'services',
	'pipelines',
	'dashboards',
	'releases',
	'incidents',
	'migrations',
	'interfaces',
	'data models',
	'test suites',
	'runbooks',
	'design documents',
	'deployments',
	'alerts',
	'experiments',
	'reviews',
	'integrations',
	'prototypes',
	'backlogs',
	'budgets',
	'contracts',
];
const VERBS = [
	'designs',
	'builds',
	'reviews',
	'tunes',
	'documents',
	'automates',
	'measures',
	'ships',
	'debugs',
	'plans',
	'maintains',
	'simplifies',
	'monitors',
	'refactors',
	'explains',
];
const OUTCOMES = [
	'fewer outages',
	'faster releases',
	'clearer decisions',
	'lower costs',
	'happier customers',
	'safer changes',
	'shorter feedback loops',
	'better estimates',
	'stable on-call rotations',
	'reliable reports',
	'trustworthy numbers',
	'calmer launches',
];
const PEOPLE = [
	'product managers',
	'designers',
	'support staff',
	'other engineers',
	'data analysts',
	'security reviewers',
	'customers',
	'leadership',
	'new joiners',
	'auditors',
];
const QUALITIES = [
	'careful',
	'pragmatic',
	'curious',
	'patient',
	'deliberate',
	'thorough',
	'steady',
	'candid',
];
const TOPICS = [
	'Observability',
	'Code review',
	'Estimation',
	'Technical debt',
	'On-call',
	'Testing',
	'Migrations',
	'Documentation',
	'Mentoring',
	'Incidents',
	'Caching',
	'Consistency',
	'Abstractions',
	'Interviews',
	'Refactoring',
	'Deadlines',
	'Feedback',
	'Ownership',
	'Simplicity',
	'Automation',
	'Dependencies',
	'Latency',
	'Privacy',
	'Onboarding',
];
const ANGLES = [
	'without the ceremony',
	'as a habit',
	'for beginners',
	'in practice',
	'at scale',
	'under pressure',
	'on a small team',
	'from first principles',
	'that lasts',
	'done gently',
	'and what it costs',
	'in the first year',
];
const TAGS = [
	'architecture',
	'careers',
	'culture',
	'databases',
	'delivery',
	'design',
	'learning',
	'operations',
	'performance',
	'quality',
	'security',
	'teams',
	'testing',
	'writing',
];
const REGIONS = [
	{ region: 'US', currency: 'USD', base: 95_000 },
	{ region: 'GB', currency: 'GBP', base: 48_000 },
	{ region: 'DE', currency: 'EUR', base: 58_000 },
	{ region: 'IN', currency: 'INR', base: 1_200_000 },
];
const LEVEL_FACTOR = { entry: 0.7, mid: 1, senior: 1.45 };

// No anchors for the shared pay source: contributors' files never use them, so neither do ours.
const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false };

/**
 * @param {string} text
 * @returns {string} a lowercase, hyphenated id
 */
function slug(text) {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * @param {string} noun
 * @returns {string} the noun with "a" or "an" in front
 */
function withArticle(noun) {
	return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * A date in 2025–2026 as YYYY-MM-DD.
 * @param {Random} random
 * @returns {string}
 */
function date(random) {
	const month = String(random.int(1, 12)).padStart(2, '0');
	const day = String(random.int(1, 28)).padStart(2, '0');
	return `${random.pick(['2024', '2025'])}-${month}-${day}`;
}

/**
 * @param {string} text
 * @returns {string} the text with its first letter in upper case
 */
function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One sentence of plausible prose about a role or topic.
 * @param {Random} random
 * @param {string[]} skillNames - names the sentence may mention
 * @param {string} subject - who or what the sentence is about
 * @returns {string}
 */
function sentence(random, skillNames, subject) {
	const skill = random.pick(skillNames);
	const templates = [
		() =>
			`${capitalise(subject)} ${random.pick(VERBS)} ${random.pick(THINGS)} with ${skill}, aiming for ${random.pick(OUTCOMES)}.`,
		() =>
			`Most weeks involve ${random.pick(THINGS)} and ${random.pick(THINGS)}, and ${skill} sits at the centre of both.`,
		() =>
			`Working with ${random.pick(PEOPLE)} takes ${withArticle(random.pick(QUALITIES))} approach: explain the trade-off, then agree on the smallest safe change.`,
		() =>
			`Good ${random.pick(THINGS)} come from ${random.pick(QUALITIES)} habits more than from any one tool, though ${skill} helps.`,
		() =>
			`The hard part is rarely ${skill} itself; it is knowing which ${random.pick(THINGS)} matter to ${random.pick(PEOPLE)}.`,
		() =>
			`${capitalise(withArticle(random.pick(QUALITIES)))} engineer ${random.pick(VERBS)} ${random.pick(THINGS)} early, so that ${random.pick(OUTCOMES)} follow.`,
		() =>
			`Expect to learn ${skill} by doing: small ${random.pick(THINGS)}, reviewed by ${random.pick(PEOPLE)}, repeated until it feels ordinary.`,
	];
	return random.pick(templates)();
}

/**
 * @param {Random} random
 * @param {string[]} skillNames
 * @param {string} subject
 * @param {number} count - sentences
 * @returns {string} one paragraph
 */
function paragraph(random, skillNames, subject, count) {
	return Array.from({ length: count }, () => sentence(random, skillNames, subject)).join(' ');
}

/**
 * A title whose id no earlier entry has: the title itself, or the title with a number.
 * @param {string} long - the title as composed
 * @param {Set<string>} taken - ids used so far; the new one is added
 * @param {number} [most] - the longest title the site accepts for this kind
 * @returns {{ title: string, id: string }}
 */
function unique(long, taken, most = 60) {
	// Titles fit the site's limits (60 characters, 40 for roles) and ids its 80, cut at a word, with
	// room for a number.
	const room = most - 4;
	const title = long.length > room ? long.slice(0, room + 1).replace(/\s+\S*$/, '') : long;
	const full = slug(title);
	const base = full.length > 72 ? full.slice(0, 73).replace(/-[^-]*$/, '') : full;
	let candidate = title;
	let id = base;
	for (let n = 2; taken.has(id); n++) {
		candidate = `${title} ${n}`;
		id = `${base}-${n}`;
	}
	taken.add(id);
	return { title: candidate, id };
}

/**
 * @typedef {object} GeneratedRole
 * @property {string} id
 * @property {string} title
 * @property {{ title: string, months: number, summary: string, skills: string[], milestones: string[] }[]} phases
 * @property {string[]} related - editors' manual additions
 *
 * @typedef {object} GeneratedContent
 * @property {string} dir - the content folder written
 * @property {number} seed
 * @property {{ tracks: number, skills: number, roles: number, essays: number, projects: number }} counts
 * @property {GeneratedRole[]} roles - in generation order, with what related-role matching needs
 * @property {string[]} essays - essay ids in generation order
 */

/**
 * Writes a complete content folder (tracks/, skills/, roles/, essays/, projects/) into `dir`,
 * replacing whatever was there.
 * @param {{ roles: number, seed?: number, dir: string }} options
 * @returns {Promise<GeneratedContent>}
 */
export async function generateContent({ roles: roleCount, seed = 1, dir }) {
	const random = new Random(seed);
	const essayCount = Math.max(1, Math.round(roleCount / 4));
	const specs = TRACKS.flatMap((track) => track.specs.map((spec) => ({ track, spec })));
	// Two projects per specialisation at least, so every role can list some from its own cluster.
	const projectCount = Math.max(specs.length * 2, Math.round(roleCount / 10));

	/** @type {Map<string, string>} */
	const skillName = new Map();
	/** @type {Record<string, string>} */
	const files = {};
	const yamlFile = (/** @type {string} */ path, /** @type {object} */ data) => {
		files[path] = stringify(data, YAML_OPTIONS);
	};
	/** @type {Map<string, object[]>} */
	const sourceFigures = new Map();
	const markdownFile = (
		/** @type {string} */ path,
		/** @type {object} */ data,
		/** @type {string} */ body,
	) => {
		files[path] = `---\n${stringify(data, YAML_OPTIONS)}---\n\n${body}\n`;
	};

	TRACKS.forEach((track, order) => {
		yamlFile(`tracks/${track.id}.yaml`, {
			name: track.name,
			description: track.description,
			order,
		});
	});
	const allSkillRows = [
		...CORE,
		...TRACKS.flatMap((t) => [...t.common, ...t.specs.flatMap((s) => s.skills)]),
	];
	for (const [id, name, category, aliases = []] of allSkillRows) {
		skillName.set(id, name);
		yamlFile(`skills/${id}.yaml`, {
			name,
			category,
			description: `${name} in synthetic benchmark content: ${random.pick(VERBS)} ${random.pick(THINGS)} for ${random.pick(OUTCOMES)}.`,
			aliases,
			docs: `https://example.org/bench/skills/${id}`,
			// Real skills list 8–12 topics of 40–60 characters; the instant search index carries them.
			topics: Array.from({ length: random.int(8, 12) }, () =>
				`${name} ${random.pick(THINGS)} for ${random.pick(OUTCOMES)}`.slice(0, 80),
			),
		});
	}
	const names = (/** @type {string[]} */ ids) => ids.map((id) => skillName.get(id) ?? id);

	// Projects first: roles list projects from their own specialisation.
	/** @type {Map<string, string[]>} */
	const projectsBySpec = new Map();
	const projectIds = new Set();
	for (let i = 0; i < projectCount; i++) {
		const { track, spec } = /** @type {typeof specs[number]} */ (specs[i % specs.length]);
		const skills = [
			...random.sample(
				spec.skills.map(([id]) => id),
				random.int(1, 3),
			),
			...random.sample(
				track.common.map(([id]) => id),
				1,
			),
		];
		const { title, id } = unique(
			`Build ${random.pick(['a small', 'an open'])} ${random.pick(DOMAINS).toLowerCase()} ${random.pick(THINGS).replace(/s$/, '')} with ${names(skills).slice(0, 2).join(' and ')}`,
			projectIds,
		);
		projectsBySpec.set(spec.id, [...(projectsBySpec.get(spec.id) ?? []), id]);
		const steps = Array.from(
			{ length: random.int(4, 7) },
			(_, n) => `${n + 1}. ${sentence(random, names(skills), 'the builder')}`,
		);
		markdownFile(
			`projects/${id}.md`,
			{
				title,
				summary: `A synthetic benchmark project that exercises ${names(skills).join(', ')} end to end.`,
				difficulty: random.pick(['beginner', 'intermediate', 'advanced']),
				skills,
				hours: random.int(8, 80),
			},
			[
				'## The brief',
				paragraph(random, names(skills), 'the project', 4),
				'## Steps',
				steps.join('\n'),
				'## Done looks like',
				paragraph(random, names(skills), 'the project', 2),
			].join('\n\n'),
		);
	}

	// Ids come before content because roles and essays point at each other.
	const roleIds = new Set();
	const rolePlans = Array.from({ length: roleCount }, () => {
		const { track, spec } = random.pick(specs);
		const named = unique(
			`${random.pick(LEVELS)} ${random.pick(DOMAINS)} ${random.pick(spec.nouns)}`,
			roleIds,
			40,
		);
		return { track, spec, ...named };
	});
	const essayIds = new Set();
	const essayPlans = Array.from({ length: essayCount }, () => {
		const { spec } = random.pick(specs);
		return { spec, ...unique(`${random.pick(TOPICS)} ${random.pick(ANGLES)}`, essayIds) };
	});
	const rolesBySpec = Map.groupBy(rolePlans, (role) => role.spec.id);
	const essaysBySpec = Map.groupBy(essayPlans, (essay) => essay.spec.id);

	/** @type {GeneratedRole[]} */
	const generatedRoles = rolePlans.map(({ track, spec, title, id }) => {
		const otherTracks = TRACKS.filter((other) => other !== track);
		const skills = [
			...random.sample(
				spec.skills.map(([s]) => s),
				random.int(3, 4),
			),
			...random.sample(
				track.common.map(([s]) => s),
				random.int(1, 3),
			),
			...random.sample(
				CORE.map(([s]) => s),
				random.int(2, 3),
			),
			// One or two from another track: a backend role that also knows Terraform.
			...random.sample(
				random.pick(otherTracks).specs.flatMap((s) => s.skills.map(([skill]) => skill)),
				random.int(1, 2),
			),
		];
		const phaseCount = random.int(3, 4);
		// A role never lists one milestone twice (the build refuses it): a repeat names its phase.
		const milestonesSeen = new Set();
		const unique = (/** @type {string} */ text, /** @type {number} */ p) => {
			let candidate = text;
			for (let n = 1; milestonesSeen.has(candidate); n++)
				candidate = `${text.replace(/\.$/, '')} in phase ${p + 1}${n > 1 ? ` (${n})` : ''}.`;
			milestonesSeen.add(candidate);
			return candidate;
		};
		const phases = Array.from({ length: phaseCount }, (_, p) => {
			// Split the skills into consecutive, non-empty runs, one per phase.
			const from = Math.floor((p * skills.length) / phaseCount);
			const phaseSkills = skills.slice(from, Math.floor(((p + 1) * skills.length) / phaseCount));
			return {
				title: `${capitalise(random.pick(THINGS))} and ${names(phaseSkills)[0]}`,
				months: random.pick([1, 1.5, 2, 2.5, 3, 4]),
				summary: paragraph(random, names(phaseSkills), 'this phase', 2),
				skills: phaseSkills,
				milestones: Array.from({ length: random.int(2, 3) }, () =>
					unique(sentence(random, names(phaseSkills), 'the learner'), p),
				),
			};
		});
		const peers = (rolesBySpec.get(spec.id) ?? []).filter((role) => role.id !== id);
		const related = peers.length > 0 && random.chance(0.05) ? [random.pick(peers).id] : [];
		const levels = /** @type {const} */ (['entry', 'mid', 'senior']);
		// Roles cite figures in the pay register (content/sources/): one synthetic release per region and level.
		const pay = random.sample(REGIONS, random.int(1, 3)).flatMap(({ region, currency, base }) =>
			random.sample(levels, random.int(1, 2)).map((level) => {
				// Rounded to a thousand so figures look like the published ones they stand in for.
				const amount =
					Math.round((base * LEVEL_FACTOR[level] * (0.8 + random.next() * 0.6)) / 1000) * 1000;
				const source = `bench-synthetic-${region.toLowerCase()}-${level}`;
				const figures = sourceFigures.get(source) ?? [];
				figures.push({
					occupation: { name: title },
					region,
					currency,
					amount,
					quote: `${title}: ${amount} ${currency} a year (synthetic)`,
				});
				sourceFigures.set(source, figures);
				return { source, occupation: title, match: 'exact' };
			}),
		);
		const roleNames = names(skills);
		markdownFile(
			`roles/${id}.md`,
			{
				title,
				tagline: `${title}: a synthetic benchmark role that ${random.pick(VERBS)} ${random.pick(THINGS)} with ${roleNames[0]}.`,
				track: track.id,
				pay,
				hoursPerWeek: random.pick([8, 10, 12, 12, 15]),
				phases,
				typicalDay: Array.from({ length: random.int(3, 6) }, () =>
					sentence(random, roleNames, 'the team'),
				),
				whyItMatters: paragraph(random, roleNames, `every ${spec.name} team`, 2),
				projects: random.sample(
					/** @type {string[]} */ (projectsBySpec.get(spec.id)),
					random.int(2, 4),
				),
				essays: random.sample(essaysBySpec.get(spec.id) ?? [], random.int(0, 2)).map((e) => e.id),
				related,
				updated: date(random),
			},
			Array.from({ length: random.int(2, 3) }, () =>
				paragraph(random, roleNames, withArticle(title.toLowerCase()), random.int(3, 4)),
			).join('\n\n'),
		);
		return { id, title, phases, related };
	});

	for (const { spec, title, id } of essayPlans) {
		const skills = names(spec.skills.map(([s]) => s));
		const sections = Array.from({ length: random.int(4, 6) }, () => {
			const heading = `${capitalise(random.pick(THINGS))} and ${random.pick(OUTCOMES)}`;
			const paragraphs = Array.from({ length: random.int(2, 4) }, () =>
				paragraph(random, skills, random.pick(PEOPLE), random.int(4, 6)),
			);
			return [`## ${heading}`, ...paragraphs].join('\n\n');
		});
		const peers = rolesBySpec.get(spec.id) ?? [];
		markdownFile(
			`essays/${id}.md`,
			{
				title,
				description: `A synthetic benchmark essay on ${title.toLowerCase()}, for ${spec.name.toLowerCase()} roles.`,
				published: date(random),
				tags: random.sample(TAGS, random.int(2, 4)),
				roles: random.sample(peers, random.int(1, 4)).map((role) => role.id),
			},
			sections.join('\n\n'),
		);
	}

	for (const [id, figures] of sourceFigures) {
		const level = id.split('-').at(-1) ?? 'mid';
		yamlFile(`sources/${id}.yaml`, {
			publisher: BENCH_SOURCE.name,
			short: 'Synthetic',
			series: id,
			title: BENCH_SOURCE.name,
			period: '2025',
			url: BENCH_SOURCE.url,
			statistic: 'median',
			population: { level, band: `synthetic ${level}-level band` },
			figures,
		});
	}
	await rm(dir, { recursive: true, force: true });
	for (const folder of Object.values(REGISTRY).map((spec) => spec.folder)) {
		await mkdir(join(dir, folder), { recursive: true });
	}
	await Promise.all(Object.entries(files).map(([path, text]) => writeFile(join(dir, path), text)));

	return {
		dir,
		seed,
		counts: {
			tracks: TRACKS.length,
			skills: allSkillRows.length,
			roles: roleCount,
			essays: essayCount,
			projects: projectCount,
		},
		roles: generatedRoles,
		essays: essayPlans.map((essay) => essay.id),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			roles: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
		},
	});
	const roles = Number(values.roles);
	if (!Number.isInteger(roles) || roles < 1) throw new Error('--roles must be a whole number ≥ 1');
	const dir = resolve(values.out ?? join(tmpdir(), `rolemap-bench-content-${roles}`));
	const started = performance.now();
	const { counts } = await generateContent({ roles, seed: Number(values.seed), dir });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Wrote ${JSON.stringify(counts)} to ${dir} in ${seconds}s`);
}
