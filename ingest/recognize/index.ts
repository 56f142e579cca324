// Recognition over a parsed report, per sentence then per document:
// 1. each sentence, and each section heading after the body (names only, headingOf): catalog names (matcher.ts),
//    and what the grammar finds: instruments, bodies and titles, countries, subdivisions and demonyms,
//    governments, technology phrases, the typed fallback and companies by their context (found.ts); a found
//    name that covers a catalog name other than a place or technology gives way to it;
// 2. the document: found names become entities (entities.ts), the text's own definitions and acronyms
//    bind terms (definitions.ts), and so do the definitions it inherits (a US Code section's chapter
//    definitions, unless it defines the term itself); "the Secretary" is resolved by a definition or its
//    only candidate (with none named, the catalog's one body of that head in the document's jurisdiction:
//    "the Commission" of an EU act), or reported as ambiguous; a body's name without its parent is the one body the document
//    attaches to a parent; technology phrases stay only with support (settleTentative: repeated, defined,
//    related, or listed with two others in one sentence, enumerations.ts);
// 3. the document's references to itself ("this order", "this Directive", 本法), when it is an instrument
//    (self.ts): mentions of its own Law;
// 4. law citations per sentence (citations.ts).
import { HEADING_LOCATOR, type InheritedDefinition, type ParsedReport, type Section, type Sentence } from '../model.ts';
import { BODY_CLASS, BODY_PLURAL, findBodyClasses } from './body-classes.ts';
import { cutAtNamedCompanies, findBodies, INVERTED_TITLE, officeOfTitle } from './bodies.ts';
import { findPluralHeads } from './plural-heads.ts';
import type { Citation } from './citations.ts';
import { findCitations } from './citations.ts';
import { findCjkThings } from './cjk-things.ts';
import { cjkThingTerms } from './cjk-thing-terms.ts';
import { findCompanies, findPossessedCompanies } from './companies.ts';
import { findPartitiveCompanies } from './partitives.ts';
import { findPairCompanies } from './company-pairs.ts';
import { listedThings } from './enumerations.ts';
import { type CountryHit, countryCode, countryName, findCountries, isCountryWord } from './countries.ts';
import { bindTerms, type Definition, findDefinitions } from './definitions.ts';
import type { Ambiguity, RecognisedEntity } from './entities.ts';
import { DocumentEntities } from './entities.ts';
import { findFallback } from './fallback.ts';
import { type Found, longestFirst } from './found.ts';
import { modifierExtensions } from './headed-phrases.ts';
import { actingAcronyms } from './acting-acronyms.ts';
import { guessedCompanies } from './guessed-companies.ts';
import { annexListedThings } from './annex-listed-things.ts';
import { leadInListedThings, leadInLists } from './lead-in-lists.ts';
import { classedThings } from './classed-things.ts';
import { ACRONYM_THING, acronymDefinedThings, describedAcronyms, thingsAfterDefinitions } from './described-acronyms.ts';
import { findAppliedTitles } from './applied-titles.ts';
import { findOffices, officeOfDomainTitle, standingOffice } from './offices.ts';
import { findCountryBodies, withPossessors } from './country-bodies.ts';
import { findApposedBodies } from './apposed-bodies.ts';
import { findLocalBodies, takenUpLocalBodies } from './local-bodies.ts';
import { ADMINISTRATION_CANDIDATE, administration, findAdministrations, findGovernments, governmentAt, presidentSurnames, withCatalogCountries } from './governments.ts';
import { grammar } from './grammar.ts';
import { type Antecedent, appositeCitations, codifiedCitations, subjectShortNames, instrumentAliases, readingOrder, shortFormMentions } from './instrument-references.ts';
import { bareInstrumentPartTerms, bareSectionTerms, sectionActs, sectionsOfNamedActs } from './section-acts.ts';
import { citedSources, introducedFromSources, notedActCitations, referenceTitles } from './cited-sources.ts';
import { apposedWord, cjkLawRunsOn, findInstruments, thingLists } from './instruments.ts';
import { entityKey } from './keys.ts';
import { isDateName, isFirstName, isMostlyVerb, singular, tagsOf } from './lexicon.ts';
import type { MatchEntity, Mention } from './matcher.ts';
import { Matcher } from './matcher.ts';
import { nameRuns, tokenize } from './names.ts';
import { documentSelf, SELF_RULE, selfMentions, titleSelf } from './self.ts';
import { filerTerms, issuerTerms, partyTerms } from './filer.ts';
import { companyShortNames, departmentDomains, headNounNames, invertedBodyNames, listModified, lowerCaseListNames, standsAsParty } from './short-names.ts';
import { spelledBodies, undefinedAcronyms } from './initials.ts';
import { findMaterials } from './materials.ts';
import { findFields } from './fields.ts';
import { coordinatedConjuncts, DEFINED_THING, definedThingTerms, findDefinedThings, quotedDefinedThings } from './defined-things.ts';
import { euTitles } from './eu-titles.ts';
import { findListedBodies } from './listed-bodies.ts';
import { findMembers, findNamedMembers, memberThingTerms, NAMED_MEMBER_RULE } from './members.ts';
import { bodyTails, instrumentTails } from './body-tails.ts';
import { acronymKinds, bareHeads, deviceUnits, distributiveAt, genericVariants, catalogShortened, definiteHeads, describedThings, equatedThings, historyThings, extendedCatalogThings, listedClassHeads, shortThingNames, spelledAlike, spelledOutThings, synonymCompounds, synonymThings, takenUpHeads } from './thing-aliases.ts';
import { designationSpans, insideDesignation } from './standards.ts';
import { findSubdivisions } from './subdivisions.ts';
import { bareClasses, singularMentions } from './singular-classes.ts';
import { isPersonNoun } from './wordnet-persons.ts';
import { findThings, goodsAfterName, MODEL_RULE, modelAfterName, sharedHeads, thingAfterCatalogName, thingName, thingWords } from './things.ts';
import { escapeRegExp } from '../text/clean.ts';
import { HAN, isHanRun, startsWithHan } from '../text/scripts.ts';

export interface SentenceFindings {
  sentence: Sentence;
  section: string;
  mentions: Mention[];
  citations: Citation[];
  unmatchedCitations: Citation[];
}

export interface RecognitionContext {
  /** The document's id: the names that identify only within it get ids of its own. */
  documentId?: string;
  jurisdiction?: string;
  /** The manifest's title: an instrument's title opens with it (self.ts). */
  title?: string;
  /** The catalog's law for the document: what "this Act" names in it. */
  ownLaw?: string;
}

export interface LearnedAcronym {
  acronym: string;
  id: string;
  locator: string;
}

export interface Recognition {
  sentences: SentenceFindings[];
  /** Acronyms and terms the document defines, with the entity each names. */
  learned: LearnedAcronym[];
  /** Entities the catalog does not have (not curated). */
  entities: RecognisedEntity[];
  ambiguities: Ambiguity[];
  /** Names read but not made nodes: world regions, places, titles with no body, bare heads with no candidate. */
  unplaced: { name: string; locator: string; rule: string }[];
  /** The items of each list under a lead-in that ends with a colon, by their first sentences' locators (lead-in-lists.ts):
   *  support for the things that open them (settleTentative). */
  lists?: string[][];
}

/** grammar/instruments.yaml's annex a report's entities are added to ("added X to Annex IV"). */
const ANNEX_LIST = 'instrument:annex-list';
const APPOSED_TITLE_RULE = 'instrument:apposed-title';
const PART_MAKER = 'company:part-maker';
const MODIFIERS = new Set(['Jurisdiction', 'Technology', 'Product', 'DataCategory']);
const THINGS = new Set(['Technology', 'Product']);
/** Things the sentence itself names as such: members of a class of things, the line of a maker, goods traded, the object of a
 *  regulatory verb or of a scope statement (things.ts), a Chinese name on a product head (cjk-things.ts). */
const SUPPORTED_THINGS = new Set([ACRONYM_THING, 'thing:member', NAMED_MEMBER_RULE, 'thing:made', 'thing:traded', 'thing:regulated', 'thing:scope', 'thing:cjk', 'thing:kinds', 'thing:used', 'thing:part']);
// A company's alias after its cue ("X LIMITED (a.k.a. Y LIMITED)", legal-forms.ts) is that company before any reading of the span.
// A company noun or commercial tie right before a name ("a partnership with Vodafone", "the operator Vodafone": company:cue)
// says more than compromise's lexicon, which knows many companies as organisations only: the cue outranks its reading, but
// not an acronym the lexicon knows ("an agreement with NATO"), which names an international body more often than a firm.
const PRIORITY = ['company:alias', 'instrument', 'body', 'title', 'cjk', 'bare-head', 'country', 'thing', 'company:cue', 'nlp', 'company'];
const ACRONYM = /^\p{Lu}{2,}$/u;
const priority = (f: Found): number => (f.rule === 'company:cue' && ACRONYM.test(f.name) ? PRIORITY.length - 1 : PRIORITY.findIndex((p) => f.rule.startsWith(p)));

interface Draft {
  catalog: Mention[];
  found: Found[];
  /** Spans of the sentence's name runs: a defined term inside a longer name is not the term. */
  runs: [number, number][];
}

/** `context.jurisdiction`: the document's manifest jurisdiction; `title` and `ownLaw` say what the document
 *  calls itself. The definitions a document inherits come with it (`report.inherited`: a US Code section's
 *  chapter definitions). */
