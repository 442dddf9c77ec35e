import logo from '../assets/logo.svg?raw';
import { HEADER_LOGO } from '../lib/favicon';
import { iconPng, pngResponse } from '../og';

export function GET() {
	return pngResponse(iconPng(logo, HEADER_LOGO.pixels));
}
