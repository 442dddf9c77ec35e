document.documentElement.classList.add('js');
try {
	var t = localStorage.getItem('rolemap-theme');
	if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch {}
