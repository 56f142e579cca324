// Two names a later phrase takes up as companies:
//   company:pair  "... by which DJI and Autel equipment would join the Covered List. None of your radios comes from either
//                 company.": "either|neither|both <company noun>" or "the two <company nouns>" (grammar/names.yaml
//                 company-nouns) takes up the two names coordinated last before it, in its sentence or, where its
//                 sentence coordinates none before it, in the sentence before.
// Read per sentence with the sentence after it (index.ts), outside the sentence's memoised draft; a pair one of whose
// names the sentence explains otherwise (a country, a body) is no pair of companies there, and neither is one of whose
// names is a date word alone, a month or a weekday ("Between August and October 2026 we bought two drones ... Both
// makers are in China": names.ts stopsName's calendar words).
import { COORDINATION, coordinated } from './companies.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { nameRuns, spanText, type Token } from './names.ts';
import { monthNumber } from '../text/dates.ts';

let reference: RegExp | undefined;
function pattern(): RegExp {
  reference ??= new RegExp(`\\b(?:[Ee]ither|[Nn]either|[Bb]oth|the\\s+two)\\s+${grammar().companyNounGroup}\\b`);
  return reference;
}

/** The pairs of names in `text` that a reference in it, or in the sentence `after` it, takes up: each pair as its two finds. */
export function findPairCompanies(text: string, after: string): Found[][] {
  const here = pattern().exec(text);
  const pairs = (upTo: number): Token[][][] => coordinatedPairs(text, nameRuns(text).filter((r) => r[r.length - 1].end <= upTo));
  let pair: Token[][] | undefined = here ? pairs(here.index).at(-1) : undefined;
  if (!pair && !here) {
    const there = pattern().exec(after);
    if (there && coordinatedPairs(after, nameRuns(after).filter((r) => r[r.length - 1].end <= there.index)).length === 0) pair = pairs(text.length).at(-1);
  }
  return pair ? [pair.map((p) => ({ start: p[0].start, end: p[p.length - 1].end, surface: spanText(text, p), label: 'Company', name: spanText(text, p), rule: 'company:pair', score: 0.6 }))] : [];
}

/** Two names joined by "and"/"or", in one run ("DJI and Autel") or as two runs ("Harrow Optics and Bluefin Marine"). */
function coordinatedPairs(text: string, runs: Token[][]): Token[][][] {
  const out: Token[][][] = [];
  const dated = (parts: Token[][]): boolean => parts.some((p) => p.length === 1 && (monthNumber(p[0].t) !== undefined || grammar().weekdays.has(p[0].t)));
  const push = (parts: Token[][]): void => {
    if (!dated(parts)) out.push(parts);
  };
  runs.forEach((run, k) => {
    const parts = coordinated(run);
    if (parts.length === 2 && run.some((t) => t.t === 'and' || t.t === 'or')) push(parts);
    else if (k > 0 && parts.length === 1 && coordinated(runs[k - 1]).length === 1 && COORDINATION.test(text.slice(runs[k - 1][runs[k - 1].length - 1].end, run[0].start)) && /\b(?:and|or)\s+$/.test(text.slice(0, run[0].start))) push([runs[k - 1], run]);
  });
  return out;
}