export function recognise(report: ParsedReport, matcher: Matcher, context: RecognitionContext = {}): Recognition {
  const home = homeCountry(context.jurisdiction);
  // Headings after the body: the body's sentences keep their order and indices.
  const all = [...report.sections.flatMap((sec) => sec.paragraphs.flatMap((p) => p.sentences.map((s) => ({ s, sec })))), ...report.sections.flatMap(headingOf)];
  const table = new DocumentEntities(matcher.entities, context.documentId);
  const out: Recognition = { sentences: [], learned: [], entities: [], ambiguities: [], unplaced: [] };
  const jurisdictions = new Map(matcher.entities.flatMap((e) => (e.jurisdiction ? [[e.id, e.jurisdiction] as const] : [])));
  // A partitive's names are read with the sentence before (partitives.ts), a pair's with the sentence after
  // (company-pairs.ts), past the sentence's memoised draft.
  const around = new Map(report.sections.flatMap((sec) => sec.paragraphs.flatMap((p) => p.sentences.map((s, k) => [s, [p.sentences[k - 1]?.text ?? '', p.sentences[k + 1]?.text ?? '']] as const))));
  // "The County will ..." takes up the one county the document names, in a heading if nowhere else (local-bodies.ts).
  const drafts = takenUpLocalBodies(
    all.map(({ s }) => s.text),
    cutAtNamedCompanies(unitsAfterNamedBodies(all.map(({ s }) => withReferences(rememberedDraft(s.text, matcher, jurisdictions, home), s.text, around.get(s) ?? ['', ''])))),
  );
  const self = documentSelf({ title: context.title, heading: report.title, sentences: all.map(({ s }) => s.text), lawId: context.ownLaw });
  // Names first, titles after, so that a title finds the body the document names in full. An instrument's own text
  // makes its groups and networks public bodies (publicCollective).
  const presidents = presidentSurnames(all.map(({ s }) => s.text));
  // A news report's "the Trump administration" is kept only as a president's government.
  // "Commerce Secretary Jane Doe" is the Department of Commerce only where the document or the catalog names that body.
  const bodyNames = new Set(drafts.flatMap((d) => d.found.filter((f) => f.label === 'Authority' && f.rule !== INVERTED_TITLE && f.rule !== BODY_PLURAL && f.rule !== BODY_CLASS).map((f) => f.name)));
  const namedBody = (f: Found): Found | null => {
    const name = [f.name, f.name.replace(/ of /, ' of the ')].find((n) => bodyNames.has(n) || matcher.namesWhole(n));
    return name ? { ...f, name } : null;
  };
  // "the United States Trade Representative" is the "Office of the United States Trade Representative" the document names.
  const office = (f: Found): Found => officeOfTitle(f, bodyNames) ?? f;
  // "Critical products ... listed in Annex IV": in an instrument, an annex named alone is its own annex, a part of it cited
  // where the text stands (a procedural citation), no list of its own (grammar/instruments.yaml annex-list, for reports).
  const ownAnnex = (f: Found): Found | null => (self && f.rule === ANNEX_LIST ? { ...f, procedural: true } : null);
  // A bare "Secretary of State" is the Department of State's head in US drafting, but in a document that names
  // departments "for" their domains ("the Secretary of State for Business and Trade", "the Department for Transport": the
  // UK's drafting, bodies.ts title) any Secretary of State the statute empowers, an office of its own; not where the text
  // names the Department of State in full.
  // So is a document that cites its statutes in the UK form, "the Procurement Act 2023", more often than in the US one,
  // "the Act of 2023" (helper-335, dev91: a Cabinet Office note with no department "for" a domain).
  const citations = (re: RegExp): number => all.reduce((n, { s }) => n + (s.text.match(re)?.length ?? 0), 0);
  const ukCitations = (): boolean => citations(/\bAct\s+(?:19|20)\d{2}\b/g) > citations(/\bAct\s+of\s+(?:19|20)\d{2}\b/g);
  const forDrafting = ([...bodyNames].some((n) => /^Department for /.test(n)) || ukCitations()) && !all.some(({ s }) => /\b(?:Department of State|State Department)\b/.test(s.text));
  const ownOffice = (f: Found): Found | null => (forDrafting && f.rule === 'title:of' && f.name === 'Department of State' && /^Secretary of State$/.test(f.surface) ? { ...f, name: 'Secretary of State' } : null);
  // "Approval Authorities" is the "Approval Authority" the document names (body-classes.ts), else nothing.
  const retype = (f: Found, text: string): Found | null =>
    ownAnnex(f) ??
    officeOfDomainTitle(f, bodyNames) ??
    administration(f, presidents, home) ??
    (f.rule === ADMINISTRATION_CANDIDATE ? null : f.rule === INVERTED_TITLE ? (namedBody(f) ?? standingOffice(text, f)) : f.rule === BODY_PLURAL ? (bodyNames.has(f.name) ? f : null) : establishedBody(self ? publicCollective(office(f), text) : office(f), text));
  const named = all.map(({ s }, i) => namedMentions(drafts[i], s.locator, table, out, false, (f) => retype(f, s.text)));
  all.forEach(({ s }, i) => {
    named[i].push(...namedMentions(drafts[i], s.locator, table, out, true, (f) => ownOffice(f) ?? f));
  });
  // A name that an acronym the document writes spells, with a body's head among its words, is that body (initials.ts).
  spelledBodies(all.map(({ s }, i) => ({ text: s.text, runs: drafts[i].runs, mentions: named[i] }))).forEach((fs, i) => {
    for (const f of fs) named[i].push({ ...table.resolve(f), start: f.start, end: f.end, surface: f.surface, via: f.rule, confidence: f.score });
  });
  for (const n of named) n.sort((a, b) => a.start - b.start);
  const apposed = new Map<string, string>();
  const defs = all.flatMap(({ s }, i) => findDefinitions(s.text, s.locator, named[i], apposed));
  for (const [i, { s }] of all.entries()) appositeCitations(s.text, named[i], apposed); // "the X Act of 2019, Pub. L. 116-124,"
  codifiedCitations(named.flat(), apposed, (id) => table.byId.get(id)?.name ?? ''); // "... codified at 47 U.S.C. 1601-1609" ... "47 U.S.C. 1603"
  subjectShortNames(all.map(({ s }) => s.text), named, apposed); // "Regulation (EU) 2022/2560 on foreign subsidies ..." ... "the Foreign Subsidies Regulation"
  // A company named in full is named by its short names too ("Hongqiao Semiconductor Co., Ltd." -> "Hongqiao");
  // a term the document defines wins over one.
  const defined = new Set(defs.map((d) => d.term));
  // A Chinese filing's 本公司 is the company its title opens with (filer.ts).
  // A decision's party label (当事人：<company>) names that company, its issuer's 本局 the body it opens with (filer.ts).
  const filerSentences = all.map(({ s }, i) => ({ locator: s.locator, text: s.text, mentions: named[i] }));
  const filer = [...filerTerms(filerSentences), ...partyTerms(filerSentences), ...issuerTerms(filerSentences)].filter((d) => !defined.has(d.term));
  const short = companyShortNames(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] })), matcher, all.map(({ s }) => s.text)).filter((d) => !defined.has(d.term));
  const shortTerms = new Set(short.map((d) => d.term));
  // "Weylink routers" opening a table cell or a list item after "Shenzhen Weylink Networks Co., Ltd.": a company's short
  // name of one word, capitalised there as any sentence's first word is, names whose goods the rest are, no kind of them
  // (things.ts reads such a word as a modifier; the document's companies tell it is a name, which the draft's
  // goodsAfterName cannot know). The name is the company's, the rest the goods' phrase (thing:goods on a bare head, kept
  // only with support, as goodsAfterName's); a bare head none, where the document names a class of its own on that head
  // ("SOHO routers", "IP cameras"): a second node beside it, or a guess among several.
  const makerWords = new Set(short.map((d) => d.term).filter((t) => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(t)));
  if (makerWords.size > 0) {
    const makerKeys = new Set([...makerWords].map((w) => w.toLowerCase()));
    const classHeads = new Set(drafts.flatMap((d) => d.found.filter((f) => THINGS.has(f.label) && f.name.includes(' ') && !makerKeys.has(f.name.slice(0, f.name.indexOf(' ')).toLowerCase())).map((f) => f.name.slice(f.name.lastIndexOf(' ') + 1))));
    for (const [i, ms] of named.entries()) named[i] = ms.flatMap((m) => makerOpened(m, makerWords, classHeads, table));
  }
  // An acronym spelled by a name the document writes in full names it, defined or not ("OICTS").
  const spelled = undefinedAcronyms(all.map(({ s }, i) => ({ text: s.text, locator: s.locator, mentions: named[i] })), matcher).filter((d) => !defined.has(d.term));
  // "the entity list" after "the Entity List" (short-names.ts lowerCaseListNames).
  const listNames = lowerCaseListNames(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] })), matcher).filter((d) => !defined.has(d.term));
  const inverted = [...invertedBodyNames(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] })), matcher).filter((d) => !defined.has(d.term)), ...listNames];
  // "the ministry" for the one ministry the document names, where it writes so and defines no term of that word.
  const definedWords = new Set([...defined].map((t) => t.toLowerCase().replace(/^the\s+/, '')));
  // Not in an instrument, where "the service", "the authority" speak of a class ("the service" of a digital service provider,
  // not the European External Action Service the act names once).
  const headNouns = (self ? [] : headNounNames(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] })), matcher)).filter(
    (d) => !definedWords.has(d.term.toLowerCase().replace(/^the\s+/, '')) && all.some(({ s }) => s.text.includes(d.term)),
  );
  // "Commerce" for the Department of Commerce, only where the word stands as a party (standsAsParty).
  const domains = departmentDomains(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] })), matcher).filter(
    (d) => !defined.has(d.term) && all.some(({ s }, i) => partyAt(s.text, d.term, drafts[i].runs)),
  );
  const domainTerms = new Set(domains.map((d) => d.term));
  // Bodies named by an acronym alone, acting, that no other name explains: any party in an instrument ("This Directive
  // creates new tasks for ENISA"), a verb of public power's subject in a report ("the FCC banned ...").
  const sentencesNamed = all.map(({ s }, i) => ({ text: s.text, locator: s.locator, mentions: named[i] }));
  // "the computer emergency response team for ... (CERT-EU)": a body described in lower case, its acronym defined after it.
  const describedBodies = describedAcronyms(sentencesNamed, matcher, new Set([...defs, ...filer, ...short, ...spelled, ...inverted, ...headNouns, ...domains].map((d) => d.term))).map(({ found, definition }) => ({ ...definition, id: table.resolve(found).id }));
  const explained = new Set([...defs, ...filer, ...short, ...spelled, ...inverted, ...headNouns, ...domains, ...describedBodies].map((d) => d.term));
  const acting = actingAcronyms(all.map(({ s }, i) => ({ text: s.text, locator: s.locator, mentions: named[i] })), matcher, explained, !!self).map(({ found, definition }) => ({ ...definition, id: table.resolve(found).id }));
  // "opened an investigation into Nvidia": a one-word name the fallback guessed is an organisation's, given a company's role.
  const guessed = guessedCompanies(sentencesNamed, matcher, explained).map(({ found, definition }) => ({ ...definition, id: table.resolve(found).id }));
  // A term names what its name stands in apposition to ("卡斯特光学公司（Castell Optics Corporation）": the short names of
  // the English name are the Chinese-named company's), as the name itself does below.
  const goods = [
    ...cjkThingTerms(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] }))),
    // "Covered Equipment" taken up in lower case ("delivering covered equipment") (defined-things.ts).
    ...definedThingTerms(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] }))),
    // "including infusion pumps, ..." taken up where the grammar does not read the phrase (members.ts).
    ...memberThingTerms(all.map(({ s }, i) => ({ locator: s.locator, mentions: named[i] }))),
    // "Section 5(b) prohibits ..." after "Section 5(a) of the Act ...": the act (section-acts.ts), in a report only.
    ...(self ? [] : bareSectionTerms(all.map(({ s }, i) => ({ text: s.text, locator: s.locator, mentions: named[i] })))),
    // "Schedule 2 lists X" in a report whose title names one instrument: that instrument (section-acts.ts), in a report only.
    ...(self ? [] : bareInstrumentPartTerms(all.map(({ s }, i) => ({ text: s.text, locator: s.locator, mentions: named[i] })), report.title)),
    // A company's short name is the company's, no goods on its last word (岚溪汽车 of 岚溪汽车有限公司: short-names.ts).
  ].filter((d) => !defined.has(d.term) && !shortTerms.has(d.term));
  const terms = bindTerms([...defs, ...filer, ...short, ...spelled, ...inverted, ...headNouns, ...domains, ...describedBodies, ...acting, ...guessed, ...goods].map((d) => ({ ...d, id: apposed.get(d.id) ?? d.id })), out.ambiguities);
  for (const [t, d] of inheritedTerms(report.inherited ?? [], matcher, jurisdictions, table, out)) if (!terms.has(t)) terms.set(t, d);
  for (const d of coordinatedConjuncts(terms)) terms.set(d.term, d);
  const overlay = termMatcher(terms, table, matcher, out);
  // "the Under Secretary for Industry" is not "the Secretary" a definition names.
  // "the department's Bureau of Industry and Security" names the bureau: a head noun owning a body's name is its parent.
  const headNounTerms = new Set(headNouns.map((d) => d.term));
  const parentOfName = (text: string, m: { surface: string; end: number }): boolean =>
    (headNounTerms.has(m.surface) && /^['’]s\s+\p{Lu}/u.test(text.slice(m.end))) || (!headNounTerms.has(m.surface) && headNounTerms.has(m.surface.replace(/s$/, ''))); // "the services" is no one service
  const asDomain = (locator: string, text: string, m: { surface: string; start: number; end: number }): boolean => !domainTerms.has(m.surface) || (!HEADING_LOCATOR.test(locator) && standsAsParty(text, m.start, m.end));
  // A company's short name names it from the sentence that names it in full on (headings come after the body), not before.
  const sentenceAt = new Map(all.map(({ s }, i) => [s.locator, i]));
  const shortFrom = new Map(short.map((d) => [d.term, sentenceAt.get(d.locator) ?? 0]));
  const beforeFullName = (i: number, m: { surface: string }): boolean => i < (shortFrom.get(m.surface) ?? 0);
  // A goods name taken up as a term fills only a place the sentence's own names leave free (智能网联汽车 stays whole where
  // 网联汽车 is a term).
  const goodsTerms = new Set(goods.map((d) => d.term));
  const overGoods = (i: number, m: { surface: string; start: number; end: number }): boolean => goodsTerms.has(m.surface) && named[i].some((n) => n.start < m.end && m.start < n.end);
  // A maker's name before its part's model ("a Hengxin HX-256 module": companies.ts company:part-maker) is the name alone in its run.
  const partMaker = (i: number, m: { start: number; end: number }): boolean => drafts[i].found.some((f) => f.rule === PART_MAKER && f.start === m.start && f.end === m.end);
  // A list's name in lower case after a word of its own ("its unreliable entity list") names another list, not the one it
  // ends with (short-names.ts listModified).
  const listTerms = new Set(listNames.map((d) => d.term));
  // A term the sentence's own names already read as a name of exactly its span ("Add MOFCOM's list": the catalog's alias
  // "MOFCOM" in the run "Add MOFCOM") is no word of a longer name there: the term stands, and settle gives the span to the
  // name the document defined (one entity per acronym in a document, whichever path finds it).
  const namedSpan = (i: number, m: { start: number; end: number }): boolean => named[i].some((n) => n.start === m.start && n.end === m.end);
  const termMentions = all.map(({ s }, i) =>
    overlay
      .find(s.text)
      .filter((m) => (!insideLongerName(s.text, m, drafts[i].runs, terms) || namedSpan(i, m) || placedThing(s.text, m) || partMaker(i, m)) && !parentOfName(s.text, m) && asDomain(s.locator, s.text, m) && !beforeFullName(i, m) && !overGoods(i, m) && !(listTerms.has(m.surface) && listModified(s.text, m.start))),
  );
  // "section 206 of IEEPA (50 U.S.C. 1705)": a citation in apposition to an act named by the term the document
  // defined for it is that act too.
  all.forEach(({ s }, i) => {
    const laws = termMentions[i].filter((m) => m.label === 'Law');
    if (laws.length) findDefinitions(s.text, s.locator, [...named[i], ...laws].sort((a, b) => a.start - b.start), apposed);
  });
  const everyNamed = named.flat();
  const attached = attachedNames(everyNamed, drafts, table);
  const catalogNames = new Map(matcher.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string): string => table.byId.get(id)?.name ?? catalogNames.get(id) ?? '';
  // A document with no jurisdiction of its own (a user's file, "intl") is read as the one whose bodies and acts it names.
  const own = documentJurisdiction(context.jurisdiction, drafts, jurisdictions);
  const ownBodies = bodiesByHead(matcher.entities, own);
  const homeBodies = own ? matcher.entities.filter((e) => e.label === 'Authority' && e.jurisdiction === own) : [];
  const recurringHeads = recurringBareHeads(drafts, own);
  const ownJurisdiction = own;
  let selfId: string | undefined;
  const ownId = (): string => (selfId ??= self?.lawId ?? table.resolve(self!.found).id);
  // Instruments in reading order, for the short forms that take them up ("the Act", "that rule": instrument-references.ts).
  const position = readingOrder(all.map(({ s, sec }) => ({ heading: HEADING_LOCATOR.test(s.locator), section: sec })));
  const shortNames = instrumentAliases(everyNamed, nameOf);
  // "the Section 301 tariffs" after "Section 301 of the Trade Act of 1974": that act (section-acts.ts).
  for (const [from, to] of sectionActs(all.map(({ s }, i) => ({ text: s.text, mentions: named[i] })))) if (!shortNames.has(from)) shortNames.set(from, to);
  const owns = named.map((ms) => ms.map((m) => repoint(repoint(repoint(repoint(m, table.retyped, table, m.via), apposed, table, 'definition:apposition'), attached, table, 'body:attached'), shortNames, table, 'instrument:short-name')));
  const antecedents: Antecedent[] = owns.flatMap((ms, i) =>
    // A title apposed to an instrument word ("This week's executive order, Securing ..., answers") has that word too: "the
    // order" takes it up as it takes up an order whose name holds the word.
    [...ms, ...termMentions[i]].filter((m) => m.label === 'Law' && !m.procedural).map((m) => ({ id: m.id, at: [position[i], m.start] as [number, number], text: `${m.surface} ${nameOf(m.id)}${m.via === APPOSED_TITLE_RULE ? ` ${apposedWord(all[i].s.text, m.start)}` : ''}`.toLowerCase() })),
  );
  const body = all.filter(({ s }) => !HEADING_LOCATOR.test(s.locator)).map(({ s }) => s.text);
  const titles = referenceTitles(report.sections);
  const indexOf = new Map(all.map(({ s }, i) => [s.locator, i]));
  // An instrument that never calls itself by its word ("this order") in its text is still named by its title: the heading
  // that is the document's title names it, so its own provisions have their actor (relations.ts, the document's self).
  // Only where no sentence says "this order", so that a document that does keeps its mentions as they were; not in a part
  // of the instrument (a US Code section's heading is the section's).
  const unnamedSelf = self !== undefined && !self.part && !all.some(({ s }) => selfMentions(s.text, self, () => '').length > 0);
  const ownTitle = unnamedSelf ? { title: report.title, id: ownId } : undefined;
  all.forEach(({ s, sec }, i) => {
    // An instrument's short form is taken up below, not as a pending bare head.
    const pending = drafts[i].found.filter((f) => f.pending && f.label !== 'Law');
    // A term the document defines for a name that is another instrument's alias ("GDPR" for the "General Data Protection
    // Regulation", the title of the "Regulation (EU) 2016/679" it names) is that instrument's too.
    const terms = termMentions[i].map((m) => repoint(m, shortNames, table, m.via));
    const own = owns[i];
    let mentions = settle([...own, ...terms, ...(self ? selfMentions(s.text, self, ownId) : [])]);
    const create = (f: Found): string => table.resolve(f).id;
    mentions = [...mentions, ...shortFormMentions(s.text, position[i], s.locator, { antecedents, mentions, runs: drafts[i].runs, create, ambiguities: out.ambiguities, unplaced: out.unplaced })];
    const latest = (f: Found, ids: string[]): string | undefined => latestNamed(named, all, i, f, ids);
    mentions = [...mentions, ...resolvePending(pending, mentions, everyNamed, nameOf, s.locator, out, table, ownBodies, coordinatedBareHeads(s.text, pending, mentions, recurringHeads, ownJurisdiction), home, homeBodies, latest)].sort((a, b) => a.start - b.start);
    // "the Harbour Agency, Portwatch, the Norland Data Board": an unknown word listed between bodies is one (listed-bodies.ts).
    const listed = findListedBodies(s.text, mentions).map((f): Mention => ({ id: create(f), label: f.label, start: f.start, end: f.end, surface: f.surface, via: f.rule, confidence: f.score }));
    if (listed.length > 0) mentions = [...mentions, ...listed].sort((a, b) => a.start - b.start);
    // A heading names its topic ("Telecom Equipment", "Universal service"): only its names are kept, no technology.
    // In a heading in title case, capitals are no sign of a name: an instrument the grammar reads there by its head
    // word alone ("Risks Related to Export Controls and National Security Regulation") is kept only where the body
    // names it too.
    // A lettered or numbered part's heading ("A. Legal Authority", "D. Department of Commerce Authorities") names the
    // part's topic: a body the grammar reads there by its head word is kept only where the body writes its name too.
    if (HEADING_LOCATOR.test(s.locator)) mentions = titleSelf(s.text, mentions.filter((m) => !THINGS.has(m.label) && !(titleCased(s.text) && headOnlyInstrument(m, body)) && !(PART_ENUMERATOR.test(s.text) && headOnlyBody(m, body))), ownTitle);
    // So in a lettered or numbered heading that a plain text writes as a line of its own, in title case up to its colon
    // ("A. Legal Authority:", "B. Committee Substitute - Statement of Changes: (...)"): a body read there by its head word
    // is kept only where another sentence writes its name.
    else if (letteredLine(s.text)) mentions = mentions.filter((m) => !headOnlyBody(m, body.filter((t) => t !== s.text)));
    // So in a headline or standfirst the body sets in title case, a clause's words capitalised too ("... After It Warned
    // That American Buyers Were Cancelling Orders"): an instrument read there by its head word alone is kept only where
    // another sentence names it.
    else if (titleCased(s.text) && titledClause(s.text)) mentions = mentions.filter((m) => !headOnlyInstrument(m, body.filter((t) => t !== s.text)));
    // So in a work's title after its authors and year in a reference list ("Feng, Y. (2022). Cross-Border Data Rules after
    // the PIPL."), capitalised as titles are: a body read from a state's prefix alone ("Preventing Access to U.S. Sensitive
    // Personal Data ..."), and an instrument read by its head word alone unless the entry cites the work as an instrument
    // (a register's or code's citation: "... Security Rule. Final rule. 91 Fed. Reg. 12345."), is kept only where another
    // sentence names it.
    else if (titles.has(s.locator)) {
      const others = body.filter((t) => t !== s.text);
      const instrument = (titles.get(s.locator) ?? []).some((l) => owns[indexOf.get(l) ?? -1]?.some((m) => m.label === 'Law' && m.procedural));
      mentions = mentions.filter((m) => (instrument || !headOnlyInstrument(m, others)) && !(m.via === 'body:state-prefix' && !others.some((t) => t.includes(m.surface))));
    }
    const titled = titledSubjects(s.text, mentions);
    for (const m of mentions.flatMap((x) => [x, ...(x.parts ?? [])])) {
      table.note(m.id, m.surface, m.via, m.confidence);
      if (SUPPORTED_THINGS.has(m.via) || kindOfKnown(m) || suppliedBy(s.text, m, mentions) || titled(m)) table.confirm(m.id);
    }
    const { citations, unmatched } = findCitations(s.text, mentions);
    out.sentences.push({ sentence: s, section: sec.heading, mentions, citations, unmatchedCitations: unmatched });
  });
  // A technology phrase that is a term the chapter defines by a description ("advanced communications service") is a term
  // of the law, no incidental phrase.
  const described = new Set((report.inherited ?? []).filter((d) => !d.name).map((d) => d.term.toLowerCase()));
  for (const e of table.entities()) if (e.tentative && described.has(e.name)) table.confirm(e.id);
  // "radio modules" after "drone radio modules": a thing phrase that shortens one other of the document is that thing.
  // The longer one stays on its own: a catalog entry, supported by its sentence or an acronym, or repeated (settleTentative).
  const everyMention = out.sentences.flatMap((s) => s.mentions);
  const mentionsOf = new Map<string, number>();
  for (const m of everyMention) mentionsOf.set(m.id, (mentionsOf.get(m.id) ?? 0) + 1);
  const ownSupport = (id: string): boolean => {
    const e = table.byId.get(id);
    return !e?.tentative || e.acronyms.length > 0 || (mentionsOf.get(id) ?? 0) >= 2;
  };
  // "every camera, video recorder and radio": a singular that ranges over the class names it as a plural does.
  const distributive = new Set(out.sentences.flatMap((s) => s.mentions.filter((m) => THINGS.has(m.label) && distributiveAt(s.sentence.text, m.start))));
  const ranging = (m: object): boolean => distributive.has(m as Mention);
  const shortThings = shortThingNames(everyMention, (id) => table.byId.has(id), ownSupport, out.ambiguities, '', ranging);
  // "network video cameras" beside the catalog's "network cameras": the catalog's short name of a phrase is its thing.
  for (const [id, to] of catalogShortened(everyMention, (id) => table.byId.has(id))) if (!shortThings.has(id)) shortThings.set(id, to);
  // "autonomous vehicles, or self-driving cars,", "internet-connected surveillance cameras" beside "surveillance cameras":
  // a name the sentence equates with a thing's, or that only describes one, is that thing; so is a step in the goods'
  // history before the head ("removed cameras" beside "cameras", "surveillance cameras"); so are two names WordNet gives
  // one made thing ("unmanned aircraft" beside "drones"), two on one head after such names ("unmanned aircraft components"
  // beside "drone components"), two that differ only in a generic head of goods ("IoT products", "IoT devices"), and a head
  // of things with "units" beside the one thing named by those words and another head ("sonar units", "sonar
  // transducers") (thing-aliases.ts).
  const equated = equatedThings(out.sentences.map((s) => ({ text: s.sentence.text, mentions: s.mentions })), (id) => table.byId.has(id));
  for (const [id, to] of [...equated, ...spelledAlike(everyMention, (id) => table.byId.has(id) && !equated.has(id)), ...describedThings(everyMention, (id) => table.byId.has(id) && !equated.has(id), ownSupport, ranging), ...historyThings(everyMention, (id) => table.byId.has(id) && !equated.has(id)), ...spelledOutThings(everyMention, (id) => table.byId.has(id) && !equated.has(id)), ...synonymThings(everyMention, (id) => table.byId.has(id) && !equated.has(id)), ...synonymCompounds(everyMention, (id) => table.byId.has(id) && !equated.has(id)), ...genericVariants(everyMention, (id) => table.byId.has(id) && !equated.has(id)), ...deviceUnits(everyMention, (id) => table.byId.has(id) && !equated.has(id))]) {
    // "uncrewed aircraft" beside "uncrewed aircraft systems (drones)": a name joined to one a sentence equates with another
    // joins where that one went; one joined to a short name (shortThingNames' guess) or another join stays out.
    const end = equated.get(to) ?? to;
    if (!shortThings.has(id) && end !== id && (end !== to || !shortThings.has(to))) shortThings.set(id, end);
  }
  // "VCS hardware" beside "vehicle connectivity systems (VCS)", "5G networks": an acronym and a generic head name the acronym's thing.
  for (const [id, to] of acronymKinds(everyMention, (id) => table.byId.has(id))) if (!shortThings.has(id) && shortThings.get(to) !== id) shortThings.set(id, shortThings.get(to) ?? to);
  // "inspection drones" beside "drones": words of use before a catalog class's one-word name are that class, and so are the
  // names already made one with the phrase ("Chinese-made inspection drones"). The mention keeps its span: a cue inside
  // the phrase ("inspection") stays inside a name for the relation rules.
  for (const [id, to] of extendedCatalogThings(everyMention, (id) => table.byId.has(id), (id) => (table.byId.get(id)?.acronyms.length ?? 0) > 0, nameOf)) {
    if (shortThings.has(id)) continue;
    for (const [from, at] of shortThings) if (at === id) shortThings.set(from, to);
    shortThings.set(id, to);
  }
  // "the modules" after "cellular IoT modules": a bare head takes up the one thing the document named before on it.
  const placed = out.sentences.flatMap((s, i) => s.mentions.map((m) => ({ ...m, sentence: i })));
  for (const [id, to] of bareHeads(placed, (id) => table.byId.has(id), ownSupport)) if (!shortThings.has(id) && shortThings.get(to) !== id) shortThings.set(id, shortThings.get(to) ?? to);
  // "the Strike Force" after the "Disruptive Technology Strike Force": a body's tail is that body (body-tails.ts).
  for (const [id, to] of bodyTails(everyMention, (id) => table.byId.has(id), nameOf)) if (!shortThings.has(id) && !shortThings.has(to)) shortThings.set(id, to);
  // "the Drone Act" after the "American Security Drone Act of 2023": a statute's tail is that statute (body-tails.ts).
  for (const [id, to] of instrumentTails(everyMention, (id) => table.byId.has(id), nameOf)) if (!shortThings.has(id) && !shortThings.has(to)) shortThings.set(id, to);
  // A heading's shorter name of an instrument the body names in full (管控名单 over the body's 出口管制管控名单).
  for (const [id, to] of headingShortNames(out.sentences, (id) => table.byId.has(id), nameOf)) shortThings.set(id, to);
  // "such controllers" after "SX-40 e-scooter controllers": a bare head after a determiner that points back is the thing
  // named last on it (thing-aliases.ts takenUpHeads), mention by mention; a bare head none of whose mentions is left is
  // that thing's.
  const takenUp = takenUpHeads(out.sentences.map((s) => ({ text: s.sentence.text, mentions: s.mentions, paragraph: paragraphOf(s.sentence.locator) })), (id) => table.byId.has(id));
  if (takenUp.length) {
    const at = new Map(takenUp.map((t) => [`${t.sentence}:${t.start}`, t.id]));
    const from = new Map<string, string>();
    out.sentences.forEach((s, i) => {
      s.mentions = s.mentions.map((m) => {
        const to = at.get(`${i}:${m.start}`);
        if (!to || !THINGS.has(m.label)) return m;
        from.set(m.id, to);
        return renamed(m, new Map([[m.id, to]]), table);
      });
    });
    const left = new Set(out.sentences.flatMap((s) => s.mentions.map((m) => m.id)));
    for (const [id, to] of from) if (!left.has(id) && !shortThings.has(id)) shortThings.set(id, shortThings.get(to) ?? to);
  }
  // A name shortened to a thing whose own name is shortened in turn ("networked cranes" -> "networked cargo-handling
  // cranes" -> "cargo-handling crane") is the last one's: the ones between are no entity, so a mention left on one
  // would name nothing.
  for (const [id, to] of shortThings) {
    let last = to;
    for (const seen = new Set([id]); shortThings.has(last) && !seen.has(last); ) {
      seen.add(last);
      last = shortThings.get(last) as string;
    }
    if (last !== to && last !== id) shortThings.set(id, last);
  }
  // "BIS issued a final rule in January 2025 ...[9]", endnote 9 naming the connected vehicles rule: an instrument introduced
  // by its type word alone is the one instrument the source the sentence cites names (cited-sources.ts).
  const sources = citedSources(report.sections);
  for (const [id, to] of introducedFromSources(out.sentences, sources)) if (!shortThings.has(id)) shortThings.set(id, to);
  // "Section 889 of the ... Act ...[6]", note 6 "Pub. L. 115-232, § 889": the Public Law is that act (cited-sources.ts).
  for (const [id, to] of notedActCitations(out.sentences, sources)) if (!shortThings.has(id)) shortThings.set(id, to);
  // "Section 889 of the ... Act" beside "Pub. L. 115-232", the act itself: one instrument (section-acts.ts).
  const lawsNamed = new Map(everyMention.filter((m) => m.label === 'Law').map((m) => [m.id, { id: m.id, label: m.label, name: nameOf(m.id) }]));
  for (const [id, to] of sectionsOfNamedActs([...lawsNamed.values()])) if (!shortThings.has(id)) shortThings.set(id, to);
  if (shortThings.size) {
    for (const s of out.sentences) s.mentions = s.mentions.map((m) => renamed(m, shortThings, table));
  }
  // "The controller is connected to ..." after "the charge controller": a head written alone after a determiner that points
  // back is the one thing named before on it (thing-aliases.ts definiteHeads), a mention of that thing.
  const bodySentences = out.sentences.filter((s) => !HEADING_LOCATOR.test(s.sentence.locator));
  // A class the document names as a thing of its own by the head alone ("vehicles", "vehicle" of "vehicle type"): a head
  // with no determiner names that class, no kind named on it.
  const classKeys = new Set(table.entities().filter((e) => THINGS.has(e.label) && !shortThings.has(e.id) && !e.key.includes(' ')).map((e) => e.key));
  for (const h of definiteHeads(bodySentences.map((s) => ({ text: s.sentence.text, mentions: s.mentions })), modifiesNext, (head) => classKeys.has(head))) {
    const s = bodySentences[h.sentence];
    const m: Mention = { id: h.id, label: h.label, start: h.start, end: h.end, surface: h.surface, via: 'thing:taken-up', confidence: 0.6 };
    table.note(m.id, m.surface, m.via, m.confidence);
    s.mentions = [...s.mentions, m].sort((a, b) => a.start - b.start);
  }
  // "testing of a vehicle" where the text keeps "vehicles" as a class: the singular of a bare plural head the document
  // still names that class by, after the heads that take up another thing are renamed (singular-classes.ts).
  const bareIds = new Set(out.sentences.flatMap((s) => s.mentions.filter((m) => THINGS.has(m.label) && !/[\s\p{Lu}]/u.test(m.surface) && /s$/.test(m.surface)).map((m) => `${m.id} ${m.surface}`)));
  const classes = bareClasses(
    table
      .entities()
      .filter((e) => THINGS.has(e.label) && !e.tentative && !shortThings.has(e.id) && !e.key.includes(' ') && bareIds.has(`${e.id} ${e.key}s`))
      .map((e) => ({ singular: e.key, id: e.id, label: e.label })),
  );
  if (classes.length) {
    for (const s of out.sentences) {
      if (HEADING_LOCATOR.test(s.sentence.locator)) continue;
      const more = singularMentions(s.sentence.text, s.mentions, classes, modifiesNext);
      for (const m of more) table.note(m.id, m.surface, m.via, m.confidence);
      if (more.length) s.mentions = [...s.mentions, ...more].sort((a, b) => a.start - b.start);
    }
  }
  // "Treasury" read on its own as a body in a heading, and as the short name of "the U.S. Department of the Treasury" in the
  // text: a name the grammar read every one of whose surfaces is a surface of exactly one other entity of its label is
  // that entity (subsumedNames).
  const subsumed = subsumedNames(out.sentences, (id) => table.byId.has(id));
  if (subsumed.size) for (const s of out.sentences) s.mentions = s.mentions.map((m) => renamed(m, subsumed, table));
  const cited = citedOnly(out.sentences);
  out.entities = table.entities().filter((e) => !shortThings.has(e.id) && !subsumed.has(e.id)).map((e) => (cited.has(e.id) ? { ...e, procedural: true } : e));
  out.lists = leadInLists(report);
  return out;
}

/**
 * A heading abbreviates what the body names in full: an instrument the document names only in its headings (one the
 * grammar read, no catalog entry) whose name ends the name of exactly one instrument of the body ("管控名单" in a
 * notice's title, "出口管制管控名单" in its text; "Covered List" in a heading, "FCC Covered List" below) is that
 * instrument. Recognised id -> the body's instrument.
 */
function headingShortNames(sentences: SentenceFindings[], recognised: (id: string) => boolean, nameOf: (id: string) => string): Map<string, string> {
  const inBody = new Map<string, Set<string>>();
  const inHeading = new Map<string, Set<string>>();
  for (const s of sentences) {
    const into = HEADING_LOCATOR.test(s.sentence.locator) ? inHeading : inBody;
    for (const m of s.mentions) if (m.label === 'Law' && !m.procedural) into.set(m.id, (into.get(m.id) ?? new Set()).add(m.surface));
  }
  const ends = (long: string, short: string): boolean =>
    long.length > short.length && long.endsWith(short) && (startsWithHan(short) || /\s$/.test(long.slice(0, long.length - short.length)));
  const out = new Map<string, string>();
  for (const [id, surfaces] of inHeading) {
    if (inBody.has(id) || !recognised(id)) continue;
    const longer = [...inBody].filter(([other, written]) => [...surfaces].every((s) => [...written, nameOf(other)].some((w) => ends(w, s)))).map(([other]) => other);
    if (longer.length === 1) out.set(id, longer[0]);
  }
  return out;
}

/**
 * "automated driving systems", "drone components": a technology phrase of the grammar whose modifiers hold a technology or
 * product the catalog names in common nouns (lower case: "automated driving", "drone") names a kind of a known technology,
 * which is its support; the catalog name inside describes it, the longer phrase is the name. A name or acronym inside
 * ("5G" in "5G networks") is no such support: the phrase keeps its ordinary support, and gives the name back without it.
 */
function kindOfKnown(m: Mention): boolean {
  return m.via.startsWith('thing') && (m.inner ?? []).some((x) => THINGS.has(x.label) && !x.via.startsWith('thing') && x.end < m.end && x.surface === x.surface.toLowerCase());
}

/** "Regulation (EU) 2030/5 of ... of 2 May 2030 on harbour crane telemetry services (OJ ...)": a technology or product the
 *  title of a cited EU act names is what that act is about, as a scope statement names it: its support (eu-titles.ts);
 *  not one that names a sector ("in the harbour crane sector", grammar/things.yaml sector-nouns). */
function titledSubjects(text: string, mentions: Mention[]): (m: Mention) => boolean {
  const laws = mentions.filter((m) => m.label === 'Law' && !m.procedural);
  const titles = laws.length > 0 ? euTitles(text, laws) : [];
  const sectors = grammar().sectorNouns;
  return (m) => THINGS.has(m.label) && titles.some((t) => m.start >= t.start && m.end <= t.end) && !sectors.has(/^\s+([\p{L}-]+)/u.exec(text.slice(m.end))?.[1].toLowerCase() ?? '');
}

/** "cellular modems bought from Shenzhen Quanlu Electronics Co., Ltd.", "laser chips from Hefei Guangrui Optoelectronics": a
 *  technology phrase right before "from" and a company, a participle of buying between them or not (grammar/names.yaml
 *  supply-participles), names that company's products, which the sentence says: its support. */
function suppliedBy(text: string, m: Mention, mentions: Mention[]): boolean {
  if (!m.via.startsWith('thing') || !THINGS.has(m.label)) return false;
  const next = mentions.filter((x) => x.start >= m.end).sort((a, b) => a.start - b.start)[0];
  // "software from May": a month read as a company is no supplier.
  if (!next || isDateName(next.surface) || !(next.label === 'Company' || next.label === 'Jurisdiction')) return false;
  const g = grammar();
  supplyLink ??= new RegExp(`^\\s+(?:(?:${g.supplyParticiples.join('|')})\\s+)?from\\s+$`, 'i');
  const gap = text.slice(m.end, next.start);
  if (next.label === 'Company' && supplyLink.test(gap)) return true;
  // "marine radar units are sourced from Brenholt", "the chips came from China": a verb of supply or origin between the
  // goods and "from" (names.yaml supply-participles, origin-verbs), a copula and an adverb before it, names where the
  // goods come from, a company or a country; and so does "from" alone after a verb of buying whose object the goods are
  // ("imports base stations and satellite terminals from China", buying-verbs), in one clause.
  originLink ??= new RegExp(`^\\s+(?:(?:that|which)\\s+)?(?:(?:is|are|was|were|be|been|being|has|have|had)\\s+){0,2}(?:\\p{Ll}+ly\\s+)?(?:${[...g.supplyParticiples, ...g.originVerbs].join('|')})\\s+from\\s+(?:the\\s+)?$`, 'u');
  // Not the object of a preposition: "the module in its inspection drones came from X" says where the module came from.
  // "Most of its radar units are sourced from X": "of" after a quantifier is the goods' own.
  if (originLink.test(gap)) {
    const before = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    return !before || (before[1].toLowerCase() === 'of' && PARTITIVE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start - before[0].length)));
  }
  boughtBefore ??= new RegExp(`(?:^|\\s)(?:${g.buyingVerbs.join('|')})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,6}$`, 'u');
  return /^\s+from\s+(?:the\s+)?$/.test(gap) && boughtBefore.test(clauseBefore(text, m.start));
}
let supplyLink: RegExp | undefined;
let originLink: RegExp | undefined;
const PARTITIVE_BEFORE = /\b(?:most|many|some|all|none|each|any|one|several|half|much|few|part|share)\s*$/i;
const PREPOSITION_BEFORE = /\b(in|on|of|inside|into|for|with|within|aboard|to|by|at)\s+(?:(?:the|a|an|its|their|our|his|her|these|those|this|that|some|many|all|most)\s+)?$/i;
let boughtBefore: RegExp | undefined;
/** The text of the clause before `at`: from the last stop, semicolon, colon or comma. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. ')) + 1);
}

/** A thing's mention under the thing its phrase shortens (thing-aliases.ts), noted there; the support carries over. */
/**
 * A name the grammar read (`recognised`) every one of whose surfaces (lower case, no "the", no possessive) is a surface of
 * exactly one other entity of the same label, which has more, is that entity: two readings of one name ("Treasury" as a
 * finance ministry's own word in a heading, and as the short name the text gives "the U.S. Department of the Treasury").
 * Id -> that entity. Not things, whose bare heads share a surface with the kinds they take up mention by mention
 * (takenUpHeads), nor two entities with the same surfaces, nor a name that two others have.
 */
