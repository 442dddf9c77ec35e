import logo from '../assets/logo.svg?raw';
import { icoFromPng } from '../lib/favicon';
import { iconPng } from '../og';

// /favicon.ico is what browsers and crawlers ask for when a page names no icon.
export function GET() {
	return new Response(new Uint8Array(icoFromPng(iconPng(logo, 32), 32)), {
		headers: { 'content-type': 'image/x-icon' },
	});
}
