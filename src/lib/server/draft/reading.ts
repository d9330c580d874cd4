/** One reading of a name: a place the gazetteer has by that name, and how the name names it. */
import type { Kind } from '../../core/kinds';
import type { City } from '../gazetteer';

export type ReadingType =
  'country' | 'group' | 'feature' | 'city' | 'approximate' | 'state' | 'county';

export interface Reading {
  type: ReadingType;
  /** The place's own name, as the places file will carry it. */
  name: string;
  kind: Kind;
  /** The reference (or list). */
  ref?: string | string[];
  /** How the text's form relates to the place: its name, a spelling, or a demonym. */
  via: 'name' | 'alt' | 'demonym';
  /** The countries the place lies in or stands for (ISO3), for context. */
  countries: string[];
  /** A city's GeoNames record; an approximate place's point comes from its capital. */
  city?: City;
  /** A US county's state (ISO 3166-2), for context: "Orange County" beside Anaheim. */
  state?: string;
  /** A state named with its kind's word ("Nyanza Province"): no city or country rivals it. */
  suffixed?: boolean;
  /** A state whose name is an ordinary word (COMMON_WORDS): read only when suffixed. */
  wordy?: boolean;
  /** A division known by a point at its seat: the seat's name ("Maralal" for Samburu). */
  seat?: string;
  /** A state or province the gazetteer knows by a point only, [lng, lat]: drafted approximate. */
  point?: [number, number];
  /** Natural Earth's scalerank for a feature (0 most important). */
  rank?: number;
  review?: string;
  note?: string;
  /**
   * The language of the form, when it is a country's own name in a language other than
   * English ("Island", Iceland in Icelandic): read so only in an article in that language.
   */
  lang?: string;
}