function subsumedNames(sentences: SentenceFindings[], recognised: (id: string) => boolean): Map<string, string> {
  const key = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s?$/, '');
  const byId = new Map<string, { label: string; surfaces: Set<string> }>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (THINGS.has(m.label)) continue;
      const e = byId.get(m.id) ?? { label: m.label, surfaces: new Set<string>() };
      e.surfaces.add(key(m.surface));
      byId.set(m.id, e);
    }
  }
  const out = new Map<string, string>();
  for (const [id, e] of byId) {
    if (!recognised(id)) continue;
    const wider = [...byId].filter(([other, o]) => other !== id && o.label === e.label && o.surfaces.size > e.surfaces.size && [...e.surfaces].every((x) => o.surfaces.has(x)));
    if (wider.length === 1) out.set(id, wider[0][0]);
  }
  // No chains: a name another is subsumed into keeps its own.
  for (const [id, to] of out) if (out.has(to)) out.delete(id);
  return out;
}

function renamed(m: Mention, to: Map<string, string>, table: DocumentEntities): Mention {
  const id = to.get(m.id);
  if (!id) return m;
  const was = table.byId.get(m.id);
  table.note(id, m.surface, m.via, m.confidence);
  if (was && !was.tentative) table.confirm(id);
  return { ...m, id, label: table.byId.get(id)?.label ?? m.label };
}

