// The grammar of this field's names, loaded once from its data files (ingest/recognize/grammar/*.yaml) and
// validated by zod (ingest/data.ts): every problem of a file is named with its line at once.
import path from 'node:path';
import { z } from 'zod';
import { loadData, regex, regexSource } from '../data.ts';
import { cjkStateAlternation } from './countries.ts';
import { nodeKind } from '../kinds.ts';
import { givenClasses, type MemberPiece, memberPieceSchema, patternWithClasses, patternWithVerbs, type WordClasses, wordsClass } from '../word-classes.ts';
import { lexiconWords } from './lexicon.ts';
import { readDerivedHeads, readGroupCompounds, readThingCompounds, ThingHeads } from './thing-heads.ts';
import { verbList } from './verb-forms.ts';

const dir = path.join(import.meta.dirname, 'grammar');
const words = z.array(z.string().min(1)).min(1);
/** A list of verb forms written as lemmas and the forms it stands for (verb-forms.ts: "stop" with base, present, past and
 *  gerund is "stop", "stops", "stopped", "stopping"), so no form is left to be written by hand. */
const verbs = verbList;
const label = z.string().refine((l) => nodeKind(l)?.entity === true, { message: 'not an entity kind of ingest/kinds.ts' });

/** The markers of an item of an enumeration in running Chinese text (grammar/cjk-openers.yaml: 一是, 二是, 其次). */
let itemMarkers: string | undefined;
export function cjkItemMarkers(): string {
  itemMarkers ??= loadData(path.join(dir, 'cjk-openers.yaml'), z.strictObject({ 'item-markers': regexSource('u') }))['item-markers'];
  return itemMarkers;
}

/** The pieces the Chinese name patterns share (grammar/cjk-pieces.yaml: the boundary a name starts after, the characters a
 *  body's name may not contain), each named there as <NAME>, with the members a pattern drops (word-classes.ts expandPieces). */
let namePieces: ReadonlyMap<string, MemberPiece> | undefined;
function cjkNamePieces(): ReadonlyMap<string, MemberPiece> {
  namePieces ??= new Map(Object.entries(loadData(path.join(dir, 'cjk-pieces.yaml'), z.record(z.string().regex(/^[A-Z][A-Z_]*$/), memberPieceSchema))));
  return namePieces;
}

/** A pattern in which <ZH_STATE> stands for any Chinese name of a country (the country datasets, countries.ts), <ZH_ITEM>
 *  for an item marker of running text (cjkItemMarkers), and the pieces of cjkNamePieces for theirs. */
const withStates = patternWithClasses(() => givenClasses({ ZH_STATE: cjkStateAlternation(), ZH_ITEM: cjkItemMarkers() }), cjkNamePieces);

/** The lexicon's closed classes of words a citation's pattern may name (lexicon.ts lexiconWords): <DETERMINER> ("the",
 *  "each", "several"), <POSSESSIVE> ("its", "our"), <PREPOSITION> ("of", "per", "from"), each word with its first letter
 *  in either case (a sentence's first word, a heading's). */
let closedClasses: WordClasses | undefined;
function lexiconClasses(): WordClasses {
  const either = (w: string): string => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;
  closedClasses ??= givenClasses(
    Object.fromEntries((['Determiner', 'Possessive', 'Preposition'] as const).map((tag) => [tag.toUpperCase(), lexiconWords(tag).sort((a, b) => b.length - a.length).map(either).join('|')])),
  );
  return closedClasses;
}

const NamesSchema = z.strictObject({
  heads: z.strictObject({ Authority: words, conditional: words, subunit: words, Organization: words, corporate: words }),
  'collective-heads': words,
  'government-qualifiers': words,
  'established-by-act': z.strictObject({ pattern: regex('u'), undertakings: words }),
  'public-qualifiers': words,
  'joint-heads': words,
  'joint-qualifiers': words,
  'public-subunit-words': words,
  'public-functions': words,
  'body-classes': z.strictObject({ nouns: z.record(z.string(), z.string()), functions: words, levels: words, 'plural-heads': z.record(z.string(), z.string()) }),
  connectors: words,
  'foreign-connectors': words,
  'foreign-and': words,
  'the-after': words,
  'citation-head-abbreviations': z.record(z.string(), z.string()),
  'between-links': words,
  'head-links': words,
  'head-postmodifiers': words,
  'inverted-heads': words,
  'elided-domains': z.record(z.string(), z.string()),
  'body-descriptors': words,
  'domain-heads': words,
  'jurisdiction-prefixes': words,
  titles: z.record(z.string(), z.string().nullable()),
  'fixed-titles': z.array(z.strictObject({ title: z.string(), body: z.string(), state: z.string().optional() })),
  'domain-titles': z.record(z.string(), z.string()),
  'self-named': words,
  'subdivision-bodies': words,
  'title-ranks': words,
  'person-titles': words,
  wrappers: words,
  'purpose-wrappers': words,
  government: z.strictObject({ word: z.string().min(1), qualifiers: words, executive: words, statuses: words }),
  portfolios: words,
  'office-titles': words,
  'general-titles': words,
  'nation-government': z.string().min(1),
  'body-apposition-nouns': words,
  'local-government-heads': words,
  'subdivision-acts': verbs,
  'subdivision-measures': words,
  'subdivision-classes': words,
  'company-nouns': words,
  'organisation-nouns': words,
  'company-links': words,
  'company-parts': words,
  'part-makers': z.strictObject({ nouns: words, 'not-makers': words }),
  'company-verbs': verbs,
  'company-results': z.strictObject({ verbs, nouns: words }),
  'trade-gerunds': verbs,
  'listing-verbs': verbs,
  'company-lines': words,
  'business-heads': words,
  'company-staff': words,
  'company-act-objects': words,
  'apposition-numbers': words,
  'listed-quantities': words,
  'listed-approximators': words,
  'company-participles': verbs,
  'cjk-legal-forms': words,
  'cjk-verb-prepositions': words,
  'cjk-company-restarts': words,
  'supply-participles': verbs,
  'origin-verbs': verbs,
  'buying-verbs': verbs,
  'authority-verbs': verbs,
  'authority-acts': words,
  'inquiry-openings': z.strictObject({ verbs: words, nouns: words }),
  openers: words,
  'clause-words': words,
  weekdays: words,
  'address-forms': z.strictObject({ after: words, nouns: words }),
  'party-lists': words,
  'name-stops': z.strictObject({ links: words, words, 'place-tags': words }),
  'standard-designation': regex('gu'),
  'cjk-bodies': z.array(withStates('gu')).min(1),
  'cjk-companies': z.array(withStates('gu')).min(1),
  'cjk-elided-bodies': withStates('gu'),
  'cjk-field-bodies': z.record(z.string(), z.string()),
  'cjk-body-heads': words,
  'cjk-parties': withStates('gu'),
  'cjk-territory-statuses': words,
  'cjk-filer': z.strictObject({ 'title-link': z.string().min(1), 'self-words': words }),
  'cjk-party-labels': words,
  'cjk-issuer-self-words': z.record(z.string(), z.string()),
});

