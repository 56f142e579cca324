// Government bodies, offices, organisations and companies by the grammar of their names (grammar/names.yaml):
//   body:head-of      "<...> <head> of|for|on <name>"   Department of Commerce, Federal Bureau of Investigation
//   body:name-head    "<name> <head>"                   Federal Trade Commission, Northwind Optics Inc.
//   body:state-prefix "U.S. <name>"                     U.S. Customs and Border Protection (no head word)
//   body:self-named   "Senate", "House of Representatives", "Dutch Parliament": bodies their name alone names
//   body:members      "the CSIRTs network": a plural acronym of the members and a collective head in lower case
//   body:joint-head   "Belt and Road Working Mechanism", "Joint Working Group on X": names.yaml joint-heads
//   title:office      "Assistant Secretary of Commerce for Communications and Information": a ranked title's own office
//   body:inverted-title "Commerce Secretary Howard Lutnick": the Department of Commerce, where the document or catalog names it
//   title:of          "Secretary of <X>"                the Department of X; "Administrator of the <body>" that body,
//                                                     written as the body's name
//   title:fixed       "Attorney General"                the Department of Justice
//   cjk:body          国务院有关部门, 国家密码管理局, 公安机关, 商务部, 海关总署
//   cjk:company       北岭航电系统公司, 华为技术有限公司
//   cjk:party         中国共产党, 美国民主党 (organisations)
// A bare head or title ("the Secretary", "the Commission") and a title whose body is not in its name
// ("Director of National Intelligence") are left pending for the document to resolve (index.ts); a public
// title (its "of" part holds a public qualifier) with no candidate names an office of its own.
import { AhoCorasick } from './aho-corasick.ts';
import { anyOf } from './any-of.ts';
import { phrasePattern } from '../text/clean.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { findElidedBodies, findFieldBodies } from './cjk-elided-bodies.ts';
import { companyContext, countedParts, lineOfBusiness } from './companies.ts';
import { countryCode, findCountries, isCountryWord } from './countries.ts';
import { isFirstName, isPlaceName } from './lexicon.ts';
import { placeThenTradeName, shortNames } from './short-names.ts';
import { initials } from './initials.ts';
import { spells } from './acronym-instruments.ts';
import { endsInFormBefore, isFormAfterName, legalFormWords } from './legal-forms.ts';
import { isCap, nameRuns, spanText, type Token } from './names.ts';

export function findBodies(text: string, runs: Token[][] = nameRuns(text)): Found[] {
  const out: Found[] = [];
  for (const run of withTitlesCut(text, withUnitsPlaced(text, withPlacedForms(text, runs)))) {
    // Most runs hold no word any reading needs ("The", "In May", a company's or a person's name): passed over.
    const f = mayNameBody(text, run) ? bodyOfRun(text, run) : undefined;
    if (!f) continue;
    const typed = typedByContext(text, run, f);
    // "two wind turbine makers, Mingxu Wind Power and Dongtai Turbine Group": as many companies as counted, each its own
    // name (companies.ts countedParts); a public body's or an organisation's name keeps its "and".
    const parts = typed.label === 'Company' ? countedParts(text, run) : undefined;
    if (parts) for (const p of parts) out.push(found(text, p[0].start, p[p.length - 1].end, 'Company', spanText(text, p), 'company:counted', typed.score));
    else {
      // "JSC Sevmash and Pelican Optics LLC": a run right after a form written before a name is that company's name up to
      // its "and" (legal-forms.ts reads it with its form); what follows is a name of its own, read alone.
      const rest = typed.label === 'Company' ? afterFormFirstName(text, run) : undefined;
      const second = rest ? bodyOfRun(text, rest) : undefined;
      if (rest) {
        if (second) out.push(typedByContext(text, rest, second));
      } else out.push(typed);
    }
  }
  out.push(...memberBodies(text));
  // Each list tested once first: most sentences name no Chinese body or company.
  const g = grammar();
  if (anyOf(g.cjkBodies)?.test(text) !== false) {
    for (const re of g.cjkBodies) for (const m of text.matchAll(re)) out.push(found(text, m.index, m.index + m[0].length, 'Authority', m[0], 'cjk:body', 0.7));
  }
  // A field's body by its name (网信部门), where no body's name found already spans it (公安机关, 市级人民政府网信部门).
  out.push(...findFieldBodies(text).filter((f) => !out.some((o) => o.rule === 'cjk:body' && o.start < f.end && f.start < o.end)));
  // A body of an elided coordination is named in full where the text prints part of it: the plain finds of its span give way.
  const elided = findElidedBodies(text);
  if (elided.length > 0) {
    const inside = (f: Found): boolean => f.rule === 'cjk:body' && elided.some((e) => f.start < e.end && e.start < f.end);
    out.splice(0, out.length, ...out.filter((f) => !inside(f)), ...elided);
  }
  // A political party is an organisation (中国共产党: the party, not the country whose name it holds).
  if (text.includes('党')) for (const m of text.matchAll(g.cjkParties)) out.push(found(text, m.index, m.index + m[0].length, 'Organization', m[0], 'cjk:party', 0.7));
  if (anyOf(g.cjkCompanies)?.test(text) !== false) {
    for (const re of g.cjkCompanies) {
      for (const m of text.matchAll(re)) {
        const start = latestCompanyStart(text, re, m.index, m.index + m[0].length);
        // A legal form alone names no company (主体类型：有限责任公司, a register's field of the kind of company).
        if (isLegalFormAlone(text.slice(start, m.index + m[0].length))) continue;
        out.push(found(text, start, m.index + m[0].length, 'Company', text.slice(start, m.index + m[0].length), 'cjk:company', 0.7));
      }
    }
  }
  return out;
}

/** The part of a run after its first "and" where a legal form written before a name stands right before the run ("JSC
 *  Sevmash and Pelican Optics LLC"): the first name is the form's, the rest (two words at least, a capital opening it) a
 *  name of its own. */
function afterFormFirstName(text: string, run: Token[]): Token[] | undefined {
  const and = run.findIndex((t) => t.t === 'and');
  if (and < 1 || run.length - and - 1 < 2 || !isCap(run[and + 1].t) || !endsInFormBefore(text.slice(Math.max(0, run[0].start - 60), run[0].start))) return undefined;
  return run.slice(and + 1);
}

/** Whether a name is a legal form with at most one character before it (有限公司 of 科技（武汉）有限公司). */
function isLegalFormAlone(name: string): boolean {
  const form = grammar().cjkLegalForms.find((f) => name.endsWith(f)) ?? '公司';
  return name.length - form.length < 2;
}

const stickyCompanies = new Map<RegExp, RegExp>();
/** Where a Chinese company's name starts: the pattern's match starts at the earliest opener (a clause's start), but a
 *  name starts after 为 or a preposition before it (names.yaml cjk-company-restarts, openers of the pattern too):
 *  "上述设备主要为甲乙光电科技有限公司" is 甲乙光电科技有限公司. The first such later start is taken (设备为华为技术有限公司
 *  is 华为技术有限公司, not 技术有限公司). A later start counts where the pattern, anchored there, ends
 *  the name at the same place, and at least two characters of the match stand before that opener (华为技术有限公司 keeps 华为)
 *  or the match's first character is a preposition after a verb (提供给甲公司); not after a conjunction (和, 与, 及, 同), which may join words inside a name. */