/** A term inside a longer name run is no mention of its own ("Veldry" in "Veldry Harbour Authority"), unless the run only
 *  coordinates terms of the document: "made by Shenwei and Hongqiao" is one run, joined by "and", of two short names. */
function insideLongerName(text: string, m: { start: number; end: number }, runs: [number, number][], terms: Map<string, unknown>): boolean {
  return runs.some(
    ([a, b]) => a <= m.start && m.end <= b && b - a > m.end - m.start && !coordinatesTerms(text.slice(a, b), terms) && !(m.end === b && titleOf(text.slice(a, m.start))) && !(m.start === a && titleAfter(text.slice(m.end, b))),
  );
}
/** " Chairman Ole Berg", " Under Secretary Jane Doe": an office-holder's title (after its ranks) right after the term that
 *  opens the run ("FHC Chairman Ole Berg said"): the term is the body the title heads. */
function titleAfter(after: string): boolean {
  const g = grammar();
  const words = after.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && g.titleRanks.has(words[k])) k++;
  return /^\s/.test(after) && k < words.length && g.titles.has(words[k]);
}
/** "Commissioner of ", "Deputy Administrator of the ": an office-holder's title before the term that ends its run, which
 *  names the body the title heads ("the Commissioner of CBP" is CBP's act), as a body's full name after it does. */
function titleOf(before: string): boolean {
  const g = grammar();
  const m = /^((?:\p{Lu}\p{Ll}+\s+)*?)(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(before);
  return !!m && g.titles.has(m[2]) && m[1].split(/\s+/).filter(Boolean).every((w) => g.titleRanks.has(w));
}
/** "the supply of the Products in Kestria": a term the document defines for a thing, then "in" and a place, is no part of
 *  a longer name the capitals run on into ("Committee on Foreign Investment in the United States" is one body's name;
 *  no thing is named so). */
function placedThing(text: string, m: { label: string; end: number }): boolean {
  return THINGS.has(m.label) && /^\s+in\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.end));
}
const CONJUNCTS = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
function coordinatesTerms(run: string, terms: Map<string, unknown>): boolean {
  const parts = run.split(CONJUNCTS);
  return parts.length > 1 && parts.every((p) => terms.has(p));
}

/** A heading whose words of four letters or more all open with a capital, three of them at least ("Risks Related to
 *  Trade, Export Controls and National Security Regulation"). */
function titleCased(text: string): boolean {
  const long = text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** A capitalised word of a clause (grammar/names.yaml clause-words) after the text's first word: a clause, not a name. */
function titledClause(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.slice(1).some((w) => grammar().clauseWords.has(w));
}

/** An instrument named by the grammar from its capitalised head word alone (no year, citation or catalog name behind
 *  it) that no sentence of the body writes. */
function headOnlyInstrument(m: Mention, body: string[]): boolean {
  return m.label === 'Law' && m.via === 'instrument:named' && !/\d/.test(m.surface) && !body.some((t) => t.includes(m.surface));
}

/** A part's letter or number opening a heading ("A. ", "IV. ", "2. "). */
const PART_ENUMERATOR = /^(?:\p{Lu}|[IVXLC]{1,6}|\d{1,3})\.\s/u;

/** A body read by the grammar from its head word (no catalog name or definition behind it) whose name, without a part's
 *  letter or number before it, no sentence of the body writes. */
/** A lettered or numbered part's heading as a line of running text: its letter, its words in title case, a colon. */
const LETTERED_LINE = /^(?:\p{Lu}|[IVXLC]{1,6}|\d{1,3})\.\s+([^:.;]{1,120}):/u;
function letteredLine(text: string): boolean {
  const words = LETTERED_LINE.exec(text)?.[1].match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

function headOnlyBody(m: Mention, body: string[]): boolean {
  const name = m.surface.replace(PART_ENUMERATOR, '');
  return (m.via === 'body:name-head' || m.via === 'body:head-of') && !body.some((t) => t.includes(name));
}

/** `word` stands alone in `text` as a party (short-names.ts standsAsParty), as a name run of its own. */
function partyAt(text: string, word: string, runs: [number, number][]): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (runs.some(([a, b]) => a === at && b === end) && standsAsParty(text, at, end)) return true;
  }
  return false;
}

