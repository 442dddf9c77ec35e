import { describe, expect, test } from 'vitest';
import { formatPayCompact, formatPayFull, localeForRegion, regionName } from '../../src/lib/pay';

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
