// Chinese towns and provinces by name, from a maintained data set rather than a hand list: the populated places of
// Natural Earth as the npm package city-timezones carries them (about 400 cities of China, Hong Kong, Macao and Taiwan,
// with their provinces). A Chinese company's registered name opens with its administrative division, then its trade
// name, line of business and form (企业名称: 行政区划 + 字号 + 行业 + 组织形式): "Quanzhou Ruida Trading Company", and
// reports then drop the place ("Ruida Trading"). compromise knows Shenzhen but not Quanzhou. Only Chinese places are
// read: elsewhere a town's name is as often a trade name ("Meridian Gulf General Trading" is no company of Meridian, MS).
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };

const CHINESE = new Set(['CN', 'HK', 'MO', 'TW']);
let names: Set<string> | undefined;

/** Whether `word` (any case) names a Chinese city or province in the gazetteer. */
export function isChinesePlace(word: string): boolean {
  names ??= new Set(
    (cityMap as { city_ascii: string; province: string; iso2: string }[])
      .filter((c) => CHINESE.has(c.iso2))
      .flatMap((c) => [c.city_ascii, c.province].filter(Boolean).map((n) => n.toLowerCase())),
  );
  return names.has(word.toLowerCase());
}