export function latestCompanyStart(text: string, re: RegExp, start: number, end: number): number {
  const sticky = stickyCompanies.get(re) ?? new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  stickyCompanies.set(re, sticky);
  const startsAt = (p: number): boolean => {
    if (!/\p{Script=Han}/u.test(text[p - 1]) || '和与及同'.includes(text[p - 1])) return false;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    return m?.index === p && p + m[0].length === end && !isLegalFormAlone(m[0]);
  };
  // A preposition right after the opener, a verb (提供给, 销售给, 出口至: names.yaml cjk-verb-prepositions), is no part of the name.
  const pastPreposition = (from: number): number =>
    from + 1 <= end - 3 && /\p{Script=Han}/u.test(text[from - 1] ?? '') && grammar().cjkVerbPrepositions.includes(text[from]) && startsAt(from + 1) ? from + 1 : from;
  // Or after 为 or such a preposition (names.yaml cjk-company-restarts) with two characters of the match or more before it
  // (华为 of 华为技术有限公司 is a name's own start); not after any opener (起 of 凯斯特雷尔起重机有限公司).
  const restarts = grammar().cjkCompanyRestarts;
  for (let p = start + 3; p <= end - 3; p++) if (restarts.includes(text[p - 1] as string) && startsAt(p)) return pastPreposition(p);
  return pastPreposition(start);
}

/** The body, title or office one name run names: the first of the readings below that takes it. */
export function bodyOfRun(text: string, run: Token[]): Found | undefined {
  return fixedTitle(text, run) ?? title(text, run) ?? statedTitle(text, run) ?? invertedTitle(text, run) ?? selfNamed(text, run) ?? wrapped(text, run) ?? jointBody(text, run) ?? body(text, run) ?? bareHead(text, run) ?? acronymDefined(text, run) ?? acronymInName(text, run);
}

/** Whether the run's text holds a word of grammar/names.yaml that every reading of bodyOfRun needs somewhere in the run: a
 *  head (body, bareHead, acronymDefined; wrapped and the readings of a title's "of" part end in body or selfNamed on part
 *  of the run), a title (title, statedTitle, invertedTitle, bareHead), a fixed title (fixedTitle, a ranked one), a
 *  self-named body (selfNamed) or a state's prefix (body:state-prefix: the run's words joined open with it, so its first
 *  word is inside the run's first token). Tested on the run's text, not its tokens, so that no way of cutting tokens can
 *  hide a word: a necessary condition, never a guess. A run an acronym in brackets follows may be the words of a name whose
 *  head stands after the brackets (acronymInName). */
export function mayNameBody(text: string, run: Token[]): boolean {
  return bodyWords().occursIn(spanText(text, run)) || text.startsWith(' (', run[run.length - 1].end);
}
let bodyWordsMatcher: AhoCorasick<true> | undefined;
function bodyWords(): AhoCorasick<true> {
  if (bodyWordsMatcher) return bodyWordsMatcher;
  const g = grammar();
  const m = new AhoCorasick<true>();
  // A phrase's first word is enough: where a reading finds the phrase, its first word stands in the run's text too.
  for (const phrase of [...g.heads.keys(), ...g.titles.keys(), ...g.fixedTitles.keys(), ...g.selfNamed, ...g.jurisdictionPrefixes, ...g.localGovernmentHeads, ...g.jointHeads.map((h) => h.join(' '))]) m.add(phrase.split(' ')[0], true);
  bodyWordsMatcher = m.build();
  return bodyWordsMatcher;
}

/** "the CSIRTs network": a plural acronym naming the members, then a collective head in lower case (grammar/names.yaml
 *  collective-heads), is a body of its own; an organisation unless the document is an instrument (index.ts). */
let membersPattern: RegExp | undefined;
let collectiveWords: string[] | undefined;
/** "Lanxing Sensing (HK) Limited", "Harrow Tide (Shenzhen) Co., Ltd.": a legal form after a place in parentheses ends the
 *  name before the parenthesis, which, with the place, is one run with it (a subsidiary named by its seat). */
function withPlacedForms(text: string, runs: Token[][]): Token[][] {
  const g = grammar();
  const out: Token[][] = [];
  for (let k = 0; k < runs.length; k++) {
    const [name, place, form] = [runs[k], runs[k + 1], runs[k + 2]];
    const placed =
      form?.every((t) => g.heads.get(t.t) === 'Company' || t.t === ',') &&
      /^\s\($/.test(text.slice(name[name.length - 1].end, place[0].start)) &&
      /^\)\s$/.test(text.slice(place[place.length - 1].end, form[0].start)) &&
      // The seat: a country, a place, or a two-letter code ("(HK)", "(UK)"); or, before a legal form written after a name
      // ("Co., Ltd.", "Limited"), one to three words in title case that name no body or title ("Harrow Tide (Lianshan)
      // Co., Ltd.": a county or district the gazetteer does not hold), since a form alone names no company.
      (isCountryWord(spanText(text, place)) || countryCode(spanText(text, place)) !== undefined || place.every((t) => isPlaceName(t.t)) || /^[A-Z]{2}$/.test(spanText(text, place)) ||
        (place.length <= 3 && place.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.t) && !g.heads.has(t.t) && !g.titles.has(t.t)) && isFormAfterName(text.slice(form[0].start, form[form.length - 1].end))));
    if (placed) {
      out.push([...name, ...place, ...form]);
      k += 2;
    } else out.push(runs[k]);
  }
  return out;
}

/** "the Investment Security Unit in the Cabinet Office": a body's name, "in the", and a public body's name that ends the
 *  run are two bodies, the first a part of the second ("Committee on Foreign Investment in the United States", a country
 *  after "in the", is one name). */
function withUnitsPlaced(text: string, runs: Token[][]): Token[][] {
  const g = grammar();
  return runs.flatMap((run) => {
    for (let a = 1; a + 2 < run.length; a++) {
      if (run[a].t !== 'in' || run[a + 1].t !== 'the' || !g.heads.has(run[a - 1].t)) continue;
      const tail = run.slice(a + 2);
      const held = selfNamed(text, tail) ?? body(text, tail, false);
      if (held?.label === 'Authority' && held.rule !== 'body:state-prefix' && held.start === tail[0].start) return [run.slice(0, a), tail];
    }
    return [run];
  });
}

/** "Federal Maritime Commission Chairman Louis Sola", "U.S. Trade Representative Jamieson Greer": an office-holder's
 *  title before a person's name (one to three capitalised words, no head or title among them) ends the body's name. A
 *  body's name before the title is that body ("Federal Maritime Commission"); a state's prefix and words before it make
 *  the title the office ("U.S. Trade Representative"); the person is no part of either. */
function withTitlesCut(text: string, runs: Token[][]): Token[][] {
  const g = grammar();
  // A surname may be double-barrelled ("Szabo-Reyes").
  const person = (rest: Token[]): boolean =>
    rest.length >= 1 && rest.length <= 3 && rest.every((r) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(r.t) && !g.heads.has(r.t) && !g.titles.has(r.t) && !isCountryWord(r.t)) && (rest.length >= 2 || isFirstName(rest[0].t));
  return runs.flatMap((run) => {
    const j = run.findIndex((r, k) => k > 0 && (g.titles.has(r.t) || g.personTitles.has(r.t)) && person(run.slice(k + 1)));
    if (j < 0) return [run];
    const before = run.slice(0, j);
    const named = body(text, before, false);
    if (named && named.rule !== 'body:state-prefix') return [before];
    // "U.S. District Judge Helena Ruiz": a person's title holds no office, so a state's prefix and words before it name
    // no body (the court is named where the text says "Court"); the run names none.
    if (g.personTitles.has(run[j].t)) return [];
    const name = spanText(text, before);
    return g.jurisdictionPrefixes.some((p) => name.startsWith(`${p} `) || name === p) ? [run.slice(0, j + 1)] : [run];
  });
}

