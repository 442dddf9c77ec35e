/** The feeds and share images: each language's RSS items, and what each track's share card says. */
import type { Catalog } from '../catalog/types.ts';

/** One feed item before it is worded for a language. */
export interface FeedEntry {
	kind: 'essay' | 'role';
	id: string;
	title: string;
	description: string;
	date: Date;
	tags: readonly string[];
}

/**
 * Essays as they are published or revised, and roles as they are reviewed, newest first.
 * @param catalog - the catalogue in the feed's language
 * @returns the feed's entries
 */
export function feedEntries(catalog: Catalog): FeedEntry[] {
	return [
		...catalog.essays.map(({ id, data }): FeedEntry => ({
			kind: 'essay',
			id,
			title: data.title,
			description: data.description,
			date: data.updated ?? data.published,
			tags: data.tags,
		})),
		...catalog.roles.map(({ id, entry: { data } }): FeedEntry => ({
			kind: 'role',
			id,
			title: data.title,
			description: data.tagline,
			date: data.updated,
			tags: [],
		})),
	].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** What a track's share card shows. */
export interface TrackCard {
	id: string;
	name: string;
	/** Time to ready of each of its roles, in months. */
	months: number[];
}

/**
 * Every track's share card.
 * @param catalog - the English catalogue (share cards are in English)
 * @returns one card per track
 */
export const trackCards = (catalog: Catalog): TrackCard[] =>
	catalog.tracks.map((track) => ({
		id: track.id,
		name: track.data.name,
		months: catalog.roles.filter((role) => role.track === track.id).map((role) => role.months),
	}));