const InstrumentsSchema = z.strictObject({
  citations: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        kind: z.string(),
        pattern: patternWithVerbs('gu', lexiconClasses),
        name: z.string().min(1),
        /** The word the instrument calls itself by ("{type}": a group's); `part`: the citation names a part of
         *  the act the document's title names with it (a code section of the act its chapter codifies). */
        self: z.strictObject({ word: z.string().min(1), part: z.boolean().optional() }).optional(),
        /** A place in a code or register, no instrument's own name: a procedural citation unless apposed to one. */
        procedural: z.boolean().optional(),
        /** The citation names its instrument only inside the document ("Annex IV": of which act? "Order No. 3 of
         *  2024": whose?): its node is the document's own, never merged with another document's by the name. */
        local: z.boolean().optional(),
        /** Local (as `local`) when this named group took no text: 公告2023年第27号 without its issuer (whose?). */
        localWithout: z.string().optional(),
      })
        .refine((c) => c.localWithout === undefined || c.pattern.source.includes(`(?<${c.localWithout}>`), { error: 'localWithout must name a group of the pattern' }),
    )
    .min(1),
  named: z.strictObject({ heads: words, kinds: z.record(z.string(), z.string()), leading: words, 'leading-qualifiers': words, 'leading-links': words, 'leading-tails': words, 'leading-apparatus': words, 'head-tails': words, generic: words, subject: words, 'thing-rules': words, 'owned-heads': words, 'acronym-defined': words, indefinite: words, publications: words, 'state-law': words, 'state-law-words': words }),
  'apposed-kinds': z.record(z.string(), words),
  'short-forms': z.strictObject({ heads: words, lowercase: words, qualifiers: words, stages: words, 'cjk-prefixes': words }),
  introduced: z.strictObject({ signed: words, issued: z.strictObject({ verbs, words }), adopted: z.strictObject({ heads: words, openers: words, stages: words }), timed: z.strictObject({ times: words, heads: words, fresh: words, owned: words }), dated: words, defined: words }),
  'listed-lists': z.strictObject({ verbs, names: words, measures: words }),
  'thing-lists': words,
  titled: regex('gu'),
  'titled-works': words,
  cjk: z.strictObject({ bracketed: regex('gu'), bare: regex('gu'), listed: regex('gu'), endings: words, 'status-tails': words, 'law-word-tails': regex('u') }),
  self: z.strictObject({
    determiners: words,
    enacting: z
      .array(z.strictObject({ pattern: regex('i'), word: z.string().min(1), also: z.array(z.string().min(1)).optional(), definite: z.array(z.string().min(1)).optional(), title: regex('u').optional() }))
      .min(1),
    'short-title': regex('i'),
    'titled-kinds': words,
    cjk: z.string().min(1),
    parts: words.optional(),
    'numbered-parts': words,
  }),
});

const ThingsSchema = z.strictObject({
  'max-modifiers': z.number().int().min(1).max(6),
  heads: z.record(label, words),
  compounds: z.record(label, words),
  'generic-heads': words,
  generic: words,
  'compound-openers': words,
  evaluative: words,
  'same-sense-prefixes': z.array(z.array(z.string().regex(/^[a-z]+$/)).min(2)),
  'combining-forms': z.array(z.string().regex(/^[a-z]{3,}$/)),
  'origin-compounds': z.strictObject({ origins: words, prefixes: words, participles: words }),
  'post-links': words,
  'means-nouns': words,
  'tie-nouns': words,
  'post-linked-heads': words,
  'purpose-links': words,
  'scope-lead': regex('i'),
  'scope-after': patternWithVerbs('i'),
  'member-links': words,
  'member-classes': words,
  'labelled-links': z.array(z.string().min(1)),
  'brand-classes': words,
  'name-links': words,
  'member-leads': words,
  'class-links': words,
  'annex-listing': regex('i'),
  'maker-nouns': words,
  'maker-compounds': words,
  'trade-nouns': words,
  'trade-verbs': verbs,
  'sector-nouns': words,
  'line-nouns': words,
  'control-nouns': words,
  'inquiry-nouns': words,
  'use-words': z.strictObject({ verbs, nouns: words }),
  containment: z.strictObject({ before: verbs, after: words }),
  'measure-verbs': verbs,
  'market-placement': regex('i'),
  'procurement-nouns': words,
  'material-roots': z.array(z.string().regex(/^[a-z_-]+%1:\d\d:\d\d:[^:]*:[^:]*$/)).min(1),
  'material-classes': words,
  'field-roots': z.array(z.string().regex(/^[a-z_-]+%1:\d\d:\d\d:[^:]*:[^:]*$/)).min(1),
  'name-breaks': words,
  'degree-words': words,
  'mode-adverbs': words,
  'scope-prepositions': words,
  'name-prepositions': words,
  'field-heads': words,
  'type-nouns': words,
  'acronym-kind-heads': words,
  'making-participles': verbs,
  'regulatory-verbs': verbs,
  'acquiring-verbs': words,
  'aspect-verbs': verbs,
  'measured-verbs': verbs,
  'measure-modals': z.strictObject({ deontic: words, negated: words }),
  'barring-verbs': verbs,
  'infinitive-adjectives': words,
  'asking-verbs': verbs,
  'control-verbs': verbs,
  'regulated-participles': verbs,
  'acronym-verbs': verbs,
  'placing-verbs': verbs,
  'placing-prepositions': words,
  'history-participles': verbs,
  'making-verbs': verbs,
  'cjk-heads': z.record(label, words),
  'cjk-generic': words,
  'cjk-model-classifiers': words,
  'cjk-generic-heads': words,
  'cjk-part-heads': words,
  'cjk-services': z.strictObject({ head: z.string().min(1), provide: words, providers: words }),
  'cjk-related-items': z.strictObject({ links: words, heads: words }),
  'cjk-name-words': words,
  'cjk-purpose-verbs': words,
  'cjk-determiners': words,
  'cjk-name-breaks': words,
  'cjk-brand-words': words,
  'cjk-classifiers': words,
  'cjk-company-nouns': words,
  'cjk-modified-nouns': words,
  'relational-adjectives': words,
  'wordnet-roots': z.record(label, words),
  'wordnet-made-materials': z.record(label, words),
});

