import { describe, expect, test } from 'vitest';
import {
	formatPayCompact,
	formatPayFull,
	localeForRegion,
	payOccupation,
	regionName,
} from '../../src/lib/pay';

describe('pay formatting follows the region', () => {
	test.each([
		{ region: 'US', currency: 'USD', amount: 130_000, compact: '$130K', full: '$130,000' },
		{ region: 'IN', currency: 'INR', amount: 2_600_000, compact: '₹26L', full: '₹26,00,000' },
		{ region: 'IN', currency: 'INR', amount: 850_000, compact: '₹8.5L', full: '₹8,50,000' },
		{ region: 'IN', currency: 'INR', amount: 12_000_000, compact: '₹1.2Cr', full: '₹1,20,00,000' },
		{ region: 'GB', currency: 'GBP', amount: 65_000, compact: '£65K', full: '£65,000' },
		{ region: 'GB', currency: 'GBP', amount: 67_500, compact: '£67.5K', full: '£67,500' },
		{ region: 'IN', currency: 'INR', amount: 1_500_000, compact: '₹15L', full: '₹15,00,000' },
		{ region: 'US', currency: 'USD', amount: 1_250_000, compact: '$1.25M', full: '$1,250,000' },
		// Rounding to three figures can carry into the next unit: never "$1,000K" or "₹100L".
		{ region: 'US', currency: 'USD', amount: 999_999, compact: '$1M', full: '$999,999' },
		{ region: 'IN', currency: 'INR', amount: 9_999_999, compact: '₹1Cr', full: '₹99,99,999' },
		{ region: 'US', currency: 'USD', amount: 900, compact: '$900', full: '$900' },
		{ region: 'US', currency: 'USD', amount: 133_080, compact: '$133K', full: '$133,080' },
	])('$region $amount → $compact', ({ region, currency, amount, compact, full }) => {
		expect(formatPayCompact({ region, currency, amount })).toBe(compact);
		expect(formatPayFull({ region, currency, amount })).toBe(full);
	});

	test('India uses the en-IN locale, so lakh and crore grouping apply', () => {
		expect(localeForRegion('IN')).toBe('en-IN');
	});

	test.each([
		['US', 'United States'],
		['IN', 'India'],
		['GB', 'United Kingdom'],
	])('region %s is called %s', (code, name) => {
		expect(regionName(code)).toBe(name);
	});
});

describe('pay in another language keeps the source currency, in that language’s words', () => {
	test.each([
		{ region: 'US', currency: 'USD', amount: 132_270, compact: '132 mil US$', full: '132.270 US$' },
		{ region: 'GB', currency: 'GBP', amount: 67_500, compact: '67,5 mil GBP', full: '67.500 GBP' },
		{
			region: 'US',
			currency: 'USD',
			amount: 1_250_000,
			compact: '1,25 M US$',
			full: '1.250.000 US$',
		},
	])('es: $region $amount → $compact', ({ region, currency, amount, compact, full }) => {
		// Intl separates the figure from its currency with a no-break space.
		const plain = (text: string) => text.replace(/\s/g, ' ');
		expect(plain(formatPayCompact({ region, currency, amount }, 'es'))).toBe(compact);
		expect(plain(formatPayFull({ region, currency, amount }, 'es'))).toBe(full);
	});

	test('region names follow the language', () => {
		expect(regionName('US', 'es')).toBe('Estados Unidos');
		expect(regionName('GB', 'es')).toBe('Reino Unido');
		expect(localeForRegion('IN', 'es')).toBe('es');
	});
});

describe('payOccupation', () => {
	const words = (nearest: string) => ({
		statistic: {} as never,
		population: {} as never,
		nearest: (occupation: string) => `${occupation} (${nearest})`,
	});
	const figure = {
		match: 'nearest' as const,
		occupation: { name: 'Software Developers', names: { es: 'Desarrolladores de software' } },
	};

	test('names the occupation in the page’s language where the register gives it', () => {
		expect(payOccupation(figure, words('ocupación más cercana'), 'es')).toBe(
			'Desarrolladores de software (ocupación más cercana)',
		);
		expect(payOccupation(figure, words('nearest occupation'), 'en')).toBe(
			'Software Developers (nearest occupation)',
		);
	});

	test('keeps the publisher’s name where it has none in that language, and for an exact match', () => {
		const bare = { match: 'exact' as const, occupation: { name: 'Platform Engineers' } };
		expect(payOccupation(bare, words('ocupación más cercana'), 'es')).toBe('Platform Engineers');
	});
});