function memberBodies(text: string): Found[] {
  // Most sentences have no collective head in lower case: no expression for them.
  collectiveWords ??= [...grammar().collectiveHeads].map((h) => ` ${h.toLowerCase()}`);
  if (!collectiveWords.some((h) => text.includes(h))) return [];
  membersPattern ??= new RegExp(`(?<![\\p{L}\\p{N}-])\\p{Lu}[\\p{Lu}\\d-]*\\p{Lu}s\\s+(?:${[...grammar().collectiveHeads].map((h) => h.toLowerCase()).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  return [...text.matchAll(membersPattern)].map((m) => found(text, m.index, m.index + m[0].length, 'Organization', m[0].replace(/\s+/g, ' '), 'body:members', 0.6));
}

function found(text: string, start: number, end: number, label: string, name: string, rule: string, score: number, extra: Partial<Found> = {}): Found {
  return { start, end, surface: text.slice(start, end), label, name, rule, score, ...extra };
}

const words = (run: Token[]): string[] => run.map((r) => r.t);

function fixedTitle(text: string, run: Token[]): Found | undefined {
  for (const [t, bodyName] of grammar().fixedTitles) {
    if (!text.startsWith(t, run[0].start)) continue;
    const last = run.find((r) => r.end === run[0].start + t.length);
    // "the Attorney General's Department": the title's possessive before a head names a body of its own.
    if (last?.possessive && last !== run[run.length - 1]) continue;
    if (last) return found(text, run[0].start, last.end + ofState(text, last.end, grammar().fixedTitleStates.get(t)), 'Authority', bodyName, 'title:fixed', 0.8);
  }
  return undefined;
}

/** The length of "of [the] <state>" at `at` when it names `state` (a fixed title's state, grammar/names.yaml), else 0. */
function ofState(text: string, at: number, state: string | undefined): number {
  if (!state) return 0;
  const m = /^ of (?:the )?((?:[A-Z][\w.]*)(?: (?:of )?[A-Z][\w.]*)*)/.exec(text.slice(at));
  if (!m) return 0;
  const want = countryCode(state);
  // The longest capitalised run first: "the United States of America" before "the United States".
  const parts = m[1].split(' ');
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join(' ');
    if (parts[n - 1] !== 'of' && countryCode(name) === want) return m[0].length - m[1].length + name.length;
  }
  return 0;
}

const INDEFINITE = /\b(?:a|an|any|each|every|no)\s+$/i;

/** "Secretary of Commerce" -> Department of Commerce; "Administrator of the Federal Aviation Administration" -> that body. */
function title(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  // "Deputy Assistant Secretary ...": every rank the run opens with.
  let ranks = 0;
  while (ranks < run.length - 1 && g.titleRanks.has(run[ranks].t)) ranks++;
  const ranked = run.slice(ranks);
  if (ranked.length >= 3 && g.titles.has(ranked[0].t) && ranked[1].t === 'for') return heldBody(text, run, ranked) ?? rankedOffice(text, ranked, ranks ? run[0].start : undefined);
  if (ranks) return heldBody(text, run, ranked) ?? rankedDepartmentOffice(text, run, ranked) ?? rankedDepartment(text, ranked);
  // "the Under Secretary of Commerce for Industry and Security": a rank that opens names ("Under") is no word of the run;
  // before a department's title with "for" its domain it is the office's rank all the same.
  const rank = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, run[0].start - 20), run[0].start));
  const outside = rank && g.titleRanks.has(rank[1]) ? rankedDepartmentOffice(text, run, run, run[0].start - rank[0].length) : undefined;
  if (outside) return outside;
  if (run.length < 3 || !g.titles.has(run[0].t) || run[1].t !== 'of') return undefined;
  let rest = run.slice(2);
  // "Secretary of State Antony Blinken": the office ends before a person's first name.
  const person = rest.findIndex((r, k) => k > 0 && isFirstName(r.t) && isCap(rest[k + 1]?.t ?? ''));
  if (person > 0) rest = rest.slice(0, person);
  const head = g.titles.get(run[0].t);
  // "a question put to a Secretary of State", "any Minister of Trade": a title after an indefinite determiner names an
  // office in general, no department in particular.
  if (head && INDEFINITE.test(text.slice(Math.max(0, run[0].start - 8), run[0].start))) return undefined;
  if (head && rest.length >= 3 && rest[0].t === 'State' && rest[1].t === 'for' && run[0].t === 'Secretary') {
    // "Secretary of State for Business and Trade": a Secretary of State "for" a domain heads the department "for" it (the
    // Department for Business and Trade), no Department of State; "for the Cabinet Office", a body named in full, heads it.
    const held = heldBody(text, run, run);
    if (held) return held;
    const domain = rest.slice(2);
    const link = domain.findIndex((r, k) => k > 0 && grammar().headLinks.has(r.t));
    const own = link > 0 ? domain.slice(0, link) : domain;
    return found(text, run[0].start, own[own.length - 1].end, 'Authority', `${head} for ${spanText(text, own)}`, 'title:of', 0.8);
  }
  if (head) {
    // "Secretary of the Department of Home Affairs", "Minister of the Ministry of Finance": the body named in full after
    // the title (its own head and link) is that body, written with the title, as "Director of the National Science
    // Foundation" below; no "Department of the Department of ...".
    const named = rest[0].t === 'the' ? rest.slice(1) : rest;
    if (named.length >= 3 && g.heads.get(named[0].t) === 'Authority' && g.headLinks.has(named[1].t)) {
      const inner = body(text, named);
      if (inner) return { ...inner, start: run[0].start, rule: 'title:of' };
    }
    // "Minister of Trade on Securing ...": a department's name is the words before the next link.
    const link = rest.findIndex((r, k) => k > 0 && g.headLinks.has(r.t) && r.t !== 'of');
    if (link > 0) rest = rest.slice(0, link);
    const end = rest[rest.length - 1].end;
    return found(text, run[0].start, end, 'Authority', `${head} of ${spanText(text, rest)}`, 'title:of', 0.8);
  }
  const end = rest[rest.length - 1].end;
  // "Director of the National Science Foundation": the body is named in full; the mention spans the title
  // (it is the sentence's actor) and is written as the body's own name, not as an office-holder.
  const inner = body(text, rest[0].t === 'the' ? rest.slice(1) : rest);
  if (inner) return { ...inner, start: run[0].start, rule: 'title:of' };
  // "Administrator of General Services": the bare domain of a body named after it with the title's noun of office
  // (names.yaml domain-titles): the General Services Administration. Capitalised words and "and" only, two or more (one
  // word, "Administrator of Records", may be a unit's field), no head among them; not after an indefinite determiner.
  const office = g.domainTitles.get(run[0].t);
  if (office && rest.length >= 2 && !INDEFINITE.test(text.slice(Math.max(0, run[0].start - 8), run[0].start)) && isCap(rest[0].t) && isCap(rest[rest.length - 1].t) && rest.every((r) => (isCap(r.t) && !g.heads.has(r.t) && !g.titles.has(r.t)) || r.t === 'and')) {
    return found(text, run[0].start, end, 'Authority', `${spanText(text, rest)} ${office}`, 'title:of', 0.6);
  }
  // "Director of National Intelligence": a public title whose "of" part is no body names an office of its
  // own, when the document names no "Office of the ..." for it.
  const ownOffice = rest.some((r) => g.publicQualifiers.has(r.t)) ? { kind: 'office' } : {};
  return found(text, run[0].start, end, 'Authority', text.slice(run[0].start, end), 'title:of', 0.6, { pending: 'title', ...ownOffice });
}

/** "the Norwegian Minister of Fisheries" -> the Norwegian Ministry of Fisheries: a country's word (or its people's) before
 *  a title that names its department ("Secretary of", "Minister of": grammar/names.yaml titles) names that country's
 *  body, written with the word, as "Secretary of Commerce" names the Department of Commerce. */
function statedTitle(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  // "the United States Secretary of Commerce", "the U.S. Secretary of Defense": a state's prefix (names.yaml
  // jurisdiction-prefixes, one or two words) before the title states the department's state as a country's word does;
  // read as "<prefix> Department of Commerce", which is keyed as the department's own name (keys.ts), one body with it.
  const name = spanText(text, run);
  const prefix = g.jurisdictionPrefixes.find((p) => name.startsWith(`${p} `));
  const n = prefix ? run.findIndex((r) => r.end === run[0].start + prefix.length) + 1 : isCountryWord(run[0].t) ? 1 : 0;
  if (n === 0 || run.length < n + 3 || run[n - 1].possessive || !g.titles.get(run[n].t) || run[n + 1].t !== 'of') return undefined;
  const f = title(text, run.slice(n));
  const stated = spanText(text, run.slice(0, n));
  return f && f.rule === 'title:of' && !f.pending ? { ...f, start: run[0].start, surface: text.slice(run[0].start, f.end), name: `${stated} ${f.name}` } : undefined;
}

/** "Deputy Assistant Secretary for Export Enforcement of the Bureau of Industry and Security", "Deputy Director of the
 *  Harbour Agency", "Minister for the Cabinet Office": a title that ends "of|for the <body>" names that body in full, as
 *  "Director of the <body>" does: the mention spans the title and is written as the body's own name. */
function heldBody(text: string, run: Token[], ranked: Token[]): Found | undefined {
  if (!grammar().titles.has(ranked[0].t)) return undefined;
  for (let a = 1; a + 2 < ranked.length; a++) {
    if ((ranked[a].t !== 'of' && ranked[a].t !== 'for') || ranked[a + 1].t !== 'the') continue;
    const tail = ranked.slice(a + 2);
    const held = selfNamed(text, tail) ?? body(text, tail);
    // Written as the body's own name, as "Director of the <body>" is: the title is no surface of the body.
    if (held?.label === 'Authority' && held.end === ranked[ranked.length - 1].end) return { ...held, start: run[0].start, rule: 'title:of', heldBy: ranked[0].t };
  }
  return undefined;
}

/** "Deputy Secretary of Defense", "Deputy Attorney General": a ranked title whose office is a department's (no "for"
 *  domain of its own) is an official of that department, read as the title without its rank. */
function rankedDepartment(text: string, ranked: Token[]): Found | undefined {
  const g = grammar();
  if (!g.titles.get(ranked[0].t) && ![...g.fixedTitles.keys()].some((t) => text.startsWith(t, ranked[0].start))) return undefined;
  const f = fixedTitle(text, ranked) ?? title(text, ranked);
  return f && !f.pending ? f : undefined;
}

/** "Under Secretary for Industry and Security": a ranked title with "for" names an office of its own (the
 *  rank, an opener of names, is taken back into the mention; `start`: where the run's own ranks start). Without a
 *  rank, "Secretary for X" is no entity. */
function rankedOffice(text: string, run: Token[], from?: number): Found | undefined {
  const rank = from === undefined ? /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, run[0].start - 20), run[0].start)) : null;
  if (from === undefined && (!rank || !grammar().titleRanks.has(rank[1]))) return undefined;
  const start = from ?? run[0].start - (rank?.[0].length ?? 0);
  const end = run[run.length - 1].end;
  return found(text, start, end, 'Authority', text.slice(start, end), 'title:for', 0.6, { pending: 'title', kind: 'office' });
}

/** "Commerce Secretary Howard Lutnick", "U.S. Treasury Secretary": a title whose body has a head (Secretary ->
 *  Department) after its domain's words, then a person's name or nothing, is the body "<head> of <domain>" (the span
 *  leaves the person out). Candidates only: the document keeps one where it names that body, or the catalog does
 *  (index.ts: "Press Secretary Jane Doe" names no Department of Press). */
export const INVERTED_TITLE = 'body:inverted-title';
function invertedTitle(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  const w = words(run);
  const from = g.jurisdictionPrefixes.some((p) => p === w[0]) ? 1 : 0;
  const at = w.findIndex((t, k) => k > from && k - from <= 3 && !!g.titles.get(t));
  if (at < 0) return undefined;
  const domain = run.slice(from, at);
  if (!domain.every((r) => /^\p{Lu}\p{Ll}+$/u.test(r.t) && !g.titleRanks.has(r.t) && !g.titles.has(r.t))) return undefined;
  // After the title: nothing, or a person's name (a first name, or one capitalised word that is no head).
  const rest = run.slice(at + 1);
  if (rest.length && !(isFirstName(rest[0].t) || (rest.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(rest[0].t) && !g.heads.has(rest[0].t)))) return undefined;
  return found(text, run[0].start, run[at].end, 'Authority', `${g.titles.get(w[at])} of ${spanText(text, domain)}`, INVERTED_TITLE, 0.6);
}

/** "Assistant Secretary of Commerce for Communications and Information": a rank the run opens with, a title, its
 *  department and "for" its domain names an office of its own, written as the title (a chapter's "the term
 *  'Assistant Secretary' means ..." binds to it). A rank that opens names ("Under") is read before the run (`from`), and
 *  that office is the body the document or the catalog names "<head> of|for" its domain, where one is (index.ts
 *  pendingCandidates: "Under Secretary of Commerce for Industry and Security" is the Bureau of Industry and Security). */
function rankedDepartmentOffice(text: string, run: Token[], ranked: Token[], from = run[0].start): Found | undefined {
  const g = grammar();
  if (ranked.length < 5 || !g.titles.has(ranked[0].t) || ranked[1].t !== 'of') return undefined;
  const domain = ranked.findIndex((r, k) => k > 2 && r.t === 'for');
  if (domain < 0 || domain + 1 >= ranked.length || !ranked.slice(domain + 1).some((r) => isCap(r.t))) return undefined;
  // "... for Terrorism and Financial Intelligence Dana Whitcomb": the office ends before its holder's first name.
  const person = ranked.findIndex((r, k) => k > domain + 1 && isFirstName(r.t) && isCap(ranked[k + 1]?.t ?? ''));
  const end = ranked[person > 0 ? person - 1 : ranked.length - 1].end;
  // Read with an "Under" before the run, it waits for the body the document names for its domain (index.ts).
  return found(text, from, end, 'Authority', text.slice(from, end), 'title:office', 0.6, { kind: 'office', ...(from < run[0].start ? { pending: 'title' } : {}) });
}

/** "United States Trade Representative", "U.S. Trade Representative": a title written with a state's prefix (read as a
 *  body of that state, body:state-prefix) is the office the document names as "Office of the [<prefix>] <title>", when it
 *  names exactly one such office (`bodyNames`: the names of the bodies the document's sentences read), written as that
 *  office's name: the title and its office are one body, not two. */
export function officeOfTitle(f: Found, bodyNames: ReadonlySet<string>): Found | undefined {
  const g = grammar();
  if (f.rule !== 'body:state-prefix' || !g.titles.has(f.name.split(' ').at(-1) ?? '')) return undefined;
  const prefix = g.jurisdictionPrefixes.find((p) => f.name.startsWith(`${p} `));
  if (!prefix) return undefined;
  const rest = f.name.slice(prefix.length + 1);
  const offices = [...bodyNames].filter((n) => n.startsWith('Office of the ') && [rest, ...g.jurisdictionPrefixes.map((p) => `${p} ${rest}`)].includes(n.slice('Office of the '.length)));
  return offices.length === 1 ? { ...f, name: offices[0] } : undefined;
}

/** "Customs and Border Protection (CBP)", "Immigration and Customs Enforcement (ICE)": a name whose head does not end
 *  it or open its "of" part, right before an acronym in brackets that its capitalised words spell, is a public body when
 *  one of its words is a public body's head (the acronym then binds to it: definitions.ts). */
const BRACKETED_ACRONYM = /^\s*\(\s*["“]?(\p{Lu}{2,8})["”]?\s*\)/u;
function acronymDefined(text: string, run: Token[]): Found | undefined {
  const acronym = BRACKETED_ACRONYM.exec(text.slice(run[run.length - 1].end))?.[1];
  if (!acronym || run.length < 3 || initials(spanText(text, run)) !== acronym) return undefined;
  if (!run.some((r) => grammar().heads.get(r.t) === 'Authority')) return undefined;
  return found(text, run[0].start, run[run.length - 1].end, 'Authority', spanText(text, run), 'body:acronym-defined', 0.6);
}

/** "the Harbour Testing and Certification (HTC) Directorate": a run of capitalised words with no body's head among them,
 *  right before an acronym in brackets that spells them (acronym-instruments.ts spells, as an instrument's name holds one:
 *  instruments.ts acronymInNames) and a public body's head after it that opens no "of" part ("the United States (US)
 *  Department of Commerce" is the department's name, the state before it): the body named by the words and the head, the
 *  brackets inside its span; the acronym and the head ("the HTC Directorate") name it after (definitions.ts). */
const ACRONYM_THEN_HEAD = /^ \((\p{Lu}[\p{Lu}\p{N}]{1,9})\)\s+(\p{Lu}[\p{L}-]*)(?![\p{L}\p{N}-])(?!\s+(?:of|for|on|in)\b)/u;
function acronymInName(text: string, run: Token[]): Found | undefined {
  const m = ACRONYM_THEN_HEAD.exec(text.slice(run[run.length - 1].end));
  if (!m || grammar().heads.get(m[2]) !== 'Authority') return undefined;
  const words = spanText(text, run).split(/\s+/);
  if (words.length < 2 || run.some((r) => grammar().heads.has(r.t)) || !spells(m[1], words)) return undefined;
  const end = run[run.length - 1].end + m[0].length;
  return found(text, run[0].start, end, 'Authority', `${words.join(' ')} ${m[2]}`, 'body:acronym-in-name', 0.6);
}

/** "Senate", "House of Representatives", "U.S. Senate", "Dutch Parliament": a body its name alone names. */
function selfNamed(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  const name = spanText(text, run);
  const prefix = g.jurisdictionPrefixes.find((p) => name.startsWith(`${p} `)) ?? (run.length > 1 && isCountryWord(run[0].t) ? run[0].t : '');
  if (!g.selfNamed.has(name.slice(prefix ? prefix.length + 1 : 0))) return undefined;
  const jurisdiction = prefix ? (countryCode(prefix) ?? 'us') : undefined;
  return found(text, run[0].start, run[run.length - 1].end, 'Authority', name, 'body:self-named', 0.7, jurisdiction ? { jurisdiction } : {});
}

/** The words around a body's name may say what it is: "the Atlantic Council, a Washington think tank" is no public
 *  body (names.yaml organisation-nouns), "Kestrel Group, a drone maker" a company (companies.ts companyContext: a
 *  group's name, a corporate-form word, is a company's by the words around it as much as by its line of business). */
function typedByContext(text: string, run: Token[], f: Found): Found {
  if (!f.rule.startsWith('body:') || f.label === 'Company') return f;
  if (organisationCue(text, run)) return f.label === 'Organization' ? f : { ...f, label: 'Organization' };
  const last = run[run.length - 1].t;
  // "Financial Crimes Enforcement Network", "the Harbour Forum, a bureau of the Ministry of Transport": a state's function
  // in the name, or the text calling it a public body's part, makes an organisation's head a public body's.
  if (f.label === 'Organization' && grammar().heads.get(last) === 'Organization' && (run.some((r) => grammar().publicFunctions.has(r.t)) || publicPartCue(text, run))) return { ...f, label: 'Authority' };
  // "the Interagency Working Group on Port Cranes", "the Inter-Ministerial Forum on Drones": a body of several public bodies
  // (names.yaml joint-qualifiers), whatever its head.
  if (f.label === 'Organization' && run.some((r) => grammar().jointQualifiers.has(r.t))) return { ...f, label: 'Authority' };
  // "the Government Security Group", "the ministry's Drone Policy Group": a collective head (names.yaml collective-heads)
  // after a word only a government's names open with (government-qualifiers), or owned by a public body or a country.
  if (f.label === 'Organization' && grammar().collectiveHeads.has(last) && (grammar().governmentQualifiers.has(run[0].t) || publicOwner(text, run) || actsWithBody(text, run))) return { ...f, label: 'Authority' };
  // "the Centre for Harbour Robotics has commissioned an assessment of ...", "the Port Cooperation Group began such an
  // assessment": a head that also heads private bodies, the body opening an inquiry itself (names.yaml inquiry-openings).
  if (f.label === 'Organization' && opensInquiry(text, run)) return { ...f, label: 'Authority' };
  return f.label === 'Organization' && grammar().heads.get(last) === 'corporate' && companyContext(text, run) ? { ...f, label: 'Company' } : f;
}

let inquiryOpening: RegExp | undefined;
/** A name headed by a conditional head (no legal form: "Centre", "Institute") or a collective one ("Group", "Network"),
 *  right before a verb that opens an inquiry and the inquiry's noun (names.yaml inquiry-openings), "has" perhaps before. */
function opensInquiry(text: string, run: Token[]): boolean {
  const g = grammar();
  const headed = run.some((r) => g.heads.get(r.t) === 'conditional' && !legalFormWords().has(r.t.toLowerCase())) || g.collectiveHeads.has(run[run.length - 1].t);
  if (!headed) return false;
  const { verbs, nouns } = g.inquiryOpenings;
  inquiryOpening ??= new RegExp(`^(?:\\s*\\([^)]{1,20}\\))?,?\\s+(?:(?:has|have)\\s+)?(?:${verbs.join('|')})\\s+(?:(?:a|an|such\\s+an?|its|the|another|new|formal|independent)\\s+){0,2}(?:[\\p{Ll}-]+\\s+)?(?:${nouns.join('|')})\\b`, 'u');
  return inquiryOpening.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 120));
}

/** ", a bureau of the Department of the Treasury", " (FinCEN), an agency within the Ministry of ...": in apposition after
 *  the name (an acronym in brackets between), a public body's head in lower case, then of/within/in/under and a
 *  capitalised name. */
let publicPart: RegExp | undefined;
function publicPartCue(text: string, run: Token[]): boolean {
  const heads = [...grammar().heads].filter(([, k]) => k === 'Authority' || k === 'subunit').map(([h]) => h.toLowerCase());
  publicPart ??= new RegExp(`^(?:\\s*\\([^)]{1,20}\\))?,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${heads.join('|')})\\s+(?:of|within|in|under)\\s+(?:the\\s+)?\\p{Lu}`, 'u');
  return publicPart.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 120));
}

let organisationPatterns: { before: RegExp; apposition: RegExp } | undefined;
function organisationCue(text: string, run: Token[]): boolean {
  if (!organisationPatterns) {
    const nouns = grammar().organisationNouns.map(phrasePattern).join('|');
    organisationPatterns = {
      before: new RegExp(`\\b(?:${nouns})(?:,?\\s+(?:such\\s+as|like|including))?,?\\s+(?:the\\s+)?$`, 'i'),
      apposition: new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}.-]+\\s+){0,4}?(?:${nouns})(?![\\p{L}-])`, 'iu'),
    };
  }
  return organisationPatterns.before.test(text.slice(Math.max(0, run[0].start - 60), run[0].start)) || organisationPatterns.apposition.test(text.slice(run[run.length - 1].end));
}

