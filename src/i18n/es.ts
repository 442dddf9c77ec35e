import type { Dictionary } from './en.ts';
import { clientEs } from './client/es.ts';

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
	components: {
		layout: {
			breadcrumb: 'Ruta de navegación',
			onThisPage: 'En esta página',
			theme: 'Tema',
			themeSystem: 'Sistema',
			themeLight: 'Claro',
			themeDark: 'Oscuro',
		},
		keyFacts: {
			midPay: (region) => `Salario de nivel medio (${region})`,
			timeToReady: 'Tiempo de preparación',
			hoursAWeek: 'Horas a la semana',
			hoursValue: (hours) => `${hours} h`,
			totalStudy: 'Estudio total',
			totalHours: (hours) => `≈ ${hours} horas`,
		},
		payTable: {
			title: 'Salario',
			none: 'Aún no tenemos una cifra de salario con fuente para este puesto. ¿Conoces una fuente pública? Añádela a esta página.',
			caption: (title) => `Salario anual de ${title} por región, con fuentes`,
			region: 'Región',
			level: 'Nivel',
			annualPay: 'Salario anual',
			source: 'Fuente',
			entry: 'Inicial',
			mid: 'Medio',
			senior: 'Sénior',
		},
		progress: {
			paceTitle: 'Tu ritmo',
			hoursLabel: 'Horas a la semana que puedes dedicar',
			progressTitle: 'Tu progreso',
			total: (done, total) => `${done} de ${total} hitos completados.`,
			localOnly: 'Se guarda solo en este navegador; no necesitas cuenta.',
			export: 'Exportar progreso',
			import: 'Importar progreso',
			reset: 'Restablecer',
			phaseDone: (done, total) => `${done}/${total} completados`,
		},
		progressStatus: clientEs.progressStatus,
		relatedRoles: {
			title: 'Puestos relacionados',
			intro: (share, title) =>
				`Puestos que comparten al menos el ${share} de sus habilidades con ${title}: los cambios más fáciles.`,
			none: (share, title) =>
				`Ningún otro puesto comparte aún el ${share} de sus habilidades con ${title}.`,
			picked: (share) => `· elegido por nuestro equipo editorial, ${share} de habilidades en común`,
			shared: (share) => `· ${share} de habilidades en común`,
			compare: 'Comparar',
			compareWith: (title) => ` con ${title}`,
			toAdd: 'Habilidades que añadir:',
			noneNeeded: 'No necesitas habilidades nuevas.',
		},
		roadmap: {
			title: 'Ruta paso a paso',
			phases: (n) => (n === 1 ? '1 fase' : `${n} fases`),
			plan: (phases, months, hours) =>
				`${phases}. Calcula unos ${months} a ${hours} horas a la semana.`,
			phase: (n) => `Fase ${n}:`,
			about: (months) => `Unos ${months}`,
			skillsToLearn: 'Habilidades que aprender',
			pickOne: 'Elige una:',
			milestones: 'Hitos',
		},
		roleCard: {
			pace: (months, hours) => `${months} a ${hours} h a la semana`,
			usPay: (pay) => ` · ${pay} en nivel medio en EE. UU.`,
		},
		roleContents: {
			what: 'En qué consiste el trabajo',
			day: 'Un día típico',
			pay: 'Salario',
			roadmap: 'Ruta',
			why: 'Por qué importa',
			projects: 'Proyectos',
			related: 'Puestos relacionados',
			essays: 'Ensayos',
		},
		roleExplorer: {
			title: 'Filtra la lista',
			track: 'Área',
			allTracks: 'Todas las áreas',
			needsSkill: 'Requiere la habilidad',
			anySkill: 'Cualquier habilidad',
			readyWithin: 'Preparación en como máximo',
			anyTime: 'Sin límite',
			submit: 'Mostrar los puestos que coinciden',
			noMatch: 'Ningún puesto coincide. Amplía alguno de los filtros.',
			showing: (shown, total) => `Se muestran ${shown} de ${total} puestos.`,
		},
		skillDetails: {
			topics: (n) => (n === 1 ? ' · 1 tema' : ` · ${n} temas`),
			learnFirst: 'Aprende antes:',
			skillLink: (name) => `${name}: temas en orden y dónde aprenderlos`,
		},
		skillGraph: {
			heading: 'Grafo de habilidades.',
			caption:
				'Una flecha va de una habilidad a otra que se basa en ella; los recuadros discontinuos son opciones de un «elige una». Cada fase, más abajo, enumera las mismas habilidades y lo que conviene aprender antes.',
			scrollLabel: 'Grafo de habilidades (se desplaza en horizontal)',
			phase: (n) => `Fase ${n}`,
			hint: 'Desplázate en horizontal para ver todas las fases.',
		},
		projectList: {
			beginner: 'Principiante',
			intermediate: 'Intermedio',
			advanced: 'Avanzado',
			hours: (hours) => `unas ${hours} horas`,
		},
		unlock: {
			title: (title) => `Lleva más lejos la ruta de ${title}`,
			body: 'Cuéntanos desde dónde empiezas y te enviaremos un plan para cada fase: listas de hitos, una revisión de las brechas de habilidades de tu CV y ofertas de empleo que encajen. Es gratis.',
			cta: (title) => `Desbloquea la ruta completa de ${title}`,
		},
		rolesMap: {
			title: (region) =>
				`Puestos según el tiempo de preparación y el salario de nivel medio en ${region}`,
			desc: (region) =>
				`Cada marca numerada es un puesto y enlaza a su página; donde varios puestos coinciden, las marcas se separan con una línea hasta su punto. En horizontal: meses de preparación. En vertical: salario de nivel medio en ${region}. Los puestos sin una cifra con fuente para ${region} están en la línea bajo el gráfico. La tabla que sigue al gráfico recoge las mismas cifras.`,
			monthsAxis: 'Meses de preparación',
			noFigure: 'Sin cifra',
			noSourcedFigure: 'sin cifra con fuente',
			caption: (region) => `Cifras del mapa para ${region}`,
			role: 'Puesto',
			timeToReady: 'Tiempo de preparación',
			midPay: (region) => `Salario de nivel medio (${region})`,
			figcaption: (region) =>
				`Salario de nivel medio en ${region} frente a los meses de preparación. Los números coinciden con la tabla.`,
		},
		timeline: {
			title: (title) => `Cronología de la ruta de ${title}`,
			phase: (n, title, months) => `Fase ${n}, ${title}: ${months}.`,
			caption: (months) =>
				`Cronología: el ancho de cada barra sigue los meses de su fase (${months} en total).`,
		},
		callout: {
			note: 'Nota',
			tip: 'Consejo',
			warning: 'Aviso',
		},
		offline: {
			save: 'Guardar sin conexión',
			saving: (n) => `Guardando ${n} páginas…`,
			saved: (what) => `Guardado sin conexión: ${what}.`,
			saveFailed:
				'No se pudo guardar esta ruta: una página no cargó o el almacenamiento está lleno. Inténtalo de nuevo.',
			saveOffline: 'No tienes conexión: conéctate para guardar esta ruta.',
			listTitle: 'Guardado sin conexión',
			empty:
				'Aún no has guardado nada. Abre un puesto y elige «Guardar sin conexión» para tener su ruta, sus habilidades y sus ensayos en este dispositivo.',
			remove: 'Quitar',
			removeLabel: (title) => `Quitar ${title} de la lectura sin conexión`,
			theRole: 'el puesto',
			skillPages: (n) => (n === 1 ? '1 página de habilidad' : `${n} páginas de habilidades`),
			essays: (n) => (n === 1 ? '1 ensayo' : `${n} ensayos`),
			and: ' y ',
		},
		search: clientEs.search,
	},
};
