// Chinese towns and provinces by name, from a maintained data set rather than a hand list: the populated places of
// Natural Earth as the npm package city-timezones carries them (about 400 cities of China, Hong Kong, Macao and Taiwan,
// with their provinces). A Chinese company's registered name opens with its administrative division, then its trade
// name, line of business and form (企业名称: 行政区划 + 字号 + 行业 + 组织形式): "Quanzhou Ruida Trading Company", and
// reports then drop the place ("Ruida Trading"). compromise knows Shenzhen but not Quanzhou. Only Chinese places are
// read: elsewhere a town's name is as often a trade name ("Meridian Gulf General Trading" is no company of Meridian, MS).
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };

const CHINESE = new Set(['CN', 'HK', 'MO', 'TW']);
let names: Set<string> | undefined;

/** Whether `word` (any case) names a Chinese city or province in the gazetteer. Pinyin's syllable apostrophe ("Xi'an",
 *  "Tai’an", "Huai'an") is dropped, as the gazetteer's ASCII names drop it ("Xian", "Taian", "Huaian"). */
export function isChinesePlace(word: string): boolean {
  names ??= new Set(
    (cityMap as { city_ascii: string; province: string; iso2: string }[])
      .filter((c) => CHINESE.has(c.iso2))
      .flatMap((c) => [c.city_ascii, c.province].filter(Boolean).map((n) => n.toLowerCase())),
  );
  return names.has(word.toLowerCase().replace(/(?<=\p{Ll})['’](?=[aeo])/gu, ''));
}

/** How many times more people the largest town of a name must have than the largest of another country for the name to
 *  be that town's where a company's seat is stated ("based in Sydney": Sydney, Australia, 5.2 million, not Sydney, Nova
 *  Scotia, 38 thousand). Nearer than that the name stays ambiguous ("Victoria": Canada 270 thousand, the US 63). */
const DOMINANT = 20;

interface Place {
  iso2: string;
  pop: number;
}
let places: Map<string, Place[]> | undefined;

/**
 * The countries (ISO alpha-2) of the towns of the world named `name` (as written, capitalised: "Shenzhen", "San
 * Francisco"), from the same Natural Earth data: one code when every town of that name lies in one country or one town
 * outnumbers every other country's by DOMINANT times, several when the name stays ambiguous, none when no town has it.
 * For a seat a text states ("headquartered in Shenzhen"), where a place name is the company's, not a trade name.
 * Provinces and states are subdivisions.ts's (ISO 3166-2).
 */
export function placeCountries(name: string): string[] {
  places ??= buildPlaces();
  const found = places.get(name);
  if (!found) return [];
  const codes = [...new Set(found.map((p) => p.iso2))];
  if (codes.length === 1) return codes;
  const [first, ...rest] = [...found].sort((a, b) => b.pop - a.pop);
  const rival = rest.find((p) => p.iso2 !== first.iso2);
  return rival && first.pop >= DOMINANT * rival.pop ? [first.iso2] : codes;
}

/**
 * Of the countries whose first-level subdivisions share a name (ISO 3166-2: "Florida" is a US state and a department of
 * Uruguay), the one whose towns in a province of that name hold DOMINANT times the people of every other's (Florida: 11.5
 * million against 32 thousand), else none ("Córdoba": Argentina 1.8 million, Colombia 340 thousand; "Punjab").
 * `countries`: ISO alpha-2, any case.
 */
export function dominantSubdivisionCountry(name: string, countries: string[]): string | undefined {
  provinces ??= buildProvinces();
  const pops = countries.map((c) => ({ c, pop: provinces!.get(`${name}|${c.toUpperCase()}`) ?? 0 })).sort((a, b) => b.pop - a.pop);
  const [first, second] = pops;
  return first && first.pop > 0 && (second === undefined || first.pop >= DOMINANT * second.pop) ? first.c : undefined;
}
let provinces: Map<string, number> | undefined;

function buildProvinces(): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cityMap as { province: string; iso2: string; pop: number }[]) {
    if (!c.province) continue;
    const key = `${c.province}|${c.iso2}`;
    out.set(key, (out.get(key) ?? 0) + (c.pop ?? 0));
  }
  return out;
}

function buildPlaces(): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  const add = (name: string, place: Place): void => {
    if (!name) return;
    const list = out.get(name);
    if (list) list.push(place);
    else out.set(name, [place]);
  };
  for (const c of cityMap as { city: string; city_ascii: string; province: string; iso2: string; pop: number }[]) {
    const place = { iso2: c.iso2, pop: c.pop ?? 0 };
    for (const n of new Set([c.city, c.city_ascii])) add(n, place);
  }
  return out;
}