/** How many words of a wrapper (names.yaml wrappers, a title or a title's rank) stand at `k` in the run; 0 for none. */
function wrapperAt(run: Token[], k: number): number {
  const g = grammar();
  let n = 0;
  for (const w of g.wrappers) if (w.length > n && w.every((x, i) => run[k + i]?.t === x)) n = w.length;
  return n || (g.titles.has(run[k]?.t ?? '') || g.titleRanks.has(run[k]?.t ?? '') ? 1 : 0);
}

/** The run's words from `from` to `to` end in a wrapper ("State Partnership Program", "Task Force"). */
function endsInWrapper(run: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (wrapperAt(run, k) === to - k) return true;
  return false;
}

/**
 * A body's name with an office-holder, unit, event or programme written against it (names.yaml wrappers) names that
 * body alone:
 *   "Director and Chief Counsel for the Office of X", "Task Force of the Ministry of Ports", "Chief of Staff of the
 *   Harbour Agency", "State Partnership Program of the Bureau of Trade": words that open with a wrapper or end in one,
 *   then "of|for the" (or "of|for") and a body that ends the run; the mention spans the run and is written as the body's
 *   own name, as "Director of the <body>" is.
 *   "Ministry of Ports Headquarters", "Bureau of Trade Director", "Federal Harbour Commission Chairman": a public body's
 *   full name, then a wrapper that ends the run: the body, without it.
 *   "Ministry of Foreign Affairs of the People's Republic of China": a public body's "<head> of <domain>" name, then "of the" a country: the
 *   body of that country; the country is a name of its own.
 * A unit with a name of its own ("Export Unit of the Ministry of Trade", "Task Force for Economic Security") is none of
 * these; a title that maps to a department ("Secretary of the Treasury") is read by `title`.
 */
