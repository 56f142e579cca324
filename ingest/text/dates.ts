// English calendar dates as statutes print them ("February 28, 2024", "Dec. 23, 2024", "Sept. 3,
// 2020", "27 April 2016"), read to ISO yyyy-mm-dd. One reader for every adapter; an impossible date
// ("February 30") is not a date.

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month names and the abbreviations the US Code and the Federal Register print ("Sept.", "Dec."). */
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),\s*(\d{4})\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'g');

export function iso(y: string | number, m: string | number, d: string | number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "February", "Feb.", "Sept." -> 2, 2, 9; undefined for anything else. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key)));
  return i === -1 ? undefined : i + 1;
}

/** The ISO date of a year, month and day, or undefined when no such day exists. */
export function validDate(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? iso(y, m, d) : undefined;
}

export interface FoundDate {
  /** ISO yyyy-mm-dd. */
  date: string;
  /** The words as printed. */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
}

/** Every English date in `text`, in order of appearance. */
export function englishDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const add = (m: RegExpMatchArray, month: string, day: string, year: string): void => {
    const mm = monthNumber(month);
    const date = mm ? validDate(Number(year), mm, Number(day)) : undefined;
    if (date) out.push({ date, text: m[0], index: m.index ?? 0 });
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m, m[1], m[2], m[3]);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m, m[2], m[1], m[3]);
  return out.sort((a, b) => a.index - b.index);
}

/** The first English date in `text`. */
export function englishDate(text: string): FoundDate | undefined {
  return englishDates(text)[0];
}

/** Accepts "2025-10-28" (metadata fields) when it is a real day, and rejects anything else rather than guessing. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** 1934-06-19 -> "June 19, 1934" (how US citations print a date). */
export function longEnglishDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const month = MONTHS[(m as number) - 1] as string;
  return `${month[0]?.toUpperCase()}${month.slice(1)} ${d}, ${y}`;
}