/** A section's heading, read as a sentence of its own after the document's body ("Reports to Congress", "Remarks by
 *  the Minister of Trade on ..."), with the adapter's locator for it (a PDF page's `p_2.heading_1`), else
 *  `<section>.heading`: the body's sentences keep their indices. */
function headingOf(sec: Section): { s: Sentence; sec: Section }[] {
  return sec.heading.trim() ? [{ s: { locator: sec.headingLocator ?? `${sec.locator}.heading`, text: sec.heading.trim(), footnotes: [] }, sec }] : [];
}

/** The ids every mention of which is a procedural citation. */
function citedOnly(sentences: SentenceFindings[]): Set<string> {
  const cited = new Set<string>();
  const named = new Set<string>();
  for (const m of sentences.flatMap((s) => s.mentions)) (m.procedural ? cited : named).add(m.id);
  for (const id of named) cited.delete(id);
  return cited;
}

/**
 * The jurisdiction a document is read in: its manifest's, or, where that names none ("intl", "unknown": a loose file, a
 * report), the one whose catalog bodies and instruments it names most (twice at least, twice as often as any other), so
 * that an EU press release's "the Commission" is the European Commission and a US fact sheet's the FCC when it names
 * neither in full.
 */
function documentJurisdiction(declared: string | undefined, drafts: Draft[], jurisdictions: Map<string, string>): string | undefined {
  if (declared && declared !== 'intl' && declared !== 'unknown') return declared;
  const counts = new Map<string, number>();
  for (const m of drafts.flatMap((d) => d.catalog)) {
    const j = (m.label === 'Authority' || m.label === 'Law') && jurisdictions.get(m.id);
    if (j && j !== 'intl') counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : declared;
}

/** A jurisdiction that is one country ("us"), not a union or "intl". */
function homeCountry(code?: string): string | undefined {
  return code && countryName(code.toUpperCase()) !== code.toUpperCase() ? code : undefined;
}

/** Per matcher and home country, the drafts of sentences by their text (bounded): reports repeat
 *  sentences (boilerplate, list items, quotes), and a draft depends on nothing else (`jurisdictions` is
 *  the matcher's). Frozen one level deep, like the norm readers' memo, so no reader changes a shared one. */
const draftMemo = new WeakMap<Matcher, Map<string, Map<string, Draft>>>();
const DRAFT_LIMIT = 20_000;

function rememberedDraft(text: string, matcher: Matcher, jurisdictions: Map<string, string>, home?: string): Draft {
  let perHome = draftMemo.get(matcher);
  if (!perHome) {
    perHome = new Map();
    draftMemo.set(matcher, perHome);
  }
  let byText = perHome.get(home ?? '');
  if (!byText) {
    byText = new Map();
    perHome.set(home ?? '', byText);
  }
  let d = byText.get(text);
  if (!d) {
    d = draft(text, matcher, jurisdictions, home);
    for (const list of [d.catalog, d.found, d.runs]) {
      for (const x of list) Object.freeze(x);
      Object.freeze(list);
    }
    Object.freeze(d);
    if (byText.size >= DRAFT_LIMIT) byText.clear();
    byText.set(text, d);
  }
  return d;
}

/** The draft with the companies a partitive or a reference to two companies takes up, where nothing in it explains them;
 *  a pair one of whose names is explained otherwise is none. */
function withReferences(d: Draft, text: string, [before, after]: readonly [string, string]): Draft {
  const taken = [...d.catalog, ...d.found];
  const free = (f: Found): boolean => taken.every((t) => t.end <= f.start || t.start >= f.end);
  const company = (f: Found): boolean => taken.every((t) => t.end <= f.start || t.start >= f.end || t.label === 'Company');
  const extra = [...findPartitiveCompanies(text, before), ...findPairCompanies(text, after).filter((pair) => pair.every(company)).flat(), ...findPossessedCompanies(text, after)].filter(free);
  return extra.length ? { ...d, found: [...d.found, ...extra] } : d;
}

/** Catalog names and the grammar's finds in one sentence, overlaps settled. */
function draft(text: string, matcher: Matcher, jurisdictions: Map<string, string>, home?: string): Draft {
  // "Russian drone makers", "a remote identification function": a catalog thing that modifies the noun after it is no
  // mention of the thing (the makers are no drones); so is a Chinese product name before 企业 (cjk-things.ts).
  // A standards body's initials inside a standard's designation ("EN-ISO/IEC 17065/2012") name no body (standards.ts).
  const designations = designationSpans(text);
  // A catalog law's Chinese name ending in 法 is no mention where the text runs on into 法律, 法规 (instruments.ts cjkLawRunsOn).
  const matched = matcher.find(text);
  const named = matched.filter((m) => !(THINGS.has(m.label) && ((modifiesNext(text, m.end) && !verbOfCoordinated(text, m.start, m.end)) || insideCapitalisedName(text, m))) && !insideDesignation(m, designations) && !(m.label === 'Law' && cjkLawRunsOn(text, m.surface, m.end)));
  // "connected and autonomous vehicles": the first of two modifiers coordinated before a head names the catalog thing it
  // makes with the head ("connected vehicles"; things.ts sharedHeads).
  const words = thingWords(text);
  const shared = sharedHeads(text, words).flatMap((c) => matcher.find(c.surface).filter((m) => THINGS.has(m.label) && m.start === 0 && m.end === c.surface.length).slice(0, 1).map((m) => ({ ...m, start: c.start, end: c.end, surface: c.surface })));
  const catalog = [...named, ...shared.filter((c) => named.every((m) => m.end <= c.start || m.start >= c.end))].sort((a, b) => a.start - b.start);
  const tokens = tokenize(text);
  const runs = nameRuns(text, tokens);
  const hits = findCountries(text, tokens);
  // A thing's name before a noun of persons names people ("open-source software stewards"); a maker's line stays (things.ts).
  // A lower-case phrase the sentence defines an acronym for, and a thing named right after such a definition, are terms of
  // the document (described-acronyms.ts acronymDefinedThings).
  // "hardware or automated driving software": a catalog thing's lower-case name right before a head of things is that
  // phrase's modifier, where the grammar read no phrase over it (things.ts thingAfterCatalogName); a reading cut inside
  // the name gives way to it. The catalog name is then inside the phrase, as any is.
  // A company's possessive relative reads its line ("Shenzhen Lumio, whose thermal cameras ..."), on any company the
  // catalog or the grammar names.
  const companies = findCompanies(text, runs);
  const read = findThings(text, words, [...named, ...companies].filter((c) => c.label === 'Company').map((c) => c.end));
  const overCatalog = named
    .filter((m) => THINGS.has(m.label))
    .map((m) => thingAfterCatalogName(text, words, m.start, m.end))
    .filter((f): f is Found => f !== undefined && !read.some((t) => t.start <= f.start && t.end >= f.end));
  const grammarThings = overCatalog.length ? [...read.filter((t) => !overCatalog.some((f) => t.start > f.start && t.start < f.end && t.end <= f.end)), ...overCatalog] : read;
  // A quoted term a definition opens ('the term "counter-UAS system" means a system that ...') is the defined term
  // (defined-things.ts), not the plain phrase the grammar reads on the same words, where no thing opens the definition
  // (which the term then names: '"covered battery system" means any grid-scale battery ...', definitions.ts).
  const quotedTerms = quotedDefinedThings(text).filter((q) => {
    const at = q.end + (/^["”]\s+(?:means|has\s+the\s+meaning)\s+(?:(?:an?|the|any)\s+)?/u.exec(text.slice(q.end))?.[0].length ?? 0);
    return !grammarThings.some((f) => f.start === at) && !named.some((m) => THINGS.has(m.label) && m.start === at);
  });
  const things = thingsAfterDefinitions(text, grammarThings.filter((f) => (f.rule === 'thing:made' || !personNext(text, f.end)) && !quotedTerms.some((q) => q.start === f.start && q.end === f.end)));
  const indefinites: Found[] = [];
  const instruments = findInstruments(text, runs, indefinites);
  let found = [
    // A list's name holding a thing ("the Blue UAS list") is read on every catalog thing, those taken as words of a
    // capitalised name too ("the Green Drone Registry").
    ...instruments, ...indefinites.filter((f) => ownsCatalogName(f, catalog)), ...thingLists(text, matched.filter((m) => THINGS.has(m.label))), ...findBodies(text, runs), ...findPluralHeads(text), ...findBodyClasses(text), ...countries(text, hits), ...findSubdivisions(text, tokens), ...findGovernments(text, withCatalogCountries(hits, catalog), home), ...findAppliedTitles(text, hits), ...findOffices(text), ...findCountryBodies(text, hits), ...findApposedBodies(text, runs), ...findLocalBodies(text, runs), ...findAdministrations(text),
    ...findMembers(text, things), ...findNamedMembers(text, [...things, ...catalog.filter((m) => THINGS.has(m.label))]), ...things, ...acronymDefinedThings(text), ...findDefinedThings(text, catalog.filter((m) => THINGS.has(m.label)), words), ...findMaterials(text), ...findFields(text, (end) => modifiesNext(text, end)), ...findCjkThings(text, [...hits, ...catalog.filter((m) => m.label === 'Jurisdiction')], catalog.filter((m) => THINGS.has(m.label) && isHanRun(m.surface))).filter((f) => !modifiesNext(text, f.end)), ...findFallback(text, runs), ...companies,
  ];
  // "Halden Marine Services" read by a company rule (a cue, a list with legal forms): a company's name, no plural of a body
  // ("Technical Services", body-classes.ts body:plural, which the document keeps only where it names the body in the singular).
  found = found.filter((f) => f.rule !== BODY_PLURAL || !companies.some((c) => c.label === 'Company' && c.start === f.start && c.end === f.end));
  // A proper name in a list of things' members that another reading takes (a company, body, country, instrument; the catalog's
  // or the grammar's) is that reading's, no product (members.ts findNamedMembers).
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  found = found.filter((f) => f.rule !== NAMED_MEMBER_RULE || ![...catalog, ...found].some((o) => !THINGS.has(o.label) && overlaps(f, o)));
  // "Hikvision cameras", "ZTE's routers": goods named by their maker's name (things.ts goodsAfterName), where no catalog
  // thing names them; it replaces a phrase the thing grammar read on its words or over the name ("ZTE routers").
  const goods = [...named, ...found]
    .filter((c) => c.label === 'Company')
    .map((c) => goodsAfterName(text, words, c.end))
    .filter((f): f is Found => f !== undefined && named.every((m) => !THINGS.has(m.label) || m.end <= f.start || m.start >= f.end));
  const readOver = (f: Found, g: Found): boolean => f.rule.startsWith('thing') && f.end === g.end && f.start <= g.start;
  if (goods.length) found = [...found.filter((f) => !goods.some((g) => readOver(f, g))), ...goods];
  // "Kestrel Vantor drones": a company's name and a coined model word after it name its product (things.ts
  // modelAfterName); a thing phrase that opens on the model word ("Vantor drones") is read over by it.
  // A maker named before its part ("a Vardell GNSS receiver", companies.ts company:part-maker) is followed by the part's words.
  const models = [...named, ...found]
    .filter((c) => c.label === 'Company' && !('rule' in c && c.rule === 'company:part-maker'))
    .map((c) => modelAfterName(text, words, c.start, c.end))
    // "a Vardell GNSS receiver": a thing the catalog names after the maker is its part's kind, no model.
    .filter((f): f is Found => f !== undefined && !matched.some((m) => THINGS.has(m.label) && m.start < f.end && m.end > f.start && m.start > f.start));
  if (models.length) found = [...found.filter((f) => !models.some((m) => f.rule.startsWith('thing') && f.start > m.start && f.start < m.end)), ...models];
  found = withPossessors(text, found.flatMap((f) => unitAfterCatalogBody(text, f, catalog) ?? [f]), hits);
  const survivors = bodiesOverInstruments(found).filter((f) => catalog.every((m) => m.end <= f.start || m.start >= f.end || outranks(f, m, text, jurisdictions)) && !intoInstrument(f, found));
  const kept = longestFirst(survivors.filter((f) => !f.pending), priority);
  const pending = survivors.filter((f) => f.pending && !kept.some((k) => f.start < k.end && k.start < f.end));
  const inside = (m: Mention, k: Found): boolean => m.start >= k.start && m.end <= k.end;
  // A product phrase keeps the catalog names it covers, for when the document does not keep the phrase.
  const withInner = kept.map((k) => (k.rule.startsWith('thing') ? { ...k, inner: catalog.filter((m) => inside(m, k)) } : k));
  const spans = runs.map((r): [number, number] => [r[0].start, r[r.length - 1].end]);
  // A catalog law written as a procedural citation ("Pub. L. 118-159") is cited there, not named.
  const procedural = found.filter((f) => f.procedural);
  const cited = (m: Mention): Mention => (m.label === 'Law' && procedural.some((f) => f.start === m.start) ? { ...m, procedural: true } : m);
  return { catalog: catalog.filter((m) => !kept.some((k) => inside(m, k))).map(cited), found: [...withInner, ...pending], runs: spans };
}

/** "MOFCOM maintains an Unreliable Entity List": a name after an indefinite determiner, whose capitals run on before a
 *  catalog instrument's name to its head, is the name of one instrument the text introduces (China's list, not the
 *  catalog's US one inside it), where "a UN Regulation" names a class (instruments.ts indefinite); left out, the catalog's
 *  name inside it would be read. A name the catalog knows whole ("a Commerce Entity List", an alias) is the catalog's,
 *  and one whose added words only name the catalog instrument's own state stays the catalog's too (outranks). */
function ownsCatalogName(f: Found, catalog: Mention[]): boolean {
  return catalog.some((m) => m.label === 'Law' && m.end === f.end && m.start > f.start);
}

/** "the National Electric Vehicle Infrastructure (NEVI) program": a catalog thing written in capitals, every word, with a
 *  capitalised word right before it (not the sentence's first) or right after it, is a word of a longer proper name (a
 *  programme's, an office's, a directive's title: "Unmanned Aircraft Systems Program Management") the grammar did not read,
 *  no mention of the thing. Not an acronym ("5G", "IoT"), which names its thing inside names too ("Huawei 5G base
 *  stations"), nor a word of a line in title case. */
function insideCapitalisedName(text: string, m: { start: number; end: number; surface: string }): boolean {
  // An acronym beside a capitalised common word ("IoT Device" of "Consumer IoT Device Baseline Security Requirements") is
  // written so only inside a title: in running text the word is lower case ("IoT devices"); an acronym alone stays out.
  const word = /^(?:\p{Lu}\p{Ll}+|\p{Lu}[\p{Lu}\p{N}]*\p{Ll}?[\p{Lu}\p{N}]+)$/u;
  const words = m.surface.split(/[ -]/);
  if (!words.every((w) => word.test(w)) || !words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  // A line in title case (a report's title or standfirst set as a sentence) capitalises every word: no sign of a name.
  if (titleCased(text)) return false;
  const before = /(?:^|[^\p{L}\p{N}.])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const opensSentence = before !== null && /^\s*$/.test(text.slice(0, m.start - before[1].length - 1));
  const after = /^ \p{Lu}\p{Ll}+\b/u.test(text.slice(m.end, m.end + 40));
  return (before !== null && !opensSentence) || after;
}

/** The thing's name ending at `end` modifies the noun after it, of which it names no member: a company noun ("drone makers",
 *  grammar/names.yaml company-nouns; 无人机企业, 车联网及物联网模组企业, grammar/things.yaml cjk-company-nouns), or after a
 *  an adjective it makes with the word ("AI specific vulnerabilities", "drone-related incidents": grammar/things.yaml
 *  relational-adjectives), or after a name in the singular a singular noun that is no head of things ("a remote
 *  identification function", "the drone lobby";
 *  a plural after it may be its verb: "drones pose", "modules pose"). */
function modifiesNext(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const next = /^[ -](\p{Ll}[\p{Ll}-]*)\b/u.exec(after)?.[1];
  if (next === undefined) return cjkCompanyNoun().test(after);
  if (grammar().companyNouns.includes(next) || grammar().relationalAdjectives.has(next)) return true;
  const tags = tagsOf(next);
  const singularNoun = tags.some((t) => t === 'Singular' || t === 'Noun') && !tags.some((t) => NOT_SINGULAR_NOUN.has(t));
  return singularNoun && !/s$/.test(text.slice(end - 1, end)) && !grammar().thingHeads.has(next);
}
/** "robots and machine learning pose new risks", "AI or big data raise the stakes": after a thing coordinated with a name
 *  before it (so the subject is plural), a word mostly a verb (lexicon.ts isMostlyVerb) before what opens its object (a
 *  determiner, an adjective, a possessive or pronoun, a plural noun) is the subject's verb, which the thing's name does
 *  not modify (modifiesNext reads it as a singular noun: "pose", "raise"). */
function verbOfCoordinated(text: string, start: number, end: number): boolean {
  if (!/(?:^|[^\p{L}])(?:and|or)\s+$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  const next = /^ (\p{Ll}+) (\p{Ll}+)\b/u.exec(text.slice(end, end + 60));
  if (!next || !isMostlyVerb(next[1])) return false;
  return tagsOf(next[2]).some((t) => OBJECT_OPENERS.has(t));
}
const OBJECT_OPENERS = new Set(['Determiner', 'Adjective', 'Possessive', 'Pronoun', 'Plural']);
/** "open-source software stewards", "cargo drone pilots": the thing's name ending at `end` modifies a noun of persons
 *  after it (wordnet-persons.ts: WordNet's main sense a person), a compound that names people, no class of things. Not a
 *  company noun, whose compounds name what the firms make or provide (grammar/things.yaml maker-compounds: "drone camera
 *  vendors"; the golds read "DNS service providers" as DNS services), nor a head of things ("drone flight controllers"). */
function personNext(text: string, end: number): boolean {
  const next = /^ (\p{Ll}[\p{Ll}-]*)\b/u.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined || grammar().companyNouns.includes(next) || grammar().thingHeads.has(next)) return false;
  return isPersonNoun(next, singular);
}
const NOT_SINGULAR_NOUN = new Set(['Plural', 'Preposition', 'Conjunction', 'Determiner', 'Copula', 'Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Adjective', 'Gerund', 'Modal', 'Adverb', 'Pronoun']);
/** 企业 (or a market's noun: 供应链, grammar/things.yaml cjk-modified-nouns) right after, or after further trades joined by
 *  、和与及 (车联网及物联网模组企业, 无人机和联网设备供应链). */
function cjkCompanyNoun(): RegExp {
  cjkCompany ??= new RegExp(`^(?:[、和与及]${HAN}{1,8}?)*(?:${[...grammar().cjkCompanyNouns, ...grammar().cjkModifiedNouns].join('|')})`, 'u');
  return cjkCompany;
}
let cjkCompany: RegExp | undefined;

/** "the Department of Homeland Security Science and Technology Directorate", "Department of Defense Defense Innovation
 *  Unit": a catalog body's full name, then capitalised words that end in a body's head, are two bodies, the second a unit
 *  of the first, not one name over the catalog's (where the catalog's name ends, the grammar alone cannot tell: "Homeland
 *  Security Science ..."). Not where a country's word follows, nor a head alone. */
function unitAfterCatalogBody(text: string, f: Found, catalog: Mention[]): Found[] | undefined {
  if (f.label !== 'Authority' || !f.rule.startsWith('body:')) return undefined;
  const m = catalog.find((c) => c.label === 'Authority' && c.start === f.start && c.end < f.end);
  if (!m || text[m.end] !== ' ') return undefined;
  // "United States Government Accountability Office", "U.S. Government Publishing Office": where the catalog's name is a
  // state's government as a whole (its last word "Government"), that word opens the body's own name, which the state's
  // name prefixes; a government's units are named by their own heads ("Department of ..."), never after it.
  if (/\bgovernment$/i.test(m.surface)) return undefined;
  const rest = text.slice(m.end + 1, f.end);
  return unitName(rest) ? [{ start: m.end + 1, end: f.end, surface: rest, label: 'Authority', name: rest, rule: UNIT_AFTER, score: f.score }] : undefined;
}

const UNIT_AFTER = 'body:unit-after';

/** Words that name a body's unit after its name: capitalised words (connectors between) ending in a body's head (names.yaml
 *  heads: Authority or subunit), two or more, no country's word among them. */
function unitName(rest: string): boolean {
  const words = rest.split(' ');
  const g = grammar();
  const kind = g.heads.get(words[words.length - 1]);
  if (words.length < 2 || (kind !== 'Authority' && kind !== 'subunit') || !/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w) || g.connectors.has(w)) && !words.some((w) => isCountryWord(w));
}

/** "the Department of Justice National Security Division" in a document that names "the Department of Justice" alone (or
 *  a catalog body: unitAfterCatalogBody): the body's name, then its unit's, are two bodies, as where the catalog names
 *  the first. The longest such name the document uses wins; a draft is replaced, never changed (drafts are memoised). */
function unitsAfterNamedBodies(drafts: Draft[]): Draft[] {
  const names = new Set(drafts.flatMap((d) => d.found.filter((f) => f.label === 'Authority' && f.rule.startsWith('body:') && f.rule !== UNIT_AFTER && f.surface.includes(' ')).map((f) => f.surface)));
  if (names.size < 2) return drafts;
  return drafts.map((d) => {
    let split = false;
    const found = d.found.flatMap((f): Found[] => {
      if (f.label !== 'Authority' || !f.rule.startsWith('body:') || f.parent || f.pending) return [f];
      const name = [...names].filter((n) => f.surface.startsWith(`${n} `)).sort((a, b) => b.length - a.length)[0];
      const rest = name === undefined ? '' : f.surface.slice(name.length + 1);
      if (name === undefined || !unitName(rest)) return [f];
      split = true;
      const cut = f.start + name.length;
      return [
        { ...f, end: cut, surface: name, name, stem: undefined },
        { start: cut + 1, end: f.end, surface: rest, label: 'Authority', name: rest, rule: UNIT_AFTER, score: f.score },
      ];
    });
    return split ? { ...d, found } : d;
  });
}

/** "its connected vehicles rule bars vehicle ...": a technology phrase the grammar reads on its own that overlaps an
 *  instrument's name and reaches past it is no name; the instrument stands (a phrase inside the name is left to the
 *  longest find). */
function intoInstrument(f: Found, found: Found[]): boolean {
  return f.rule === 'thing:noun-phrase' && found.some((l) => l.label === 'Law' && !l.pending && f.start < l.end && l.start < f.end && (f.start < l.start || f.end > l.end));
}

/** "Office for Nuclear Regulation", "Office of Rail Regulation": a public body's head opening "<head> of|for ...", read as
 *  such by the bodies grammar, names the body, though the name's last word names instruments. */
function bodiesOverInstruments(found: Found[]): Found[] {
  const bodies = found.filter((f) => f.rule === 'body:head-of' && f.label === 'Authority');
  if (bodies.length === 0) return found;
  return found.filter((f) => f.rule !== 'instrument:named' || !bodies.some((b) => b.start === f.start && b.end === f.end));
}

/**
 * Whether a find wins over a catalog name inside it. Over a place or technology, yes ("Dutch Ministry of
 * ..."), unless the find is itself one. Over a catalog body, law or company, only when what it adds is not
 * that entity's own country: "U.S. Department of Commerce" is the catalog's, "Valdmark Department of
 * Commerce" another body.
 */
function outranks(f: Found, m: Mention, text: string, jurisdictions: Map<string, string>): boolean {
  if (m.start < f.start || m.end > f.end || m.end - m.start === f.end - f.start) return false;
  // An instrument's title in brackets after its citation names nothing inside it (instruments.ts citedTitle).
  if (f.rule === 'instrument:cited-title') return true;
  // A Chinese body's head is one word (部门, 机构, 机关): a catalog name that ends inside it is a misreading of the
  // characters ('公安部' in '国务院公安部门', the State Council's public security department, no ministry's name).
  if (f.rule === 'cjk:body' && m.end < f.end && m.end > f.end - (CJK_BODY_HEAD.exec(f.surface)?.[0].length ?? 0)) return true;
  // "semiconductor manufacturing equipment" is equipment, "electric vehicle chargers" chargers: a product
  // phrase over the technology or product modifying it; "advanced computing chips", a kind of chips, over
  // its head (given back if the document does not keep the phrase).
  // So is a technology phrase over one modifying its head ("automated driving system software" over "automated driving").
  if (f.rule.startsWith('thing') && THINGS.has(m.label) && (f.label === 'Product' || m.end < f.end)) return true;
  // "Kestrel Vantor": a product named by its maker's name and a model word holds the maker's name (things.ts modelAfterName).
  if (f.rule === MODEL_RULE && m.label === 'Company' && m.start === f.start) return true;
  if (MODIFIERS.has(f.label)) return false;
  if (MODIFIERS.has(m.label)) return true;
  // "designated Huawei and ZTE Corporation": a catalog company joined to the rest of the find by "and" or "&", the rest a
  // capitalised name, is one conjunct of two names, no word of one name: the find gives way (a name the catalog knows
  // whole with its "and", "Procter & Gamble", is the catalog's).
  if (m.label === 'Company' && conjunctOf(text, f, m)) return false;
  if (m.start !== f.start && m.end !== f.end) return false;
  const added = `${text.slice(f.start, m.start)} ${text.slice(m.end, f.end)}`.trim().replace(/['’]s$/, '');
  const own = jurisdictions.get(m.id);
  return !own || (countryCode(added) ?? jurisdictionPrefix(added)) !== own;
}

const CJK_BODY_HEAD = /(?:部门|机构|机关)$/u;

/** Whether the catalog name opens the find before "and" or "&" and a capital ("Huawei and ZTE Corporation"), or ends it
 *  after a capitalised word and "and" or "&" ("ZTE and Huawei Technologies"): a conjunct, not a word of the find's name. */
function conjunctOf(text: string, f: Found, m: Mention): boolean {
  if (m.start === f.start && m.end < f.end) return /^\s*(?:and|&)\s+\p{Lu}/u.test(text.slice(m.end, f.end));
  if (m.end === f.end && m.start > f.start) return /^\p{Lu}.*\S\s+(?:and|&)\s*$/u.test(text.slice(f.start, m.start));
  return false;
}

function jurisdictionPrefix(words: string): string | undefined {
  return grammar().jurisdictionPrefixes.includes(words) ? 'us' : undefined;
}

function countries(text: string, hits: CountryHit[]): Found[] {
  const out: Found[] = [];
  for (const h of hits) {
    const next = /^\s+(\p{Lu}\p{L}+)/u.exec(text.slice(h.end));
    if (next && isFirstName(h.surface)) continue; // "Jordan Smith"
    // 香港特别行政区: a territory's Chinese name with its status is the territory's whole name.
    const status = h.rule === 'country:name-zh' ? grammar().cjkTerritoryStatuses.find((s) => text.startsWith(s, h.end)) : undefined;
    const end = h.end + (status?.length ?? 0);
    const base = { start: h.start, end, surface: text.slice(h.start, end), rule: h.rule, score: 0.8 };
    if (h.codes.length === 0) out.push({ ...base, label: 'Region', name: h.name });
    else if (h.codes.length > 1) out.push({ ...base, label: 'Jurisdiction', name: h.surface, ambiguous: h.codes.map((c) => `jur:${c.toLowerCase()}`) });
    else if (h.subdivision) out.push({ ...base, label: 'Jurisdiction', name: h.name, id: `jur:${h.subdivision}` });
    else out.push({ ...base, label: 'Jurisdiction', name: countryName(h.codes[0]), id: `jur:${h.codes[0].toLowerCase()}` });
  }
  return out;
}

/** A sentence's paragraph, from its locator ("sec_5.p_2.s_3" -> "sec_5.p_2"); none for a locator with no sentence part. */
function paragraphOf(locator: string): string | undefined {
  return /\.s_\d+$/.test(locator) ? locator.replace(/\.s_\d+$/, '') : undefined;
}

/** Catalog mentions and resolved finds of one sentence (pending finds wait for the document); `retype`: what the
 *  document makes of a find (an instrument's groups, a president's administration), null for none. */
function namedMentions(d: Draft, locator: string, table: DocumentEntities, out: Recognition, titles: boolean, retype: (f: Found) => Found | null = (f) => f): Mention[] {
  const mentions = titles ? [] : [...d.catalog];
  for (const found of d.found) {
    const f = retype(found);
    if (!f) continue;
    if (f.pending || f.rule.startsWith('title') !== titles) continue;
    if (f.label === 'Region' || f.label === 'Place') out.unplaced.push({ name: f.surface, locator, rule: f.rule });
    else if (f.ambiguous) out.ambiguities.push({ surface: f.surface, locator, candidates: f.ambiguous, why: 'names more than one country' });
    else {
      // A member of a named class of things has its support in the sentence (members.ts).
      // A phrase the sentence supports is confirmed only where its mention is kept (a term the document defines wins over it).
      const { id, label } = table.resolve(f, THINGS.has(f.label) && f.rule.startsWith('thing'));
      const parts = f.parent ? [partMention(f.parent, table)] : [];
      // A narrowed phrase gives back its plain phrase (with the catalog names inside that) if it is not kept.
      const inner = f.plain ? [plainMention(f.plain, f.inner ?? [], table)] : (f.inner ?? []);
      mentions.push({ id, label, start: f.start, end: f.end, surface: f.surface, via: f.rule, confidence: f.score, ...(inner.length ? { inner } : {}), ...(parts.length ? { parts } : {}), ...(f.procedural ? { procedural: true } : {}), ...(f.outerState && f.jurisdiction ? { possessor: f.jurisdiction } : {}), ...(f.heldBy ? { heldBy: f.heldBy } : {}) });
    }
  }
  return mentions;
}

/** A thing phrase whose first word is one of `makers` (a company's one-word short name): the phrase on the words after it
 *  (a bare head as thing:goods, "Weylink routers" -> "routers", as things.ts goodsAfterName reads one; none where the
 *  head is one of `classHeads`, the last words of the document's longer thing names). */
function makerOpened(m: Mention, makers: Set<string>, classHeads: Set<string>, table: DocumentEntities): Mention[] {
  if (!THINGS.has(m.label) || !m.via.startsWith('thing')) return [m];
  const space = m.surface.indexOf(' ');
  if (space < 0 || !makers.has(m.surface.slice(0, space))) return [m];
  const rest = m.surface.slice(space + 1);
  const start = m.start + space + 1;
  if (!rest.includes(' ') && classHeads.has(thingName(rest))) return [];
  const rule = rest.includes(' ') ? m.via : 'thing:goods';
  const { id, label } = table.resolve({ start, end: m.end, surface: rest, label: m.label, name: thingName(rest), rule, score: m.confidence }, true);
  const inner = (m.inner ?? []).filter((x) => x.start >= start);
  return [{ ...m, id, label, start, surface: rest, via: rule, ...(inner.length ? { inner } : { inner: undefined }) }];
}

/**
 * "the Cooperation Group", "the CSIRTs network" in an instrument's own text: a body on a collective head
 * (grammar/names.yaml collective-heads) read as an organisation, written with "the", is a public body the instrument
 * sets up or works with (or names alone as a heading). A company's group ("Jiaxun Communications Group") is no organisation here, and a head with
 * its own "of" part ("Group of Seven") is left alone.
 */
function publicCollective(f: Found, text: string): Found {
  if (f.label !== 'Organization' || !f.rule.startsWith('body:')) return f;
  const head = f.name.split(' ').at(-1) ?? '';
  const collective = grammar().collectiveHeads.has(head) || (f.rule === 'body:members' && grammar().collectiveHeads.has(head[0].toUpperCase() + head.slice(1)));
  // A heading drops the article: "CSIRTs network" alone on an article's title line is the body its text calls "the CSIRTs network".
  const heading = text.trim() === text.slice(f.start, f.end);
  return collective && (heading || /\bthe\s+$/i.test(text.slice(Math.max(0, f.start - 4), f.start))) ? { ...f, label: 'Authority' } : f;
}

/** "the Oversight Forum established pursuant to Article 32(1) of Regulation (EU) 2022/2554": a body an act establishes,
 *  read as an organisation by its head, is a public body; a programme it sets up is none (grammar/names.yaml
 *  established-by-act). */
function establishedBody(f: Found, text: string): Found {
  if (f.label !== 'Organization' || !f.rule.startsWith('body:')) return f;
  const { pattern, undertakings } = grammar().establishedByAct;
  return !undertakings.has(f.name.split(' ').at(-1) ?? '') && pattern.test(text.slice(f.end)) ? { ...f, label: 'Authority' } : f;
}

/**
 * Terms the document inherits (a US Code chapter's definitions): each definition's name read by the same
 * grammar, the term bound to the entity that name is, when the whole name is one.
 */
function inheritedTerms(inherited: InheritedDefinition[], matcher: Matcher, jurisdictions: Map<string, string>, table: DocumentEntities, out: Recognition): Map<string, Definition> {
  const scratch: Recognition = { sentences: [], learned: [], entities: [], ambiguities: [], unplaced: [] };
  const defs: Definition[] = [];
  for (const d of inherited) {
    const name = d.name;
    if (!name) {
      // A term defined by a description names no entity, unless it is a term of things the grammar reads in the
      // definition ("The term “communications equipment or service” means any equipment ..."): then the section reads
      // it as the defining section does, one class by its whole term (defined-things.ts definedThingTerms).
      const term = namedMentions(draft(d.text, matcher, jurisdictions), d.locator, table, scratch, false).filter((m) => m.via === DEFINED_THING && m.surface.toLowerCase() === d.term.toLowerCase());
      defs.push(...definedThingTerms([{ locator: d.locator, mentions: term }]));
      continue;
    }
    const at = d.text.lastIndexOf(name);
    const whole = namedMentions(draft(d.text, matcher, jurisdictions), d.locator, table, scratch, false).find((m) => m.start === at && m.end === at + name.length);
    if (whole) defs.push({ term: d.term, id: whole.id, locator: d.locator, acronym: false });
  }
  return bindTerms(defs, out.ambiguities);
}

function plainMention(f: Found, catalog: Mention[], table: DocumentEntities): Mention {
  const { id, label } = table.resolve(f, true);
  const inner = catalog.filter((m) => m.start >= f.start && m.end <= f.end);
  return { id, label, start: f.start, end: f.end, surface: f.surface, via: f.rule, confidence: f.score, ...(inner.length ? { inner } : {}) };
}

function partMention(f: Found, table: DocumentEntities): Mention {
  const { id, label } = table.resolve(f);
  return { id, label, start: f.start, end: f.end, surface: f.surface, via: `${f.rule}:part`, confidence: f.score };
}

/**
 * "Committee on Energy and Commerce" in a document that also names the "Committee on Energy and Commerce of
 * the House of Representatives" is that committee, when the document names no other body with that stem
 * ("... of the Senate"): bare entity id -> the attached one.
 */
function attachedNames(named: Mention[], drafts: Draft[], table: DocumentEntities): Map<string, string> {
  const byStem = new Map<string, Set<string>>();
  for (const f of drafts.flatMap((d) => d.found)) {
    if (!f.stem || f.pending) continue;
    const e = table.byId.get(table.resolve(f).id);
    if (!e) continue; // a catalog body: its parent only qualifies it
    const key = entityKey(f.label, f.stem);
    byStem.set(key, (byStem.get(key) ?? new Set()).add(e.id));
  }
  const out = new Map<string, string>();
  for (const m of named) {
    const e = table.byId.get(m.id);
    const to = e && byStem.get(e.key);
    if (to?.size === 1 && !to.has(m.id)) out.set(m.id, [...to][0]);
  }
  return out;
}

/** A matcher of the terms and acronyms the document defines. */
function termMatcher(terms: Map<string, { id: string; locator: string; acronym: boolean }>, table: DocumentEntities, matcher: Matcher, out: Recognition): Matcher {
  const byId = new Map(matcher.entities.map((e) => [e.id, e]));
  const learned: { acronym: string; entity: MatchEntity }[] = [];
  for (const [term, d] of terms) {
    const e = byId.get(d.id) ?? table.byId.get(d.id);
    if (!e) continue;
    learned.push({ acronym: term, entity: { id: e.id, label: e.label, name: e.name, surfaces: [] } });
    out.learned.push({ acronym: term, id: e.id, locator: d.locator });
    table.confirm(e.id); // a name the text defines is no incidental phrase
    if (d.acronym) table.addAcronym(e.id, term);
  }
  return new Matcher([], learned);
}

/** A mention of an entity the document names otherwise (`to`: a citation in apposition to a named
 *  instrument, a body's name without its parent), as that name. */
function repoint(m: Mention, to: Map<string, string>, table: DocumentEntities, via: string): Mention {
  const id = to.get(m.id);
  if (!id) return m;
  const target = table.byId.get(id);
  const named: Mention = { ...m, id, label: target?.label ?? m.label, via };
  delete named.procedural; // a citation in apposition to a named instrument is that instrument
  return named;
}

/** The longest of overlapping mentions; on a tie, a name before a technology phrase (a term the document
 *  defines is that term: "covered battery systems"), then the leftmost. */
function settle(mentions: Mention[]): Mention[] {
  // Of two mentions of one span, a name the document defines or uses for itself wins over a guess of the
  // grammar ("Corvane", short for "Corvane Systems Inc.", over a company read from the verb after it; the announced
  // instrument of "Today, the President signed an executive order" over an order the grammar reads introduced there).
  const phrase = (m: Mention): number => (m.via === 'acronym:learned' || m.via === SELF_RULE ? -1 : m.via.startsWith('thing') ? 1 : 0);
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || phrase(a) - phrase(b) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

/**
 * The catalog's public bodies of the document's own jurisdiction, by the last word of their name, where it
 * is the only one with that word: "the Commission" of an EU act that names no commission is the European
 * Commission, as "the Council" of a Chinese text is the State Council.
 */
function bodiesByHead(entities: MatchEntity[], jurisdiction?: string): Map<string, Mention> {
  const byHead = new Map<string, MatchEntity[]>();
  if (!jurisdiction) return new Map();
  for (const e of entities) {
    if (e.label !== 'Authority' || e.jurisdiction !== jurisdiction) continue;
    const head = e.name.split(/\s+/).at(-1) ?? '';
    byHead.set(head, [...(byHead.get(head) ?? []), e]);
  }
  // The document's own union or federation by its head ("the Union" of an EU act, "the Federation" of a Russian law):
  // its jurisdiction's name ends with that head, and no body of the catalog claims it.
  const union = entities.find((e) => e.label === 'Jurisdiction' && e.id === `jur:${jurisdiction}`);
  const unionHead = union && /\s/.test(union.name) ? (union.name.split(/\s+/).at(-1) ?? '') : '';
  if (union && grammar().heads.has(unionHead) && !byHead.has(unionHead)) byHead.set(unionHead, [union]);
  const out = new Map<string, Mention>();
  for (const [head, es] of byHead) if (es.length === 1) out.set(head, { id: es[0].id, label: es[0].label, start: 0, end: 0, surface: es[0].name, via: 'catalog', confidence: 0.5 });
  return out;
}

/**
 * Bare public-body heads ("the Commission", "the Council": a head of grammar/names.yaml's Authority heads, not a
 * title) that a document of a jurisdiction writes at least twice: the document's own body of that name, when
 * nothing it or the catalog names has that head (resolvePending). An act that keeps saying "the Commission"
 * names an authority it relies on, even where no text spells out which (the document's jurisdiction qualifies it).
 */
const OWN_BODY_MIN_MENTIONS = 2;
function recurringBareHeads(drafts: Draft[], jurisdiction?: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!jurisdiction) return out;
  const counts = new Map<string, number>();
  const heads = grammar().heads;
  for (const f of drafts.flatMap((d) => d.found)) {
    if (f.pending === 'bare-head' && f.label === 'Authority' && heads.get(f.name) === 'Authority') counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  }
  for (const [head, n] of counts) if (n >= OWN_BODY_MIN_MENTIONS) out.set(head, jurisdiction);
  return out;
}

/**
 * The recurring bare heads, and a bare public-body head the sentence coordinates with a body it names ("to the European
 * Parliament and to the Council", "the Council or the Agency"): a coordination joins like with like, so the head is a
 * body of the document's own jurisdiction as a recurring one is, though the document writes it once.
 */
const COORDINATED_BODY = /^\s*,?\s*(?:and|or)\s+(?:(?:to|by|of|from|with|for|on)\s+)?(?:the\s+)?$/i;
function coordinatedBareHeads(text: string, pending: Found[], mentions: Mention[], recurring: Map<string, string>, jurisdiction?: string): Map<string, string> {
  if (!jurisdiction) return recurring;
  const bodies = mentions.filter((m) => m.label === 'Authority');
  const heads = grammar().heads;
  const out = new Map(recurring);
  for (const f of pending) {
    if (f.pending !== 'bare-head' || f.label !== 'Authority' || heads.get(f.name) !== 'Authority' || out.has(f.name)) continue;
    const between = (a: number, b: number): string => (a <= b ? text.slice(a, b) : '');
    if (bodies.some((m) => COORDINATED_BODY.test(between(m.end, f.start)) || COORDINATED_BODY.test(between(f.end, m.start)))) out.set(f.name, jurisdiction);
  }
  return out;
}

/** Titles named as "Office of the [...] <title>" in the document; bare heads by their only candidate, or with
 *  none, by the one body of that head of the document's jurisdiction (`own`), or, when the document keeps
 *  writing that head (`recurring`: head -> jurisdiction), as the document's own body of that name; a public
 *  office by its title, when it has no candidate. */
function resolvePending(pending: Found[], mentions: Mention[], named: Mention[], nameOf: (id: string) => string, locator: string, out: Recognition, table: DocumentEntities, own: Map<string, Mention>, recurring: Map<string, string>, home?: string, homeBodies: MatchEntity[] = [], latest: (f: Found, ids: string[]) => string | undefined = () => undefined): Mention[] {
  const resolved: Mention[] = [];
  for (const f of pending) {
    if (mentions.some((m) => f.start < m.end && m.start < f.end)) continue;
    const found = pendingCandidates(f, named, nameOf);
    const ownBody = f.pending === 'bare-head' && (f.label === 'Authority' || own.get(f.name)?.label === 'Jurisdiction') ? own.get(f.name) : undefined;
    // "the Under Secretary for Industry and Security" of a US text that names no such bureau: the one catalog body of the
    // document's jurisdiction named "<head> of|for" the title's domain.
    const domainBody = found.length === 0 && !ownBody ? catalogBodyOfDomain(f, homeBodies) : undefined;
    const candidates = found.length === 0 && ownBody ? [ownBody] : found.length === 0 && domainBody ? [domainBody] : found;
    // "the Commission" in a text that names the FCC and the European Commission: the one its paragraph named last before it.
    const lastId = candidates.length > 1 && f.pending === 'bare-head' && distinctBodies(candidates, nameOf) ? latest(f, candidates.map((c) => c.id)) : undefined;
    const last = candidates.find((c) => c.id === lastId);
    if (candidates.length === 1) {
      const c = candidates[0];
      resolved.push({ id: c.id, label: c.label, start: f.start, end: f.end, surface: f.surface, via: `${f.pending}:sole-candidate`, confidence: 0.6 });
    } else if (last) {
      resolved.push({ id: last.id, label: last.label, start: f.start, end: f.end, surface: f.surface, via: `${f.pending}:latest-candidate`, confidence: 0.5 });
    } else if (candidates.length > 1) {
      out.ambiguities.push({ surface: f.surface, locator, candidates: candidates.map((c) => c.id), why: `${f.pending} with more than one candidate in the document` });
    } else if (f.pending === 'bare-head' && home && grammar().government.executive.includes(f.name)) {
      // "the Administration" of a document that names no body of that head: its country's government.
      const { id, label } = table.resolve(governmentAt(f, home, 'bare-head:administration'));
      resolved.push({ id, label, start: f.start, end: f.end, surface: f.surface, via: 'bare-head:administration', confidence: 0.5 });
    } else if (f.kind === 'office') {
      const { id, label } = table.resolve({ ...f, pending: undefined, rule: 'title:office' });
      resolved.push({ id, label, start: f.start, end: f.end, surface: f.surface, via: 'title:office', confidence: f.score });
    } else if (f.pending === 'bare-head' && recurring.has(f.name)) {
      const { id, label } = table.resolve({ ...f, pending: undefined, rule: 'bare-head:own-body', jurisdiction: recurring.get(f.name) });
      resolved.push({ id, label, start: f.start, end: f.end, surface: f.surface, via: 'bare-head:own-body', confidence: f.score });
    } else out.unplaced.push({ name: f.surface, locator, rule: f.rule });
  }
  return resolved;
}

/** `nameOf`: an entity's name, so that "the Commission" finds the commission the text names only by its
 *  acronym ("FCC"). */
/** "<head> of|for <domain>": the name of a body a ranked title "for <domain>" heads (title:for, title:office). */
function domainHeaded(f: Found): RegExp | undefined {
  const domain = f.rule === 'title:for' || f.rule === 'title:office' ? / for (.+)$/.exec(f.name)?.[1] : undefined;
  return domain ? new RegExp(`^(?:.+ )?(?:${[...grammar().heads].filter(([, k]) => k === 'Authority').map(([h]) => h).join('|')}) (?:of|for) ${escapeRegExp(domain)}$`) : undefined;
}

/** The one catalog body (of the document's jurisdiction) named "<head> of|for" a ranked title's domain. */
function catalogBodyOfDomain(f: Found, bodies: MatchEntity[]): Mention | undefined {
  const headed = f.pending === 'title' ? domainHeaded(f) : undefined;
  const fits = headed ? bodies.filter((e) => headed.test(e.name)) : [];
  return fits.length === 1 ? { id: fits[0].id, label: fits[0].label, start: 0, end: 0, surface: fits[0].name, via: 'catalog', confidence: 0.5 } : undefined;
}

/** A body's name's head: the word before its first head link ("Bureau of Industry and Security", "Directorate General
 *  of Foreign Trade"), else its last word ("Federal Communications Commission"). */
function nameHead(name: string): string {
  const g = grammar();
  const w = name.replace(/['’]s$/, '').split(/\s+/);
  const link = w.findIndex((t, k) => k > 0 && g.headLinks.has(t));
  if (link < 0) return w[w.length - 1];
  return link > 1 && g.headPostmodifiers.has(w[link - 1]) ? w[link - 2] : w[link - 1];
}

/** Candidates that are different bodies by name: none's name ends with another's ("U.S. Department of Commerce" and
 *  "Department of Commerce" are one body under two records, which a guess between them would split further). */
function distinctBodies(candidates: Mention[], nameOf: (id: string) => string): boolean {
  const names = candidates.map((c) => (nameOf(c.id) || c.surface).toLowerCase());
  return names.every((a, i) => names.every((b, j) => i === j || !(a.endsWith(b) || b.endsWith(a))));
}

/**
 * A bare head with several candidates ("the Commission" in a text that names the FCC and the European Commission) is the
 * candidate its own paragraph named last before it, by its name (an office's title names its holder, not the body: "I
 * will not speak for the Secretary of the Treasury. ... the Department will look at ..." is the speaker's): the
 * sentence's own names before the head, else the nearest earlier sentence of the paragraph that names one. None (still
 * ambiguous) where the paragraph names none before it, where that nearest sentence names two of them, or where the
 * head's own sentence names another candidate (relations-ambiguous-body.test.ts: no guess across paragraphs, a guess that
 * made a false relation on the held-out set).
 */
function latestNamed(named: Mention[][], all: { s: { locator: string } }[], at: number, f: Found, ids: string[]): string | undefined {
  const wanted = new Set(ids);
  const paragraph = (i: number): string => all[i].s.locator.replace(/\.s_\d+$/, '');
  const byName = (m: Mention): boolean => wanted.has(m.id) && m.via !== 'bare-head' && !m.via.includes('title');
  const own = new Set(named[at].filter(byName).map((m) => m.id));
  for (let j = at; j >= 0 && paragraph(j) === paragraph(at); j--) {
    const here = new Set(named[j].filter((m) => byName(m) && (j < at || m.end <= f.start)).map((m) => m.id));
    if (here.size > 1) return undefined;
    if (here.size === 1) {
      const [id] = here;
      return [...own].every((o) => o === id) ? id : undefined;
    }
  }
  return undefined;
}

function pendingCandidates(f: Found, named: Mention[], nameOf: (id: string) => string): Mention[] {
  const escaped = escapeRegExp(f.name);
  // "Director of National Intelligence" -> "Office of the Director of National Intelligence";
  // "Trade Representative" -> "Office of the United States Trade Representative", or the title with its
  // state's prefix, "United States Trade Representative".
  const prefixes = grammar().jurisdictionPrefixes.map(escapeRegExp).join('|');
  const office = new RegExp(`^(?:Office of the (?:.+ )?|(?:${prefixes}) )${escaped}$`);
  // "Under Secretary for Industry and Security" -> "Bureau of Industry and Security": a ranked title "for X"
  // heads the body the document names as "<head> of|for X".
  const headed = domainHeaded(f);
  // A body's head names a body, an instrument's head an instrument: "the Commission" is no "Commission Implementing
  // Regulation", whose name holds its author, nor "the Act" the "Act Council" (a bare head's label is its head's kind).
  const sameKind = (m: Mention): boolean => (m.label === 'Law') === (f.label === 'Law');
  // "the Secretary" is no "Assistant Secretary of Commerce for ...": a ranked title (grammar/names.yaml title-ranks) is an
  // office of its own below the one the bare head names.
  const ranked = new RegExp(`(?:^|\\s)(?:${[...grammar().titleRanks].map(escapeRegExp).join('|')})\\s+${escaped}(?:\\s|$)`);
  // "the Union" is no "European Union Agency for Cybersecurity": the bare head must be the head of the name it takes, the
  // word before the name's first head link ("Secretary of Commerce", "Agency for ...") or, with none, its last word.
  const unranked = (name: string): boolean => nameHead(name) === f.name && !ranked.test(name);
  const fits = (m: Mention): boolean =>
    f.pending === 'title' ? office.test(m.surface) || (!!headed && m.label === 'Authority' && (headed.test(m.surface) || headed.test(nameOf(m.id)))) : m.via !== 'bare-head' && sameKind(m) && (unranked(m.surface) || unranked(nameOf(m.id)) || (m.via.startsWith('title') && (m.surface.startsWith(f.name) || m.heldBy === f.name)));
  const byId = new Map<string, Mention>();
  for (const m of named) if (fits(m)) byId.set(m.id, m);
  return [...byId.values()];
}

/** "products with digital elements, including our dongles": a phrase right before a member link whose members the
 *  sentence names as things (members.ts) is named as a class of things. */
function classesOfMembers(sentences: { sentence: { text: string }; mentions: Mention[] }[], isThing: (m: Mention) => boolean): Set<string> {
  memberLink ??= new RegExp(`^,?\\s+(?:${grammar().memberLinks.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')}),?\\s+(?:(?:our|its|their)\\s+)?$`, 'i');
  const out = new Set<string>();
  for (const s of sentences) {
    const things = s.mentions.filter(isThing).sort((a, b) => a.start - b.start);
    things.forEach((m, i) => {
      const next = things[i + 1];
      if ((next?.via === 'thing:member' || next?.via === NAMED_MEMBER_RULE) && memberLink?.test(s.sentence.text.slice(m.end, next.start))) out.add(m.id);
    });
  }
  return out;
}
let memberLink: RegExp | undefined;

/** "automated driving system ("ADS") software", "cellular Internet of Things (IoT) modules": a phrase that defines an
 *  acronym for its modifiers inside it (things.ts reads one only where the letters spell the words) is a term the
 *  text sets up. */
function definingInside(sentences: { mentions: Mention[] }[], isThing: (m: Mention) => boolean): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (isThing(m) && m.via.startsWith('thing') && /\(["“]?[\p{Lu}\d][\p{L}\d-]*["”]?\) /u.test(m.surface)) out.add(m.id);
  return out;
}

/**
 * Technology phrases stay only with support: an acronym or term the text defines, two mentions or more, or a
 * relation they take part in (`related`). Others leave the mentions and the entity table, and give back
 * the catalog names they covered.
 */
export function settleTentative(rec: Recognition, related: Set<string>): Recognition {
  const counts = new Map<string, number>();
  for (const s of rec.sentences) for (const m of s.mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const isThing = (m: Mention): boolean => THINGS.has(m.label);
  const listed = new Set([...listedThings(rec.sentences, isThing), ...classesOfMembers(rec.sentences, isThing), ...definingInside(rec.sentences, isThing), ...classedThings(rec.sentences, isThing), ...annexListedThings(rec.sentences, isThing), ...leadInListedThings(rec.sentences, rec.lists ?? [], isThing)]);
  // "the parts: modules, sensors, ..." beside "cellular IoT modules": a bare head only ever a list's item names the class
  // of the kinds the document names on it, no node (thing-aliases.ts listedClassHeads), unless a relation joins it.
  const recognised = new Set(rec.entities.map((e) => e.id));
  const classes = listedClassHeads(rec.sentences.flatMap((s, i) => s.mentions.map((m) => ({ ...m, sentence: i }))), (id) => recognised.has(id));
  const extensions = modifierExtensions(rec);
  // A class of public bodies read by its function alone ("market surveillance authorities") is a node where it acts.
  const classOfBodies = (e: RecognisedEntity): boolean => BODY_CLASS in e.rules && Object.keys(e.rules).every((r) => r === BODY_CLASS);
  const dropped = new Set(
    rec.entities
      .filter((e) => (e.tentative && !e.acronyms.length && ((counts.get(e.id) ?? 0) < 2 || extensions.has(e.id)) && !listed.has(e.id)) || classes.has(e.id) || classOfBodies(e))
      .filter((e) => !related.has(e.id))
      .map((e) => e.id),
  );
  // A phrase coordinated with one that stays is of its kind, and stays too (and so on along the list).
  for (let more = true; more && dropped.size > 0; ) {
    const beside = listedThings(rec.sentences, isThing, (m) => !dropped.has(m.id));
    more = [...dropped].some((id) => beside.has(id) && !classes.has(id));
    for (const id of beside) if (!classes.has(id)) dropped.delete(id);
  }
  if (dropped.size === 0) return rec;
  // A dropped phrase gives back the catalog names inside it ("5G" in "5G equipment").
  // A narrowed phrase gives back its plain phrase, which may itself go ("high-risk X" once, "X" nowhere else).
  // A catalog phrase of lower-case words that only modifies the dropped phrase's head ("automated driving" in "automated
  // driving systems") describes what those things do and names no technology there; a name ("5G" in "5G networks") or a
  // noun ("semiconductor" in "semiconductor manufacturing equipment") does.
  const described = (x: Mention, m: Mention): boolean => THINGS.has(x.label) && !x.via.startsWith('thing') && x.end < m.end && /\s/.test(x.surface) && x.surface === x.surface.toLowerCase();
  // A catalog thing given back as a dropped phrase's own head ("chips" of "advanced computing chips" named once) is
  // that same passing mention: it stays only where the document names it again or a relation joins it (helper-297).
  const heads = new Set<Mention>();
  const keep = (ms: Mention[]): Mention[] =>
    ms.flatMap((m) => {
      if (!dropped.has(m.id)) return [m];
      const inner = (m.inner ?? []).filter((x) => !described(x, m));
      for (const x of inner) if (THINGS.has(x.label) && !x.via.startsWith('thing') && x.end === m.end) heads.add(x);
      return keep(inner);
    });
  let sentences = rec.sentences.map((s) => ({ ...s, mentions: keep(s.mentions) }));
  if (heads.size > 0) {
    const named = new Map<string, number>();
    for (const s of sentences) for (const m of s.mentions) named.set(m.id, (named.get(m.id) ?? 0) + 1);
    const passing = (m: Mention): boolean => heads.has(m) && (named.get(m.id) ?? 0) < 2 && !related.has(m.id);
    sentences = sentences.map((s) => ({ ...s, mentions: s.mentions.filter((m) => !passing(m)) }));
  }
  return {
    ...rec,
    sentences,
    entities: rec.entities.filter((e) => !dropped.has(e.id)),
  };
}

export type { Ambiguity, Citation, Mention, RecognisedEntity };
export { Matcher } from './matcher.ts';