function wrapped(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  if (run.length < 3) return undefined;
  const w = words(run);
  // Leading: after "of|for the" first, then after "of|for" alone.
  for (const withThe of [true, false]) {
    for (let a = 1; a + (withThe ? 2 : 1) < run.length; a++) {
      if ((w[a] !== 'of' && w[a] !== 'for') || (w[a + 1] === 'the') !== withThe) continue;
      // "Equipment of Harlow Optics Ltd. has not been approved", "Cameras of the Norland Works": a capitalised head of things
      // opening a sentence before "of" wraps the maker's name as a wrapper does (grammar/things.yaml heads, WordNet's).
      const goods = a === 1 && !withThe && /(?:^|[.!?;:])\s*$/.test(text.slice(0, run[0].start)) && g.thingHeads.has(w[0].toLowerCase());
      if (!(wrapperAt(run, 0) > 0 || endsInWrapper(run, 0, a) || goods)) continue;
      const tail = run.slice(a + (withThe ? 2 : 1));
      if (wrapperAt(tail, 0) > 0 || g.connectors.has(tail[0].t)) continue;
      const held = selfNamed(text, tail) ?? (tail.length >= 2 ? (wrapped(text, tail) ?? body(text, tail)) : undefined);
      // "Chairman and Chief Executive of Harrow Optics Ltd.": a company's office-holder names the company alone too.
      if (!held || !['Authority', 'Organization', 'Company'].includes(held.label) || held.rule === 'body:state-prefix' || held.end !== run[run.length - 1].end) continue;
      // "Secretary of the Treasury", "Minister of Trade": a title with a department of its own is `title`'s.
      if (a === 1 && g.titles.get(w[0])) continue;
      return { ...held, start: run[0].start, rule: held.rule.startsWith('body:') ? 'body:wrapped' : held.rule };
    }
  }
  // Trailing: a public body's full name, then a wrapper that ends the run.
  for (let k = 2; k < run.length; k++) {
    if (wrapperAt(run, k) !== run.length - k) continue;
    const stem = run.slice(0, k);
    // "Office of the United States Trade Representative": an office named by its holder's title.
    if (w[0] === 'Office' && w[1] === 'of' && w[2] === 'the') continue;
    // "European Union Agency for Space Programme": a programme or plan after "for <domain>" ends the body's purpose.
    if (g.purposeWrappers.has(w.slice(k).join(' ')) && w.slice(0, k).includes('for')) continue;
    const named = body(text, stem);
    if (named?.label === 'Authority' && named.rule !== 'body:state-prefix' && !headAfterPrefix(text, stem)) return { ...named, rule: 'body:wrapped' };
  }
  // "of the" a country after a body's "<head> of <domain>" name ("Cyberspace Administration of China" is one name).
  for (let a = 3; a + 2 < run.length; a++) {
    if (w[a] !== 'of' || w[a + 1] !== 'the') continue;
    const code = countryCode(spanText(text, run.slice(a + 2)));
    if (!code) continue;
    const stem = run.slice(0, a);
    const named = body(text, stem);
    if (named?.label === 'Authority' && named.rule === 'body:head-of' && !named.parent) return { ...named, jurisdiction: code, rule: 'body:wrapped' };
  }
  return undefined;
}

