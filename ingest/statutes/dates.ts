// Adoption, amendment and entry-into-force dates, read from the statute's own words:
// Chinese header lines ("2017年6月27日 第十二届…会议通过", "…修正", "…修订"), the commencement
// article ("本法自2017年6月1日起施行"), and the "of 27 April 2016" line of an EU act's title.
import type { StatuteDates } from '../model.ts';
import { iso, monthNumber } from '../text/dates.ts';

export { isoDate } from '../text/dates.ts';

const CN_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

/** Reads dates from Chinese header lines (verbatim, one event per line) and the body text. */
export function chineseDates(headerLines: string[], body: string): StatuteDates {
  const dates: StatuteDates = { amendments: [], lines: [] };
  for (const raw of headerLines) {
    const line = raw.trim();
    const m = CN_DATE.exec(line);
    if (!m) continue;
    // LawRefBook sometimes keeps the source's brackets: "(2014年…通过)", "…修订）".
    const bare = line.replace(/^[（(]|[）)]$/g, '');
    const date = iso(m[1], m[2], m[3]);
    if (/通过$/.test(bare)) dates.adopted ??= date;
    else if (/修正$/.test(bare)) dates.amendments.push({ date, kind: 'amended', line });
    else if (/修订$/.test(bare)) dates.amendments.push({ date, kind: 'revised', line });
    else continue;
    dates.lines.push(line);
  }
  // The commencement article comes last; earlier matches may concern other instruments.
  const inForce = [...body.matchAll(/自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/g)].at(-1);
  if (inForce) {
    dates.inForceFrom = iso(inForce[1], inForce[2], inForce[3]);
    dates.lines.push(inForce[0]);
  }
  return dates;
}

/** "of 27 April 2016" (the title line of an EU act) -> 2016-04-27. */
export function englishActDate(title: string): { date: string; line: string } | undefined {
  const m = /\bof\s+(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/.exec(title);
  if (!m) return undefined;
  return { date: iso(m[3], monthNumber(m[2]) as number, m[1]), line: m[0] };
}

/** StatuteDates for an EU act: the title date is the adoption (signature) date. */
export function euDates(titleText: string): StatuteDates {
  const d = englishActDate(titleText);
  return d ? { adopted: d.date, amendments: [], lines: [d.line] } : { amendments: [], lines: [] };
}