export interface Grammar {
  /** Head word -> kind (`conditional` for heads that need a public qualifier to be an Authority). */
  heads: Map<string, string>;
  /** Heads of bodies made of members ("Group", "Network"): public in an instrument's own text; lower case after a
   *  plural acronym ("the CSIRTs network"). */
  collectiveHeads: Set<string>;
  /** Words that open only a government's names ("Government", "Parliamentary"): a collective head after one is a public
   *  body's (names.yaml government-qualifiers). */
  governmentQualifiers: Set<string>;
  /** After a body's name, the words of an act establishing it ("established pursuant to Article 32(1) of Regulation ..."). */
  establishedByAct: { pattern: RegExp; undertakings: Set<string> };
  publicQualifiers: Set<string>;
  /** Phrases that head a standing body of officials from several bodies ("Working Mechanism", "Leading Group"), each as
   *  its words (names.yaml joint-heads). */
  jointHeads: string[][];
  /** Words that make a body of several public bodies ("Interagency", "Inter-Ministerial"): a name on an organisation's head
   *  with one is a public body's (names.yaml joint-qualifiers). */
  jointQualifiers: Set<string>;
  /** Words that make a part of an organisation (a subunit head) a public body's: staffed by several bodies ("Joint": "the
   *  Export Control Joint Unit"), besides the public qualifiers (names.yaml public-subunit-words). */
  publicSubunitWords: Set<string>;
  /** Functions only a state performs ("Enforcement"): an organisation's head after one is a public body's. */
  publicFunctions: Set<string>;
  /** Classes of public bodies by a body noun after their function ("market surveillance authorities"), names.yaml
   *  body-classes: noun -> its plural; the plurals of capitalised heads -> their singular. */
  bodyClasses: { nouns: Map<string, string>; functions: string[]; levels: string[]; pluralHeads: Map<string, string> };
  connectors: Set<string>;
  /** Connectors of other languages than English ("de", "für"), and of them the words for "and" ("und", "y"). */
  foreignConnectors: Set<string>;
  foreignAnd: Set<string>;
  theAfter: Set<string>;
  /** Heads as legal citations abbreviate them -> the written-out head ("Dep't" -> "Department"; names.yaml). */
  citationHeadAbbreviations: Map<string, string>;
  /** Words that open a pair of parties inside a name ("Between"), after which "the" and "and the" go on. */
  betweenLinks: Set<string>;
  headLinks: Set<string>;
  /** Words after a head before its link ("Directorate General of"). */
  headPostmodifiers: Set<string>;
  /** Heads a text may write after their domain ("commerce ministry" for "Ministry of Commerce"). */
  invertedHeads: Set<string>;
  /** A domain a news report writes as one lower-case word, by the words of the body's title ("foreign": "Foreign Affairs"). */
  elidedDomains: Map<string, string>;
  /** Words that describe a body named by its country and domain rather than name the domain ("China's top planning agency"). */
  bodyDescriptors: Set<string>;
  /** Heads whose "<head> of <Domain>" body its domain alone names, as a party ("Commerce initiated ..."). */
  domainHeads: Set<string>;
  jurisdictionPrefixes: string[];
  /** Title -> the head of the body it names (null: the body is the title's "of" part). */
  titles: Map<string, string | null>;
  fixedTitles: Map<string, string>;
  /** The state whose officer a fixed title names: "of [the] <state>" after the title is part of it. */
  fixedTitleStates: Map<string, string>;
  /** Title -> the head after its domain of the body it heads, where the title's "of" part is the bare domain
   *  ("Administrator of General Services": the General Services Administration). */
  domainTitles: Map<string, string>;
  /** Bodies named by a head or phrase alone ("Senate", "House of Representatives"). */
  selfNamed: Set<string>;
  /** Lower-case words that, after a subdivision's name, name its body ("Michigan legislature"). */
  subdivisionBodies: Set<string>;
  /** Words before a title that rank its holder below the head ("Under Secretary for ..."). */
  titleRanks: Set<string>;
  /** Titles of a person that hold no office of a body ("Judge"): no body's name runs past them (bodies.ts). */
  personTitles: Set<string>;
  /** Words of an office, unit, event or programme written against a body's name, no body of their own (names.yaml
   *  wrappers), each as its words. */
  wrappers: string[][];
  /** Wrappers that name a programme or plan, which after "<head> for <domain>" end the domain (names.yaml). */
  purposeWrappers: Set<string>;
  /** `executive`: words that, after a president's surname or alone, name the government in a president's term. */
  government: { word: string; qualifiers: string[]; executive: string[]; statuses: string[] };
  /** Fields of public administration that, before a country's name, name its department (applied-titles.ts). */
  portfolios: string[];
  /** Offices by a field before a title's noun, titles with "General", a nation's government (offices.ts). */
  officeTitles: string[];
  generalTitles: string[];
  nationGovernment: string;
  /** Nouns of public bodies that head an apposition naming a body (apposed-bodies.ts). */
  bodyAppositionNouns: string[];
  /** Heads of local governments (names.yaml local-government-heads). */
  localGovernmentHeads: Set<string>;
  /** Forms of the acts that make a subdivision their subject a lawmaker (names.yaml subdivision-acts), and the nouns of
   *  its measures after its possessive (subdivision-measures). */
  subdivisionActs: string[];
  subdivisionMeasures: string[];
  /** Plural nouns of subdivisions whose members an aside names (subdivision-classes: "several states, including X"). */
  subdivisionClasses: string[];
  companyNouns: string[];
  /** The nouns of companies as one group of a pattern, each escaped (word-classes.ts wordsClass): the relation rules'
   *  <COMPANY_NOUN> and every reader of a noun of companies. */
  companyNounGroup: string;
  /** Nouns for organisations that are neither public bodies nor companies ("think tank", "nonprofit"). */
  organisationNouns: string[];
  companyLinks: string[];
  /** Nouns of a company's parts after a name it owns ("X and its Y unit"; names.yaml company-parts). */
  companyParts: string[];
  /** A maker's name before its part ("a Realtek Wi-Fi module"): the nouns of parts, and the names of standards and
   *  platforms that stand there as a maker's would (names.yaml part-makers). */
  partMakers: { nouns: string[]; notMakers: Set<string> };
  /** Verbs whose subject is a company: what makes or sells goods ("Quectel produces ..."). */
  companyVerbs: string[];
  /** Verbs of reporting results and the nouns of results only a business reports (names.yaml company-results). */
  companyResults: { verbs: string[]; nouns: string[] };
  /** Gerunds of trading goods whose agent, a name right before "for" and one, is a company ("X for reexporting ..."). */
  tradeGerunds: string[];
  /** Verbs of putting a party on a list, in the active ("added X to the Entity List", "put X on it"). */
  listingVerbs: string[];
  /** Lines of business that close companies' names, no product's head nor field ("Mobility", "Motors"). */
  companyLines: Set<string>;
  /** Plural heads of a business that are also a field's topics ("Industries", "Technologies"): a company's after a coined word. */
  businessHeads: Set<string>;
  /** People who work for a business, before "at" and its name (names.yaml company-staff). */
  companyStaff: string[];
  /** Public acts done to companies, right before their object (names.yaml company-act-objects: "fined", "investigation into"). */
  companyActObjects: string[];
  /** Determiners of a plural apposition ("A and B, two shell companies"). */
  appositionNumbers: string[];
  /** Quantities of a company noun's phrase listed after names ("A, B and about 30 other component makers"). */
  listedQuantities: string[];
  /** Approximators before a number of listed-quantities ("about 30", "more than 20"). */
  listedApproximators: string[];
  /** Participles whose agent after "by" is a company ("made by ASML"). */
  /** Participles of buying before "from" and a product's supplier ("bought from"). */
  supplyParticiples: string[];
  /** Verbs of goods' origin before "from" ("the chips came from China"). */
  originVerbs: string[];
  /** Verbs of buying goods from a company or country ("imports base stations from China"). */
  buyingVerbs: string[];
  companyParticiples: string[];
  /** Legal forms that end a Chinese company's registered name (有限公司), longest first. */
  cjkLegalForms: string[];
  /** Prepositions right after a verb of trade (提供给, 出口至): a company's name starts after one (bodies.ts). */
  cjkVerbPrepositions: string[];
  /** Words after which a company's name starts inside the pattern's match (为, 给: bodies.ts). */
  cjkCompanyRestarts: string[];
  /** Verbs of public power whose subject, an acronym in a report, is a public body ("the FCC banned ..."). */
  authorityVerbs: string[];
  /** Nouns of public acts whose agent, an acronym in a report, is a public body ("an investigation by USTR"). */
  authorityActs: string[];
  inquiryOpenings: { verbs: string[]; nouns: string[] };
  openers: Set<string>;
  /** Capitalised words of a clause (pronouns, auxiliaries, subordinators) that no name holds after its first word. */
  clauseWords: Set<string>;
  /** Days of the week: no name goes on into one ("the Department on Tuesday"). */
  weekdays: Set<string>;
  /** A parliament's forms of address ("my hon. Friend", "the noble Lord"): no name (names.yaml address-forms). */
  addressForms: { after: Set<string>; nouns: Set<string> };
  /** Lists of parties named in lower case ("the debarment list"): names added to one are parties (names.yaml party-lists). */
  partyLists: string[];
  /** A phrase of time or place after a name's connector ends the name (names.yaml name-stops). */
  nameStops: { links: Set<string>; words: Set<string>; placeTags: Set<string> };
  /** A standard's designation ("EN-ISO/IEC 17065/2012"): the initials of standards bodies in it name no body. */
  standardDesignation: RegExp;
  cjkBodies: RegExp[];
  cjkCompanies: RegExp[];
  /** Bodies whose shared head is written once (国务院X、Y主管部门): groups prefix, items, head (cjk-elided-bodies.ts). */
  cjkElidedBodies: RegExp;
  /** The name a field's body goes by (公安: 公安机关), for a body an elided coordination names by its field. */
  cjkFieldBodies: Map<string, string>;
  /** Heads of Chinese bodies' names that name the body alone after its full name (工作机制, 委员会). */
  cjkBodyHeads: string[];
  /** Chinese political parties by their head (共产党, 民主党), the state's name before it: bodies.ts. */
  cjkParties: RegExp;
  /** A territory's status after its Chinese name (特别行政区), part of the name: index.ts countries. */
  cjkTerritoryStatuses: string[];
  /** A Chinese filing's title link after its filer's name (关于) and the words it calls the filer by (本公司). */
  cjkFiler: { titleLink: string; selfWords: string[] };
  /** Labels a Chinese decision's party block gives its parties (当事人：<company>): the label names that company (filer.ts). */
  cjkPartyLabels: string[];
  /** An issuing body's word for itself by the head of its name (局: 本局): the body the document opens with (filer.ts). */
  cjkIssuerSelfWords: Record<string, string>;
  citations: z.output<typeof InstrumentsSchema>['citations'];
  /** Lower-case instrument heads of a name the text defines an acronym for (instruments.yaml named.acronym-defined). */
  acronymDefinedInstruments: string[];
  instrumentHeads: Set<string>;
  instrumentKinds: Map<string, string>;
  leadingInstruments: Set<string>;
  /** Words a translated title may open with before its leading type, and its bracketed trial status after it. */
  leadingQualifiers: Set<string>;
  leadingTails: string[];
  /** Capitalised links after any instrument head that open a title ("Order Respecting ..."). */
  leadingLinks: Set<string>;
  /** What a leading type's "of" names when the run is a part of the document, no instrument ("List of Subjects"). */
  leadingApparatus: Set<string>;
  /** Words after "of" that end a head's name as its complement ("Code of Practice"; instruments.yaml named.head-tails). */
  headTails: Set<string>;
  genericInstrumentWords: Set<string>;
  /** Heads of a publication's name after an instrument word ("Data Law Review"; instruments.yaml named.publications). */
  publicationHeads: Set<string>;
  /** Heads that name a state's body of law after country words alone ("European and Chinese Law"; named.state-law). */
  stateLawHeads: Set<string>;
  /** A union's words that stand for a state there ("EU", "European"; named.state-law-words). */
  stateLawWords: Set<string>;
  /** Heads named by their subject ("the EU Toolbox on 5G cybersecurity"). */
  subjectInstruments: Set<string>;
  /** Lower-case heads of rules named by their technology ("the connected vehicles rule"). */
  thingRules: string[];
  /** Heads of an instrument named only with its owner before it: an acronym or a possessive ("the CJIS Security Policy",
   *  "DoD's Cloud Security Policy"; instruments.yaml named.owned-heads). */
  ownedHeads: string[];
  /** Determiners before which an instrument word names a class, no instrument ("a UN Regulation on ..."). */
  indefiniteInstrument: Set<string>;
  /** Short forms of an instrument the text named before ("the Act", "the 2019 Act", "that rule"): instrument-references.ts. */
  shortForms: { heads: string[]; lowercase: string[]; qualifiers: string[]; stages: string[]; cjkPrefixes: string[] };
  /** Instruments a text introduces in lower case by the act that makes them, or by their year (instruments.yaml introduced). */
  introducedInstruments: { signed: string[]; issued: { verbs: string[]; words: string[] }; adopted: { heads: string[]; openers: string[]; stages: string[] }; timed: { times: string[]; heads: string[]; fresh: string[]; owned: string[] }; dated: string[]; defined: string[] };
  /** Named lists written in lower case after a verb of listing (instruments.yaml listed-lists). */
  listedLists: { verbs: string[]; names: Set<string>; measures: Set<string> };
  /** Head words of a named list whose capitalised name holds a catalog thing (instruments.yaml thing-lists). */
  thingLists: string[];
  /** Citation kind -> the kinds of named instruments it can cite in apposition (instrument-references.ts). */
  apposedKinds: Record<string, string[]>;
  cjkInstruments: z.output<typeof InstrumentsSchema>['cjk'];
  /** An instrument's quoted title after a verb of issuing or naming (group `title`). */
  titledInstrument: RegExp;
  /** Nouns whose quoted title names a work or event, no instrument ('a report titled "..."'). */
  titledWorks: string[];
  cjkEndings: string[];
  /** How an instrument refers to itself (self.ts). */
  selfReference: z.output<typeof InstrumentsSchema>['self'];
  maxModifiers: number;
  /** Head noun -> Product | Technology: the hand list, then WordNet's (grammar/wordnet-heads.json). */
  thingHeads: ThingHeads;
  /** Heads that name things in general ("systems", "equipment"): a class only with a modifier saying what kind. */
  genericHeads: Set<string>;
  genericModifiers: Set<string>;
  /** Chinese product heads by label (控制器, 模组, 雷达): cjk-things.ts. */
  cjkThingHeads: Record<string, string[]>;
  /** Chinese words before a thing's head that say which or how good, no kind (相关, 其他, 关键): no word of its name. */
  cjkGeneric: string[];
  /** Classifiers that follow a model's quoted name (“X3”型无人机): none of the goods' name (things.yaml). */
  cjkModelClassifiers: string[];
  /** Chinese heads of any goods (设备, 软件): after a catalog thing's name, that thing (车联网设备 is 车联网). */
  cjkGenericHeads: Set<string>;
  /** Chinese heads of parts (零部件, 组件): alone, even as a conjunct, they name no class (cjk-things.ts bareConjuncts). */
  cjkPartHeads: Set<string>;
  /** Chinese services by what provides them (提供X服务, X服务提供者): cjk-things.ts services. */
  cjkServices: { head: string; provide: string[]; providers: string[] };
  cjkRelatedItems: { links: string[]; heads: string[] };
  /** Chinese words a goods' name may hold though their characters are function characters elsewhere (数据: 据). */
  cjkNameWords: string[];
  /** Chinese verbs of making that name what goods are for right before a generic head (制造设备): things.yaml. */
  cjkPurposeVerbs: string[];
  /** Chinese determiners (上述): one inside a would-be goods' name opens a new noun phrase. */
  cjkDeterminers: string[];
  /** Chinese function words, locatives and verbs (由, 至, 内, 延伸, 公司) that end the clause before a goods' name where
   *  the word segmenter reads them as words of their own (things.yaml cjk-name-breaks; cjk-things.ts afterBreak). */
  cjkNameBreaks: string[];
  /** Chinese words of a brand (厂牌, 品牌): the words before one say whose brand the goods are, no kind of them. */
  cjkBrandWords: string[];
  /** Chinese classifiers of goods after a numeral (两款, 三台): the count opens no name (things.yaml cjk-classifiers). */
  cjkCount: RegExp;
  /** Chinese nouns of companies a trade before them names (企业, 厂商). */
  cjkCompanyNouns: string[];
  /** Chinese nouns of a trade or market a product name modifies (供应链, 市场, 行业). */
  cjkModifiedNouns: string[];
  /** Adjectives a thing's name makes with the word after it ("AI specific", "drone-related"). */
  relationalAdjectives: Set<string>;
  /** Generic words that may narrow a class into one the document names ("important products ..."). */
  evaluativeModifiers: Set<string>;
  /** Prefix -> the first of its group of prefixes of one sense (things.yaml same-sense-prefixes: counter -> anti). */
  sameSensePrefixes: Map<string, string>;
  /** Generic nouns kept at the front of a compound whose next word makes the name ("data centre services"). */
  compoundOpeners: Set<string>;
  /** Links after a head that open a post-modifier ("products with digital elements"). */
  thingPostLinks: Set<string>;
  /** Means of payment: a post-link's noun among them names no part of the things (things.ts postModified). */
  thingMeansNouns: Set<string>;
  thingTieNouns: Set<string>;
  /** Singular heads that name a class only before a post-modifier ("a product with digital elements"). */
  postLinkedHeads: Set<string>;
  thingPurposeLinks: Set<string>;
  /** Text before a bare plural head that makes it a class an instrument's scope names ("applies to vehicles"). */
  scopeLead: RegExp;
  scopeAfter: RegExp;
  /** Links between a class of things and its named members ("technologies such as X and Y"), lower case. */
  memberLinks: string[];
  /** Class words whose list after a member link names things ("technologies such as ..."). */
  memberClasses: Set<string>;
  /** Punctuation after a class of things that lists its members ("Communication equipment: A and B"). */
  labelledLinks: string[];
  /** Words for the names goods are sold under ("brands", "brand names"), lower case. */
  brandClasses: string[];
  /** Links that name proper-name members only ("smartphones like Voltra"), lower case; no list of kinds. */
  nameLinks: string[];
  /** Words opening an inverted copula over a class of things ("among the blocked apps are X"), lower case. */
  memberLeads: string[];
  /** Verbs classing a thing as a category ("qualifying as"), lower case. */
  classLinks: string[];
  /** After a thing, the act's annex listing it ("as listed in Annex III"). */
  annexListing: RegExp;
  /** Nouns for those who make or sell goods, whose "of" phrase names a class of products ("a maker of X"). */
  makerNouns: Set<string>;
  makerCompounds: Set<string>;
  /** Nouns of trade whose "of" phrase names goods (grammar/things.yaml trade-nouns). */
  tradeNouns: Set<string>;
  /** Verbs of moving goods past controls whose object names goods (grammar/things.yaml trade-verbs). */
  tradeVerbs: Set<string>;
  /** A thing phrase right before one names a field of the economy ("the electronic communications sector"). */
  sectorNouns: Set<string>;
  /** Nouns of a company's product line before "of" ("range", "line"). */
  lineNouns: Set<string>;
  /** An origin compound's parts ("Chinese-made", "U.S.-origin", "foreign-built"): the words that may open one beside what
   *  the country data gives (countries.ts isCountryOriginWord), the prefixes that may come before either ("non-EU-made"), and
   *  the participles or noun that close it (grammar/things.yaml origin-compounds). */
  originCompounds: { origins: Set<string>; prefixes: Set<string>; participles: Set<string> };
  /** Nouns of a measure on goods, before "on" ("export controls on gallium"): materials.ts. */
  controlNouns: Set<string>;
  /** Plural nouns of a class of materials ("elements", "minerals"): materials.ts. */
  materialClasses: Set<string>;
  /** Nouns of an inquiry before "into" ("an investigation into ..."): things.ts. */
  inquiryNouns: Set<string>;
  /** Verbs and nouns (before "of") of putting things to use (things.yaml use-words). */
  useWords: { verbs: Set<string>; nouns: Set<string> };
  /** Words of goods held in goods: `before` between a container and its part ("servers containing"), `after` between a
   *  part and its container ("sensors inside"), each of one or two words. */
  containment: { before: string[][]; after: string[][] };
  /** What follows a class placed on a market a measure regulates ("placed on the EU market"). */
  marketPlacement: RegExp;
  /** Verbs whose object a measure as their subject deals with ("export controls reach drone parts"). */
  measureVerbs: Set<string>;
  /** Nouns of a purchase before "for" ("a tender for ..."): things.ts. */
  procurementNouns: Set<string>;
  /** Words that stand before a technology's name, never in it ("like", "concerning", "less"). */
  nameBreaks: Set<string>;
  /** Words that grade the adjective after them (grammar/things.yaml degree-words): "the most capable accelerators". */
  degreeWords: Set<string>;
  /** Adverbs of how a thing works that, before a participle, make one modifier of a name ("remotely operated vehicles"). */
  modeAdverbs: Set<string>;
  /** Prepositions of several words that name what a provision is about ("with regard to", "in respect of"). */
  scopePrepositions: string[];
  /** Prepositions of several words, scope ones included, as their words ("as regards", "by means of"): no word of one is in a name. */
  namePrepositions: string[][];
  /** Heads that name the field of their one modifier ("IoT technologies": IoT). */
  fieldHeads: Set<string>;
  /** Plural nouns that name a head's class by its kinds after it ("vehicle types"): things.ts. */
  typeNouns: Set<string>;
  /** Generic heads that add only the kind of thing to an acronym before them ("VCS hardware", "5G networks"). */
  acronymKindHeads: Set<string>;
  /** Participles of making before "by" ("produced by"): the phrase before them names products. */
  makingParticiples: Set<string>;
  /** Forms of verbs whose object is a regulated class of things ("certify", "restricting"). */
  regulatoryVerbs: Set<string>;
  /** Verbs of acquiring or supplying goods, an infinitive after "to" ("to purchase drones"). */
  acquiringVerbs: Set<string>;
  /** Verbs that start, stop or keep up an activity, before its gerund (things.yaml aspect-verbs: "stop using"). */
  aspectVerbs: Set<string>;
  /** Verbs of trading in or acquiring goods whose object a stated measure deals with (things.yaml measured-verbs). */
  measuredVerbs: Set<string>;
  /** Modals that state a measure before such a verb: alone (deontic: "shall") or negated ("may not"). */
  measureModals: { deontic: Set<string>; negated: Set<string> };
  /** Verbs of barring, every form, before "from" and such a verb's gerund ("prohibited from installing"). */
  barringVerbs: Set<string>;
  /** Adjectives that take "to" and an infinitive (things.yaml infinitive-adjectives: "able to designate ..."). */
  infinitiveAdjectives: Set<string>;
  /** Verbs of asking, every form, as written ("urged", "calls on"): relation-rules.yaml's <ASKING>. */
  askingVerbs: string[];
  /** Verbs whose object is followed by "to" and an infinitive ("urge BIS to name ..."), the verbs of asking among them:
   *  things.ts measureInfinitive. */
  controlVerbs: Set<string>;
  /** Participles of measures before "by"/"under" whose subject is a regulated class ("classified under", "covered by"). */
  regulatedParticiples: Set<string>;
  /** Verb forms right after "the" and a regime's acronym: its verb (things.yaml acronym-verbs). */
  acronymVerbs: Set<string>;
  /** Verbs whose long object may follow a place (things.yaml placing-verbs), and the prepositions of that place. */
  placingVerbs: Set<string>;
  placingPrepositions: Set<string>;
  /** Participles of what was done with goods or where they now are ("removed", "seized", "installed"): the same goods, no
   *  kind of them (thing-aliases.ts historyThings). */
  historyParticiples: Set<string>;
  /** Present forms of the verbs of making and selling ("makes", "ships"). */
  makingVerbs: Set<string>;
}