/** "the Belt and Road Working Mechanism", "the Joint Working Group on Harbour Security", "the Central Leading Group for
 *  Cyberspace Affairs": a name that ends in a joint head (names.yaml joint-heads) after a capitalised word of its own, or
 *  holds one before "of|for|on" and its domain, is a standing body of officials from several bodies, a public body. A
 *  joint head alone ("the Working Mechanism met") is none. */
function jointBody(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  const w = words(run);
  for (const head of g.jointHeads) {
    const n = head.length;
    for (let i = 0; i + n <= w.length; i++) {
      if (!head.every((x, k) => w[i + k] === x)) continue;
      // Its own word right before a head that ends the name, or "of|for|on" and a capitalised domain after the head.
      const endsIn = i + n === w.length && i > 0 && isCap(w[i - 1]) && !g.connectors.has(w[i - 1]);
      const opens = i + n < w.length && g.headLinks.has(w[i + n]) && run.slice(i + n + 1).some((r) => isCap(r.t));
      if (endsIn || opens) return found(text, run[0].start, run[run.length - 1].end, 'Authority', spanText(text, run), 'body:joint-head', 0.7);
    }
  }
  return undefined;
}

/** A country's demonym ("Chinese", "Russian"): a country word that is no country's name. */
const demonym = (t: string): boolean => findCountries(t).some((h) => h.rule === 'country:demonym' && h.start === 0 && h.end === t.length);
/** A word that describes a company's country or status in a headline: a demonym or a hyphenated participle ("Entity-Listed",
 *  "State-Owned", "U.S.-Based"). */
const describing = (t: string): boolean => demonym(t) || /^[\p{Lu}][\p{L}.]*-\p{Lu}\p{Ll}+(?:ed|en)$/u.test(t);

