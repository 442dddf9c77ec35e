import type { Dictionary } from './en.ts';

/** Interface strings in Spanish: neutral Spanish that readers in Spain and Latin America share. */
export const es: Dictionary = {
	site: {
		skipLink: 'Saltar al contenido principal',
		home: 'Inicio',
		tagline: 'Rutas profesionales para ingenieros',
		description:
			'Rutas profesionales de código abierto: salario por región, tiempo de preparación, las habilidades en orden y proyectos que las demuestran.',
		menu: 'Menú',
		mainNav: 'Principal',
		nav: {
			roles: 'Puestos',
			skills: 'Habilidades',
			essays: 'Ensayos',
			skillGap: 'Brecha de habilidades',
			compare: 'Comparar',
		},
		language: 'Idioma',
		rssTitle: 'Ensayos y puestos de Rolemap',
		footerOpenSource: (site) => `${site} es de código abierto. El contenido tiene licencia`,
		footerLicences: '; el código, MIT.',
		improve: 'Mejóralo en GitHub',
	},
	translation: {
		missing: 'Esta página aún no está traducida, así que su contenido se muestra en inglés.',
		missingHelp: 'Ayuda a traducirla',
		stale: 'El original en inglés de esta página ha cambiado desde que se tradujo.',
		staleLink: 'Leer la página en inglés',
		onlyEnglish: 'en inglés',
	},
	search: {
		roleTitle: (title) => `Cómo llegar a ser ${title}`,
		rolesThatNeed: (skill) => `Puestos que necesitan ${skill}`,
		projectsThatUse: (skill) => `Proyectos que usan ${skill}`,
		phaseOf: (role, phase, title) => `${role}: fase ${phase}, ${title}`,
	},
	feed: {
		title: (site) => `${site}: ensayos y rutas actualizadas`,
		roleUpdated: (title) => `Ruta actualizada: ${title}`,
		essay: 'ensayo',
		role: 'puesto',
	},
	home: {},
	rolePage: {},
	rolesIndex: {},
	skillPage: {},
	essayPage: {},
	essaysIndex: {},
	compare: {},
	skillGap: {},
	searchPage: {},
	projects: {},
	skillsIndex: {},
	offline: {},
	components: {},
};
