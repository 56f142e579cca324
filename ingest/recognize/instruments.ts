// Legal instruments by the grammar of their names and citations (grammar/instruments.yaml):
//   instrument:<id>      a citation pattern: 50 U.S.C. 1701, 14 CFR part 107, Pub. L. 115-232, Executive
//                        Order 13873, Proclamation 9705, Regulation (EU) 2016/679, 89 FR 15421
//   instrument:named     a name ending in an instrument word, with "of <year>", an EU name's date ("of 13 April
//                        2016 on Better Law-Making"), "for Fiscal Year <year>" or a
//                        version ("Drone Strategy 2.0"), or a year before a lone head ("the 1958 Agreement"):
//                        the International Emergency Economic Powers Act, the Entity List
//   instrument:leading   a name opening with one: Regulation on ..., Measures for the ..., Treaty on the ...
//   instrument:titled    a quoted title after a verb of issuing or naming: published in 2025 as "Securing the ...
//                        Supply Chain: Connected Vehicles"
//   instrument:cjk       《网络安全法》, 中华人民共和国数据安全法, 列入不可靠实体清单 (a list after a verb of listing)
//   bare-head            "the Act" left for the document's own definitions ("this Act" is the document)
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { nameRuns, type Token } from './names.ts';

const YEAR_TAIL = /^\s+(?:of\s+(?:19|20)\d{2}|for\s+Fiscal\s+Year\s+(?:19|20)\d{2})\b/;
/** "Interinstitutional Agreement of 13 April 2016 on Better Law-Making": an EU name's date, and the title
 *  after it when capitalised. */
const DATE_TAIL =
  /^\s+of\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}(?:\s+on\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}-]*))*\p{L})?/u;
/** "the 1958 Agreement": a year right before a lone head. */
const YEAR_LEAD = /\b(?:19|20)\d{2} $/;
/** "Drone Strategy 2.0": a version number is part of the name. */
const VERSION_TAIL = /^\s+\d+\.\d+\b/;

export function findInstruments(text: string, runs: Token[][] = nameRuns(text)): Found[] {
  const out: Found[] = [...citations(text)];
  for (const run of runs) {
    const f = named(text, run);
    if (f) out.push(f);
  }
  out.push(...cjk(text), ...titled(text));
  return out;
}

function titled(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(grammar().titledInstrument)) {
    const name = m.groups?.title ?? '';
    const start = m.index + m[0].lastIndexOf(name);
    out.push({ start, end: start + name.length, surface: name, label: 'Law', name, rule: 'instrument:titled', score: 0.8 });
  }
  return out;
}

function citations(text: string): Found[] {
  const out: Found[] = [];
  for (const c of grammar().citations) {
    for (const m of text.matchAll(c.pattern)) {
      const name = c.name.replace(/\{(\w+)\}/g, (_, k: string) => m.groups?.[k] ?? '');
      out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name, rule: `instrument:${c.id}`, score: 0.9, kind: c.kind, ...(c.procedural ? { procedural: true } : {}) });
    }
  }
  return out;
}

function named(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  const w = run.map((r) => r.t);
  let last = -1;
  w.forEach((t, k) => {
    if (g.instrumentHeads.has(t)) last = k;
  });
  const leading = g.leadingInstruments.has(w[0]) && g.headLinks.has(w[1] ?? '') && w.length > 2;
  if (last < 0 && !leading) return undefined;
  const tokens = leading ? run : run.slice(0, last + 1);
  // "the 1958 Agreement", "the 2018 Strategy": a year before a head names it.
  const year = tokens.length === 1 && !leading ? YEAR_LEAD.exec(text.slice(Math.max(0, tokens[0].start - 6), tokens[0].start)) : null;
  if (year) {
    const start = tokens[0].start - year[0].length;
    const name = text.slice(start, tokens[0].end);
    return { start, end: tokens[0].end, surface: name, label: 'Law', name, rule: 'instrument:named', score: 0.8, kind: g.instrumentKinds.get(w[last]) ?? 'statute' };
  }
  if (tokens.length === 1) {
    // "this Act" is the document itself (its node comes from the manifest); "the Act": its definitions say which.
    if (/\b[Tt]his\s+$/.test(text.slice(Math.max(0, tokens[0].start - 5), tokens[0].start))) return undefined;
    return { start: tokens[0].start, end: tokens[0].end, surface: tokens[0].t, label: 'Law', name: tokens[0].t, rule: 'bare-head', score: 0.5, pending: 'bare-head' };
  }
  if (tokens.length === 2 && g.genericInstrumentWords.has(w[0])) return undefined;
  // "a PhD in Law": a named instrument's head follows a word of its name, not a connector, unless "and"
  // joins it to another capitalised word ("Report and Order").
  if (!leading && g.connectors.has(w[last - 1]) && !(w[last - 1] === 'and' && last >= 2)) return undefined;
  const start = tokens[0].start;
  let end = tokens[tokens.length - 1].end;
  const tail = DATE_TAIL.exec(text.slice(end)) ?? YEAR_TAIL.exec(text.slice(end)) ?? VERSION_TAIL.exec(text.slice(end));
  if (tail) end += tail[0].length;
  const head = leading ? w[0] : w[last];
  const name = text.slice(start, end);
  return { start, end, surface: name, label: 'Law', name, rule: leading ? 'instrument:leading' : 'instrument:named', score: 0.8, kind: g.instrumentKinds.get(head) ?? 'statute' };
}

function cjk(text: string): Found[] {
  const g = grammar();
  const out: Found[] = [];
  for (const m of text.matchAll(g.cjkInstruments.bracketed)) {
    const name = m.groups?.name ?? '';
    if (!g.cjkEndings.some((e) => name.endsWith(e))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name, rule: 'instrument:cjk', score: 0.9, kind: name.endsWith('清单') ? 'list' : 'statute' });
  }
  for (const m of text.matchAll(g.cjkInstruments.listed)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name: m[0], rule: 'instrument:cjk', score: 0.8, kind: 'list' });
  }
  for (const m of text.matchAll(g.cjkInstruments.bare)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name: m[0], rule: 'instrument:cjk', score: 0.8, kind: 'statute' });
  }
  return out;
}