/** `attach`: read a parent body in the name (one level: its parts are read without it). */
function body(text: string, run: Token[], attach = true): Found | undefined {
  const g = grammar();
  // "Russian Federation", "European Union": a country's own name is the country's (countries.ts).
  if (run.length < 2 || isCountryWord(spanText(text, run))) return undefined;
  const w = words(run);
  // The link may follow a spaced postmodifier of the head ("Directorate General of Foreign Trade").
  const linkAt = (k: number): number => (g.headPostmodifiers.has(w[k + 1] ?? '') ? k + 2 : k + 1);
  const headOf = w.findIndex((t, k) => g.heads.has(t) && g.heads.get(t) !== 'Company' && g.headLinks.has(w[linkAt(k)] ?? '') && linkAt(k) + 1 < w.length);
  // "Ministry of Trade, Industry and Energy Republic of Korea": a letterhead's lines joined into one run (a body's name on
  // one line, its state's on the next). A state's name of two words or more right after the domain's last capitalised
  // word, with no link or article between ("of the Republic of Korea" is one name), ends the body's name before it.
  if (headOf >= 0) {
    const cut = w.findIndex((_t, k) => k > linkAt(headOf) + 1 && isCap(w[k - 1]) && !g.connectors.has(w[k - 1]) && !g.headLinks.has(w[k - 1]) && run.length - k >= 2 && isCountryWord(spanText(text, run.slice(k))));
    if (cut > 0) return body(text, run.slice(0, cut), attach);
  }
  // "Question for Department for Transport", "Guidance of the Office of Trade": words that are no head (a title or a
  // wrapper is read before), then a link, then a body's "<head> <link> <domain>": the body's name starts at its head.
  const linked = headOf - (w[headOf - 1] === 'the' ? 2 : 1);
  if (headOf > 0 && linked > 0 && g.headLinks.has(w[linked]) && !w.slice(0, linked).some((t) => g.heads.has(t))) return body(text, run.slice(headOf), attach);
  // "Entity List of the U.S. Department of Commerce", "Covered List of the Federal Communications Commission", "Members
  // of the House Select Committee": words that hold no head, a link and "the" before a body's own name (with its
  // jurisdiction's prefix, or ending in its head): the body is the name after "the", the words before are its list, its
  // report or its members, no word of its name.
  const ofThe = w.findIndex((t, k) => k > 0 && g.headLinks.has(t) && w[k + 1] === 'the');
  if (ofThe > 0 && ofThe + 3 < w.length && !w.slice(0, ofThe).some((t) => g.heads.has(t))) {
    const named = body(text, run.slice(ofThe + 2), attach);
    if (named?.label === 'Authority') return named;
  }
  const last = w[w.length - 1];
  // "Federal Restrictions and Issues for Congress", "Annual Report to Parliament": a body named by its own word after
  // "for" or "to" ends a heading's run, no body's name; the body is that word alone ("Library of Congress" keeps "of").
  if (headOf < 0 && w.length >= 3 && g.selfNamed.has(last) && (w[w.length - 2] === 'for' || w[w.length - 2] === 'to')) return undefined;
  const at = headOf >= 0 ? headOf : g.heads.has(last) ? w.length - 1 : -1;
  if (at >= 0) {
    const kind = g.heads.get(w[at]) as string;
    // "... to Entity-Listed Chinese Company", "State-Owned Russian Company Loses Appeal": a headline describes a company by
    // its country and status; a legal form after demonyms and hyphenated participles alone names none.
    if (kind === 'Company' && headOf < 0 && at >= 1 && w.slice(0, at).every(describing) && w.slice(0, at).some(demonym)) return undefined;
    if (kind === 'subunit' && !publicSubunit(text, run, w)) return undefined;
    const label = kindOf(kind, w, at);
    const jurisdiction = w.map(countryCode).find(Boolean);
    const extra = { ...(jurisdiction ? { jurisdiction } : {}), ...(attach ? attachment(text, run) : {}) };
    return found(text, run[0].start, run[run.length - 1].end, label, spanText(text, run), headOf >= 0 ? 'body:head-of' : 'body:name-head', label === 'Organization' ? 0.7 : 0.8, extra);
  }
  const prefix = g.jurisdictionPrefixes.find((p) => w.join(' ').startsWith(`${p} `));
  // The rest must hold an ordinary capitalised word: "U.S. IoT" is a place and a technology, no body.
  const rest = w.slice(prefix ? prefix.split(' ').length : 0);
  // "the US and China", "U.S. and Japan": states coordinated after the prefix are a list of states, no body.
  const states = rest[0] === 'and' || rest[0] === 'or' ? rest.slice(1).join(' ').split(/\s*(?:,|\band\b|\bor\b)\s*/).filter(Boolean) : [];
  if (states.length > 0 && states.every((s) => isCountryWord(s))) return undefined;
  // "Qiaofeng Responds to U.S. Commerce Department Entity List Decision": in a line in title case, a public body's head
  // inside the words after the prefix ends the body's name ("U.S. Commerce Department"); the words after it are what the
  // line says of the body, no word of its name.
  const inner = prefix ? w.findLastIndex((t, k) => k > prefix.split(' ').length && k < w.length - 1 && g.heads.get(t) === 'Authority') : -1;
  if (inner > 0) return body(text, run.slice(0, inner + 1), attach);
  if (prefix && rest.some((t) => /^\p{Lu}\p{Ll}{2,}/u.test(t)) && !isCountryWord(spanText(text, run))) {
    return found(text, run[0].start, run[run.length - 1].end, 'Authority', spanText(text, run), 'body:state-prefix', 0.5);
  }
  return undefined;
}

/** "Committee on Appropriations of the Senate", "Bureau of Industry and Security of the Department of
 *  Commerce": a body's name, then "of the" and a body that holds it; "Office of Audits for the Bureau of Harbour
 *  Security": "for the" and a public body. */
function attachment(text: string, run: Token[]): Pick<Found, 'stem' | 'parent'> {
  for (let a = 2; a + 2 < run.length; a++) {
    if ((run[a].t !== 'of' && run[a].t !== 'for') || run[a + 1].t !== 'the') continue;
    const stem = run.slice(0, a);
    const tail = run.slice(a + 2);
    // "U.S. Department of the Treasury": a head after a state's prefix alone names no body; "of the" gives its domain.
    if (headAfterPrefix(text, stem) || !body(text, stem, false)) continue;
    const parent = selfNamed(text, tail) ?? body(text, tail, false);
    if (parent && parent.rule !== 'body:state-prefix' && (run[a].t === 'of' || parent.label === 'Authority')) return { stem: spanText(text, stem), parent };
  }
  return {};
}

/** The words are a state's prefix or country word and a head, no more ("U.S. Department", "Chinese Ministry"). */
function headAfterPrefix(text: string, stem: Token[]): boolean {
  const g = grammar();
  const name = spanText(text, stem);
  const prefix = g.jurisdictionPrefixes.find((p) => name.startsWith(`${p} `));
  const rest = prefix ? stem.slice(prefix.split(' ').length) : stem.length > 1 && isCountryWord(stem[0].t) ? stem.slice(1) : undefined;
  return rest !== undefined && rest.length === 1 && g.heads.has(rest[0].t);
}