/** The keys of grammar/legal-forms.yaml the names grammar reads (legal-forms.ts validates the whole file). */
const LegalFormsSchema = z.object({ 'after-name': words, 'in-title-case': words });

/** A name in title case ends in a legal form's word ("Calderwood Telematics plc", "Harrow Optics Co., Ltd."): every word
 *  of the forms written after a name, of two letters or more, and the spellings a title-case name gives them
 *  (legal-forms.yaml in-title-case: "Inc", "plc"). */
function companyHeads(forms: z.output<typeof LegalFormsSchema>): string[] {
  return [...forms['after-name'].flatMap((f) => f.split(/[\s,]+/)).filter((w) => w.length > 1), ...forms['in-title-case']];
}

let cached: Grammar | undefined;

export function grammar(): Grammar {
  cached ??= loadGrammar();
  return cached;
}

/** The grammar in `from` (names.yaml, instruments.yaml, things.yaml); a DataError names every problem. */
export function loadGrammar(from = dir): Grammar {
  const names = loadData(path.join(from, 'names.yaml'), NamesSchema);
  const inst = loadData(path.join(from, 'instruments.yaml'), InstrumentsSchema);
  const things = loadData(path.join(from, 'things.yaml'), ThingsSchema);
  const heads = new Map<string, string>();
  for (const [kind, list] of Object.entries(names.heads)) for (const w of list) heads.set(w, kind);
  for (const w of companyHeads(loadData(path.join(from, 'legal-forms.yaml'), LegalFormsSchema))) if (!heads.has(w)) heads.set(w, 'Company');
  const listed = new Map<string, string>();
  for (const [kind, list] of Object.entries(things.heads)) for (const w of list) listed.set(w, kind);
  // WordNet's heads less the words the grammar reads as heads of bodies or instruments ("guard", "board", "list").
  const otherHeads = new Set([...heads.keys(), ...inst.named.heads].map((w) => w.toLowerCase()));
  const wordnet = path.join(from, 'wordnet-heads.json');
  // The hand compounds beside WordNet's (grammar/things.yaml compounds: "base station", WordNet has none).
  const compounds = readThingCompounds(wordnet);
  for (const [kind, list] of Object.entries(things.compounds)) for (const c of list) compounds.set(c.toLowerCase(), kind);
  const thingHeads = new ThingHeads(listed, readDerivedHeads(wordnet, otherHeads), readGroupCompounds(wordnet), compounds, new Set(things['combining-forms']));
  return {
    heads,
    collectiveHeads: new Set(names['collective-heads']),
    governmentQualifiers: new Set(names['government-qualifiers']),
    establishedByAct: { pattern: names['established-by-act'].pattern, undertakings: new Set(names['established-by-act'].undertakings) },
    publicQualifiers: new Set(names['public-qualifiers']),
    jointHeads: names['joint-heads'].map((h) => h.split(' ')),
    jointQualifiers: new Set(names['joint-qualifiers']),
    publicSubunitWords: new Set(names['public-subunit-words']),
    publicFunctions: new Set(names['public-functions']),
    bodyClasses: {
      nouns: new Map(Object.entries(names['body-classes'].nouns)),
      functions: names['body-classes'].functions,
      levels: names['body-classes'].levels,
      pluralHeads: new Map(Object.entries(names['body-classes']['plural-heads'])),
    },
    connectors: new Set(names.connectors),
    foreignConnectors: new Set(names['foreign-connectors']),
    foreignAnd: new Set(names['foreign-and']),
    theAfter: new Set(names['the-after']),
    citationHeadAbbreviations: new Map(Object.entries(names['citation-head-abbreviations'])),
    betweenLinks: new Set(names['between-links']),
    headLinks: new Set(names['head-links']),
    headPostmodifiers: new Set(names['head-postmodifiers']),
    invertedHeads: new Set(names['inverted-heads']),
    elidedDomains: new Map(Object.entries(names['elided-domains'])),
    bodyDescriptors: new Set(names['body-descriptors']),
    domainHeads: new Set(names['domain-heads']),
    jurisdictionPrefixes: names['jurisdiction-prefixes'],
    titles: new Map(Object.entries(names.titles)),
    fixedTitles: new Map(names['fixed-titles'].map((t) => [t.title, t.body])),
    fixedTitleStates: new Map(names['fixed-titles'].flatMap((t) => (t.state ? [[t.title, t.state] as [string, string]] : []))),
    domainTitles: new Map(Object.entries(names['domain-titles'])),
    selfNamed: new Set(names['self-named']),
    subdivisionBodies: new Set(names['subdivision-bodies'].map((w) => w.toLowerCase())),
    titleRanks: new Set(names['title-ranks']),
    personTitles: new Set(names['person-titles']),
    wrappers: names.wrappers.map((w) => w.split(' ')),
    purposeWrappers: new Set(names['purpose-wrappers']),
    government: names.government,
    portfolios: names.portfolios,
    officeTitles: names['office-titles'],
    generalTitles: names['general-titles'],
    nationGovernment: names['nation-government'],
    bodyAppositionNouns: names['body-apposition-nouns'],
    localGovernmentHeads: new Set(names['local-government-heads']),
    subdivisionActs: names['subdivision-acts'],
    subdivisionMeasures: names['subdivision-measures'],
    subdivisionClasses: names['subdivision-classes'],
    companyNouns: names['company-nouns'],
    companyNounGroup: wordsClass(names['company-nouns']),
    organisationNouns: names['organisation-nouns'],
    companyLinks: names['company-links'],
    companyParts: names['company-parts'],
    partMakers: { nouns: names['part-makers'].nouns, notMakers: new Set(names['part-makers']['not-makers']) },
    companyVerbs: names['company-verbs'],
    companyResults: names['company-results'],
    tradeGerunds: names['trade-gerunds'],
    listingVerbs: names['listing-verbs'],
    companyLines: new Set(names['company-lines']),
    businessHeads: new Set(names['business-heads']),
    companyStaff: names['company-staff'],
    companyActObjects: names['company-act-objects'],
    appositionNumbers: names['apposition-numbers'],
    listedQuantities: names['listed-quantities'],
    listedApproximators: names['listed-approximators'],
    companyParticiples: names['company-participles'],
    cjkLegalForms: names['cjk-legal-forms'],
    cjkVerbPrepositions: names['cjk-verb-prepositions'],
    cjkCompanyRestarts: names['cjk-company-restarts'],
    supplyParticiples: names['supply-participles'],
    originVerbs: names['origin-verbs'],
    buyingVerbs: names['buying-verbs'],
    authorityVerbs: names['authority-verbs'],
    authorityActs: names['authority-acts'],
    inquiryOpenings: names['inquiry-openings'],
    openers: new Set(names.openers),
    clauseWords: new Set(names['clause-words']),
    weekdays: new Set(names.weekdays),
    addressForms: { after: new Set(names['address-forms'].after), nouns: new Set(names['address-forms'].nouns) },
    partyLists: names['party-lists'],
    nameStops: { links: new Set(names['name-stops'].links), words: new Set(names['name-stops'].words), placeTags: new Set(names['name-stops']['place-tags']) },
    standardDesignation: names['standard-designation'],
    cjkBodies: names['cjk-bodies'],
    cjkCompanies: names['cjk-companies'],
    cjkElidedBodies: names['cjk-elided-bodies'],
    cjkFieldBodies: new Map(Object.entries(names['cjk-field-bodies'])),
    cjkBodyHeads: names['cjk-body-heads'],
    cjkParties: names['cjk-parties'],
    cjkTerritoryStatuses: names['cjk-territory-statuses'],
    cjkFiler: { titleLink: names['cjk-filer']['title-link'], selfWords: names['cjk-filer']['self-words'] },
    cjkPartyLabels: names['cjk-party-labels'],
    cjkIssuerSelfWords: names['cjk-issuer-self-words'],
    citations: inst.citations,
    instrumentHeads: new Set(inst.named.heads),
    instrumentKinds: new Map(Object.entries(inst.named.kinds)),
    leadingInstruments: new Set(inst.named.leading),
    leadingQualifiers: new Set(inst.named['leading-qualifiers']),
    leadingTails: inst.named['leading-tails'],
    leadingLinks: new Set(inst.named['leading-links']),
    leadingApparatus: new Set(inst.named['leading-apparatus']),
    headTails: new Set(inst.named['head-tails']),
    genericInstrumentWords: new Set(inst.named.generic),
    publicationHeads: new Set(inst.named.publications),
    stateLawHeads: new Set(inst.named['state-law']),
    stateLawWords: new Set(inst.named['state-law-words']),
    subjectInstruments: new Set(inst.named.subject),
    thingRules: inst.named['thing-rules'],
    ownedHeads: inst.named['owned-heads'],
    acronymDefinedInstruments: inst.named['acronym-defined'],
    indefiniteInstrument: new Set(inst.named.indefinite.map((w) => w.toLowerCase())),
    apposedKinds: inst['apposed-kinds'],
    shortForms: { heads: inst['short-forms'].heads, lowercase: inst['short-forms'].lowercase, qualifiers: inst['short-forms'].qualifiers, stages: inst['short-forms'].stages, cjkPrefixes: inst['short-forms']['cjk-prefixes'] },
    introducedInstruments: inst.introduced,
    listedLists: { verbs: inst['listed-lists'].verbs, names: new Set(inst['listed-lists'].names.map((n) => n.toLowerCase())), measures: new Set(inst['listed-lists'].measures.map((n) => n.toLowerCase())) },
    thingLists: inst['thing-lists'],
    cjkInstruments: inst.cjk,
    titledInstrument: inst.titled,
    titledWorks: inst['titled-works'],
    cjkEndings: inst.cjk.endings,
    selfReference: inst.self,
    maxModifiers: things['max-modifiers'],
    thingHeads,
    genericHeads: new Set(things['generic-heads'].map((w) => w.toLowerCase())),
    genericModifiers: new Set(things.generic.map((w) => w.toLowerCase())),
    cjkThingHeads: things['cjk-heads'],
    cjkGeneric: [...things['cjk-generic']].sort((a, b) => b.length - a.length),
    cjkModelClassifiers: [...things['cjk-model-classifiers']].sort((a, b) => b.length - a.length),
    cjkGenericHeads: new Set(things['cjk-generic-heads']),
    cjkPartHeads: new Set(things['cjk-part-heads']),
    cjkServices: things['cjk-services'],
    cjkRelatedItems: things['cjk-related-items'],
    cjkNameWords: [...things['cjk-name-words']].sort((a, b) => b.length - a.length),
    cjkPurposeVerbs: things['cjk-purpose-verbs'],
    cjkDeterminers: things['cjk-determiners'],
    cjkNameBreaks: [...things['cjk-name-breaks']].sort((a, b) => b.length - a.length),
    cjkBrandWords: things['cjk-brand-words'],
    cjkCount: new RegExp(`^(?:[一二两三四五六七八九十百千万几数]+|\\d+)(?:${things['cjk-classifiers'].join('|')})`, 'u'),
    cjkCompanyNouns: things['cjk-company-nouns'],
    cjkModifiedNouns: things['cjk-modified-nouns'],
    relationalAdjectives: new Set(things['relational-adjectives'].map((w) => w.toLowerCase())),
    evaluativeModifiers: new Set(things.evaluative.map((w) => w.toLowerCase())),
    sameSensePrefixes: new Map(things['same-sense-prefixes'].flatMap((group) => group.map((p): [string, string] => [p, group[0]]))),
    compoundOpeners: new Set(things['compound-openers'].map((w) => w.toLowerCase())),
    thingPostLinks: new Set(things['post-links'].map((w) => w.toLowerCase())),
    thingMeansNouns: new Set(things['means-nouns'].map((w) => w.toLowerCase())),
    thingTieNouns: new Set(things['tie-nouns'].map((w) => w.toLowerCase())),
    postLinkedHeads: new Set(things['post-linked-heads'].map((w) => w.toLowerCase())),
    thingPurposeLinks: new Set(things['purpose-links'].map((w) => w.toLowerCase())),
    scopeLead: things['scope-lead'],
    scopeAfter: things['scope-after'],
    memberLinks: things['member-links'].map((w) => w.toLowerCase()),
    memberClasses: new Set(things['member-classes'].map((w) => w.toLowerCase())),
    labelledLinks: things['labelled-links'],
    brandClasses: things['brand-classes'].map((w) => w.toLowerCase()),
    nameLinks: things['name-links'].map((w) => w.toLowerCase()),
    memberLeads: things['member-leads'].map((w) => w.toLowerCase()),
    classLinks: things['class-links'].map((w) => w.toLowerCase()),
    annexListing: things['annex-listing'],
    makerNouns: new Set(things['maker-nouns'].map((w) => w.toLowerCase())),
    makerCompounds: new Set(things['maker-compounds'].map((w) => w.toLowerCase())),
    tradeNouns: new Set(things['trade-nouns'].map((w) => w.toLowerCase())),
    tradeVerbs: new Set(things['trade-verbs'].map((w) => w.toLowerCase())),
    sectorNouns: new Set(things['sector-nouns'].map((w) => w.toLowerCase())),
    lineNouns: new Set(things['line-nouns'].map((w) => w.toLowerCase())),
    originCompounds: {
      origins: new Set(things['origin-compounds'].origins.map((w) => w.toLowerCase())),
      prefixes: new Set(things['origin-compounds'].prefixes.map((w) => w.toLowerCase())),
      participles: new Set(things['origin-compounds'].participles.map((w) => w.toLowerCase())),
    },
    controlNouns: new Set(things['control-nouns'].map((w) => w.toLowerCase())),
    materialClasses: new Set(things['material-classes'].map((w) => w.toLowerCase())),
    inquiryNouns: new Set(things['inquiry-nouns'].map((w) => w.toLowerCase())),
    useWords: { verbs: new Set(things['use-words'].verbs), nouns: new Set(things['use-words'].nouns) },
    containment: { before: things.containment.before.map((c) => c.toLowerCase().split(' ')), after: things.containment.after.map((c) => c.toLowerCase().split(' ')) },
    marketPlacement: things['market-placement'],
    measureVerbs: new Set(things['measure-verbs']),
    procurementNouns: new Set(things['procurement-nouns'].map((w) => w.toLowerCase())),
    nameBreaks: new Set(things['name-breaks'].map((w) => w.toLowerCase())),
    degreeWords: new Set(things['degree-words'].map((w) => w.toLowerCase())),
    modeAdverbs: new Set(things['mode-adverbs'].map((w) => w.toLowerCase())),
    scopePrepositions: things['scope-prepositions'],
    namePrepositions: [...things['scope-prepositions'], ...things['name-prepositions']].map((p) => p.toLowerCase().split(' ')),
    fieldHeads: new Set(things['field-heads'].map((w) => w.toLowerCase())),
    typeNouns: new Set(things['type-nouns'].map((w) => w.toLowerCase())),
    acronymKindHeads: new Set(things['acronym-kind-heads'].map((w) => w.toLowerCase())),
    makingParticiples: new Set(things['making-participles'].map((w) => w.toLowerCase())),
    regulatoryVerbs: new Set(things['regulatory-verbs'].map((w) => w.toLowerCase())),
    acquiringVerbs: new Set(things['acquiring-verbs'].map((w) => w.toLowerCase())),
    aspectVerbs: new Set(things['aspect-verbs'].map((w) => w.toLowerCase())),
    measuredVerbs: new Set(things['measured-verbs'].map((w) => w.toLowerCase())),
    measureModals: { deontic: new Set(things['measure-modals'].deontic.map((w) => w.toLowerCase())), negated: new Set(things['measure-modals'].negated.map((w) => w.toLowerCase())) },
    barringVerbs: new Set(things['barring-verbs'].map((w) => w.toLowerCase())),
    infinitiveAdjectives: new Set(things['infinitive-adjectives'].map((w) => w.toLowerCase())),
    askingVerbs: things['asking-verbs'],
    controlVerbs: new Set([...things['asking-verbs'], ...things['control-verbs']].map((w) => w.toLowerCase())),
    regulatedParticiples: new Set(things['regulated-participles'].map((w) => w.toLowerCase())),
    acronymVerbs: new Set(things['acronym-verbs'].map((w) => w.toLowerCase())),
    placingVerbs: new Set(things['placing-verbs'].map((w) => w.toLowerCase())),
    placingPrepositions: new Set(things['placing-prepositions'].map((w) => w.toLowerCase())),
    historyParticiples: new Set(things['history-participles'].map((w) => w.toLowerCase())),
    makingVerbs: new Set(things['making-verbs'].map((w) => w.toLowerCase())),
  };
}
