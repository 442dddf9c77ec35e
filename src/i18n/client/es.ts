import type { Dictionary } from '../en.ts';
import type { clientEn } from './en.ts';

/** Interface strings that client scripts show, in Spanish (see ./en.ts). */
export const clientEs: Dictionary<typeof clientEn> = {
	search: {
		label: 'Buscar puestos, habilidades y ensayos',
		placeholder: 'Buscar',
		button: 'Buscar',
		dialogTitle: 'Buscar en Rolemap',
		dialogLabel: 'Buscar puestos, habilidades, proyectos y ensayos',
		close: 'Cerrar',
		help: 'Los resultados aparecen mientras escribes. Pulsa la flecha abajo para recorrerlos y Escape para cerrar.',
		roles: 'Puestos',
		others: 'Habilidades, proyectos y ensayos',
		more: 'También en el texto completo',
		all: 'Filtrar y ordenar todos los resultados',
		results: (n) => (n === 1 ? '1 resultado' : `${n} resultados`),
		found: (count, query) => `${count} para «${query}».`,
		searching: (query) => `Buscando «${query}» en el texto completo…`,
		offline:
			'La búsqueda no está disponible sin conexión: sus archivos no se cargaron antes en este dispositivo. Las páginas guardadas aparecen en la página sin conexión.',
		mentions: (n) => (n === 1 ? '; 1 página lo menciona' : `; ${n} páginas lo mencionan`),
		foundMentioned: (count, query, mentions) => `${count} para «${query}»${mentions}.`,
		foundFullText: (count, query) => `${count} para «${query}» en el texto completo.`,
		noResults: (query) => `No hay resultados para «${query}».`,
		suggestRole: '¿Falta un puesto? Propónlo',
		role: 'Puesto',
		skill: 'Habilidad',
		project: 'Proyecto',
		essay: 'Ensayo',
		inEnglish: 'en inglés',
		midPayUs: (pay) => `${pay} al año (EE. UU.)`,
		monthsToReady: (months) => `${months} de preparación`,
		// A decimal comma, as Spanish writes it: "10,5 meses".
		months: (n) => (n === 1 ? '1 mes' : `${String(n).replace('.', ',')} meses`),
		becomeRole: () => 'Cómo llegar a ser ',
		needs: 'Requiere',
		uses: 'Usa',
		topic: 'Tema:',
		alsoCalled: 'También llamado',
	},
	offline: {
		saving: (n) => `Guardando ${n} páginas…`,
		saved: (what) => `Guardado sin conexión: ${what}.`,
		saveFailed:
			'No se pudo guardar esta ruta: una página no cargó o el almacenamiento está lleno. Inténtalo de nuevo.',
		saveOffline: 'No tienes conexión: conéctate para guardar esta ruta.',
		remove: 'Quitar',
		removeLabel: (title) => `Quitar ${title} de la lectura sin conexión`,
		theRole: 'el puesto',
		skillPages: (n) => (n === 1 ? '1 página de habilidad' : `${n} páginas de habilidades`),
		essays: (n) => (n === 1 ? '1 ensayo' : `${n} ensayos`),
		and: ' y ',
	},
	progressPanel: {
		hoursLabel: 'Horas a la semana que puedes dedicar',
		total: (done, total) => `${done} de ${total} hitos completados.`,
		localOnly: 'Se guarda solo en este navegador; no necesitas cuenta.',
		export: 'Exportar progreso',
		import: 'Importar progreso',
		reset: 'Restablecer',
		phaseDone: (done, total) => `${done}/${total} completados`,
	},
	progressStatus: {
		pace: (hours, months) => `Con ${hours} a la semana, te prepararías en unos ${months}.`,
		storageFull:
			'No se guardó nada: el almacenamiento de este navegador está lleno o bloqueado (¿ventana privada?).',
		ticked: (milestone) => `Marcado: ${milestone}`,
		unticked: (milestone) => `Desmarcado: ${milestone}`,
		exported: (file) => `Progreso exportado a ${file}.`,
		confirmReplace: (lost) =>
			`A este archivo le ${lost === 1 ? 'falta 1 marca' : `faltan ${lost} marcas`} que tienes en este navegador. ¿Reemplazar tu progreso por el del archivo? Aceptar lo reemplaza; Cancelar conserva tus marcas y añade las del archivo.`,
		replaced: 'Progreso reemplazado por el del archivo.',
		imported: (added) =>
			added === 1
				? 'Importado: 1 marca nueva añadida, ninguna eliminada.'
				: `Importado: ${added} marcas nuevas añadidas, ninguna eliminada.`,
		confirmReset: (title) =>
			`¿Borrar todas las marcas de la ruta de ${title}? No se puede deshacer.`,
		resetDone: 'Progreso restablecido.',
		notJson: 'Ese archivo no es un archivo de progreso de Rolemap (no es JSON).',
		notProgress: 'Ese archivo no es un archivo de progreso de Rolemap.',
		rolesList:
			'Ese archivo no es un archivo de progreso de Rolemap: su «roles» es una lista, no marcas por puesto.',
		tooLarge:
			'Ese archivo es demasiado grande para ser un archivo de progreso de Rolemap (más de 1 MB).',
		noRoleList:
			'No se importó nada: la lista de puestos no se cargó y no se pudo comprobar el archivo. Inténtalo de nuevo con conexión.',
		ignored: (count, list) =>
			`Se ${count === 1 ? 'ignoró 1 entrada' : `ignoraron ${count} entradas`}: ${list}.`,
		ignoredUnknownRole: (role) => `puesto desconocido «${role}»`,
		ignoredReserved: (key) => `«${key}» (un nombre que ningún puesto puede tener)`,
		ignoredNotList: (role) => `«${role}» (no es una lista de hitos)`,
		ignoredNotMilestone: (value, role) => `${value} en «${role}» (no es un id de hito)`,
		ignoredMore: (n) => `y ${n} más`,
		paceInvalid:
			'Escribe un número entero de horas entre 1 y 60; las cifras mantienen el último ritmo válido.',
	},
};
