import type { GetStaticPaths } from 'astro';
import logo from '../assets/logo.svg?raw';
import { ICON_SIZES } from '../lib/favicon';
import { iconPng, pngResponse } from '../og';

export const getStaticPaths = (() =>
	ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { size: string } }) {
	return pngResponse(iconPng(logo, Number(params.size)));
}