/** A public body or a country owns the name: "the department's Investment Security Unit", "Britain's Cyber Group". */
function publicOwner(text: string, run: Token[]): boolean {
  const g = grammar();
  const owner = /([\p{L}.-]+)['’]s\s+$/u.exec(text.slice(Math.max(0, run[0].start - 40), run[0].start))?.[1];
  if (owner === undefined) return false;
  const word = owner[0].toUpperCase() + owner.slice(1);
  return g.heads.get(word) === 'Authority' || g.selfNamed.has(word) || isCountryWord(owner);
}

const TOGETHER_WITH = /^,?\s+(?:together\s+with|jointly\s+with|in\s+cooperation\s+with)\s+the\s+/;
/** "the Harbour Cooperation Group, together with the Commission and ...": a body that acts jointly with a public body the
 *  text names right after it (a body's name, or a head of public bodies alone, "the Commission"). */
function actsWithBody(text: string, run: Token[]): boolean {
  const joint = TOGETHER_WITH.exec(text.slice(run[run.length - 1].end));
  if (!joint) return false;
  const rest = text.slice(run[run.length - 1].end + joint[0].length);
  const next = nameRuns(rest)[0];
  if (next?.[0].start !== 0) return false;
  if (next.length === 1) return grammar().heads.get(next[0].t) === 'Authority';
  return (selfNamed(rest, next) ?? body(rest, next, false))?.label === 'Authority';
}

/** A part of an organisation (grammar/names.yaml heads: subunit) is a public body's: a public qualifier, a word of a
 *  joint staff (public-subunit-words, joint-qualifiers) or a country in its name, a public body or a country owning it ("the department's Investment Security Unit", "Britain's ..."), or
 *  "of the" body after it ("Export Unit of the Ministry of Trade"). */
function publicSubunit(text: string, run: Token[], w: string[]): boolean {
  const g = grammar();
  if (w.some((t) => g.publicQualifiers.has(t) || g.publicSubunitWords.has(t) || g.jointQualifiers.has(t) || isCountryWord(t))) return true;
  if (publicOwner(text, run)) return true;
  for (let a = 2; a + 2 < run.length; a++) {
    if (run[a].t !== 'of' || run[a + 1].t !== 'the') continue;
    const tail = run.slice(a + 2);
    if ((selfNamed(text, tail) ?? body(text, tail, false))?.label === 'Authority') return true;
  }
  // "the Investment Security Unit in the Cabinet Office", "the Export Control Joint Unit, which sits in the Department
  // for Business and Trade": placed in a public body.
  const placed = /^(?:,\s+(?:which|that)\s+(?:sits|is|operates|works)\s+)?\s*(?:in|within)\s+the\s+/.exec(text.slice(run[run.length - 1].end));
  if (placed) {
    const rest = text.slice(run[run.length - 1].end + placed[0].length);
    const next = nameRuns(rest)[0];
    if (next?.[0].start === 0 && (selfNamed(rest, next) ?? body(rest, next, false))?.label === 'Authority') return true;
  }
  return false;
}

/** A Chinese registered name's order before a corporate-form head at the name's end: a place, then a coined trade name
 *  (a word the lexicon does not know), then the line of business ("Jiangsu Lanyu Electronics Group", "Zhejiang Norvane
 *  Telematics Corporation"; 企业名称: 行政区划 + 字号 + 行业 + 组织形式). "Group" and "Corporation" alone name public
 *  bodies and groups of people too ("Cooperation Group", "Millennium Challenge Corporation"), and the lexicon does not know
 *  every word of the language ("Millennium", "Cooperation"), so a coined first word alone decides nothing. */
function tradeName(w: string[], at: number): boolean {
  if (at !== w.length - 1 || at < 2 || w.slice(0, at).some((t) => grammar().publicQualifiers.has(t))) return false;
  return placeThenTradeName(w);
}

/** `at`: where the head stands in the name's words `w`. A country's name may take two words ("United States International
 *  Development Finance Corporation"). */
function kindOf(head: string, w: string[], at: number): string {
  const g = grammar();
  // "Jiaxun Communications Group": a corporate-form word after a line of business (a technology or product head, or one
  // of grammar/names.yaml company-lines: "Arbelo Retail Group", "Hubei Optoelectronics Investment Group").
  if (head === 'corporate') return (at === w.length - 1 && at >= 2 && (g.thingHeads.has(w[at - 1].toLowerCase()) || g.companyLines.has(w[at - 1]))) || tradeName(w, at) ? 'Company' : 'Organization';
  if (head === 'subunit') return 'Authority'; // publicSubunit has said so
  if (head !== 'conditional') return head;
  // "Xian Research Institute of China Electronics Technology Group Corporation": a company's unit is no public body by
  // a country or qualifier in the company's name; only the words before the company's count.
  const of = w.indexOf('of', at + 1);
  const last = w[w.length - 1];
  const own = of > at && (g.heads.get(last) === 'Company' || g.heads.get(last) === 'corporate' || last === 'Corporation') ? w.slice(0, of) : w;
  // A conditional head that is also a legal form ("Corporation", legal-forms.ts) names a company where no public qualifier
  // says otherwise and the name reads as a company's: "<...> Corporation of <country>" ("Avionics Industry Corporation of
  // China"), a line of business or a group right before it ("Norland Electronics Technology Group Corporation", "Harbour
  // Communications Corporation", "Meridian Defense Electronics Corporation": companies.ts lineOfBusiness), or a legal form ending the name ("... Corporation of China, Ltd."). A country's name
  // alone before it leaves it a state's ("United States International Development Finance Corporation").
  if (legalFormWords().has(w[at].toLowerCase()) && !own.some((t) => g.publicQualifiers.has(t))) {
    const domain = w.slice(at + 2).filter((t) => g.heads.get(t) !== 'Company' && t !== ',');
    const countryDomain = of === at + 1 && domain.length > 0 && countryCode(domain.join(' ')) !== undefined;
    const line = at > 0 && (g.thingHeads.has(w[at - 1].toLowerCase()) || lineOfBusiness(w[at - 1]) || g.heads.get(w[at - 1]) === 'corporate');
    if (countryDomain || line || g.heads.get(last) === 'Company' || tradeName(w, at)) return 'Company';
  }
  return own.some((t, k) => g.publicQualifiers.has(t) || g.jointQualifiers.has(t) || isCountryWord(t) || (k + 1 < at && isCountryWord(`${t} ${own[k + 1]}`))) ? 'Authority' : 'Organization';
}

/** "the Secretary", "the Commission": the document says which, or nobody does. "the Trade Representative":
 *  a title with words before it, the office the document names as "Office of the ... Trade Representative". */
function bareHead(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  if (!/\b[Tt]he\s+$/.test(text.slice(Math.max(0, run[0].start - 4), run[0].start))) return undefined;
  const last = run[run.length - 1];
  if (run.length > 1 && run.length <= 4 && g.titles.has(last.t) && run.every((r) => isCap(r.t))) {
    const name = spanText(text, run);
    return found(text, run[0].start, last.end, 'Authority', name, 'title:of', 0.5, { pending: 'title' });
  }
  if (run.length !== 1) return undefined;
  const t = run[0].t;
  const kind = g.heads.get(t);
  // "the County" after "Westmoor County issued ...": a local government's head takes up the one the document names.
  if (!(g.titles.has(t) || (kind && kind !== 'Company') || g.localGovernmentHeads.has(t))) return undefined;
  const label = kind === 'conditional' || kind === 'subunit' || !kind ? 'Authority' : kind === 'corporate' ? 'Organization' : kind;
  return found(text, run[0].start, run[0].end, label, t, 'bare-head', 0.5, { pending: 'bare-head' });
}

/**
 * "BIS's Office of Export Enforcement and Coastline Avionics entered into a settlement agreement": a body's "<head> of
 * <domain>" name runs on past "and" into a company the document names elsewhere, in full ("Coastline Avionics Trading
 * LLC") or by a short name of two words or more of that name (short-names.ts shortNames). The company is a party of its
 * own: the body's name ends before "and", and the name run is cut there too, so that the company's short name, taken up
 * as a term, is no word inside a longer name (insideLongerName). A one-word short name ("Coastline") is too often a word
 * of a body's domain ("Industry and Security") to say so.
 */
export function cutAtNamedCompanies<D extends { found: Found[]; runs: [number, number][] }>(drafts: D[]): D[] {
  const known = new Set<string>();
  for (const d of drafts) {
    for (const f of d.found) {
      if (f.label !== 'Company') continue;
      known.add(f.surface);
      for (const n of shortNames(f.surface)) if (n.includes(' ')) known.add(n);
    }
  }
  if (known.size === 0) return drafts;
  return drafts.map((d) => {
    let runs = d.runs;
    let changed = false;
    const found = d.found.map((f) => {
      if (f.rule !== 'body:head-of' || (f.label !== 'Authority' && f.label !== 'Organization')) return f;
      for (const m of f.surface.matchAll(/\s+and\s+/g)) {
        const head = f.surface.slice(0, m.index);
        const tail = f.surface.slice(m.index + m[0].length);
        // The "and" stands inside the domain, after the head's link: "Office of Export Enforcement" is still a body's name.
        if (!known.has(tail) || !/\s(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u.test(head)) continue;
        const end = f.start + head.length;
        const tailStart = f.start + m.index + m[0].length;
        runs = runs.flatMap(([a, b]) => (a <= f.start && f.end <= b ? [[a, end], [tailStart, b]] as [number, number][] : [[a, b] as [number, number]]));
        changed = true;
        // A parent read inside the cut-off words is no parent of the body's name.
        const { parent, stem, ...rest } = f;
        const kept = parent && parent.end <= end ? { parent, stem } : {};
        return { ...rest, ...kept, end, surface: head, name: head.replace(/\s+/g, ' ') };
      }
      return f;
    });
    return changed ? { ...d, found, runs } : d;
  });
}
