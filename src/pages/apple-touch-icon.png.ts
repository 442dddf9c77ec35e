import logo from '../assets/logo.svg?raw';
import { APPLE_TOUCH_SIZE, squareLogo } from '../lib/favicon';
import { iconPng, pngResponse } from '../og';

export function GET() {
	return pngResponse(iconPng(squareLogo(logo), APPLE_TOUCH_SIZE));
}
