// Relations between entities of one sentence, by rules kept in relation-rules.yaml. Every relation carries
// its evidence: the sentence locator, the verbatim quote and the rule that made it.
import path from 'node:path';
import { z } from 'zod';
import { DataFile, displayName, readText } from '../data.ts';
import { nodeKind, relationshipType } from '../kinds.ts';
import type { ParsedReport } from '../model.ts';
import { expandParts, fragmentsSchema, type PartedPattern, patternWithClasses, withFragments, type WordClasses, wordClasses, wordClassesSchema, wordsClass } from '../word-classes.ts';
import { COORDINATION } from '../recognize/companies.ts';
import { countryName } from '../recognize/countries.ts';
import { grammar } from '../recognize/grammar.ts';
import { entityKey, recognisedId } from '../recognize/keys.ts';
import { isRegularPast, modifiesAsName, tagsOf } from '../recognize/lexicon.ts';
import type { SentenceFindings } from '../recognize/index.ts';
import type { Mention } from '../recognize/matcher.ts';
import { SELF_RULE } from '../recognize/self.ts';
import { assertionFree } from './assertion-free.ts';
import { gateFor, gatedExec, gatedMatchAll, gatedTest, gatePasses, globalOf, mayMatch, type PatternGate } from '../text/literal-gate.ts';
import { actingSubject, type ClauseGrammar, holds, innermost, ownedAfter, readClauses, type SentenceClause, supposed, undecided } from './clauses.ts';
import { BODY_NOUN, type BodyNouns, bodyNounSubjects, NamedBodies } from './body-nouns.ts';
import { mayStatePassives, type PassiveGrammar, sourcedActor, underPassives } from './passives.ts';
import { stage, type TraceSink, type TracedEnd, type TracedSentence, type Veto, type Vetoed } from './relation-trace.ts';
import { type RowCell, tableCells } from './tables.ts';
import { attributedVoice, documentVoice, VOICE, voiceMentions } from './voice.ts';
import { ZhAnaphora } from './zh-anaphora.ts';
import { lastActor, ZH_BODY, ZH_CARRIED, zhInlineLeadIn, zhItemLevel, zhRelations } from './zh-relations.ts';

export interface RelationRule {
  id: string;
  type: string;
  subject: string[];
  object: string[];
  /** Where the actor stands to the object; a self rule (`actor`) has none: it pairs no mentions. */
  order?: 'subject-first' | 'object-first';
  cue: RegExp;
  /** `self`: the actor is the document's self (an instrument that names itself, recognize/self.ts), one of `subject`'s
   *  labels, whether or not the sentence names it ("(b) Any transaction that involves X is prohibited."): the cue is read in
   *  the sentence, or in a list item's lead-in that ends with a colon, not between an actor and an object; the objects are
   *  the sentence's mentions of `object`'s labels outside a reference; a sentence that names another body or law states
   *  no act of the self's (that one would be its actor, or the instrument it is done under). Read after every rule of a
   *  pair (loadRules): a relation a pair's cue states is that rule's. */
  actor?: 'self';
  /** The cue states a prohibition itself ("may not be used to purchase"): its own "not" is no negation. */
  prohibition?: boolean;
  /** Must match the text right after the later of the two mentions ("... Huawei to the Entity List"). */
  after?: RegExp;
  /** `after` may match after the object's conjuncts instead: the object list stands inside a phrase that `after` reads the
   *  close of ("the Commission shall, with regard to A, B and C, adopt ...": after A, B and C). */
  afterList?: boolean;
  /** An object-first cue that opens with the object's passive participle ("designated by"): another noun
   *  phrase between them takes it (RuleSet.attached). */
  passive?: boolean;
  /** Must match the text from the cue to its first object: the verb's own object, not one named in a phrase
   *  after it ("identify lidar sensors", not "identify the risks posed by lidar sensors"). */
  direct?: RegExp;
  /** Between goods and the company after them that makes them ("the video surveillance cameras of X"): the act on the
   *  goods reaches their maker, where the chain stops. */
  maker?: RegExp;
  /** Words that do not negate this rule's act ("investigate whether X ..." is an investigation of X). */
  unnegated?: RegExp;
  /** The rule's actor is the act's own, named with it (a nominal act's relative clause: "the investigation that OICTS
   *  opened into X"): no other actor of the sentence does that act on the same object ("It follows the investigation
   *  that ...", "The Order builds on the restrictions on X that the Department adopted"). `body`: only where the actor is a
   *  body, the agent "by" whom it is done ("the investigation of X by the Department"); an instrument "pursuant to" which it
   *  is done shares it with the actor that does it ("opened an investigation into X pursuant to the Act"). */
  preempts?: boolean | 'body';
  /** The objects are the mentions that modify a noun of companies ("the Chinese company X": the company's country),
   *  which no other rule takes as objects. */
  companyOf?: boolean;
  /** The cue opens right after the actor, in apposition to it (", a subsidiary of Y"): the actor is the mention before it,
   *  whatever its place in the clause (a preposition's object too), not the clause's subject. */
  apposed?: boolean;
  /** Must match the text right before the earlier of the two ("No funds appropriated under <Act> may be used
   *  to procure ...", "the prohibition on <X> imposed by ..."). */
  before?: RegExp;
  /** Must NOT match the text right before the earlier of the two, nor, in an object-first rule, right before the first of
   *  the objects coordinated with it: a context that refuses the pair where `before`, which must match something, cannot
   *  require its absence (a name at a sentence's start has nothing before it). "drones from X Ltd. are subject to the Act":
   *  the company is the goods' origin, not the party the Act binds. */
  notBefore?: RegExp;
  /** `before` makes the subject the agent of a participle ("the countries named in <subject> include X"): it
   *  acts whatever other actors the sentence names, the cue right after it. */
  agent?: boolean;
  /** The verb's destination is left out ("In June we added X, for the same reason"): the rule holds only after an
   *  earlier sentence of the paragraph states the same relation by the same actor, whose destination it takes up. */
  elided?: boolean;
  confidence: number;
}

export interface RuleSet {
  anaphora: RegExp;
  negation: RegExp;
  /** The words of a passive's subject before its object that deny the act of it ("None of these products is covered by
   *  X", "No crane is covered by X", "Neither A nor B is covered by X"): object-first rules. */
  negatedSubject?: RegExp;
  /** Words between an authority and its object that make the act a recommendation to it ("should"), in a document
   *  that is no instrument (an instrument's "should" is normative: "Member States should designate ..."). */
  recommendation?: RegExp;
  /** Of those, the ones that report another's advice ("recommended that"): a recommendation in an instrument too. */
  recommendedThat?: RegExp;
  /** Right before an authority followed by an infinitive: a direction to it that is itself only recommended ("Congress
   *  should direct the Secretary to issue a rule covering X", "recommend that Congress require the agency to ban X"). */
  recommendedDirection?: RegExp;
  /** Between the actor and the object: a measure undone or put off, no act in force ("lifted the ban on X", "eased
   *  restrictions on X"). */
  reversal?: RegExp;
  /** Right after the object, in subject-first rules: a measure still in force at a new level, so no reversal ("lifted its
   *  tariff on X to 50 percent"). */
  inForce?: RegExp;
  /** Between the actor and the object: a reversal negated or refused ("will not lift", "refused to ease"), which leaves
   *  the measure in force; taken out before the negation and the reversal are read. */
  unreversed?: RegExp;
  /** Between an act's object and an instrument named after it: the act is done under the instrument ("designating X
   *  pursuant to E.O. 14024"), and so is the instrument's too, for the relation types of `instrumentTypes`. */
  instrumentOfAct?: RegExp;
  instrumentTypes?: string[];
  /** Pairs of relation types: in one sentence, the first stated by an actor on an object drops the second by the same
   *  actor on the same object ("requirements for the disposal of X" restricts X, no regulation of it too). */
  outranks?: [string, string][];
  /** Right before an instrument named between the actor and the object, the object right after it ("designated, pursuant
   *  to E.O. 14024, X"): the act is the instrument's too. */
  instrumentBefore?: RegExp;
  /** Between an addition's object and an instrument named after it: "to the Entity List under" the instrument, which
   *  keeps the list and so adds too, unless a modal before the object only directs the addition. */
  listUnder?: RegExp;
  /** Between a country's mention and goods right after it: the goods are the country's make ("Chinese-made drones",
   *  "Chinese surveillance cameras"), so an act that restricts them restricts the country too. */
  originOfGoods?: RegExp;
  /** Right before that country's mention: a preposition whose object it is ("import into the United States cranes that
   *  ..."), no make of the goods after it. */
  originNotAfter?: RegExp;
  /** Right after the object, in subject-first rules: a relative clause that undoes the act ("imposed controls on X that it
   *  lifted in May", "..., which were rescinded in 2024"). */
  undone?: RegExp;
  /** The cue's own text followed by the text after the object: the cue undoes a listing ("removed X from its Entity
   *  List"), no restriction. */
  delisting?: RegExp;
  /** Right before a country whose makers goods come from: "from", perhaps a participle of listing ("from listed Chinese makers"). */
  makersFrom?: RegExp;
  /** Right before an actor followed by an infinitive: a verb of asking or expecting, whose object's act is only wished
   *  for ("had expected USTR to slap tariffs on X", "has asked Congress to pay for replacing X"). */
  requested?: RegExp;
  /** Right before an actor followed by `reported`: a verb of telling and its addressee ("told the NCSC that it would replace
   *  X"), no actor of the clause another party reports to it. */
  addressee?: RegExp;
  /** Right after such an addressee: the reported clause's "that", past a short name and a phrase of time. */
  reported?: RegExp;
  /** Between an actor and a prohibition's cue: a verb of telling or directing and its addressee, whose clause the
   *  prohibition is ("has told police forces that they may not buy X"): the actor lays the prohibition down. */
  directing?: RegExp;
  /** Between the actor and the cue, ending right before it: the actor asks another to do the cue's act ("asked the
   *  Commission to add X"): wished for, neither's act. */
  requesting?: RegExp;
  /** Right before a gerund cue, after the actor: the actor pays for the act, another's ("meet the cost of replacing X"). */
  funded?: RegExp;
  /** Right before a cue in the infinitive, after the actor: the actor funds others to do the act ("a grant program to
   *  help agencies replace X"): another's act, as `funded`. */
  fundedTo?: RegExp;
  /** Between the actor and the cue: an act only announced for the future ("will propose a rule requiring X"). */
  proposal?: RegExp;
  /** Between the actor and the cue, outside an instrument: a duty to propose ("shall propose rules on X"), no act yet. */
  proposalDuty?: RegExp;
  /** Between the actor and the cue, inside an instrument: a duty to make a proposal ("shall publish a proposed rule that
   *  prohibits X"), which the proposal veto gives way to: the instrument orders the measure. */
  proposalDirected?: RegExp;
  /** From the cue on, in subject-first rules: a verb of weighing and a question whether a measure should be taken on the
   *  object ("is reviewing whether X should be restricted"): the measure only weighed, no act on X, as "is considering
   *  restrictions on X" (proposal). */
  deliberation?: RegExp;
  /** Text right before a mention that makes it a preposition's object, never a sentence's actor. */
  oblique?: RegExp;
  /** Text right before a mention that names it a member of the clause's plural common-noun subject in an aside ("Several
   *  agencies, including the FCC and BIS, restrict X"): no preposition's object, the members share the subject's act. */
  members?: RegExp;
  /** Text right before a Law that names the noun of rules it follows as that instrument, codified there, in a clause's
   *  subject ("and the federal grant rules at 2 CFR 200.216 prohibit X"): its group `np` is the noun phrase. */
  codified?: RegExp;
  /** Read on the words before an object, `@` for it, and the link after it: the object is an acquisition's target and the
   *  company after the link its acquirer, a party the cue reaches ("a review of the acquisition of X by Y"). */
  acquirer?: RegExp;
  /** After the destination a subject-first rule's `after` requires of an object, before a later one (`@`, with the words
   *  after it): the later one is a conjunct of the first ("added X to the Entity List along with Y"). */
  lateConjunct?: RegExp;
  /** Read on the text between an object of the act and a later one coordinated in a clause of its own, `@` for the later
   *  one (and the members chained to it), with the words after it to the sentence's end: the later one is named a member
   *  of the first ("restricts lifting equipment, and harbour cranes are among them"), and read as it is. */
  memberClause?: RegExp;
  /** Text between two objects that makes the second one more object of the same cue ("X and Y"). */
  chain?: RegExp;
  /** Text right after a mention that makes it a modifier of a noun, not an object ("drone makers"). */
  modifier?: RegExp;
  /** Right before an actor and its "to": a noun of attempt whose agent it is ("Efforts by X to ban Y failed"). */
  attemptedBy?: RegExp;
  /** Right after an actor in the sentence before of the paragraph: an investigation it opened ("X opened an investigation
   *  into Y"); the actor's verb of investigating in the future after it (`openedScope`) states that investigation's scope. */
  investigationOpened?: RegExp;
  /** A verb of investigating in the future ("It will investigate whether X ..."): no proposal where its actor opened an
   *  investigation in the sentence before (`investigationOpened`). */
  openedScope?: RegExp;
  /** From the clause's start to its actor: a negative adverbial that inverts the subject ("At no point did X restrict"). */
  invertedNegation?: RegExp;
  /** Text right after a country that makes it the state of the public bodies it modifies ("U.S. federal agencies"). */
  ownBodies?: RegExp;
  /** Text right before a company that names its people, not it ("the officers of X"): no object of a measure on them. */
  personnel?: RegExp;
  /** Text right before a technology that makes it the place something else is banned or removed from ("removed from 5G networks"). */
  excludedFrom?: RegExp;
  /** Text right after a mention that names its providers, who leave it an object ("DNS service providers"). */
  provider?: RegExp;
  /** Right before a service its providers name (`provider`): a participle that puts an entity in that class ("an entity that
   *  is designated as a critical ICT third-party service provider"): a status, the service no object of any verb. */
  status?: RegExp;
  /** Right after a service: its providers kept "from" an act (`provider`, then "from installing"): the parties a prohibition
   *  binds, the service no object of it. */
  boundProviders?: RegExp;
  /** Text before a preposition's object that makes it an agent, who may act when no actor does ("administered by"). */
  agentive?: RegExp;
  /** Right before an instrument after "under": a verb of doing and the noun it makes ("made a final order under"), whose
   *  doer acts, not the instrument. */
  agentUnder?: RegExp;
  /** A sentence opening with an unnamed instrument, then a relative clause between commas whose subject issued it ("The
   *  rule, which BIS issued in 2023, restricts X"), read on the text up to the clause's closing comma, `@` for that subject:
   *  the issuer does the instrument's act, as a demonstrative's issuer does (`issuing`), though named inside the clause. */
  issuedAside?: RegExp;
  /** Text before a mention that makes it a reference, never an actor ("as defined in section 4 of the Act"). */
  reference?: RegExp;
  /** Right after a mention `reference` marks: a deeming provision follows ("For the purposes of this Directive, the following
   *  entities shall be considered to be ..."), the instrument's own act: it is no reference there. */
  deeming?: RegExp;
  /** Right before an instrument, with `meansAfter` right after it: the object of a verb whose purpose follows
   *  ("issues this rule to prohibit X"), the subject's means, no actor. */
  means?: RegExp;
  meansAfter?: RegExp;
  /** Introduces a superseded version of the text, quoted after it ("Prior to amendment, cl. (ii) read as follows:"). */
  superseded?: RegExp;
  /** Between an actor and the cue: another subject with its own verb ("the recipient shall remove"). */
  clause?: RegExp;
  /** Between an object and a cue right after it: the cue is the object's participle ("equipment removed"). */
  participle?: RegExp;
  /** Right before a cue: an infinitive after a noun a possessive pronoun owns ("its failure to replace X"): the act is
   *  the possessor's, the last name before the pronoun. */
  possessed?: RegExp;
  /** Between an object and an object-first cue: another noun phrase the cue's participle modifies ("products
   *  ... under a scheme that has been identified by the Commission": the scheme is identified, not the products). */
  attached?: RegExp;
  /** Between an object and a passive's cue, with the cue's own words: a comma, "as" and a participle of prohibiting that
   *  open a comment clause on the clause before ("X, Y or their affiliates, as prohibited by Z"): no noun phrase between
   *  takes the participle (relations.ts asComment). */
  asClause?: RegExp;
  /** Right before an object, another object right before it: a participle of classing ("Products classified as Y"): Y is
   *  the class the object before is put in, no subject of an object-first verb after it. */
  complement?: RegExp;
  /** Between an object and a passive's participle: a noun phrase coordinated with the object, then the passive's
   *  auxiliary ("X and two of its affiliates were added ... by Y"): the participle is the coordinated subject's. */
  conjunct?: RegExp;
  /** Between an object and a passive's participle: a class the object is one of ("X was among the companies added ... by
   *  Y"), which the participle modifies: the act reaches the object too. */
  member?: RegExp;
  /** Between an object that opens its sentence (`opener`, before it) and a passive's participle: the auxiliary of a
   *  predicate coordinated after the object's own (", and are also covered by Y"): the participle is the object's. */
  predicate?: RegExp;
  opener?: RegExp;
  /** The words that open and mark clauses, for the clause reader (clauses.ts): who acts is the subject of the cue's
   *  clause, its objects stand in that clause. */
  clauses?: ClauseGrammar;
  /** Between a preposition's object and a cue: a finite verb, whose subject is the noun the preposition
   *  hangs on ("procedures of the Decision have been chosen for assessing X": the procedures', not the Decision's). */
  finite?: RegExp;
  /** The anaphora's personal pronouns ("It has also restricted X"): they take up the previous sentence's actor, not
   *  its last instrument as a demonstrative does. */
  personal?: RegExp;
  /** Right after a personal pronoun: a verb in the simple present ("It adds X"), an instrument's provision, which takes up an
   *  instrument the sentence before says was issued or adopted (issuedBefore), not that sentence's actor. */
  presentAct?: RegExp;
  /** Right after a country, state or union: the words that make it its clause's subject, up to the verb's first word (the
   *  group `verb`), which governingSubject reads as a lawmaker's act ("Canada excluded", "Florida has barred"): the
   *  jurisdiction acts as its government (governingSubject, governmentNamed). */
  governing?: RegExp;
  /** Before and after a country, state or union named as a member of a plural subject of governments ("Several states,
   *  including Florida and Ohio, have barred X"): it acts too (governingSubject); the second holds the verb (`verb`). */
  governingMembers?: RegExp;
  governingMembersAfter?: RegExp;
  /** A definite activity noun that takes up the actor of the sentence before, as a personal pronoun does, when that sentence
   *  speaks of the same activity ("The review shall examine X"). */
  activity?: RegExp;
  /** Right after a personal pronoun that opens its clause: the pronoun is no one's, an expletive subject ("It is clear that
   *  X", "It will be necessary to ban X", "It remains unclear whether X"): it takes up no actor. */
  expletive?: RegExp;
  /** Right after a bare demonstrative ("This", "These"): a noun of the text, a part of it or a time that it determines
   *  ("This report examines X"): no pronoun, it takes up nothing. */
  determiner?: RegExp;
  /** A personal pronoun opening its sentence as its subject, perhaps after an opening adverbial ("It was added to the Entity
   *  List in May", "In May they were designated"), in the group `pronoun`: it stands for the subject of the sentence before
   *  (subjectPronounMentions). */
  subjectPronoun?: RegExp;
  /** A pro-verb ("did the same", "has since done so for", "did likewise", "followed suit"): the act of the clause before it,
   *  or of the sentence before, done again, by the sentence's own actor if it names one, on the objects named after it
   *  (proVerbActs). */
  proVerb?: RegExp;
  /** After a pro-verb: where its objects end (a new clause, a semicolon, a reason). */
  proVerbEnd?: RegExp;
  /** A sentence opening with a measure in the agentless passive ("A duty of 33 percent is imposed on X"): when it names no
   *  actor, the actor of the sentence before in its paragraph acts in it. */
  agentless?: RegExp;
  /** Right before a demonstrative's noun in the sentence before, when that sentence names no instrument: a verb of issuing
   *  ("published its order"), whose subject the demonstrative ("The order bans X") takes up. */
  issuing?: RegExp;
  /** The nouns that name a kind of instrument ("Regulation", "Directive", "Act"), in the group `kind`: a demonstrative with one
   *  ("This Regulation") takes up no instrument whose surface shows another kind ("Directive (EU) 2022/2555"). */
  instrumentKind?: RegExp;
  /** A part of an instrument a surface names ("Annex IV", "Appendix 2"): no demonstrative with a whole instrument's noun
   *  ("The package", "the rule") takes one up. */
  instrumentPart?: RegExp;
  /** A demonstrative's noun that names an amendment ("The amendment", "the revision", "The amending Order"), read on the
   *  whole anaphor: it takes up only an instrument that amends another (amendingBefore). */
  amendment?: RegExp;
  /** The surface of an instrument that amends another ("Export Control (Amendment) Order 2031"). */
  amends?: RegExp;
  /** Read on the words right after an instrument: they say it amends another ("..., which amends the X Order"). */
  amendsAfter?: RegExp;
  /** Read on the words right before an instrument's citation in round brackets: a noun phrase whose participle amends
   *  another ("a Cabinet Order partially amending the X Order (Cabinet Order No. 4 of 2031)"), its head in the group
   *  `head`; the citation names that head where it shows the head's kind of instrument. */
  amendsBefore?: RegExp;
  /** Read on the sentence before "The amendment" that names no amending instrument: it says its actor amended one ("The
   *  Council amended the X Order", "approved a Cabinet Order amending the X Order"). */
  amendedBy?: RegExp;
  /** A pronoun object of a coordinated verb ("..., and added it to the List"), in the group `pronoun`. */
  objectPronoun?: RegExp;
  /** Between goods a pronoun object takes up and a company after them, the link that names their maker ("X made by C"): the
   *  pronoun takes the maker up too, as the goods' name would reach it. */
  pronounMaker?: RegExp;
  /** Before a thing of the sentence before, what makes it the object of a relative clause on another noun ("a maker of
   *  X that sold drones to Y"): no antecedent a later pronoun object takes up. */
  relativeObject?: RegExp;
  /** A lead-in naming a class of parties its items list ("the following entities:"): an item opening with a company's name
   *  is read as that name alone. */
  membersLeadIn?: RegExp;
  /** A lead-in that names a class of goods whose kinds its items list ("adds the following 21 items to Appended Table 1
   *  ...:"): an item that opens with a thing's name is read as that name alone, as membersLeadIn's items are. */
  thingsLeadIn?: RegExp;
  /** Between a cue and its object, a participial clause after a comma whose verb takes the object (", banning exports of"). */
  participial?: RegExp;
  /** A sentence ending so introduces the list items after it ("may not be used to—"). */
  leadIn?: RegExp;
  /** A table's caption naming a class of parties with what was done to them ("Entities added to the Entity List by the
   *  Bureau of Industry and Security on 3 March"): its match ends before the participle, where each row's member is read
   *  in the class's place (relations.ts captionReading). */
  captionMembers?: RegExp;
  /** A table's header cell naming the column of the parties or goods its rows list ("Entity", "Name", "实体名称"): each
   *  row's cell in it is an item of the lead-in before the table (tables.ts). */
  tableColumns?: RegExp;
  /** A table's header cell naming the country of each row's party ("Country", "国家"): the party's seat (records.ts
   *  tableRowFacts). */
  tableSeatColumns?: RegExp;
  /** A table's cell that names its row's party as a maker of goods ("manufacturer of X"): the goods are the party's
   *  (records.ts tableRowFacts). */
  tableMakerRole?: RegExp;
  /** A sentence that sends its reader to the document's annex for the members it acts on ("（名单见附件）", "附件所列实体"). */
  annexReference?: RegExp;
  /** A section heading that names an annex ("附件", "Annex I"): a table of members under it, with no lead-in of its own, is
   *  read with the last sentence before it that referred to the annex (annexReference). */
  annexHeading?: RegExp;
  /** A lead-in of an instrument's regulatory text that adds entries to a part of it that lists ("Supplement No. 4 to part
   *  744 is amended by adding ... the following entries:"): the instrument adds the member each item or row names. */
  listAmendment?: RegExp;
  /** Acts on a counted set of parties, read in a sentence after its actor's name ("BIS added twelve entities to the Entity
   *  List"): each with its relation type (countedMemberActs). */
  countedActs?: { type: string; cue: RegExp }[];
  /** The opening of the sentence after one such act that names the set's members ("The list includes", "Among them are"). */
  countedMembers?: RegExp;
  /** The link after such an act to the set's members in its own sentence (", including", ":"). */
  countedMembersAfter?: RegExp;
  /** In such a lead-in, the noun phrase its items name one by one ("products to which the following acts apply:", "covered
   *  by the following instruments:"): an item that is only a name is read in its place (readWithLeadIns). */
  placeholder?: RegExp;
  /** A lead-in that is an instrument's enacting formula ("do hereby proclaim as follows:", "it is hereby ordered as
   *  follows:"): its items are the instrument's own provisions, whose agentless acts are the instrument's. */
  enacting?: RegExp;
  /** A sentence that opens with its verb, no subject before it ("Added X to the Entity List on 3 May."). */
  subjectless?: RegExp;
  /** A provision of an instrument that binds everyone ("(a) No person may import X"): the instrument's own act. */
  provision?: RegExp;
  /** A bill's long title, an infinitive of purpose standing alone ("To prohibit X, and for other purposes."). */
  longTitle?: RegExp;
  /** Right after a mention: it is the party a prohibition binds, not who imposes it ("is prohibited from"). */
  bound?: RegExp;
  /** Right before a mention followed by "from": the same ("shall not prohibit the Commission from"). */
  boundBefore?: RegExp;
  /** A modal verb: for the clause reader, after a clause and a comma a common noun phrase and a modal open a clause. */
  modal?: RegExp;
  /** Opens an adjunct naming those the actor acts with or through ("in consultation with"): never its subject (the
   *  clause reader reads the adjunct as an aside). */
  partners?: RegExp;
  /** Between a cue and its object: a reason given for the act ("for supplying ..."), after a name. */
  reason?: RegExp;
  /** Right before a cue: the cue names a proposal's topic, no act ("recommendations ... for regulating X"). */
  topic?: RegExp;
  /** Passives done under an instrument, by verb class (passives.ts). */
  passives?: PassiveGrammar;
  /** "the bureau": per noun, the heads of the bodies named before that it may take up as an actor (body-nouns.ts). */
  bodyNouns?: BodyNouns;
  maxGap: number;
  rules: RelationRule[];
}

export interface Relation {
  type: string;
  start: string;
  end: string;
  rule: string;
  locator: string;
  quote: string;
  confidence: number;
  /** Locator of the previous sentence when the subject was a demonstrative ("This would ban ..."), or of the
   *  sentence that ties a speech's "we" to the authority it speaks for (voice.ts). */
  antecedent?: string;
  /** Locators of the lead-ins a list item was read with (the quote starts with their text). */
  leadIn?: string[];
}

// ------------------------------------------------------------------ the file's shape
// A rule's `type` is a relationship type of the model (ingest/kinds.ts) that patterns may make, and its
// subject and object labels are node kinds that type allows at its start and end: a mistyped label is an
// error here, not a rule that never matches.

type Pattern = ReturnType<typeof patternWithClasses>;

const label = z.string().refine((l) => nodeKind(l) !== undefined, { error: (iss) => `unknown node label "${String(iss.input)}"` });
const labels = z.array(label).min(1);

function checkAgainstModel(r: { type: string; subject: string[]; object: string[] }, ctx: z.RefinementCtx): void {
  const t = relationshipType(r.type);
  if (!t) return;
  if (!t.madeBy.includes('pattern')) ctx.addIssue({ code: 'custom', path: ['type'], message: `${r.type} cannot be made by a pattern (only ${t.madeBy.join(', ')})` });
  const ends = [['subject', t.from, 'start'], ['object', t.to, 'end']] as const;
  for (const [key, allowed, end] of ends) {
    (r[key] ?? []).forEach((l, i) => {
      if (nodeKind(l) && !allowed.includes(l)) ctx.addIssue({ code: 'custom', path: [key, i], message: `${r.type} cannot ${end} at ${l} (allowed: ${allowed.join(', ')})` });
    });
  }
}

/** One rule of the file, its patterns read by `pattern`. */
function ruleSchemaOf(pattern: Pattern) {
  return z
    .strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase slug' }),
      type: z.string().refine((t) => relationshipType(t) !== undefined, { error: (iss) => `unknown relationship type "${String(iss.input)}"` }),
      subject: labels,
      object: labels,
      order: z.enum(['subject-first', 'object-first']).optional(),
      actor: z.literal('self').optional(),
      cue: pattern('i'),
      prohibition: z.boolean().optional(),
      passive: z.boolean().optional(),
      after: pattern('i').optional(),
      afterList: z.boolean().optional(),
      before: pattern('i').optional(),
      notBefore: pattern('i').optional(),
      agent: z.boolean().optional(),
      elided: z.boolean().optional(),
      unnegated: pattern('gi').optional(),
      direct: pattern('i').optional(),
      maker: pattern('i').optional(),
      preempts: z.union([z.boolean(), z.literal('body')]).optional(),
      companyOf: z.boolean().optional(),
      apposed: z.boolean().optional(),
      confidence: z.number().gt(0).lte(1),
    })
    .superRefine(checkAgainstModel, { when: (p) => typeof (p.value as { type?: unknown } | null)?.type === 'string' })
    .refine((r) => !r.agent || r.before !== undefined, { path: ['agent'], error: 'an agent is named by `before`, which this rule lacks' })
    .refine((r) => r.actor === 'self' || r.order !== undefined, { path: ['order'], error: 'a rule that pairs an actor with an object needs an order' })
    // A self rule pairs no mentions: the checks of a pair's text have nothing to read.
    .superRefine((r, ctx) => {
      if (r.actor !== 'self') return;
      for (const key of PAIR_FIELDS) if (r[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `a self rule (actor: self) pairs no mentions: \`${key}\` has nothing to read` });
    });
}

/** The fields of a rule that read a pair of mentions or the text around them: none of a self rule's. */
const PAIR_FIELDS = ['order', 'prohibition', 'passive', 'after', 'afterList', 'before', 'notBefore', 'agent', 'elided', 'unnegated', 'direct', 'maker', 'preempts', 'companyOf', 'apposed'] as const;

/** The rules that pair an actor with an object, whose cue stands between or around the two: the rules the trace and the
 *  relation candidates read (a self rule's cue is read in the whole sentence, of no pair). */
export const pairRules = (rules: RuleSet): RelationRule[] => rules.rules.filter((r) => r.actor !== 'self');

/** The file's shape, its patterns read by `pattern`. */
function ruleSetSchema(pattern: Pattern) {
  const ruleSchema = ruleSchemaOf(pattern);
  return z.strictObject({
    classes: wordClassesSchema.optional(),
    fragments: fragmentsSchema.optional(),
    nominals: z.array(nominalSchema).optional(),
    nominalShapes: z.array(nominalShapeSchema).optional(),
    anaphora: pattern(''),
    negation: pattern('i'),
    negatedSubject: pattern('i').optional(),
    invertedNegation: pattern('i').optional(),
    attemptedBy: pattern('i').optional(),
    investigationOpened: pattern('i').optional(),
    openedScope: pattern('i').optional(),
    recommendation: pattern('i').optional(),
    recommendedThat: pattern('i').optional(),
    recommendedDirection: pattern('i').optional(),
    requested: pattern('i').optional(),
    addressee: pattern('').optional(),
    reported: pattern('').optional(),
    directing: pattern('i').optional(),
    requesting: pattern('i').optional(),
    funded: pattern('i').optional(),
    fundedTo: pattern('i').optional(),
    reversal: pattern('i').optional(),
    inForce: pattern('i').optional(),
    unreversed: pattern('gi').optional(),
    instrumentOfAct: pattern('i').optional(),
    instrumentTypes: z.array(z.string()).optional(),
    outranks: z.array(z.tuple([z.string(), z.string()])).optional(),
    instrumentBefore: pattern('i').optional(),
    listUnder: pattern('i').optional(),
    originOfGoods: pattern('i').optional(),
    originNotAfter: pattern('i').optional(),
    undone: pattern('i').optional(),
    delisting: pattern('i').optional(),
    makersFrom: pattern('i').optional(),
    proposal: pattern('i').optional(),
    proposalDuty: pattern('i').optional(),
    proposalDirected: pattern('i').optional(),
    deliberation: pattern('i').optional(),
    oblique: pattern('i').optional(),
    members: pattern('i').optional(),
    codified: pattern('i').optional(),
    acquirer: pattern('i').optional(),
    lateConjunct: pattern('i').optional(),
    memberClause: pattern('i').optional(),
    chain: pattern('i').optional(),
    modifier: pattern('i').optional(),
    ownBodies: pattern('i').optional(),
    personnel: pattern('i').optional(),
    excludedFrom: pattern('i').optional(),
    provider: pattern('i').optional(),
    agentive: pattern('i').optional(),
    agentUnder: pattern('i').optional(),
    issuedAside: pattern('i').optional(),
    reference: pattern('i').optional(),
    deeming: pattern('i').optional(),
    status: pattern('i').optional(),
    boundProviders: pattern('i').optional(),
    superseded: pattern('i').optional(),
    means: pattern('i').optional(),
    meansAfter: pattern('i').optional(),
    clause: pattern('i').optional(),
    participle: pattern('i').optional(),
    possessed: pattern('i').optional(),
    attached: pattern('i').optional(),
    asClause: pattern('i').optional(),
    complement: pattern('i').optional(),
    conjunct: pattern('i').optional(),
    member: pattern('i').optional(),
    predicate: pattern('i').optional(),
    opener: pattern('i').optional(),
    clauses: z
      .strictObject({
        subordinate: pattern('gi'),
        apposition: pattern('gi'),
        raised: pattern('gi').optional(),
        undecided: pattern('i'),
        adverbial: pattern('i'),
        coordinators: pattern('i'),
        auxiliaries: pattern('i'),
        pronouns: pattern('i'),
        relatives: pattern('i'),
        possessive: pattern('i').optional(),
        presupposed: pattern('i').optional(),
        quantified: pattern('i').optional(),
        dates: pattern('i').optional(),
        provisions: pattern('i').optional(),
        holding: pattern('i'),
        reporting: pattern('i').optional(),
        issuing: pattern('').optional(),
        contents: pattern('i').optional(),
        determiners: pattern('i'),
        prepositions: pattern('i'),
      })
      .optional(),
    finite: pattern('i').optional(),
    bound: pattern('i').optional(),
    boundBefore: pattern('i').optional(),
    modal: pattern('i').optional(),
    partners: pattern('i').optional(),
    topic: pattern('i').optional(),
    reason: pattern('i').optional(),
    leadIn: pattern('').optional(),
    tableColumns: pattern('i').optional(),
    captionMembers: pattern('i').optional(),
    tableSeatColumns: pattern('i').optional(),
    tableMakerRole: pattern('i').optional(),
    annexReference: pattern('i').optional(),
    annexHeading: pattern('i').optional(),
    listAmendment: pattern('i').optional(),
    countedActs: z.array(z.strictObject({ type: z.enum(['ADDS_TO_LIST', 'DESIGNATES', 'RESTRICTS']), cue: pattern('i') })).optional(),
    countedMembers: pattern('i').optional(),
    countedMembersAfter: pattern('i').optional(),
    placeholder: pattern('i').optional(),
    membersLeadIn: pattern('i').optional(),
    thingsLeadIn: pattern('i').optional(),
    enacting: pattern('i').optional(),
    subjectless: pattern('').optional(),
    provision: pattern('').optional(),
    longTitle: pattern('').optional(),
    personal: pattern('').optional(),
    proVerb: pattern('i').optional(),
    proVerbEnd: pattern('i').optional(),
    presentAct: pattern('').optional(),
    governing: pattern('').optional(),
    governingMembers: pattern('').optional(),
    governingMembersAfter: pattern('').optional(),
    activity: pattern('').optional(),
    participial: pattern('').optional(),
    expletive: pattern('i').optional(),
    determiner: pattern('i').optional(),
    subjectPronoun: pattern('').optional(),
    agentless: pattern('i').optional(),
    issuing: pattern('i').optional(),
    instrumentKind: pattern('gi').optional(),
    instrumentPart: pattern('i').optional(),
    amendment: pattern('i').optional(),
    amends: pattern('i').optional(),
    amendsAfter: pattern('i').optional(),
    amendsBefore: pattern('i').optional(),
    amendedBy: pattern('i').optional(),
    objectPronoun: pattern('i').optional(),
    pronounMaker: pattern('i').optional(),
    relativeObject: pattern('i').optional(),
    passives: z
      .strictObject({
        auxiliary: pattern('i'),
        prohibition: pattern('i'),
        under: pattern('i'),
        opener: pattern('i'),
        agent: pattern('i'),
        carrier: pattern('i').optional(),
        source: pattern('i').optional(),
        classes: z
          .array(
            z.strictObject({
              type: z.string().refine((t) => relationshipType(t) !== undefined, { error: (iss) => `unknown relationship type "${String(iss.input)}"` }),
              objects: labels,
              participle: pattern('i'),
              complement: pattern('i').optional(),
              prohibited: z.boolean().optional(),
              origin: pattern('i').optional(),
            }),
          )
          .min(1),
      })
      .optional(),
    bodyNouns: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z-]+$/)).min(1)).optional(),
    maxGap: z.number().int().positive(),
    rules: z.array(ruleSchema).min(1).superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule id "${r.id}"` });
        seen.add(r.id);
      });
    }),
  }) satisfies z.ZodType<RuleSet, unknown>;
}

// An act named as a noun (relation-rules.yaml `nominals`) and the constructions it is read in (`nominalShapes`): each
// pair is made one rule, whose patterns are the shape's with the entry's put for {noun}, {of} and {complement}.
const nominalSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase slug' }),
  type: z.string(),
  subject: z.array(z.string()).min(1).optional(),
  objects: z.array(z.string()).min(1),
  noun: z.string(),
  of: z.string(),
  complement: z.string().optional(),
});
const nominalShapeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase slug' }),
  order: z.enum(['subject-first', 'object-first']),
  cue: z.string(),
  before: z.string().optional(),
  after: z.string().optional(),
  preempts: z.union([z.boolean(), z.literal('body')]).optional(),
  confidence: z.number().gt(0).lte(1),
});
type Nominal = z.output<typeof nominalSchema>;
type NominalShape = z.output<typeof nominalShapeSchema>;

/** The raw rule (as relation-rules.yaml would write it) of one act named as a noun read in one construction. */
function nominalRule(n: Nominal, shape: NominalShape): Record<string, unknown> {
  const put = (p: string): string => p.replaceAll('{noun}', `(?:${n.noun})`).replaceAll('{of}', `(?:${n.of})`).replaceAll('{complement}', n.complement ? `(?:${n.complement})` : '');
  const after = shape.after === undefined ? undefined : put(shape.after);
  return {
    id: `${shape.id}-${n.id}`,
    type: n.type,
    subject: n.subject ?? ['Law', 'Authority'],
    object: n.objects,
    order: shape.order,
    cue: put(shape.cue),
    ...(shape.before === undefined ? {} : { before: put(shape.before) }),
    // An `after` of the complement alone says nothing where the entry has none.
    ...(after === undefined || after === '^' ? {} : { after }),
    ...(shape.preempts ? { preempts: shape.preempts } : {}),
    confidence: shape.confidence,
  };
}

/** The rules of relation-rules.yaml (or `file`); a DataError lists every problem of the file. */
export function loadRules(file = path.join(import.meta.dirname, 'relation-rules.yaml')): RuleSet {
  const name = displayName(file);
  const data = new DataFile(name, readText(file, name));
  const classes = fileClasses(data);
  const pattern = patternWithClasses(() => classes);
  const rules = data.check(ruleSetSchema(pattern));
  data.assertValid();
  const set = rules as RuleSet & { nominals?: Nominal[]; nominalShapes?: NominalShape[] };
  // The acts named as nouns, read in each construction: rules after the file's own, checked as the file's are.
  const made = z.array(ruleSchemaOf(pattern));
  set.nominalShapes?.forEach((shape, i) => {
    const raw = (set.nominals ?? []).map((n) => nominalRule(n, shape));
    const result = made.safeParse(raw);
    // Named by the rule made ("possessor-measure.cue: ..."), at the shape.
    if (!result.success) for (const iss of result.error.issues) data.problem(['nominalShapes', i], `${[raw[Number(iss.path[0])]?.id, ...iss.path.slice(1)].join('.')}: ${iss.message}`);
    else {
      for (const r of result.data as RelationRule[]) if (set.rules.some((x) => x.id === r.id)) data.problem(['nominalShapes', i, 'id'], `makes a rule id the file has, "${r.id}"`);
      set.rules.push(...(result.data as RelationRule[]));
    }
  });
  data.assertValid();
  const { nominals: _n, nominalShapes: _s, ...ruleSet } = set;
  // A self rule reads the whole sentence, no cue between a pair: it is read after the rules of a pair, so that a relation
  // one of them states is theirs (the first rule to state a relation names it).
  ruleSet.rules = [...pairRules(ruleSet), ...ruleSet.rules.filter((r) => r.actor === 'self')];
  return ruleSet;
}

/** The classes and fragments of a rules file, which its patterns name as <NAME> (its problems noted in `data`). */
function fileClasses(data: DataFile): WordClasses {
  const head = data.check(z.looseObject({ classes: wordClassesSchema.optional(), fragments: fragmentsSchema.optional() }));
  if (!head) data.assertValid();
  // Classes written once in the grammar, which the file's own classes may name: <COMPANY_NOUN>, the names grammar's nouns
  // of companies ("maker", "firms", "subsidiary"); <SCOPE_PREPOSITION>, the things grammar's prepositions of a provision's
  // scope ("with regard to", "as regards"), any spacing; <ASKING>, its verbs of asking ("urged", "calls on").
  const given = new Map([
    [COMPANY_NOUN_CLASS, companyNouns()],
    [SCOPE_PREPOSITION_CLASS, wordsClass(grammar().scopePrepositions)],
    [ASKING_CLASS, wordsClass(grammar().askingVerbs)],
  ]);
  const words = wordClasses(head?.classes, given);
  for (const [cls, i, message] of words.problems) data.problem(['classes', cls, i], message);
  // The file's fragments, pieces of patterns named as classes are (<NOT_AFTER_AGENT_VERB>), after the classes they may name.
  const { classes, problems } = withFragments(head?.fragments, words, 'i');
  for (const [fragment, message] of problems) data.problem(['fragments', fragment], message);
  return classes;
}

/** The parts of an entry of the rules file written as named parts (`chain`: word-classes.ts PartedPattern), or of a
 *  fragment so written (`['fragments', 'DESIGNATED_OBJECT']`: its path), each expanded as the entry's pattern expands it
 *  and compiled with `flags`, in the order written: a part read alone (its tests). */
export function ruleParts(entry: string | string[], flags = 'i', file = path.join(import.meta.dirname, 'relation-rules.yaml')): Map<string, RegExp> {
  const data = new DataFile(displayName(file), readText(file, displayName(file)));
  const classes = fileClasses(data);
  const at = typeof entry === 'string' ? [entry] : entry;
  const raw = data.check(z.strictObject({ source: z.string(), parts: fragmentsSchema }), at);
  data.assertValid();
  const { parts, problems } = expandParts(raw as PartedPattern, classes, flags);
  for (const message of problems) data.problem(at, message);
  data.assertValid();
  return new Map([...parts].map(([name, source]) => [name, new RegExp(source, flags)]));
}

let defaults: RuleSet | undefined;
/** The rules of relation-rules.yaml, read and validated once per process: the report records (records.ts) and the
 *  relation suggestions (relation-suggestions.ts) each read the file anew before, which cost a fresh worker's first
 *  report some 40-50 ms of zod and pattern checks twice. Shared, so no reader may change them. */
export function defaultRules(): RuleSet {
  defaults ??= loadRules();
  return defaults;
}

/** Classes the rules may name that the grammar lists (names.yaml company-nouns, things.yaml scope-prepositions). */
const COMPANY_NOUN_CLASS = 'COMPANY_NOUN';
const SCOPE_PREPOSITION_CLASS = 'SCOPE_PREPOSITION';
const ASKING_CLASS = 'ASKING';

/** `trace`, a diagnostic: per sentence, the candidates of the English rules that made no relation and the check that
 *  stopped each (relation-trace.ts). It is read after the sentence's relations are made and changes none of them;
 *  without it no candidate is read twice. */
export function extractRelations(report: ParsedReport, findings: SentenceFindings[], rules: RuleSet, trace?: TraceSink, lazyTrace = false): Relation[] {
  const paragraphs = new Map(report.sections.flatMap((s) => s.paragraphs).map((p) => [p.locator, p.text]));
  const out: Relation[] = [];
  const seen = new Set<string>();
  const preempting = new Map(rules.rules.flatMap((r) => (r.preempts ? [[r.id, r.preempts] as const] : [])));
  const items = new Set(report.sections.flatMap((s) => s.paragraphs.filter((p) => p.item).map((p) => p.locator)));
  const headings = new Map(report.sections.map((s) => [s.locator, s.heading]));
  const captions = new Map(report.sections.flatMap((s) => s.paragraphs.flatMap((p) => (p.caption !== undefined ? [[p.locator, p.caption] as const] : []))));
  const readings = readWithLeadIns(findings, rules, items, tableCells(report, rules.tableColumns), headings, captions);
  const earlier = new Antecedents();
  const former = formerTextStarts(findings, readings, rules);
  const self = findings.flatMap((f) => f.mentions).find((m) => m.via === SELF_RULE);
  const instrument = self !== undefined;
  // A speech's "we": the authority the text ties to the first person, if one (voice.ts).
  const voice = documentVoice(findings, instrument);
  // Who acts for a country, state or union acting as its government (governmentNamed).
  const governments = governmentNamed(findings);
  // The relations stated so far in the current paragraph, as `type|actor`, for rules whose destination is elided.
  let stated = { para: '', acts: new Set<string>() };
  // "上述物项", "禁止向其出口": Chinese anaphors of things named before (zh-anaphora.ts).
  const zh = new ZhAnaphora();
  // The authorities named so far, for "该局", "该委员会" (zh-relations.ts).
  const zhBodies: Mention[] = [];
  // The public bodies named so far, which "the bureau" may take up (body-nouns.ts).
  const bodies = new NamedBodies();
  const indexOf = new Map(findings.map((f, i) => [f.sentence.locator, i]));
  // Each sentence's paragraph, and the index of that paragraph's first sentence, read once per report (not walked back
  // per sentence).
  const paras = findings.map((f) => paraOf(f.sentence.locator));
  const paraStart = paras.map((p, i) => (i > 0 && paras[i - 1] === p ? 0 : i));
  for (let i = 1; i < paras.length; i++) if (paras[i - 1] === paras[i]) paraStart[i] = paraStart[i - 1] as number;
  // The sentences as an anaphor reads them: with the bodies their body nouns stand for (bodyNounSubjects) as names.
  const read = [...findings];
  // Per section, the one body or instrument its heading is the name of, alone.
  const headingActor = (section: string): Mention | undefined => {
    const h = findings[indexOf.get(`${section}.heading`) ?? -1];
    const named = h?.mentions.filter((m) => m.label === 'Authority' || m.label === 'Law') ?? [];
    if (!h || named.length === 0 || new Set(named.map((m) => m.id)).size !== 1) return undefined;
    const rest = named.reduceRight((t, m) => `${t.slice(0, m.start)}${t.slice(m.end)}`, h.sentence.text);
    return ONLY_THE.test(rest) ? named[0] : undefined;
  };
  findings.forEach((f, i) => {
    const { text, from } = readings[i];
    // This sentence's relations are those pushed from here on (emit names the sentence's own locator).
    const first = out.length;
    // "Prior to amendment, cl. (ii) read as follows: “...”": a superseded text quoted states no act now.
    const own = readings[i].mentions.filter((m) => m.start < former[i]);
    // "the Commission places such equipment or service on the list": the thing named before, as an object.
    // "Tianlan already faces restrictions. The Council added the company ...": the one company named just before.
    const before = i > 0 && from === 0 && paras[i - 1] === paras[i] ? findings[i - 1] : undefined;
    // "The Commission opened an investigation into X. It will investigate Y": the actors that opened one just before.
    const opened = i > 0 && paras[i - 1] === paras[i] ? investigationOpeners(rules, read[i - 1]) : undefined;
    // An answer's first sentence takes its pronoun objects from the question right before it ("Q: What about X?" + "We
    // banned them last year."), in a paragraph of its own.
    const asked = before ?? (i > 0 && from === 0 && /\.s_1$/.test(f.sentence.locator) && QUESTION.test(findings[i - 1].sentence.text) ? findings[i - 1] : undefined);
    // Not in a superseded text the sentence quotes, whose names are left out too.
    // "The Commission" of a text naming two may take up the one its paragraph named before it (a bound noun too).
    // The paragraph's mentions before the sentence are gathered only where a capitalised body noun asks for them: built
    // for every sentence, they made a long paragraph quadratic.
    const nouns = rules.bodyNouns ? bodyNounSubjects(text.slice(0, former[i]), from, own, rules.bodyNouns, bodies, () => paragraphBefore(read, paraStart[i] as number, i)) : [];
    // A sentence that quotes a body and names it after the quote speaks as that body (voice.ts attributedVoice).
    const said = attributedVoice(f);
    const speaking = said ?? voice;
    const mentions = [...own, ...anaphoricObjects(text, from, own, earlier), ...pronounObjects(text, from, own, rules, asked), ...voiceMentions(text, from, own, speaking, undefined, said !== undefined), ...zh.objects(text, from, own), ...companyNounObjects(text, from, own, before), ...genericHeadObjects(text, from, own, () => (from === 0 ? paragraphBefore(findings, paraStart[i] as number, i) : [])), ...tradedObjects(text, from, own, () => (from === 0 ? paragraphBefore(findings, paraStart[i] as number, i) : [])), ...countedCompanyObjects(text, from, own, before), ...subjectPronounMentions(text, from, own, rules, before), ...makerObjects(text, from, own), ...relativeObjects(text, from, own, rules), ...nouns].sort((a, b) => a.start - b.start);
    // A later "It" takes up the body "the agency" or "the Commission" stood for, as it takes up a name.
    if (nouns.length > 0) read[i] = { ...f, mentions: [...f.mentions, ...nouns.map((m) => ({ ...m, start: m.start - from, end: m.end - from }))].sort((a, b) => a.start - b.start) };
    const lastLeadIn = (r: Reading | undefined): string | undefined => r?.leadIns.at(-1);
    zh.note(
      mentions.filter((m) => m.start >= from),
      lastLeadIn(readings[i]) !== undefined && lastLeadIn(readings[i]) === lastLeadIn(readings[i - 1]),
    );
    for (const m of f.mentions) if (ANTECEDENT.has(m.label)) earlier.add(m);
    for (const m of f.mentions) bodies.add(m);
    const prev = findings[i - 1];
    const samePara = from === 0 && prev !== undefined && paras[i - 1] === paras[i];
    // The sentence an anaphor takes its actor from: the one before, or past one that names nothing ("The Council met on
    // 3 May. Its members voted. It then added X": the Council).
    // A list item's lead-in may open with the anaphor ("The Order:" + "- Imposes a prohibition on X"): it takes up the
    // sentence before the lead-in, in the paragraph before if the lead-in stands alone.
    // An item read in its lead-in's placeholder (filledReading) opens with its lead-in's words too.
    const leadIn = from > 0 || readings[i].filled ? indexOf.get(readings[i].leadIns[0] ?? '') : undefined;
    const pronoun = anaphorIn(leadIn !== undefined ? text : f.sentence.text, rules);
    // A paragraph that opens with "It" takes up the actor of the paragraph before, in the same section and not past a
    // question ("The Council banned X on Monday." + "It also opened an investigation into Y."): a personal pronoun only,
    // never "This rule" or "The order".
    const paragraphAnte =
      !samePara && leadIn === undefined && from === 0 && prev !== undefined && /\.s_1$/.test(f.sentence.locator) && sectionOf(prev) === sectionOf(f) && !QUESTION.test(prev.sentence.text) && rules.personal?.test(pronoun?.groups?.pronoun ?? '')
        ? read[i - 1]
        : undefined;
    const named = samePara ? namingBefore(read, paras, i) : leadIn !== undefined && leadIn > 0 && sectionOf(findings[leadIn - 1]) === sectionOf(f) ? read[leadIn - 1] : paragraphAnte;
    // "The direction also prohibits X" after a paragraph that named "PSPF Direction 7": where the sentence before names no
    // instrument of that kind, the one named in the paragraph or the paragraph before (kindBefore).
    // "The amendment adds X" takes up only the instrument named before that amends another, never the one amended
    // (amendingBefore).
    // A list item's lead-in that opens with it ("The amendment adds the following items to Schedule 2:") takes up the
    // amending instrument before the lead-in.
    const amendment = !!pronoun && (from === 0 || leadIn !== undefined) && !!rules.amendment?.test(pronoun.groups?.pronoun ?? '');
    const ante = amendment ? amendingBefore(read, paras, paraStart, leadIn ?? i, rules) : pronoun && from === 0 && leadIn === undefined ? (kindBefore(read, paras, paraStart, i, pronoun.groups?.pronoun ?? '', named, rules) ?? named) : named;
    // "The Council adopted a new sanctions package. It adds X to Annex IV. The package also bans Y": the instrument "It"
    // took up (issuedBefore) stands in its sentence as a name would, for "The package" after it to take up in turn.
    const personal = pronoun?.groups?.pronoun;
    const took = ante && from === 0 && personal && rules.personal?.test(personal) ? issuedBefore(ante, AGENTLESS, rules, f.sentence.text.slice(pronoun[0].length)) : undefined;
    if (took && pronoun) read[i] = { ...read[i], mentions: [{ ...took, start: pronoun[0].length - (personal?.length ?? 0), end: pronoun[0].length, surface: personal ?? '', via: 'anaphora' }, ...(read[i]?.mentions ?? [])].sort((a, b) => a.start - b.start) };
    if (stated.para !== paras[i]) stated = { para: paras[i] as string, acts: new Set() };
    // An elided rule's earlier statements as the sentence's first rule reads them (the trace runs after every rule).
    const statedBefore = trace ? new Set(stated.acts) : undefined;
    const oblique = obliqueStarts(text, mentions, rules);
    // What no rule changes is read once per sentence, not once per rule.
    // An item under the enacting formula is the instrument's own provision: the instrument, not a law the formula cites
    // as authority ("by the authority vested in me by ... section 232 of the Trade Expansion Act"), acts in it where the
    // item names no actor before its cue ("(1) An additional duty of 30 percent shall apply to imports of X").
    const enacted =
      (self && leadIn !== undefined && rules.enacting?.test(findings[leadIn]?.sentence.text ?? '') ? self : undefined) ??
      // A sentence with no subject, opening with its verb, under a heading that is one body's or instrument's name alone
      // ("## Bureau of Industry and Security" + "- Added X to the Entity List"): the heading's body acts.
      (from === 0 && rules.subjectless?.test(text) ? headingActor(sectionOf(f)) : undefined) ??
      // A provision that binds everyone ("(a) No person ... may import X"), in a document that is an instrument, naming
      // no body or law in its subject (one after its verb is a reference: "at a facility regulated under the Act"): the
      // instrument's act.
      (self && from === 0 && provisionAt(text, rules) > 0 && !mentions.some((m) => ACTORS.has(m.label) && m.start < provisionAt(text, rules)) ? self : undefined) ??
      // A bill's long title ("To prohibit executive agencies from procuring X, and for other purposes.") under a heading
      // that is the document's own name ("A BILL", "H. R. 8317"): the bill's purpose, its own act.
      (self && from === 0 && rules.longTitle?.test(text) && headingActor(sectionOf(f))?.id === self.id ? self : undefined);
    const acting = mentions
      .filter((m) => !isReference(text, m, rules) && !isMeans(text, m, rules) && !(enacted && m.start < from))
      .map((m) => {
        const government = governingSubject(text, m, rules, oblique) ? governments(m.id) : undefined;
        return government ? { ...m, id: government, label: 'Authority' } : m;
      });
    // It stands where the provision's words start, past its enumerator: inside the subject of the provision's clause.
    const at = from + (ENUMERATED.exec(text.slice(from))?.[0].length ?? 0);
    // A sentence that names no actor and opens with a measure in the agentless passive (rules.agentless: "A duty of 33
    // percent is imposed on X") is the act of the actor the sentence before in its paragraph names, as an opening "It"
    // would take it up (actorOf: none where that sentence coordinates two actors or opens with a company).
    // So is a list item's, of the item before it in the same list ("- The Order establishes a ban on X." + "- Federal
    // agencies are prohibited from purchasing Y.": the Order's), a list's items being one statement's parts.
    const itemBefore = !samePara && from === 0 && prev !== undefined && /\.s_1$/.test(f.sentence.locator) && items.has(paras[i] as string) && items.has(paras[i - 1] as string) && sectionOf(prev) === sectionOf(f) ? read[i - 1] : undefined;
    const agentlessAnte = samePara ? ante : itemBefore;
    const takenUp =
      !enacted && agentlessAnte && rules.agentless && gatedTest(rules.agentless, text) && !mentions.some((m) => ACTORS.has(m.label)) ? actorOf(agentlessAnte, AGENTLESS, rules) : undefined;
    const actors = {
      ...f,
      mentions: enacted ? [{ ...enacted, start: at, end: at, surface: '', via: ENACTED }, ...acting] : takenUp ? [{ ...takenUp, start: 0, end: 0, surface: '', via: 'anaphora' }, ...acting] : acting,
    };
    // A list item's objects are its own; its lead-in lends it the actor and the verb.
    // The voice's "we" is nominative: a subject, never an object ("before we transfer such data": no one acts on "we").
    const heads = mentions.filter((m) => m.start >= from && m.via !== BODY_NOUN && m.via !== VOICE && !isModifier(text, m, rules));
    // A rule's `companyOf` objects are the other way round: the mentions modifying a noun of companies ("the Chinese
    // company X": whose company it is), read only by such a rule.
    let ofCompanies: Mention[] | undefined;
    // Most rules share their labels (26 of them read [Law, Authority] as subjects): each set of labels is
    // filtered for once per sentence, not once per rule.
    const shared = labelSets(rules);
    // The acts of a non-instrument actor made in the sentence, for the instrument they are done under.
    const done: { type: string; object: Mention; subject: Mention }[] = [];
    const subjectsFor: ({ subjects: Mention[]; antecedent?: string } | undefined)[] = new Array(shared.subjectSets);
    const objectsFor: (Mention[] | undefined)[] = new Array(shared.objectSets);
    // Whether a pair stands in the order, per subject set (which holds the order) and object set: asked once each.
    const orderedFor: (boolean | undefined)[] = new Array(shared.subjectSets * shared.objectSets);
    // The pairs of sets a rule of the sets alone (no `companyOf`, `apposed` or self `actor`) found with no object, no
    // actor or no pair in its order: every later such rule of the same sets finds the same (its objects, actors and order
    // are the sets'), so it is passed over by one look here instead of those three (most of a sentence's rule visits).
    const failed = new Uint8Array(shared.subjectSets * shared.objectSets);
    for (let r = 0; r < rules.rules.length; r++) {
      const pairSet = shared.pair[r] as number;
      const own = shared.own[r] === 1;
      if (!own && failed[pairSet] === 1) continue;
      const rule = rules.rules[r] as RelationRule;
      if (rule.actor === 'self') {
        selfAct(rule);
        continue;
      }
      const si = shared.subject[r] as number;
      const oi = shared.object[r] as number;
      // A rule with no object or no actor in the sentence has no pair to test (most rules of most sentences): it
      // is passed over before its actors are read or its clause is built.
      if (rule.companyOf) ofCompanies ??= mentions.filter((m) => m.start >= from && modifiesCompanyNoun(text, m));
      else objectsFor[oi] ??= heads.filter((m) => rule.object.includes(m.label));
      const objects = rule.companyOf ? (ofCompanies ?? []).filter((m) => rule.object.includes(m.label)) : (objectsFor[oi] ?? []);
      if (objects.length === 0) {
        if (!own) failed[pairSet] = 1;
        continue;
      }
      // An apposed rule's cue stands right after its actor, which may be any mention of its labels, a preposition's
      // object too ("the acquisition of A by B, a subsidiary of C": B).
      if (!rule.apposed) subjectsFor[si] ??= subjectsOf(actors, ante, rule, pronoun, rules, oblique);
      const { subjects, antecedent } = rule.apposed ? { subjects: mentions.filter((m) => rule.subject.includes(m.label) && m.via !== VOICE), antecedent: undefined } : (subjectsFor[si] as { subjects: Mention[]; antecedent?: string });
      if (subjects.length === 0) {
        if (!own) failed[pairSet] = 1;
        continue;
      }
      // Only a pair in the rule's order is stated (vetoOf: 'order'): a rule whose actors all stand on the wrong side of
      // its objects (most of those left here: an object-first rule after "X bans Y") is passed over before its cue.
      if (!own) orderedFor[pairSet] ??= inOrder(rule, subjects, objects);
      if (!(own ? inOrder(rule, subjects, objects) : orderedFor[pairSet])) {
        if (!own) failed[pairSet] = 1;
        continue;
      }
      // A cue no slice of the sentence can hold states nothing between any pair: tested once, not per pair, first by the
      // literals every match of the cue holds (literal-gate.ts; a start-anchored cue too), then without its assertions.
      if (!gatePasses(shared.cueGate[r] as PatternGate, text) || shared.cueRelaxed[r]?.test(text) === false) continue;
      const clause: Clause = { text, mentions, subjects, objects, oblique, rule, rules, instrument, stated: stated.acts, opened };
      for (const s of subjects) {
        for (const o of objects) {
          if (s.id !== o.id && vetoOf(clause, s, o) === undefined) {
            emit(rule.id, rule.type, s, o, rule.confidence, antecedent);
            if (s.label !== 'Law' && rule.order === 'subject-first') done.push({ type: rule.type, object: o, subject: s });
            const origin = rule.type === 'RESTRICTS' ? originOf(o) : undefined;
            if (origin && origin.id !== s.id) emit('origin-of-goods', rule.type, s, origin, rule.confidence, antecedent);
            // "two Chinese suppliers of drone engines, A and B": the names listed after the noun's comma are all its.
            if (rule.companyOf && rule.order === 'object-first' && LIST_OPENS.test(text.slice(o.end, s.start))) {
              for (const next of listedAfter(s, subjects, text)) emit(rule.id, rule.type, next, o, rule.confidence, antecedent);
            }
          }
        }
      }
    }
    // A nominal act whose actor is named with it ("the investigation that OICTS opened into X") is no other actor's.
    preempt(f.sentence.locator);
    proVerbActs();

    /** A self rule's act (RelationRule.actor): the document's self acts on every object the sentence names, where the
     *  rule's cue stands in the sentence, or in a list item's lead-in ending with a colon ("(a) The following transactions are
     *  prohibited:" + "(i) any import of X": the item's own text names the objects), and no other body or law is named
     *  outside the cue (a list the cue names, "added to the Consolidated List", is the act's list, not its doer). */
    function selfAct(rule: RelationRule): void {
      if (!self || !rule.subject.includes(self.label)) return;
      const cued = from === 0 ? text : SELF_LEAD_IN.test(text.slice(0, from)) ? text.slice(0, from) : '';
      const cue = rule.cue.exec(cued);
      // A law the cue itself names is what the act is done to, the list added to ("have been added to the Consolidated
      // List"), not another doer.
      const inCue = (m: Mention): boolean => cue !== null && m.start >= cue.index && m.end <= cue.index + cue[0].length;
      if (!cue || mentions.some((m) => ACTORS.has(m.label) && m.id !== self.id && !inCue(m))) return;
      for (const o of heads) {
        if (!rule.object.includes(o.label) || isReference(text, o, rules)) continue;
        emit(rule.id, rule.type, self, o, rule.confidence, undefined);
        const origin = rule.type === 'RESTRICTS' ? originOf(o) : undefined;
        if (origin && origin.id !== self.id) emit('origin-of-goods', rule.type, self, origin, rule.confidence, undefined);
      }
    }
    /** "Commerce added X to the Entity List in May. It later did the same to Y and Z.", "The FCC banned X's radios; the
     *  Commission has since done so for Y", "Treasury designated X on Monday. The Council followed suit.": a pro-verb
     *  (rules.proVerb) takes up the acts stated before it in its sentence, or else in the sentence before (in its paragraph,
     *  or the last of the paragraph before in its section), with their types and their actor; an actor the sentence names
     *  before the pro-verb acts in its stead (a subject that is no actor, a company, acts in no one's). The objects are those
     *  named after the pro-verb, of the labels the act's rule takes; where none is named and another actor acts, the acts'
     *  own objects. Nothing where the pro-verb is negated, or the acts before had two actors and the sentence names none. */
    function proVerbActs(): void {
      if (!rules.proVerb) return;
      const pro = rules.proVerb.exec(text.slice(from));
      if (!pro) return;
      const proStart = from + pro.index;
      const proEnd = proStart + pro[0].length;
      if (rules.negation.test(text.slice(from, proStart)) || rules.invertedNegation?.test(text.slice(from, proStart))) return;
      const stop = rules.proVerbEnd?.exec(text.slice(proEnd));
      const objectsEnd = stop ? proEnd + stop.index : text.length;
      // The acts before it in its own sentence, or else those of the sentence before.
      const inSentence = out.slice(first).filter((r) => PRO_VERB_TYPES.has(r.type) && mentions.some((m) => m.id === r.end && m.end <= proStart));
      const source = inSentence.length > 0 ? undefined : i > 0 && sectionOf(findings[i - 1]) === sectionOf(f) && from === 0 ? findings[i - 1] : undefined;
      const acts = inSentence.length > 0 ? inSentence : source ? out.filter((r) => r.locator === source.sentence.locator && PRO_VERB_TYPES.has(r.type)) : [];
      if (acts.length === 0) return;
      const sourceMentions = source ? [...source.mentions, ...(read[i - 1]?.mentions ?? [])] : mentions;
      // The pro-verb's own clause: from the last semicolon, colon or coordinator before it ("X banned Y; the Commission has
      // since done so for Z", "X banned Y, and Z did the same").
      const opens = [...text.slice(from, proStart).matchAll(/[;:]|(?:and|but)\s/g)].at(-1);
      const clauseStart = opens ? from + opens.index + opens[0].length : from;
      const named = mentions.filter((m) => m.start >= clauseStart && m.end <= proStart && m.via !== VOICE);
      const actor = actors.mentions.find((m) => ACTORS.has(m.label) && m.start >= clauseStart && m.end <= proStart && !oblique.has(m.start) && m.via !== RELATIVE);
      if (!actor && named.some((m) => !ACTORS.has(m.label) && !oblique.has(m.start))) return;
      // Named by no actor, the clause's subject is a personal pronoun, or none (an elided one after a coordinator), adverbs
      // and an opening phrase aside: "Several allies did the same" takes up no one's act.
      if (!actor && !PRO_VERB_SUBJECT.test(text.slice(clauseStart, proStart))) return;
      const actorsBefore = new Set(acts.map((r) => r.start));
      if (!actor && actorsBefore.size !== 1) return;
      const after = heads.filter((m) => m.start >= proEnd && m.end <= objectsEnd);
      for (const act of acts) {
        const rule = rules.rules.find((r) => r.id === act.rule);
        const before = sourceMentions.find((m) => m.id === act.start);
        const ended = sourceMentions.find((m) => m.id === act.end);
        if (!before || !ended) continue;
        const s = actor ?? { ...before, start: from, end: from, surface: '', via: source ? 'anaphora' : PRO_VERB_RULE };
        if (actor && rule && !rule.subject.includes(actor.label)) continue;
        const takes = (m: Mention): boolean => (rule ? rule.object.includes(m.label) : m.label === ended.label);
        const objects = after.length > 0 ? after.filter(takes) : actor && actor.id !== act.start ? [{ ...ended, start: proEnd, end: proEnd, surface: '' }] : [];
        for (const o of objects) if (o.id !== s.id) emit(PRO_VERB_RULE, act.type, s, o, actor || !source ? round(act.confidence * 0.8) : act.confidence, source?.sentence.locator);
      }
    }
    /** The country whose demonym or name marks goods right before them (rules.originOfGoods), if any. */
    function originOf(goods: Mention): Mention | undefined {
      if (!rules.originOfGoods || !THINGS.has(goods.label)) return undefined;
      const pattern = rules.originOfGoods;
      const after = rules.originNotAfter;
      return mentions.find(
        (m) => m.label === 'Jurisdiction' && m.end <= goods.start && goods.start - m.end < 40 && pattern.test(text.slice(m.end, goods.start)) && !after?.test(text.slice(Math.max(0, m.start - 30), m.start)),
      );
    }
    // "OFAC is designating X pursuant to E.O. 14024", "BIS is adding X to the Entity List under the EAR": the act done
    // under an instrument named after its object is the instrument's too (listUnder: "under" after the list only).
    for (const { type, object, subject } of rules.instrumentOfAct ? done : []) {
      if (!rules.instrumentTypes?.includes(type)) continue;
      // Names between are read as names, their periods no sentence's ("X Co., Ltd. and Y Ltd. pursuant to E.O. 14024").
      const between = (end: number): string => mentions.filter((m) => m.start >= object.end && m.end <= end).reduceRight((t, m) => `${t.slice(0, m.start - object.end)}${'N'.repeat(m.end - m.start)}${t.slice(m.end - object.end)}`, text.slice(object.end, end));
      const under = (m: Mention): boolean =>
        type === 'ADDS_TO_LIST' && rules.listUnder !== undefined && rules.listUnder.test(between(m.start)) && !(rules.modal?.test(text.slice(from, object.start)) ?? false);
      // Or named between the actor and the object, right before the object but for punctuation.
      // The object itself or the first of the act's objects after it, to which it is chained ("designated, pursuant to E.O.
      // 14024, X and Y": Y too).
      const firstAfter = (m: Mention): number => Math.min(...done.filter((d) => d.type === type && d.subject === subject && d.object.start >= m.end && d.object.start <= object.start).map((d) => d.object.start));
      const lawBefore = (m: Mention): boolean =>
        rules.instrumentBefore !== undefined && m.start >= subject.end && m.end <= object.start && rules.instrumentBefore.test(text.slice(Math.max(subject.end, m.start - 80), m.start)) && INSTRUMENT_GAP.test(text.slice(m.end, firstAfter(m)));
      const law = actors.mentions.find((m) => m.label === 'Law' && !m.procedural && ((m.start >= object.end && (rules.instrumentOfAct?.test(between(m.start)) || under(m))) || lawBefore(m)));
      if (law && law.id !== object.id) emit('under-instrument', type, law, object, UNDER_CONFIDENCE, undefined);
    }
    // "Under the Act, X was designated", "X and Y were added to it under the Act": the instrument's act (passives.ts).
    if (rules.passives) {
      const laws = subjectsOf(actors, ante, UNDER, pronoun, rules, oblique);
      // The clauses are read only for a sentence that may state such an act (about one in three of a report's).
      // "The Bureau acted on Monday: X was added to the Entity List": the body or instrument opening the sentence, whose
      // clause a colon, a semicolon or "and since then" closes before the passive (passives.ts carriedActor).
      const opening = rules.passives.carrier ? actors.mentions.find((m) => ACTORS.has(m.label) && m.start >= from && m.via !== 'anaphora' && SUBJECT_OPENS.test(text.slice(from, m.start))) : undefined;
      // "According to a notice published by the Bureau ..., X was placed on the Entity List": the body the opening phrase
      // attributes the sentence to (passives.ts sourcedActor).
      const sourced = sourcedActor(text, from, actors.mentions, rules.passives);
      const reading = mayStatePassives(text, from, [...laws.subjects, ...(opening ? [opening] : []), ...(sourced ? [sourced.actor] : [])], rules.passives) ? clausesOf({ text, mentions, rules } as Clause) : undefined;
      for (const act of reading ? underPassives(text, from, heads, laws.subjects, reading, rules.passives, rules.chain, rules.negation, opening, sourced) : []) {
        emit(`passive-under:${act.type.toLowerCase()}`, act.type, act.subject, act.object, UNDER_CONFIDENCE, laws.antecedent);
      }
    }

    // "Supplement No. 4 to part 744 is amended by adding ... the following entries:" + a table's row or a list's item: an
    // instrument's regulatory text adds to a part of it that lists; the instrument (the document itself) adds the member
    // the item names first, and the other names of that member the item gives (its aliases).
    const amending = readings[i].leadIns.at(-1);
    if (self && amending !== undefined && rules.listAmendment?.test(findings[indexOf.get(amending) ?? -1]?.sentence.text ?? '')) {
      const filled = readings[i].filled;
      const own = mentions.filter((m) => (filled ? m.start >= filled[0] && m.end <= filled[1] : m.start >= from) && m.via !== VOICE);
      const member = own.find((m) => AMENDED_MEMBER.has(m.label));
      if (member && member.id !== self.id) emit('list-amendment', 'ADDS_TO_LIST', self, member, UNDER_CONFIDENCE, undefined);
    }

    // "BIS added twelve entities to the Entity List. The list includes X and Y": the act on the counted parties of the
    // sentence before is done on each member this one names (its quote spans both, as an anaphor's).
    // Or, after an opening that names the act ("The entities added include X"), of an earlier sentence of the section.
    const sectionBefore = (): SentenceFindings[] => {
      const out: SentenceFindings[] = [];
      for (let k = i - 1; k >= 0 && k >= i - NAMED_MEMBERS_REACH && sectionOf(findings[k]) === sectionOf(f); k--) out.push(findings[k] as SentenceFindings);
      return out;
    };
    const members = countedMemberActs(text, from, own, before, rules, sectionBefore);
    for (const act of members.acts) emit('counted-members', act.type, act.subject, act.object, UNDER_CONFIDENCE, members.carried ? members.source?.sentence.locator : undefined);

    // Chinese constructions (zh-relations.ts): 将…列入, 被…列入, 对…采取/发起 + a measure, 禁止….
    // A subjectless sentence's actor from the one before (its quote spans both, as an anaphor's: emit).
    const carried = samePara ? lastActor(readings[i - 1]?.text ?? '', readings[i - 1]?.mentions ?? []) : undefined;
    for (const act of zhRelations(text, from, mentions, { carried, bodies: zhBodies })) {
      emit(`zh:${act.rule}`, act.type, act.subject, act.object, act.subject.via === ZH_BODY ? ZH_CONFIDENCE * 0.8 : ZH_CONFIDENCE, act.subject.via === ZH_CARRIED ? prev?.sentence.locator : undefined);
    }
    for (const m of f.mentions) if (m.label === 'Authority') zhBodies.push(m);
    if (trace) {
      const locator = f.sentence.locator;
      const superseded = readings[i].mentions.filter((m) => m.start >= former[i]);
      const traced = traceSentence({ locator, text, quote: readings[i].quote, from, mentions, superseded, actors, heads, oblique, prev: ante, pronoun, instrument, stated: statedBefore ?? new Set(), opened, made: madeIn(seen, locator), rules }, lazyTrace);
      // The sentence's relations are all made by now (none is emitted for it after this): their pairs, as read.
      if (lazyTrace) traced.related = out.slice(first).map((r) => [r.start, r.end] as const);
      trace.push(traced);
    }

    // Only this sentence's relations can hold its locator: reading the report's earlier ones made a report quadratic.
    function preempt(locator: string): void {
      const owned = new Map<string, string>();
      for (let k = first; k < out.length; k++) {
        const r = out[k] as Relation;
        const mode = r.locator === locator ? preempting.get(r.rule) : undefined;
        if (mode === true || (mode === 'body' && mentions.some((m) => m.id === r.start && m.label === 'Authority'))) owned.set(`${r.type}|${r.end}`, r.start);
      }
      if (owned.size === 0) return;
      for (let k = out.length - 1; k >= first; k--) {
        const r = out[k] as Relation;
        const owner = owned.get(`${r.type}|${r.end}`);
        if (r.locator === locator && owner !== undefined && owner !== r.start) out.splice(k, 1);
      }
    }

    function emit(ruleId: string, type: string, s: Mention, o: Mention, confidence: number, antecedent: string | undefined): void {
      const viaAnte = s.via === 'anaphora';
      const viaVoice = s.via === VOICE;
      // An end a subject pronoun stands for: the sentence before names it (subjectPronounMentions).
      const viaPronoun = (s.via === SUBJECT_PRONOUN || o.via === SUBJECT_PRONOUN) && before !== undefined;
      const key = `${type}|${s.id}|${o.id}|${f.sentence.locator}`;
      if (seen.has(key)) return;
      // An item read in its lead-in's place states what names it: the lead-in's own acts are the lead-in's.
      const filled = readings[i].filled;
      if (filled && !(s.start >= filled[0] && s.end <= filled[1]) && !(o.start >= filled[0] && o.end <= filled[1])) return;
      seen.add(key);
      stated.acts.add(`${type}|${s.id}`);
      out.push({
        type,
        start: s.id,
        end: o.id,
        rule: ruleId,
        locator: f.sentence.locator,
        quote: viaAnte ? spanQuote(paragraphs.get(paraOf(f.sentence.locator)) ?? '', (ante ?? prev).sentence.text, text) : (readings[i].quote ?? text),
        ...(readings[i].leadIns.length > 0 ? { leadIn: readings[i].leadIns } : {}),
        confidence: viaAnte || viaVoice || viaPronoun ? round(confidence * 0.8) : confidence,
        ...(viaAnte
          ? { antecedent: antecedent ?? ante?.sentence.locator }
          : viaPronoun
            ? { antecedent: before?.sentence.locator }
            : viaVoice && speaking && speaking.locator !== f.sentence.locator
              ? { antecedent: speaking.locator }
              : {}),
      });
    }
  });
  // A sentence that states the stronger act states that act only (rules.outranks).
  if (!rules.outranks?.length) return out;
  const made = new Set(out.map((r) => `${r.type}|${r.start}|${r.end}|${r.locator}`));
  return out.filter((r) => !rules.outranks?.some(([strong, weak]) => r.type === weak && made.has(`${strong}|${r.start}|${r.end}|${r.locator}`)));
}

/** Whether a relation of `type` from `s` to `o` was made in the sentence at `locator` (`seen`: extractRelations' keys). Made
 *  here, not in extractRelations' loop: a closure there would keep the loop's whole scope for the sentence (every local
 *  of it that any closure reads), for as long as a trace's sentence is kept (a caller's list of a lazy trace keeps it to
 *  the end; a lazy trace so kept was a third of a large report's memory: docs/benchmarks.md). */
function madeIn(seen: Set<string>, locator: string): TraceInput['made'] {
  return (type, s, o) => seen.has(`${type}|${s.id}|${o.id}|${locator}`);
}

/** One sentence as extractRelations read it, for the trace. */
interface TraceInput {
  locator: string;
  text: string;
  /** The verbatim lead-in and item of an item read in its lead-in's placeholder (Reading.quote). */
  quote?: string;
  from: number;
  mentions: Mention[];
  /** The mentions of a superseded text the sentence quotes, left out of `mentions`. */
  superseded: Mention[];
  actors: SentenceFindings;
  heads: Mention[];
  oblique: Set<number>;
  prev: SentenceFindings | undefined;
  pronoun: RegExpExecArray | null;
  instrument: boolean;
  stated: Set<string>;
  /** The actors that opened an investigation in the paragraph's sentence before (Clause.opened). */
  opened?: Set<string>;
  /** Whether a relation of `type` from `s` to `o` was made in the sentence (by any rule). */
  made: (type: string, s: Mention, o: Mention) => boolean;
  rules: RuleSet;
}

/**
 * The candidates of one sentence that made no relation, each with the first check that stopped it, read again the way
 * the rule loop of extractRelations reads them: a pair whose labels fit the rule goes through vetoOf; a pair whose labels
 * do not, or whose ends the rule loop never pairs, is stopped by 'labels', 'order' or the ends' check. Traced only where
 * the rule's cue stands between the two (most rules' cues stand between no pair of a sentence): a small trace of the
 * candidates that came near to a relation. `lazy`: the sentence and its mentions now, and the checks only when
 * `vetoesFor` asks them of one pair and type (the suggested relations ask a few pairs: the whole trace would cost
 * twice the reading of the relations).
 */
function traceSentence(t: TraceInput, lazy = false): TracedSentence {
  const mentions = [...t.mentions, ...t.superseded].sort((x, y) => x.start - y.start).map((m) => ({ id: m.id, surface: m.surface, label: m.label, at: m.start, to: m.end }));
  const sentence = { locator: t.locator, text: t.text, ...(t.quote !== undefined ? { quote: t.quote } : {}), from: t.from, mentions };
  if (!lazy) return { ...sentence, vetoed: tracedPairs(t) };
  // Read soon after it is made (records.ts: relation-suggestions.ts SuggestionReader, in batches) and dropped: its lists
  // are not copied compact for a long stay (a caller's list of a lazy trace still keeps them all).
  return { ...sentence, vetoed: [], vetoesFor: (start, object, type) => tracedPairs(t, { start, object, type }).map((v) => v.veto) };
}

/** A mention as the trace names an end of a candidate pair. */
const tracedEnd = (m: Mention): TracedEnd => ({ id: m.id, surface: m.surface });

/** The trace of one sentence's candidates (traceSentence), or of those of one pair of entities and one type. */
function tracedPairs(t: TraceInput, only?: { start: string; object: string; type: string }): Vetoed[] {
  const { text, rules } = t;
  const vetoed: Vetoed[] = [];
  for (const rule of pairRules(rules)) {
    if (only && rule.type !== only.type) continue;
    const { subjects, objects, c, candidates } = only ? askedReading(t, rule) : ruleReading(t, rule);
    // Why the rule loop would not pair `s` with `o` although their labels fit.
    const endVeto = (s: Mention, o: Mention): Veto | undefined => {
      if (s.id === o.id) return 'same-entity';
      if (t.superseded.includes(s) || t.superseded.includes(o)) return 'superseded';
      if (!subjects.includes(s)) return isReference(text, s, rules) ? 'reference' : isMeans(text, s, rules) ? 'means' : 'anaphor-actor';
      if (!objects.includes(o)) return o.start < t.from ? 'lead-in-object' : o.via === BODY_NOUN ? 'body-noun-object' : 'modifier';
      return undefined;
    };
    // Asked of one pair of entities, only the mentions of those two can make its pairs (a pair's ends are its two
    // mentions, either way round): every other pair of the sentence was passed over one by one, for each pair the
    // suggestions asked (a sentence listing 160 companies took 6 s).
    const ends = only ? candidates.filter((m) => m.id === only.start || m.id === only.object) : candidates;
    for (const x of ends) {
      for (const y of ends) {
        if (x === y || x.end > y.start) continue;
        const [s, o] = rule.order === 'subject-first' ? [x, y] : [y, x];
        const fits = rule.subject.includes(s.label) && rule.object.includes(o.label);
        const reversed = !fits && rule.subject.includes(o.label) && rule.object.includes(s.label);
        const [start, object] = reversed ? [o, s] : [s, o];
        if (only && (start.id !== only.start || object.id !== only.object)) continue;
        if (t.made(rule.type, start, object)) continue;
        const early = fits ? endVeto(s, o) : reversed ? 'order' : 'labels';
        const veto = early ?? vetoOf(c, s, o);
        if (veto === undefined || veto === 'cue') continue;
        // Only where the cue stands between the two: past vetoOf's cue check (a subject-first cue may end at the first
        // conjunct the object is chained to), else read on the text between them.
        const cued = (!early && rule.order === 'subject-first' && stage(veto) > stage('cue')) || rule.cue.test(text.slice(x.end, y.start));
        if (cued) vetoed.push({ rule: rule.id, type: rule.type, start: tracedEnd(start), end: tracedEnd(object), veto });
      }
    }
  }
  return vetoed;
}

/** What tracedPairs reads of one rule in a sentence: its actors and objects, the clause vetoOf reads them in, and every
 *  mention that may end a pair. */
interface RuleReading {
  subjects: Mention[];
  objects: Mention[];
  c: Clause;
  candidates: Mention[];
}
function ruleReading(t: TraceInput, rule: RelationRule): RuleReading {
  const { subjects } = subjectsOf(t.actors, t.prev, rule, t.pronoun, t.rules, t.oblique);
  const objects = t.heads.filter((m) => rule.object.includes(m.label));
  const c: Clause = { text: t.text, mentions: t.mentions, subjects, objects, oblique: t.oblique, rule, rules: t.rules, instrument: t.instrument, stated: t.stated, opened: t.opened, firstVeto: true };
  const candidates = [...t.mentions, ...t.superseded, ...subjects.filter((m) => m.via === 'anaphora')].sort((x, y) => x.start - y.start);
  return { subjects, objects, c, candidates };
}
/** The rule readings of each sentence a lazy trace was asked of, kept as long as its trace input lives: the suggestions ask
 *  it pair after pair, and each asking read every rule of the type anew, so that what vetoOf remembers per clause
 *  (lateHead) was read again for every pair (a sentence naming 40 bodies and 40 companies took 8 s). */
const askedReadings = new WeakMap<TraceInput, Map<RelationRule, RuleReading>>();
function askedReading(t: TraceInput, rule: RelationRule): RuleReading {
  let byRule = askedReadings.get(t);
  if (!byRule) {
    byRule = new Map();
    askedReadings.set(t, byRule);
  }
  let r = byRule.get(rule);
  if (!r) {
    r = ruleReading(t, rule);
    byRule.set(rule, r);
  }
  return r;
}

/** The instruments an agentless passive may have been done under: a sentence's Law mentions, with an opening "Under the
 *  act," taken up from the sentence before (subjectsOf). */
const UNDER = { id: 'passive-under', type: 'RESTRICTS', subject: ['Law'], object: [], order: 'subject-first', cue: /$^/, confidence: 0.6 } as RelationRule;
const UNDER_CONFIDENCE = 0.6;
/** A heading read as a sentence (`sec_2.heading`): no body sentence. */
const HEADING_SENTENCE = /\.heading(?:_\d+)?$/;
/** What an instrument's list amendment adds (`listAmendment`): a list's members. */
const AMENDED_MEMBER = new Set(['Company', 'Product', 'Technology']);
/** A Chinese construction (zh-relations.ts): as the zh rules of relation-rules.yaml were. */
const ZH_CONFIDENCE = 0.7;

/** A sentence as the rules read it: a list item after the lead-ins it completes ("may not be used to—" +
 *  "(A) purchase ... equipment"), its own text starting at `from`. */
interface Reading {
  text: string;
  mentions: Mention[];
  from: number;
  leadIns: string[];
  /** An item read in its lead-in's placeholder (`filled`, the span of its words there): the verbatim lead-in and item. */
  quote?: string;
  filled?: [number, number];
}

/**
 * Per sentence, where the superseded text it quotes starts in its reading (Infinity: none). A sentence that
 * introduces a former version (rules.superseded) quotes it after the introduction; when the introduction ends
 * the sentence, the paragraphs after it that open with a quotation mark are that text, every sentence of them.
 */
function formerTextStarts(findings: SentenceFindings[], readings: Reading[], rules: RuleSet): number[] {
  let quoting = false;
  let quotedPara = '';
  return findings.map((f, i) => {
    const para = paraOf(f.sentence.locator);
    const first = /\.s_1$/.test(f.sentence.locator);
    if (first) quotedPara = quoting && OPENING_QUOTE.test(f.sentence.text) ? para : '';
    if (first && !quotedPara) quoting = false;
    if (quotedPara === para) return readings[i].from;
    const intro = rules.superseded ? lastMatch(rules.superseded, f.sentence.text, () => true) : undefined;
    if (!intro) return Number.POSITIVE_INFINITY;
    quoting = f.sentence.text.slice(intro.end).trim() === '';
    return readings[i].from + intro.end;
  });
}
const OPENING_QUOTE = /^\s*[“"‘]/;
/** A caption over a table: a line of one to eight words that ends no sentence ("Natural persons", "Legal persons, entities
 *  and bodies"). */
const CAPTION = /^\s*(?:[^\s.;:!?。；：]+\s+){0,7}[^\s.;:!?。；：]+\s*$/u;

const ENUMERATOR = /^\(([0-9]+|[ivxl]+|[IVXL]+|[a-z]{1,2}|[A-Z]{1,2})\)\s/;

/** "(1)", "(A)", "(i)", "(I)", "(a)": the level an item's enumerator marks, by how it is written; Chinese ones
 *  ("一、", "（一）", "1、") by zh-relations.yaml. */
function itemLevel(text: string): string | undefined {
  const e = ENUMERATOR.exec(text)?.[1];
  if (!e) return zhItemLevel(text);
  if (/^\d/.test(e)) return 'number';
  if (/^[ivxl]+$/.test(e)) return 'roman';
  if (/^[IVXL]+$/.test(e)) return 'Roman';
  return /^[a-z]/.test(e) ? 'letter' : 'Letter';
}

/**
 * Each sentence with the lead-ins it completes. A sentence ending as `leadIn` says opens a list; an item
 * (the first sentence of a paragraph, enumerated, or a list item of the source: `items`, a bullet's
 * paragraph, "The Proclamation:" + "- Imposes a 25 percent tariff on X") continues the open lead-ins above
 * its level: a sibling item closes the lead-in of its own level, a plain paragraph or a new section closes
 * them all.
 */
function readWithLeadIns(
  findings: SentenceFindings[],
  rules: RuleSet,
  items: Set<string>,
  cells: Map<string, RowCell>,
  headings: Map<string, string>,
  captions: Map<string, number> = new Map(),
): Reading[] {
  // The lead-ins open in the body, and apart from them those open inside one table cell (its own "X:" + its <li> items).
  const body: LeadIns = { open: [], scope: '' };
  const inCell: LeadIns = { open: [], scope: '' };
  // A table ends the lead-ins open before it: what follows it is no item of theirs.
  let inTable = false;
  // The last body sentence that sent its reader to the annex for its members ("决定将下列实体列入不可靠实体清单（名单见附件）。").
  let annexed: SentenceFindings | undefined;
  // The lead-ins that captions keep for the tables after them ("The following persons and entities are added to the list
  // ...:" + "Natural persons" + a table + "Legal persons, entities and bodies" + a table): a caption (CAPTION, a paragraph's
  // short line that ends no sentence) closes them for the body, not for the next table; a line of running text does.
  let captioned: SentenceFindings[] = [];
  // A table's own caption (an HTML <caption>) that states an act on its rows: its sentence that does, by the table's number.
  const captionLead = new Map<number, SentenceFindings>();
  return findings.map((f) => {
    const para = paraOf(f.sentence.locator);
    const cell = cells.get(para);
    const sec = f.sentence.locator.split('.')[0];
    if (sec !== body.scope) captioned = [];
    const table = captions.get(para);
    if (table !== undefined) {
      // A caption neither opens nor closes the body's lead-ins: one open right before the table stays open for its rows. A
      // caption that states an act on the rows (a lead-in of its own, "... the following entities:", or a class of parties
      // and what was done to them, captionMembers) is the rows' lead-in where no sentence before the table is; after another
      // table, it ends the lead-ins that table kept, as a line of running text would.
      const states = rules.leadIn?.test(f.sentence.text) || rules.captionMembers?.test(f.sentence.text);
      if (states) captionLead.set(table, f);
      if (inTable && (states || !CAPTION.test(f.sentence.text))) [body.open, captioned] = [[], []];
      return joinReading([], f);
    }
    if (cell) {
      if (sec !== body.scope) body.open = [];
      body.scope = sec;
      inTable = true;
      // A table of members under a heading that names an annex, with no lead-in before it in its section: the sentence that
      // referred to the annex introduces it.
      const annex = body.open.length === 0 && annexed && rules.annexHeading?.test(headings.get(sec) ?? '') ? [annexed] : [];
      const own = captionLead.get(Number(cell.key.split(':')[0]));
      const context = body.open.length > 0 ? body.open.map((o) => o.f) : captioned.length > 0 ? captioned : own ? [own] : annex;
      if (body.open.length > 0 || captioned.length > 0) captioned = context;
      const first = cell.member && /\.s_1$/.test(f.sentence.locator);
      if (first && own && context[0] === own && !rules.leadIn?.test(own.sentence.text)) {
        const reading = captionReading(own, f, cell, rules);
        if (reading) return reading;
      } else if (first && context.length > 0) return cellReading(f, context, cell, rules);
      return withLeadIns(inCell, cell.key, f, rules, items);
    }
    const caption = /\.s_1$/.test(f.sentence.locator) && !HEADING_SENTENCE.test(f.sentence.locator) && CAPTION.test(f.sentence.text);
    if (!caption) captioned = [];
    else if (!inTable && body.open.length > 0 && sec === body.scope) captioned = body.open.map((o) => o.f);
    if (inTable) body.open = [];
    inTable = false;
    if (!HEADING_SENTENCE.test(f.sentence.locator) && rules.annexReference?.test(f.sentence.text)) annexed = f;
    return withLeadIns(body, sec, f, rules, items);
  });
}

/** The lead-ins open in a scope (a section, or one table cell), each with the level of the item that opened it. */
interface LeadIns {
  open: { level: string; f: SentenceFindings }[];
  scope: string;
  /** An item that opened with a run-in label ("- **Ban federal purchases.** Prohibit agencies from ..."): its paragraph
   *  and the lead-ins it was read with, which its next sentence, the item's body, is read with too. */
  label?: { para: string; context: { level: string; f: SentenceFindings }[] };
}

/** A run-in label opening an item: one to six words and a full stop or colon, past the item's bullet or enumerator. */
const RUN_IN_LABEL = /^[\s\-–—*•]*(?:\(?[0-9A-Za-z]{1,3}[.)]\s+)?(?:[^\s.;:!?]+\s+){0,5}[^\s.;:!?]+[.:]\s*$/u;

/** A sentence read with the lead-ins open in its scope, which it may close or extend (readWithLeadIns). */
function withLeadIns(state: LeadIns, scope: string, f: SentenceFindings, rules: RuleSet, items: Set<string>): Reading {
  const first = /\.s_1$/.test(f.sentence.locator);
  // A Chinese item may follow another in its paragraph: sentences end at "；" ("…：（一）禁止…；（二）将…").
  const level = first ? (itemLevel(f.sentence.text) ?? (items.has(paraOf(f.sentence.locator)) ? 'item' : undefined)) : zhItemLevel(f.sentence.text);
  if (scope !== state.scope || (first && !level)) state.open = [];
  // The sentence right after an item's run-in label is the item's body, read with the label's lead-ins.
  const label = state.label;
  state.label = undefined;
  if (!first && !level && scope === state.scope && label?.para === paraOf(f.sentence.locator) && /\.s_2$/.test(f.sentence.locator)) {
    const last = label.context.at(-1)?.f;
    const reading = joinReading(label.context.map((o) => o.f), f);
    return (last && label.context.length === 1 && filledReading(last, f, reading, rules)) || reading;
  }
  state.scope = scope;
  const sibling = level ? state.open.map((o) => o.level).lastIndexOf(level) : -1;
  if (sibling >= 0) state.open = state.open.slice(0, sibling);
  const context = level ? state.open : [];
  if (first && level && context.length > 0 && RUN_IN_LABEL.test(f.sentence.text)) state.label = { para: paraOf(f.sentence.locator), context };
  if (rules.leadIn?.test(f.sentence.text) || zhInlineLeadIn(f.sentence.text)) state.open = [...state.open, { level: level ?? '', f }];
  const last = context.at(-1)?.f;
  // Under a lead-in naming members, the item's member alone, in the lead-in's placeholder too ("is adding the following
  // entities to the Entity List:" + "- X, a maker of Y, of Z": X is added; what the item says of X is no act of the lead-in).
  const named = last ? leadInNamed(last, f, rules) : f;
  const reading = joinReading(context.map((o) => o.f), named);
  return (last && context.length === 1 && filledReading(last, named, reading, rules)) || reading;
}

/**
 * A table's cell (tables.ts): no lead-in of the body opens or closes at it (one inside the cell is the cell's own, for
 * its list items). The first sentence of the cell naming its row's member is an item of the lead-ins open before the table, read as a list item is (the member's name alone under a lead-in naming
 * members, in the placeholder "the following entries" where the lead-in has one); its quote is the lead-in with the row.
 */
function cellReading(f: SentenceFindings, context: SentenceFindings[], cell: RowCell, rules: RuleSet): Reading {
  const last = context.at(-1);
  if (!last) return joinReading([], f);
  const named = leadInNamed(last, f, rules);
  const joined = joinReading(context, named);
  const quote = `${context.map((c) => c.sentence.text).join(' ')} ${cell.row}`;
  return { ...((context.length === 1 && filledReading(last, named, joined, rules)) || joined), quote };
}

/**
 * A row's member under its table's caption that names the rows' class and what was done to them ("Entities added to the
 * Entity List by the Bureau of Industry and Security on 3 March", captionMembers): the caption read with the member's name
 * in the class's place, "Kestrel Cranes Ltd. added to the Entity List by the Bureau of Industry and Security on 3 March.",
 * as filledReading reads a lead-in's placeholder; its quote is the caption with the row. Undefined where the cell opens
 * with no name.
 */
function captionReading(caption: SentenceFindings, f: SentenceFindings, cell: RowCell, rules: RuleSet): Reading | undefined {
  const head = rules.captionMembers?.exec(caption.sentence.text);
  if (!head) return undefined;
  const named = memberNamed(f) ?? f;
  const at = ENUMERATED.exec(named.sentence.text)?.[0].length ?? 0;
  const names = named.mentions.filter((m) => m.start >= at);
  const first = names[0];
  const last = names.at(-1);
  if (!first || !last || named.sentence.text.slice(at, first.start).replace(/[*_"“”]/g, '').trim() !== '') return undefined;
  const words = named.sentence.text.slice(first.start, last.end);
  const end = head.index + head[0].length;
  const rest = caption.sentence.text.slice(end).replace(/[\s.;:]+$/, '');
  const mentions = [
    ...names.map((m) => ({ ...m, start: m.start - first.start, end: m.end - first.start })),
    ...caption.mentions.filter((m) => m.start >= end).map((m) => ({ ...m, start: m.start - end + words.length, end: m.end - end + words.length })),
  ];
  return { text: `${words}${rest}.`, mentions, from: 0, leadIns: [caption.sentence.locator], quote: `${caption.sentence.text} ${cell.row}`, filled: [0, words.length] };
}

/**
 * An item that is only a name, or names joined by "and" or "or" ("(a) Regulation (EU) 2017/745;"), under a lead-in whose
 * placeholder ("the following Union legal acts") its items fill one by one ("This Regulation does not apply to products
 * to which the following Union legal acts apply:"): the lead-in read with the item's names in the placeholder's place, a
 * sentence of its own, so that the lead-in's clause, a relative one too, reads the item's name where it stands.
 */
function filledReading(leadIn: SentenceFindings, f: SentenceFindings, joined: Reading, rules: RuleSet): Reading | undefined {
  const hole = rules.placeholder?.exec(leadIn.sentence.text);
  if (!hole) return undefined;
  const text = f.sentence.text;
  const at = ENUMERATED.exec(text)?.[0].length ?? 0;
  const names = f.mentions.filter((m) => m.start >= at);
  if (names.length === 0) return undefined;
  const rest = names.reduceRight((t, m) => `${t.slice(0, m.start)} ${t.slice(m.end)}`, text).slice(at);
  if (!ONLY_NAMES.test(rest)) return undefined;
  const first = names[0] as Mention;
  const last = names.at(-1) as Mention;
  const words = text.slice(first.start, last.end);
  const lead = leadIn.sentence.text;
  const before = lead.slice(0, hole.index);
  const after = lead.slice(hole.index + hole[0].length).replace(/\s*(?:—|–|--|:|：)\s*$/, '');
  const shift = before.length - first.start;
  const mentions = [
    ...leadIn.mentions.filter((m) => m.end <= hole.index),
    ...names.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
    ...leadIn.mentions.filter((m) => m.start >= hole.index + hole[0].length).map((m) => ({ ...m, start: m.start - hole[0].length + words.length, end: m.end - hole[0].length + words.length })),
  ];
  return { text: `${before}${words}${after}.`, mentions, from: 0, leadIns: joined.leadIns, quote: joined.text, filled: [before.length, before.length + words.length] };
}
/** What an item that is only names holds besides them: a determiner, "and", "or", commas and its closing punctuation. */
const ONLY_NAMES = /^(?:\s|\bthe\b|\band\b|\bor\b|,|;|\.|\(\s*\d{1,2}\s*\))*$/i;

const MEMBER_LABELS: ReadonlySet<string> = new Set(['Company']);
const KIND_LABELS: ReadonlySet<string> = new Set(['Product', 'Technology']);
/** An item under a lead-in naming members (rules.membersLeadIn: its company's name alone) or kinds of goods
 *  (rules.thingsLeadIn: its thing's name alone, "- Wafer bonding equipment for stacking dies" the equipment), else itself. */
function leadInNamed(leadIn: SentenceFindings, f: SentenceFindings, rules: RuleSet): SentenceFindings {
  if (rules.membersLeadIn?.test(leadIn.sentence.text)) return memberNamed(f) ?? f;
  if (rules.thingsLeadIn?.test(leadIn.sentence.text) && rules.placeholder?.test(leadIn.sentence.text)) return memberNamed(f, KIND_LABELS) ?? f;
  return f;
}
/** An item that opens with a company's name (past its enumerator), as that name alone, with the short name or aliases a
 *  parenthesis right after it gives; undefined when it opens otherwise. */
function memberNamed(f: SentenceFindings, labels: ReadonlySet<string> = MEMBER_LABELS): SentenceFindings | undefined {
  const text = f.sentence.text;
  const at = ENUMERATED.exec(text)?.[0].length ?? 0;
  const first = f.mentions.find((m) => m.start >= at);
  if (!first || !labels.has(first.label) || text.slice(at, first.start).replace(/[*_"“”]/g, '').trim() !== '') return undefined;
  const end = first.end + (/^\s*\([^()]{1,80}\)/.exec(text.slice(first.end))?.[0].length ?? 0);
  if (end >= text.trimEnd().length - 1) return undefined;
  return { ...f, sentence: { ...f.sentence, text: text.slice(0, end) }, mentions: f.mentions.filter((m) => m.end <= end) };
}

function joinReading(context: SentenceFindings[], f: SentenceFindings): Reading {
  let text = '';
  const mentions: Mention[] = [];
  for (const c of [...context, f]) {
    const at = text.length;
    mentions.push(...c.mentions.map((m) => ({ ...m, start: m.start + at, end: m.end + at })));
    text += `${c.sentence.text} `;
  }
  const from = text.length - f.sentence.text.length - 1;
  return { text: text.trimEnd(), mentions, from, leadIns: context.map((c) => c.sentence.locator) };
}

/** Kinds a "such ..." phrase may take up again as an object. */
const ANTECEDENT = new Set(['Company', 'Product', 'Technology']);
const SUCH = 'anaphora:such';
/** "such equipment or service", "those sensors", "the same products": a determiner that takes up a thing
 *  named before, and up to four words of its name. */
const TAKEN_UP = /\b(?:such|those|these|the\s+same)\s+([a-z][\w-]*(?:\s+(?:(?:or|and)\s+)?[a-z][\w-]*){0,3})/gi;
const singular = (phrase: string): string => phrase.toLowerCase().split(/\s+/).map((w) => w.replace(/s$/, '')).join(' ');
/** A mention's singular name with a space before it, remembered by surface (bounded): a surface recurs
 *  many times in a document. */
const spacedSingulars = new Map<string, string>();
function spacedSingular(surface: string): string {
  let s = spacedSingulars.get(surface);
  if (s === undefined) {
    if (spacedSingulars.size >= 20_000) spacedSingulars.clear();
    s = ` ${singular(surface)}`;
    spacedSingulars.set(surface, s);
  }
  return s;
}

/** The document's mentions of things so far, by the last word of their singular name: a determiner's
 *  words can only end a name with the same last word, so each looks among those, not among every mention
 *  of the document (which grows with it). */
class Antecedents {
  private readonly byLastWord = new Map<string, Mention[]>();

  add(m: Mention): void {
    const name = spacedSingular(m.surface);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const list = this.byLastWord.get(last);
    if (list) list.push(m);
    else this.byLastWord.set(last, [m]);
  }

  /** The latest mention that `named` accepts among those whose name ends with the last word of `phrase`. */
  latest(phrase: string, named: (m: Mention) => boolean): Mention | undefined {
    return this.byLastWord.get(phrase.slice(phrase.lastIndexOf(' ') + 1))?.findLast(named);
  }
}

/**
 * Mentions of things the text names before, taken up by "such", "those", "these" or "the same" in the
 * sentence's own text (from `from`): the nearest earlier mention (in the sentence, else in the sentences
 * before) whose name ends with the longest run of the words after the determiner ("such equipment or
 * service" -> "covered communications equipment or service"). Objects only, never actors.
 */
function anaphoricObjects(text: string, from: number, own: Mention[], earlier: Antecedents): Mention[] {
  const out: Mention[] = [];
  for (const m of gatedMatchAll(TAKEN_UP, text.slice(from))) {
    const start = from + m.index;
    if (own.some((x) => x.start <= start && start < x.end)) continue;
    const ownBefore = own.filter((x) => x.end <= start && ANTECEDENT.has(x.label));
    const words = m[1].split(/\s+/);
    for (let k = words.length; k > 0; k--) {
      const phrase = singular(words.slice(0, k).join(' '));
      if (/^(?:or|and)$/.test(words[k - 1])) continue;
      const tail = ` ${phrase}`;
      const named = (x: Mention) => spacedSingular(x.surface).endsWith(tail);
      // The nearest: the sentence's own mentions before it, latest first, then the earlier sentences'.
      const ante = ownBefore.findLast(named) ?? earlier.latest(phrase, named);
      if (!ante) continue;
      const end = start + m[0].length - m[1].length + words.slice(0, k).join(' ').length;
      if (own.some((x) => x.start < end && start < x.end)) break;
      out.push({ ...ante, start, end, surface: text.slice(start, end), via: SUCH });
      break;
    }
  }
  return out;
}

const RELATIVE = 'anaphora:relative';
/** Per clause grammar, its relative pronouns as a pattern to find them in a sentence. */
const relativePronouns = new WeakMap<ClauseGrammar, RegExp>();
/**
 * The names a relative pronoun stands for as the object of its clause's verb ("Skyward Aeronautics, which the Ministry
 * added to the Restricted Parties List in May", "the modules that the Commission banned"): each read again, empty,
 * right after that verb, where an object of it stands. Objects only.
 */
function relativeObjects(text: string, from: number, own: Mention[], rules: RuleSet): Mention[] {
  const g = clauseGrammar(rules);
  if (!g) return [];
  // Read only a sentence where a relative pronoun has a subject after it (most have none).
  const subjectAfter = (m: RegExpMatchArray): boolean => {
    let at = from + (m.index ?? 0) + m[0].length;
    // "whose equipment Congress barred": past the noun the possessive owns.
    if (g.possessive?.test(m[0].trim())) at += /^(?:[a-z][\w-]*\s+){1,3}?(?=[A-Z]|(?:the|a|an|it|they)\s)/.exec(text.slice(at))?.[0].length ?? 0;
    const word = /^[\w'’-]+/.exec(text.slice(at))?.[0] ?? '';
    // A provision's noun before its number opens a subject too ("whose equipment section 889 of the Act bars ...").
    return own.some((x) => x.start === at) || g.determiners.test(word) || g.pronouns.test(word) || (!!g.provisions?.test(word.toLowerCase()) && /^\s+\d/.test(text.slice(at + word.length)));
  };
  let pronouns = relativePronouns.get(g);
  if (!pronouns) {
    pronouns = new RegExp(`\\b(?:${g.relatives.source.replace(/^\^|\$$/g, '')})\\s+`, 'gi');
    relativePronouns.set(g, pronouns);
  }
  if (![...gatedMatchAll(pronouns, text.slice(from))].some(subjectAfter)) return [];
  const out: Mention[] = [];
  for (const c of readClauses(text, own, g)) {
    if (c.start < from) continue;
    if (c.antecedent && c.verbEnd !== undefined)
      for (const a of c.antecedents ?? [c.antecedent]) {
        const ante = own.find((m) => m.start === a.start && m.end === a.end);
        if (ante) out.push({ ...ante, start: c.verbEnd, end: c.verbEnd, surface: '', via: RELATIVE });
      }
    // "the companies whose video surveillance and telecommunications equipment the Act bars agencies from procuring": the
    // things the possessive owns, from it to the clause's subject (or the first name of another kind), are the verb's
    // object as the owner is.
    // Its antecedent may be no name ("one of the five companies whose ..."): the things are read all the same.
    const verbEnd = c.verbEnd ?? (c.verb !== undefined && c.subject ? mainVerbEnd(text, c.verb, g) : undefined);
    const whose = g.possessive && verbEnd !== undefined ? /\bwhose\s+/i.exec(text.slice(c.start, verbEnd)) : null;
    if (verbEnd !== undefined && whose && g.possessive?.test(whose[0].trim().toLowerCase())) {
      const at = c.start + whose.index + whose[0].length;
      const things = (m: Mention): boolean => m.label === 'Product' || m.label === 'Technology';
      const other = own.find((m) => m.start >= at && m.start < verbEnd && !things(m))?.start ?? verbEnd;
      const limit = Math.min(other, c.subject && c.subject.start > at ? c.subject.start : other);
      for (const m of own) if (m.start >= at && m.end <= limit && things(m)) out.push({ ...m, start: verbEnd, end: verbEnd, surface: '', via: RELATIVE });
    }
  }
  return out;
}

/** Where the verb group that starts at `at` has its main verb end, past its auxiliaries, a negation and adverbs. */
function mainVerbEnd(text: string, at: number, g: ClauseGrammar): number | undefined {
  const words = [...text.slice(at).matchAll(/[\w'’-]+/g)];
  for (const w of words.slice(0, 6)) if (!(g.auxiliaries.test(w[0].toLowerCase()) || /^(?:not|never|also|[a-z]+ly)$/.test(w[0]))) return at + w.index + w[0].length;
  return undefined;
}

const COMPANY_NOUN = 'anaphora:company';
let theCompany: RegExp | undefined;
/** "the company", "the firm", "the manufacturer": "the" and a singular company noun (grammar/names.yaml company-nouns),
 *  not its possessive, nor a noun's modifier ("the reseller enquiry": nounFollows): a definite description of a company. */
function theCompanyNoun(): RegExp {
  theCompany ??= new RegExp(String.raw`\b[Tt]he\s+(?:${grammar().companyNouns.filter((w) => !/s$/.test(w)).join('|')})\b(?!['’]s|[-‑])`, 'gu');
  return theCompany;
}
/**
 * Mentions of the company a definite "the company" takes up: the one company the sentence names before it, else the one
 * the previous sentence of the paragraph names; none where two companies could be meant. Objects only.
 */
function companyNounObjects(text: string, from: number, own: Mention[], prev: SentenceFindings | undefined): Mention[] {
  const out: Mention[] = [];
  for (const m of gatedMatchAll(theCompanyNoun(), text.slice(from))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (own.some((x) => x.start < end && start < x.end) || nounFollows(text, end)) continue;
    const inSentence = own.filter((x) => x.label === 'Company' && x.end <= start);
    const candidates = inSentence.length ? inSentence : (prev?.mentions ?? []).filter((x) => x.label === 'Company');
    if (new Set(candidates.map((x) => x.id)).size !== 1) continue;
    out.push({ ...candidates[candidates.length - 1], start, end, surface: text.slice(start, end), via: COMPANY_NOUN });
  }
  return out;
}

const SUBJECT_PRONOUN = 'anaphora:subject-pronoun';

/**
 * A personal pronoun that opens its sentence as its subject (rules.subjectPronoun: "It was added to the Entity List in May",
 * "They make harbour cranes"), no expletive (rules.expletive), stands for the subject of the sentence before in its
 * paragraph (`prev`), as if its name stood there: "It" for one company, or one thing whose head is singular; "They" for two
 * or more named together as that subject ("Kestrel Cranes Ltd. and Orvik Hoists Inc. make X"), or one thing whose head is
 * plural, or, where that subject is one body or instrument, the one group of two or more companies the sentence names
 * together ("The Council added A and B to its list. They make X"). Mentions at the pronoun, its surface theirs (via
 * SUBJECT_PRONOUN). None where the sentence before quotes a speaker (the pronoun may be the speaker's), where its subject is
 * of no kind the pronoun may stand for, or where two groups are in reach. An "It" that takes up a body or instrument is
 * subjectsOf's (actorOf), not read here.
 */
function subjectPronounMentions(text: string, from: number, own: Mention[], rules: RuleSet, prev: SentenceFindings | undefined): Mention[] {
  if (!rules.subjectPronoun || from !== 0 || !prev) return [];
  const m = gatedExec(rules.subjectPronoun, text);
  const pronoun = m?.groups?.pronoun;
  if (!m || !pronoun) return [];
  const end = m.index + m[0].length;
  const start = end - pronoun.length;
  if (own.some((x) => x.start < end && start < x.end) || rules.expletive?.test(text.slice(end)) || QUOTED_SPEECH.test(prev.sentence.text)) return [];
  const before = prev.sentence.text;
  const oblique = obliqueStarts(before, prev.mentions, rules);
  const free = prev.mentions.filter((x) => !oblique.has(x.start) && !isModifier(before, x, rules));
  const subject = free[0];
  // The sentence's subject: a name that opens it, perhaps after an opening adverbial and its comma or a label ("Comment:"),
  // not a predicate's noun ("A modern car is a computer network on wheels. It talks to ...": the car, no entity).
  if (!subject || !SUBJECT_OPENS.test(before.slice(0, subject.start))) return [];
  const plural = pronoun.toLowerCase() === 'they';
  const group = namedTogether(before, free, subject);
  let taken: Mention[] = [];
  if (ANTECEDENT.has(subject.label)) {
    if (plural) taken = group.length >= 2 ? group : subject.label !== 'Company' && pluralHead(subject.surface) ? [subject] : [];
    else taken = group.length === 1 && (subject.label === 'Company' || !pluralHead(subject.surface)) ? [subject] : [];
  } else if (plural && ACTORS.has(subject.label)) {
    if (group.length >= 2) taken = group;
    else {
      const groups = free.filter((x) => x.label === 'Company').map((x) => namedTogether(before, free, x)).filter((g) => g.length >= 2);
      // Each group once, from its first name: the later names of a group are groups of their own, shorter.
      const whole = groups.filter((g) => !groups.some((h) => h !== g && h.length > g.length && h.some((x) => x.id === g[0]?.id)));
      if (whole.length === 1) taken = whole[0] as Mention[];
    }
  }
  return taken.map((x) => ({ ...x, start, end, surface: pronoun, via: SUBJECT_PRONOUN }));
}

/** What may stand before a sentence's subject: an opening adverbial and its comma, a label and its colon, an article. */
const SUBJECT_OPENS = /^\W*(?:[A-Z][\w-]*:\s+)?(?:[^,.;:]{0,60},\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?$/;

/** A quotation of speech, three words or more between quotation marks (not a defined name's "the Company"). */
const QUOTED_SPEECH = /[“"][^”"]*?\S\s+\S+\s+\S[^”"]*?[”"]/;

/** `first` and the names of its kind listed right after it with commas and "and" ("A, B and C", "A (A2) and the B"): the
 *  names named together with it. */
function namedTogether(text: string, mentions: Mention[], first: Mention): Mention[] {
  const family = (m: Mention): string => (ACTORS.has(m.label) ? 'actor' : m.label === 'Company' ? 'company' : 'thing');
  const group = [first];
  let last = first;
  for (const m of mentions) {
    if (m.start < last.end) continue;
    if (group.some((x) => x.id === m.id)) {
      // A short name in brackets right after its name ("Kestrel Cranes Ltd. (Kestrel)"): read past it.
      if (/^\s*\(["“]?$/.test(text.slice(last.end, m.start))) last = { ...last, end: m.end + (/^["”]?\)/.exec(text.slice(m.end))?.[0].length ?? 0) };
      continue;
    }
    if (family(m) !== family(first) || !NAMED_WITH.test(text.slice(last.end, m.start))) break;
    group.push(m);
    last = m;
  }
  return group;
}
const NAMED_WITH = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/;

/** Whether a name's head is plural ("harbour cranes", "drones"): its last word ends in "s" (not "ss", "-ics"), or the lexicon
 *  tags it plural. */
function pluralHead(surface: string): boolean {
  const word = (surface.split(/\s+/).at(-1) ?? '').toLowerCase();
  return (/[^su]s$/.test(word) && !/ics$/.test(word)) || tagsOf(word).includes('Plural');
}

/** Whether a lower-case noun follows the word ending at `end`, one space away, which it then modifies ("the reseller
 *  enquiry", "the equipment authorization", "the product safety regime"): a word the lexicon tags as a noun, or does not
 *  know. A verb, a modal, a preposition or any other word leaves the phrase whole ("the manufacturer said", "the devices
 *  be re-exported"). */
function nounFollows(text: string, end: number): boolean {
  const next = /^ (\p{Ll}[\p{Ll}-]*)\b/u.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined) return false;
  const tags = tagsOf(next);
  return tags.length === 0 || tags.some((t) => NOUN_TAGS.has(t));
}
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);

const GENERIC_HEAD = 'anaphora:generic-head';
let theGenericHead: RegExp | undefined;
/**
 * Mentions of the thing a definite generic head takes up ("ordered that the devices be re-exported" after "a consignment of
 * 4,800 indoor connected cameras"; grammar/things.yaml generic-heads: "the devices", "the products", "the equipment"): the
 * one thing (Product or Technology) the sentence names before it, else the one its paragraph names before the sentence;
 * none where two things could be meant, where words stand between "the" and the head (a phrase of its own: "the
 * connected devices" names a class), or where the head modifies a noun after it ("the equipment authorization":
 * nounFollows). Objects only, as "such X" and "the company" are.
 */
function genericHeadObjects(text: string, from: number, own: Mention[], paragraph: () => Mention[]): Mention[] {
  theGenericHead ??= new RegExp(String.raw`\b[Tt]he\s+(?:${[...grammar().genericHeads].join('|')})\b(?!['’]s|[-‑])`, 'g');
  const out: Mention[] = [];
  const things = (ms: Mention[]): Mention[] => ms.filter((x) => x.label === 'Product' || x.label === 'Technology');
  for (const m of gatedMatchAll(theGenericHead, text.slice(from))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (own.some((x) => x.start < end && start < x.end) || nounFollows(text, end)) continue;
    const inSentence = things(own.filter((x) => x.end <= start));
    const candidates = inSentence.length ? inSentence : things(paragraph());
    if (new Set(candidates.map((x) => x.id)).size !== 1) continue;
    out.push({ ...candidates[candidates.length - 1], start, end, surface: text.slice(start, end), via: GENERIC_HEAD });
  }
  return out;
}

const TRADED = 'anaphora:traded';
/** "their importation", "its sale", "their use by agencies": a possessive pronoun before a noun of trade that names no goods
 *  of its own ("their sale of X" does, with "of"), nor modifies a noun after it ("its export privileges": tradedObjects). */
const POSSESSED_TRADE = /\b(?:their|its)\s+(?:importation|imports?|exportation|exports?|re-exports?|sales?|use|purchases?|procurement|installation|distribution|supply|transfers?)\b(?!\s+of\b|-)/gi;
/**
 * The goods a possessive pronoun before a noun of trade takes up ("To address the threat posed by harbour cranes made by
 * X, the Secretary shall prohibit their importation into the United States": the cranes' importation): the one thing
 * (Product or Technology) the sentence names before it, else the one its paragraph names before the sentence; none where
 * two things could be meant. A mention at the pronoun, objects only, as the generic head's.
 */
function tradedObjects(text: string, from: number, own: Mention[], paragraph: () => Mention[]): Mention[] {
  const out: Mention[] = [];
  const things = (ms: Mention[]): Mention[] => ms.filter((x) => x.label === 'Product' || x.label === 'Technology');
  for (const m of gatedMatchAll(POSSESSED_TRADE, text.slice(from))) {
    const start = from + m.index;
    const end = start + m[0].indexOf(' ');
    // "cutting off its export privileges": the noun of trade modifies the noun after it, no trade in goods.
    if (own.some((x) => x.start < end && start < x.end) || nounFollows(text, start + m[0].length)) continue;
    const inSentence = things(own.filter((x) => x.end <= start));
    const candidates = inSentence.length ? inSentence : things(paragraph());
    if (new Set(candidates.map((x) => x.id)).size !== 1) continue;
    out.push({ ...candidates[candidates.length - 1], start, end, surface: text.slice(start, end), via: TRADED });
  }
  return out;
}

const MAKER = 'anaphora:maker';
/** "its" or "their" right before a thing. */
const POSSESSIVE_BEFORE = /\b(?:its|their)\s+$/i;
/** The kinds of names a possessive pronoun may take up. */
const POSSESSORS = new Set(['Company', 'Authority', 'Law', 'Organization', 'Jurisdiction', 'Person', 'StandardBody']);
/**
 * The maker a possessive names right before a thing ("Qinfeng Telecom ... has been designated, and providers have been
 * told to stop installing its optical network terminals"): the last name before it, when a company, is an object with
 * the thing, as "made by" coordinates a maker with it. Objects only.
 */
function makerObjects(text: string, from: number, own: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const o of own) {
    if (o.start < from || (o.label !== 'Product' && o.label !== 'Technology')) continue;
    const p = POSSESSIVE_BEFORE.exec(text.slice(Math.max(from, o.start - 8), o.start));
    if (!p) continue;
    const start = o.start - p[0].length;
    const possessor = own.filter((x) => x.end <= start && POSSESSORS.has(x.label)).at(-1);
    if (possessor?.label !== 'Company') continue;
    // Empty, at the thing's place: the pronoun stays a word of the clause, the cue of makes-its.
    out.push({ ...possessor, start: o.start, end: o.start, surface: '', via: MAKER });
  }
  return out;
}

/** "either company", "both companies", "the three firms" (not a possessive): a count of companies named before; "these
 *  companies", "those entities": every one of them, two or more. */
const COUNTED_COMPANIES = /\b(?:(?:either|both)\s+(?:company|companies|firms?)|the\s+(two|three|four|five)\s+(?:companies|firms)|(these|those)\s+(?:companies|firms|entities))\b(?!['’]s)/gi;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/**
 * The companies a counted description takes up: as many distinct companies as it counts ("either", "both": two), named
 * before it in the sentence, else there and in the previous sentence of the paragraph; none when more or fewer are named
 * ("Huawei and ZTE were added ..., and the Act bars equipment made by either company": both). A demonstrative plural
 * ("these companies") takes up all of them, when two or more ("The Council added A and B to its list. It also imposed
 * sanctions on these companies": both). Objects only, all at the description's place.
 */
function countedCompanyObjects(text: string, from: number, own: Mention[], prev: SentenceFindings | undefined): Mention[] {
  const out: Mention[] = [];
  const companies = (ms: Mention[]): Mention[] => [...new Map(ms.filter((x) => x.label === 'Company').map((x) => [x.id, x])).values()];
  for (const m of gatedMatchAll(COUNTED_COMPANIES, text.slice(from))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (own.some((x) => x.start < end && start < x.end)) continue;
    const n = m[1] ? (COUNT[m[1].toLowerCase()] ?? 0) : 2;
    const before = own.filter((x) => x.end <= start);
    const inSentence = companies(before);
    const named = inSentence.length > 0 ? inSentence : companies([...(prev?.mentions ?? []), ...before]);
    if (m[2] ? named.length < 2 : named.length !== n) continue;
    for (const c of named) out.push({ ...c, start, end, surface: text.slice(start, end), via: COMPANY_NOUN });
  }
  return out;
}

/** Between the opening that names a counted set's members and a member, or between two members: nothing, a comma, "and",
 *  or an aside closed by a comma before them ("X, which few had heard of, and Y", "X, a maker of drones, and Y"); not a
 *  preposition's object ("X, a supplier to Y"). */
const MEMBER_GAP = /(?:^\s*|,\s*|,?\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?$/;
/** Between two members a semicolon separates, perhaps past the first one's own aside ("X, which ...; Y; and Z"). */
const MEMBER_ITEM_GAP = /^(?:,\s[^;]*)?;\s+(?:and\s+)?(?:the\s+)?$/;
/** How many sentences of its section before it an opening that names the act by its participle reaches back at most (a
 *  table's cells between are sentences of their own). */
const NAMED_MEMBERS_REACH = 40;
/** An act on a counted set of parties (rules.countedActs) right after an actor's name: its type, its actor, where it ends. */
interface CountedAct {
  type: string;
  subject: Mention;
  end: number;
}
function countedActsIn(text: string, mentions: Mention[], counted: { type: string; cue: RegExp }[]): CountedAct[] {
  return mentions
    .filter((m) => ACTORS.has(m.label))
    .flatMap((m) =>
      counted.flatMap((a) => {
        const x = a.cue.exec(text.slice(m.end));
        return x ? [{ type: a.type, subject: m, end: m.end + x.index + x[0].length }] : [];
      }),
    );
}
/** The one act of `acts`, none where they are two acts or of two actors. */
const onlyAct = (acts: CountedAct[]): CountedAct | undefined => (acts.length > 0 && new Set(acts.map((a) => `${a.type}|${a.subject.id}`)).size === 1 ? acts[0] : undefined);

/**
 * The members of a counted set of parties an act names without naming them: after the act and a link in its own sentence
 * ("BIS added twelve entities to the Entity List on Tuesday, including X and Y", "...: X and Y"; rules.countedMembersAfter),
 * or in the next sentence of the paragraph, which opens with rules.countedMembers ("The list includes X, which few had heard
 * of, and Y", "They include X and Y", "Among them are X and Y"). The act is one act on a counted set right after the name of
 * one body or instrument (rules.countedActs); it is done on each company named after the link or the opening, one after
 * another. None where the sentence states two such acts or actors. `carried`: the act is the sentence before's.
 */
function countedMemberActs(
  text: string,
  from: number,
  own: Mention[],
  prev: SentenceFindings | undefined,
  rules: RuleSet,
  earlier: () => SentenceFindings[] = () => [],
): { acts: { type: string; subject: Mention; object: Mention }[]; carried: boolean; source?: SentenceFindings } {
  const counted = rules.countedActs;
  if (!counted) return { acts: [], carried: false };
  const here = rules.countedMembersAfter ? onlyAct(countedActsIn(text, own.filter((m) => m.start >= from), counted)) : undefined;
  const link = here ? rules.countedMembersAfter?.exec(text.slice(here.end)) : undefined;
  if (here && link) return { acts: membersAfter(text, here.end + link.index + link[0].length, own, here), carried: false };
  if (from !== 0 || !rules.countedMembers) return { acts: [], carried: false };
  const opening = rules.countedMembers.exec(text);
  if (!opening) return { acts: [], carried: false };
  const actOf = (f: SentenceFindings): CountedAct | undefined => onlyAct(countedActsIn(f.sentence.text, f.mentions, counted));
  // The sentence before in the paragraph; where the opening names the act by its participle ("The entities added
  // include"), the nearest earlier sentence of the section that states one.
  let source = prev && actOf(prev) ? prev : undefined;
  if (!source && (opening.groups?.named ?? opening.groups?.amongNamed) !== undefined) source = earlier().find((f) => actOf(f) !== undefined);
  const act = source ? actOf(source) : undefined;
  return { acts: source && act ? membersAfter(text, opening.index + opening[0].length, own, act) : [], carried: true, source };
}

/** The companies named one after another from `at` on (MEMBER_GAP between), each the object of `act`. */
function membersAfter(text: string, from: number, own: Mention[], act: CountedAct): { type: string; subject: Mention; object: Mention }[] {
  const out: { type: string; subject: Mention; object: Mention }[] = [];
  let at = from;
  for (const m of own.filter((x) => x.start >= at).sort((a, b) => a.start - b.start)) {
    if (m.label !== 'Company') continue;
    const gap = text.slice(at, m.start);
    if (!MEMBER_GAP.test(gap) && !(out.length > 0 && MEMBER_ITEM_GAP.test(gap))) break;
    if (!out.some((o) => o.object.id === m.id)) out.push({ type: act.type, subject: act.subject, object: m });
    at = m.end;
  }
  return out;
}

/** How far before a mention rules.reference looks: an authorities recital lists several statutes after its
 *  "authority vested in me by". */
const REFERENCE_REACH = 300;

const PRONOUN = 'anaphora:pronoun';
/** Right before a pronoun object: a gerund of means ("... by adding it to the list"). */
const BY_GERUND = /\bby\s+(?:\w+ly\s+)?[a-z]+ing\s+$/i;
const ACTORS = new Set(['Authority', 'Law']);
/** The relations a pro-verb takes up (extractRelations' proVerbActs), and the rule it names. */
const PRO_VERB_TYPES = new Set(['RESTRICTS', 'ADDS_TO_LIST', 'DESIGNATES', 'INVESTIGATES', 'REGULATES']);
const PRO_VERB_RULE = 'pro-verb';
/** A pro-verb's subject that names no actor and takes up the one before: a personal pronoun, or none, after an opening
 *  phrase and with adverbs ("In June it later", "and then"). */
const PRO_VERB_SUBJECT = /^\s*(?:[^,;:]{0,60},\s+)?(?:(?:it|they)\s+)?(?:(?:\w+ly|since|then|also|later|again|now|soon)\s+)*$/i;
/** A list item's lead-in a self rule's cue is read in (RelationRule.actor): one that ends with a colon, which the item
 *  completes ("The following transactions are prohibited:"), not a dash of a clause the item ends ("may not be used to—"). */
const SELF_LEAD_IN = /:\s*$/;

/** Where a provision that binds everyone ends its subject and modal ("(a) No person ... may "), 0 for none. */
const provisionAt = (text: string, rules: RuleSet): number => rules.provision?.exec(text)?.[0].length ?? 0;

/**
 * A pronoun object of a coordinated verb (rules.objectPronoun: "OFAC designated X ..., and added it to the List") takes
 * up the first thing after the sentence's first actor (an authority or instrument, no preposition's object) that is no
 * preposition's object: the object of the actor's first verb, not a thing named in a heading before the actor or in a
 * phrase between ("X, a company that shipped drone engines to ..."). Objects only.
 */
/** What stands between two conjuncts of a list of things: a comma, "and" or "or", perhaps a determiner. */
const CONJUNCT_GAP = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:the|all|any)\s+)?$/i;

function pronounObjects(text: string, from: number, own: Mention[], rules: RuleSet, prev?: SentenceFindings): Mention[] {
  if (!rules.objectPronoun) return [];
  const out: Mention[] = [];
  for (const m of gatedMatchAll(globalOf(rules.objectPronoun), text.slice(from))) {
    const pronoun = m.groups?.pronoun;
    if (!pronoun) continue;
    const start = from + m.index + m[0].length - pronoun.length;
    const before = own.filter((x) => x.start >= from && x.end <= start);
    const oblique = obliqueStarts(text, before, rules);
    const actor = before.find((x) => ACTORS.has(x.label) && !oblique.has(x.start));
    const thing = (x: Mention): boolean => ANTECEDENT.has(x.label) && !oblique.has(x.start) && !isModifier(text, x, rules);
    // Nothing after the actor: the sentence's first thing ("Qingyun supplied X ..., and the EAR require a license for
    // every item that goes to them").
    // Nothing before it in the sentence: the first thing of the sentence before, no preposition's object ("Harbour cranes
    // are a risk. That is why we banned them").
    const prevThing = (): Mention | undefined => {
      if (!prev) return undefined;
      const o = obliqueStarts(prev.sentence.text, prev.mentions, rules);
      // Nor a relative clause's object ("four firms, including X, a maker of Y that sold drones to Z. ... bans them").
      const relative = (x: Mention): boolean => rules.relativeObject?.test(prev.sentence.text.slice(Math.max(0, x.start - 80), x.start)) ?? false;
      return prev.mentions.find((x) => ANTECEDENT.has(x.label) && !o.has(x.start) && !isModifier(prev.sentence.text, x, rules) && !relative(x));
    };
    // After a gerund of means ("took action against X by adding it to the Covered List"), the thing the actor's verb
    // names, a preposition's object too: the means act on the same party.
    // So does the subject of an indirect question after a verb of governing ("sets requirements for drones ..., and Y governs
    // how they are operated"): the things the sentence is about, a preposition's object too.
    const means = BY_GERUND.test(text.slice(from, start)) || INDIRECT.test(m[0]) ? before.find((x) => x.start >= (actor?.end ?? 0) && ANTECEDENT.has(x.label) && !isModifier(text, x, rules)) : undefined;
    const ante = means ?? before.find((x) => x.start >= (actor?.end ?? 0) && thing(x)) ?? before.find(thing) ?? prevThing();
    if (!ante) continue;
    out.push({ ...ante, start, end: start + pronoun.length, surface: pronoun, via: PRONOUN });
    // "them" after companies the actor's verb names ("places X, a maker of Y, and Z on the list and tells exporters to stop
    // supplying them"): every such company, each once, not the first alone.
    if (/^them$/i.test(pronoun) && ante.label === 'Company' && before.includes(ante)) {
      const seen = new Set([ante.id]);
      for (const x of before)
        if (x.label === 'Company' && x.start >= (actor?.end ?? 0) && thing(x) && !seen.has(x.id)) {
          seen.add(x.id);
          out.push({ ...x, start, end: start + pronoun.length, surface: pronoun, via: PRONOUN });
        }
    }
    // "them" after goods coordinated with others ("added drones and drone components to its Covered List, which prevents new
    // equipment authorizations for them"): each conjunct of the antecedent too, apart from it by a comma or a conjunction
    // alone.
    if (/^them$/i.test(pronoun) && ante.label !== 'Company' && before.includes(ante)) {
      let last = ante;
      for (const x of before) {
        if (x.start < last.end || x === ante) continue;
        if (!thing(x) || x.label === 'Company' || !CONJUNCT_GAP.test(text.slice(last.end, x.start))) break;
        out.push({ ...x, start, end: start + pronoun.length, surface: pronoun, via: PRONOUN });
        last = x;
      }
    }
    // Goods named with their maker ("cameras made by C, ... no longer authorize new models of them"): the maker too.
    const maker = ante.label === 'Company' ? undefined : before.find((x) => x.start >= ante.end && x.label === 'Company');
    if (maker && rules.pronounMaker?.test(text.slice(ante.end, maker.start))) out.push({ ...maker, start, end: start + pronoun.length, surface: pronoun, via: PRONOUN });
  }
  return out;
}

/** A country, state or union named as its clause's subject right before its finite verb (rules.governing: "Canada
 *  announced its intention to exclude X", "In 2024 Florida banned Z"), or as a member of a plural subject of governments
 *  (governingMembers: "Several states, Florida first among them, have barred W"): a reader takes the act as its
 *  government's, so it acts for the rules an authority may act in, as governmentNamed says who that is. Not the object of a preposition (`oblique`: goods
 *  "from China", "in Canada"), nor a name that modifies a noun ("Chinese companies", "China's ministry", "U.S. export
 *  controls"): no verb follows those. */
function governingSubject(text: string, m: Mention, rules: RuleSet, oblique: Set<number>): boolean {
  // A people's adjective modifies what follows ("Chinese manufactured drones", "Dutch made chips").
  if (m.label !== 'Jurisdiction' || !rules.governing || modifiesAsName(m.surface.split(/\s+/).at(-1) ?? '')) return false;
  const after = text.slice(m.end);
  // A member named after "including" is a preposition's object to `oblique`, yet a subject's member here.
  const member = rules.governingMembers?.test(text.slice(0, m.start)) ? rules.governingMembersAfter?.exec(after)?.groups?.verb : undefined;
  const verb = member ?? (oblique.has(m.start) ? undefined : rules.governing.exec(after)?.groups?.verb);
  // A lawmaker's or a buyer's act (grammar/names.yaml subdivision-acts, as subdivisions.ts reads a state's): not one a
  // country or a state does as a trader ("Florida stopped exporting drones to China").
  governmentActs ??= new Set(grammar().subdivisionActs.map((w) => w.toLowerCase()));
  return verb !== undefined && governmentActs.has(verb);
}
let governmentActs: Set<string> | undefined;
/** Who acts for a country, state or union that acts as its government (governingSubject), by its id: a state of a
 *  federation itself ("jur:us-fl": the golds record a state as lawmaker as an authority, "Florida banned X"), a country
 *  only as the government the document names ("jur:ca": "the Government of Canada ... Canada announced its intention to
 *  exclude X"), either the catalog's government of the country (grammar/names.yaml `government`, resolved by entities.ts:
 *  an id `authority:<code>-government`) or the body recognised by that name ("Government of Canada"). A country whose
 *  government the document does not name is no actor: the golds leave "the United States imposed further tariffs on X",
 *  "China has placed licensing requirements on Y" and "the EU has imposed restrictive measures against Russia" unrecorded,
 *  as they leave the metonyms ("Washington", "Beijing"). */
function governmentNamed(findings: SentenceFindings[]): (jurisdiction: string) => string | undefined {
  let named: Set<string> | undefined;
  return (jurisdiction) => {
    if (/^jur:[a-z]{2}-[a-z0-9]{1,3}$/.test(jurisdiction)) return jurisdiction;
    const code = /^jur:([a-z]{2})$/.exec(jurisdiction)?.[1];
    if (!code) return undefined;
    named ??= new Set(findings.flatMap((f) => f.mentions.filter((m) => m.label === 'Authority').map((m) => m.id)));
    const own = recognisedId('Authority', entityKey('Authority', `Government of ${countryName(code.toUpperCase())}`));
    return [`authority:${code}-government`, own].find((id) => named?.has(id));
  };
}


/** An objectPronoun match that is the subject of an indirect question ("governs how they are operated"). */
const INDIRECT = /\b(?:how|where|when)\s+they\s+\w+$/i;

/** "as defined in section 27.4 of title 47, Code of Federal Regulations": a reference, never an actor. */
function isReference(text: string, m: Mention, rules: RuleSet): boolean {
  // Both patterns are asked of slices of the sentence: first whether the sentence holds their literals (literal-gate.ts).
  const { reference, deeming } = rules;
  if (!reference || !mayMatch(reference, text) || !reference.test(text.slice(Math.max(0, m.start - REFERENCE_REACH), m.start))) return false;
  return !(m.label === 'Law' && deeming && mayMatch(deeming, text) && deeming.test(text.slice(m.end, m.end + REFERENCE_REACH)));
}

/** "The Department issues this rule to prohibit X": an instrument that is a verb's object, its purpose after it. */
function isMeans(text: string, m: Mention, rules: RuleSet): boolean {
  if (m.label !== 'Law' || !rules.means || !rules.meansAfter) return false;
  return rules.means.test(text.slice(Math.max(0, m.start - 60), m.start)) && rules.meansAfter.test(text.slice(m.end, m.end + 20));
}

/**
 * The sentence's candidate subjects for `rule`. "This would ... ban X": a sentence opening with a
 * demonstrative takes as subject the previous sentence's last entity of the first subject label present
 * there (the rule lists labels by preference: a Law before the Authority that passed it). A personal
 * pronoun ("It has also restricted X") takes up the previous sentence's actor instead: its first entity of
 * the rule's subject labels that is no preposition's object ("MOFCOM placed X on its Unreliable Entity List.
 * It has also restricted Y": MOFCOM, not the list).
 */
function subjectsOf(
  f: SentenceFindings,
  prev: SentenceFindings | undefined,
  rule: RelationRule,
  pronoun: RegExpExecArray | null,
  rules: RuleSet,
  oblique?: Set<number>,
): { subjects: Mention[]; antecedent?: string } {
  const subjects = f.mentions.filter((m) => rule.subject.includes(m.label) && m.via !== SUCH && m.via !== RELATIVE && m.via !== MAKER);
  // The pronoun ends the match; an opening adverbial before it ("Later that day, it") names no actor of the rule's, but
  // for a preposition's object ("At the request of the Administration, it banned X": the pronoun's act).
  if (!pronoun || !prev || rule.order !== 'subject-first' || subjects.some((s) => s.start < pronoun[0].length + 1 && !oblique?.has(s.start))) return { subjects };
  const word = pronoun.groups?.pronoun ?? pronoun[0];
  // "The review shall examine X" after "The Council shall review Y": the actor whose review the sentence before speaks of.
  const activity = rules.activity?.test(word) ?? false;
  if (activity && !sameActivity(prev.sentence.text, word)) return { subjects };
  // "The rule", "That act": a demonstrative with an instrument's noun takes up an instrument only.
  // "The amendment" took up its one candidate before (amendingBefore): an amending instrument, or the body that amended.
  const named = /\s/.test(word) && !activity && !rules.amendment?.test(word) ? { ...rule, subject: rule.subject.filter((l) => l === 'Law') } : rule;
  const personal = rules.personal?.test(word) ?? false;
  const ante = personal || activity ? ((personal ? issuedBefore(prev, rule, rules, f.sentence.text.slice(pronoun[0].length)) : undefined) ?? actorOf(prev, rule, rules)) : (lastOfPreferredLabel(prev, named, kindOf(word, rules)) ?? (named !== rule ? issuerOf(prev, word, rule, rules) : undefined));
  if (!ante) return { subjects };
  // The mention is the pronoun's: its surface the pronoun, its name the antecedent's (provenance: via, antecedent).
  return { subjects: [{ ...ante, start: pronoun[0].length - word.length, end: pronoun[0].length, surface: word, via: 'anaphora' }, ...subjects], antecedent: prev.sentence.locator };
}

/** Whether `text` speaks of the activity the noun ending `word` names: its stem ("review", "investigat", "inquir",
 *  "assess", "audit") as a noun or a verb ("shall review", "opened an investigation into"). */
function sameActivity(text: string, word: string): boolean {
  const noun = /(\w+)$/.exec(word)?.[1].toLowerCase() ?? '';
  const stem = noun.replace(/(?:ion|y|ment)$/, '');
  return stem.length >= 4 && new RegExp(`\\b${stem}`, 'i').test(text);
}

/** "The Council adopted a new sanctions package on 3 June. It adds X to Annex IV": the one instrument the sentence before
 *  says was issued or adopted (rules.issuing right before it; not one an act amends, TOUCHED), which a personal pronoun
 *  with a verb in the simple present after it (rules.presentAct, read on `after`) takes up, as the instrument's provision;
 *  none where the sentence issued two. */
function issuedBefore(prev: SentenceFindings, rule: RelationRule, rules: RuleSet, after: string): Mention | undefined {
  if (!rules.presentAct || !rules.issuing || !rule.subject.includes('Law') || !rules.presentAct.test(after)) return undefined;
  const text = prev.sentence.text;
  const issued = prev.mentions.filter((m) => m.label === 'Law' && rules.issuing?.test(text.slice(Math.max(0, m.start - 80), m.start)) && !TOUCHED.test(text.slice(Math.max(0, m.start - 40), m.start)));
  return new Set(issued.map((m) => m.id)).size === 1 ? issued[0] : undefined;
}

/** The anaphor that opens `text` (rules.anaphora), but for a personal pronoun the words after it make an expletive
 *  (rules.expletive: "It is likely that X", "It will be necessary to ban Y"), which refers to no one. */
function anaphorIn(text: string, rules: RuleSet): RegExpExecArray | null {
  const m = gatedExec(rules.anaphora, text);
  // "This report examines ...": the demonstrative determines a noun of the text, no pronoun (rules.determiner).
  if (m && rules.determiner && /^th(?:is|ese)$/i.test(m.groups?.pronoun ?? '') && rules.determiner.test(text.slice(m.index + m[0].length))) return null;
  if (!m || !rules.expletive || !rules.personal?.test(m.groups?.pronoun ?? '')) return m;
  return rules.expletive.test(text.slice(m.index + m[0].length)) ? null : m;
}

/** The body the sentence before says issued what a demonstrative with an instrument's noun names, when it names no
 *  instrument ("The Council published its order on Tuesday. The order bans X": the Council): its actor (actorOf), an
 *  authority, where a verb of issuing (rules.issuing) stands right before that noun. */
function issuerOf(prev: SentenceFindings, word: string, rule: RelationRule, rules: RuleSet): Mention | undefined {
  if (!rules.issuing || !rule.subject.includes('Authority') || prev.mentions.some((m) => m.label === 'Law')) return undefined;
  const noun = (word.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/s$/, '');
  const text = prev.sentence.text;
  const issued = [...text.matchAll(new RegExp(`\\b${noun}s?\\b`, 'gi'))].some((m) => rules.issuing?.test(text.slice(Math.max(0, m.index - 80), m.index)));
  return issued ? actorOf(prev, { ...rule, subject: ['Authority'] }, rules) : undefined;
}

/** Between an instrument and the object right after it: punctuation, a parenthesis, a list item's enumerator. */
const INSTRUMENT_GAP = /^\s*(?:\([^()]{0,40}\))?\s*[:,]?\s*(?:[-*•]\s*|\(?\w{1,3}[.)]\s+)?$/;

/** A question: a sentence that ends with a question mark (perhaps before a closing quote or bracket). */
const QUESTION = /\?\W*$/;

/** Who may be the carried actor of an agentless passive (extractRelations): a body or an instrument. */
const AGENTLESS = { id: 'agentless', type: 'RESTRICTS', subject: ['Authority', 'Law'], object: [], order: 'subject-first', cue: /$^/, confidence: 0.6 } as RelationRule;

/** The instrument as the actor of a provision its enacting formula introduces (extractRelations). */
const ENACTED = 'enacted';
/** What a heading may hold beside a name that is all it names: punctuation and an article. */
const ONLY_THE = /^[\s\p{P}]*(?:the\s*)?[\s\p{P}]*$/iu;
const ENUMERATED = /^\s*(?:\(\w{1,4}\)|\w{1,3}[.)])?\s*/;

const sectionOf = (f: SentenceFindings | undefined): string => f?.sentence.locator.split('.')[0] ?? '';

/** The mentions of the sentences before the `i`th in its paragraph (as an anaphor reads them), in order: those from the
 *  paragraph's first sentence, the `start`th. */
function paragraphBefore(findings: SentenceFindings[], start: number, i: number): Mention[] {
  return findings.slice(start, i).flatMap((f) => f.mentions);
}

/** The nearest sentence before the `i`th of its paragraph that names an entity, past at most one that names none. */
function namingBefore(findings: SentenceFindings[], paras: string[], i: number): SentenceFindings | undefined {
  const para = paras[i];
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const f = findings[k] as SentenceFindings;
    if (paras[k] !== para) return undefined;
    if (f.mentions.length > 0 || k === i - 2) return f;
  }
  return undefined;
}

/** The previous sentence's last entity of the first of the rule's subject labels present there; a named
 *  instrument before a procedural citation, which only says where a text stands ("... published as X and
 *  codified in 15 CFR part 791. The rule prohibits ...": X). */
function lastOfPreferredLabel(prev: SentenceFindings, rule: RelationRule, kind?: KindOf): Mention | undefined {
  const fits = (m: Mention): boolean => !kind || kind.fits(m.surface);
  const label = rule.subject.find((l) => prev.mentions.some((m) => m.label === l && fits(m)));
  const candidates = [...prev.mentions].reverse().filter((m) => m.label === label && fits(m));
  return candidates.find((m) => !m.procedural) ?? candidates[0];
}

/** The kinds of instrument a text names (rules.instrumentKind: "Directive (EU) 2022/2555", "The direction"). */
function instrumentKinds(text: string, rules: RuleSet): Set<string> {
  return new Set([...text.matchAll(rules.instrumentKind ?? /$^/g)].map((m) => (m.groups?.kind ?? m[0]).toLowerCase()));
}

/** For a demonstrative with the noun of a kind of instrument (`word`: "The direction", "This decree") whose sentence before
 *  (`before`) names no instrument: the one instrument whose surface shows that kind, named earlier in the `i`th sentence's
 *  paragraph or in the paragraph before it in the same section ("PSPF Direction 7 takes effect today. Entities must comply
 *  by May." + "The direction also prohibits X": Direction 7), as a finding of its sentence with that mention alone; none
 *  where two such instruments are named there, or the noun names no kind ("The rule"). */
function kindBefore(findings: SentenceFindings[], paras: string[], paraStart: number[], i: number, word: string, before: SentenceFindings | undefined, rules: RuleSet): SentenceFindings | undefined {
  if (!/\s/.test(word) || rules.personal?.test(word)) return undefined;
  const [own] = instrumentKinds(word, rules);
  if (!own || before?.mentions.some((m) => m.label === 'Law')) return undefined;
  const start = paraStart[i] as number;
  const from = start > 0 && sectionOf(findings[start - 1]) === sectionOf(findings[i]) ? (paraStart[start - 1] as number) : start;
  const found = findings.slice(from, i).flatMap((f) => f.mentions.filter((m) => m.label === 'Law' && instrumentKinds(m.surface, rules).has(own)).map((m) => ({ f, m })));
  const last = found.at(-1);
  return last && new Set(found.map((x) => x.m.id)).size === 1 && paras[from] !== undefined ? { ...last.f, mentions: [last.m] } : undefined;
}

/** For a demonstrative with the noun of an amendment (rules.amendment: "The amendment", "The amending Order"): the one
 *  instrument named before the `i`th sentence in its paragraph, or in the paragraph before in the same section, that
 *  amends another (its surface says so, rules.amends, or the words right after it, rules.amendsAfter), as a finding of its
 *  sentence with that mention alone; none where no such instrument, or two, were named there. */
function amendingBefore(findings: SentenceFindings[], paras: string[], paraStart: number[], i: number, rules: RuleSet): SentenceFindings | undefined {
  const start = paraStart[i] as number;
  const from = start > 0 && sectionOf(findings[start - 1]) === sectionOf(findings[i]) ? (paraStart[start - 1] as number) : start;
  const amends = (f: SentenceFindings, m: Mention): boolean => m.label === 'Law' && (!!rules.amends?.test(m.surface) || !!rules.amendsAfter?.test(f.sentence.text.slice(m.end)) || citesAmending(f.sentence.text, m, rules));
  const amendingIn = (fs: SentenceFindings[]): { f: SentenceFindings; m: Mention }[] => fs.flatMap((f) => f.mentions.filter((m) => amends(f, m)).map((m) => ({ f, m })));
  const found = amendingIn(findings.slice(from, i));
  const last = found.at(-1);
  if (last) return new Set(found.map((x) => x.m.id)).size === 1 && paras[from] !== undefined ? { ...last.f, mentions: [last.m] } : undefined;
  // "The Council amended the X Order in May. The amendment bans Y": the body that amended, none naming the amending act.
  const prev = i > 0 && paras[i - 1] === paras[i] ? findings[i - 1] : undefined;
  const actor = prev && rules.amendedBy?.test(prev.sentence.text) ? actorOf(prev, { ...AGENTLESS, subject: ['Authority'] }, rules) : undefined;
  if (prev && actor) return { ...prev, mentions: [actor] };
  // A release that names its amending instrument in its opening and outlines it under a later heading ("## 3. Outline of
  // the Amendment" + "The amendment adds the following items:"): the one amending instrument the document named before,
  // in any section; none where it named two.
  const anywhere = amendingIn(findings.slice(0, from));
  const one = anywhere.at(-1);
  return one && new Set(anywhere.map((x) => x.m.id)).size === 1 ? { ...one.f, mentions: [one.m] } : undefined;
}

/** Whether an instrument is cited in round brackets right after a noun phrase whose participle amends another
 *  (rules.amendsBefore: "a Cabinet Order partially amending the X Order (Cabinet Order No. 4 of 2031)"), the citation
 *  showing the kind of instrument the phrase's head names: the citation names the amending instrument, not the amended. */
function citesAmending(text: string, m: Mention, rules: RuleSet): boolean {
  const head = rules.amendsBefore?.exec(text.slice(Math.max(0, m.start - 200), m.start))?.groups?.head;
  if (!head) return false;
  const kinds = instrumentKinds(m.surface, rules);
  return [...instrumentKinds(head, rules)].some((k) => kinds.has(k));
}

/** Whether an instrument's surface may be what a demonstrative's noun names. */
type KindOf = { fits: (surface: string) => boolean };

/** The kind a demonstrative's noun names ("This Regulation": regulation), as a test of a candidate's surface: one that
 *  shows a kind of instrument ("Directive (EU) 2022/2555") fits only if it shows this one; a surface that shows none
 *  ("IEEPA") may be any. A noun that names no kind ("the rule", "this measure") fits any surface but a part's ("Annex IV",
 *  rules.instrumentPart: "It adds X to Annex IV. The package also bans Y" is no annex's ban); none without that pattern. */
function kindOf(word: string, rules: RuleSet): KindOf | undefined {
  const kindsIn = (text: string): Set<string> =>
    new Set([...text.matchAll(rules.instrumentKind ?? /$^/g)].map((m) => (m.groups?.kind ?? m[0]).toLowerCase()));
  const [own] = kindsIn(word);
  const part = rules.instrumentPart;
  if (!own && !part) return undefined;
  const ownPart = part?.test(word) ?? false;
  return {
    fits: (surface) => {
      if (part && part.test(surface) !== ownPart) return false;
      if (!own) return true;
      const shown = kindsIn(surface);
      return shown.size === 0 || shown.has(own);
    },
  };
}

/** The previous sentence's first entity of the rule's subject labels that is no preposition's object; none when another
 *  name is coordinated with it ("The Council and the Administration met."): "it" would be a guess between the two. */
function actorOf(prev: SentenceFindings, rule: RelationRule, rules: RuleSet): Mention | undefined {
  const text = prev.sentence.text;
  const oblique = obliqueStarts(text, prev.mentions, rules);
  // An act an act touches is no actor ("the Council adopted a package amending Regulation X. It ...": not Regulation X).
  const touched = (m: Mention): boolean => m.label === 'Law' && TOUCHED.test(text.slice(Math.max(0, m.start - 40), m.start));
  // "Article 7 of the National Intelligence Law requires ... . It applies to X": an instrument whose provision opens the
  // sentence is its subject, a preposition's object though it is.
  const provision = (m: Mention): boolean => m.label === 'Law' && PROVISION_OPENER.test(text.slice(0, m.start));
  const actor = prev.mentions.find((m) => rule.subject.includes(m.label) && (!oblique.has(m.start) || provision(m)) && !isReference(text, m, rules) && !touched(m));
  if (!actor) return undefined;
  // "Kestrel Cranes Ltd. was fined by the Council in May. It then ...": a company the sentence opens with, its subject, is
  // what "it" takes up, not the actor after it.
  const opener = prev.mentions.find((m) => (m.label === 'Company' || rule.subject.includes(m.label)) && !oblique.has(m.start));
  if (opener && opener.label === 'Company' && opener.start < actor.start) return undefined;
  const next = prev.mentions.find((m) => m.start >= actor.end);
  return next && next.id !== actor.id && rule.subject.includes(next.label) && COSUBJECT.test(text.slice(actor.end, next.start)) ? undefined : actor;
}

/** A sentence's opening words up to an instrument whose provision they name: "Article 7 of the ", "Section 5(a) and (b) of
 *  this ", "Paragraph 2 of Article 4 of the ". */
const PROVISION_OPENER = /^\W*(?:(?:sub)?(?:sections?|articles?|paragraphs?|parts?|chapters?|titles?|rules?)\s+[\w().-]+(?:\s*(?:,|and|or|through|to)\s*[\w().-]+)*\s+of\s+)+(?:the\s+|this\s+|that\s+|its\s+)?$/i;

/** Right before an instrument an act changes: a participle of amending, repealing, replacing or supplementing it. */
const TOUCHED = /\b(?:amend|repeal|replac|supplement|revis)(?:ing|ed)\s+(?:the\s+)?$/i;

/** Between two names coordinated as one subject ("A and B", "A, B", "A as well as the B", "A or the B"). */
const COSUBJECT = /^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as|along\s+with)\s+)?(?:the\s+)?$/i;

/** Per rule, the number of its set of subject labels (with its order: subjectsOf reads both) and of object
 *  labels among the rule set's distinct ones; computed once per rule set. */
interface LabelSets {
  subject: number[];
  object: number[];
  subjectSets: number;
  objectSets: number;
  /** Per rule, its pair of sets (subject set * objectSets + object set). */
  pair: Int32Array;
  /** Per rule, 1 where its objects or subjects are its own (`companyOf`, `apposed`, the document's self as `actor`), not its
   *  sets' alone: never passed over for its sets. */
  own: Uint8Array;
  /** Per rule, its cue's literal gate and its cue without assertions (gateFor, assertionFree), read by index in the
   *  rule loop instead of from those modules' WeakMaps (about 200,000 lookups a pass of the synthetic reports). */
  cueGate: PatternGate[];
  cueRelaxed: (RegExp | null)[];
}
const labelSetsOf = new WeakMap<RuleSet, LabelSets>();

function labelSets(rules: RuleSet): LabelSets {
  let sets = labelSetsOf.get(rules);
  if (!sets) {
    const subjects = new Map<string, number>();
    const objects = new Map<string, number>();
    const number = (m: Map<string, number>, key: string): number => {
      const n = m.get(key) ?? m.size;
      m.set(key, n);
      return n;
    };
    sets = {
      subject: rules.rules.map((r) => number(subjects, `${r.order}|${r.subject.join('|')}`)),
      object: rules.rules.map((r) => number(objects, r.object.join('|'))),
      subjectSets: 0,
      objectSets: 0,
      pair: new Int32Array(rules.rules.length),
      own: Uint8Array.from(rules.rules, (r) => (r.companyOf || r.apposed || r.actor === 'self' ? 1 : 0)),
      cueGate: rules.rules.map((r) => gateFor(r.cue)),
      cueRelaxed: rules.rules.map((r) => assertionFree(r.cue)),
    };
    sets.subjectSets = subjects.size;
    sets.objectSets = objects.size;
    for (let r = 0; r < rules.rules.length; r++) sets.pair[r] = (sets.subject[r] as number) * sets.objectSets + (sets.object[r] as number);
    labelSetsOf.set(rules, sets);
  }
  return sets;
}

/** Whether some actor and some other object stand in the rule's order (the actor first, or the object first): the
 *  pairs vetoOf reads past its order check. */
function inOrder(rule: RelationRule, subjects: Mention[], objects: Mention[]): boolean {
  const subjectFirst = rule.order === 'subject-first';
  for (const s of subjects) for (const o of objects) if (s.id !== o.id && (subjectFirst ? s.end <= o.start : o.end <= s.start)) return true;
  return false;
}

/** One sentence read with one rule: its candidate actors and objects, and where a preposition's objects start. */
interface Clause {
  text: string;
  /** Every mention of the sentence: a cue inside one is part of a name. */
  mentions: Mention[];
  subjects: Mention[];
  objects: Mention[];
  oblique: Set<number>;
  rule: RelationRule;
  rules: RuleSet;
  /** The document names itself as an instrument (a self-reference): its "should" is normative, no recommendation. */
  instrument: boolean;
  /** `type|actor` of the relations the paragraph stated before (RelationRule.elided). */
  stated: Set<string>;
  /** The actors that opened an investigation in the paragraph's sentence before (RuleSet.investigationOpened). */
  opened?: Set<string>;
  /** The caller reads which check rejects a pair (relation-trace.ts), not only whether one does: vetoOf then asks its
   *  checks in their order and returns the first that rejects. */
  firstVeto?: boolean;
}

/**
 * Whether the sentence states the rule's relation from `s` to `o`: undefined when it does, else the first check that
 * rejects it (relation-trace.ts names them). In the rule's order, within the gap, the cue between them and no negation.
 * In subject-first rules, also: the cue is the subject's (see ownCue), and the object is the first one after the cue or
 * chained to it ("restricted exports of chips and equipment", "cameras manufactured by X").
 */
/** A passive participle right after its object, no auxiliary or copula of its own: a reduced relative clause
 *  ("vehicles approved under this Regulation", "drones, restricted by the Order,"), which states the object's status. */
function reducedRelative(rule: RelationRule, between: string, cue: { start: number; text: string }): boolean {
  return rule.order === 'object-first' && rule.passive === true && /^\s*,?\s*$/.test(between.slice(0, cue.start)) && !FINITE_OPENING.test(cue.text);
}
/** Between a name and the cue right after it: the name's possessive, a few modifiers between ("the Department's new
 *  restrictions on"): the cue names the possessor's act. */
const POSSESSED_CUE = /^['’]s?\s+(?:[\w-]+\s+){0,3}$/;
const FINITE_OPENING = /^\W*(?:is|are|was|were|be|been|being|has|have|had|remains?|remained|becomes?|became|comes?|came)\b/i;

/** "The Commission opened an investigation into X. It will investigate whether Y ...": the future verb states the scope of
 *  the investigation its actor opened in the sentence before, no investigation still to come; read where that verb is the
 *  only proposal the text between holds. */
function scopeOfOpened(c: Clause, s: Mention, negated: string): boolean {
  const { rules } = c;
  if (c.rule.type !== 'INVESTIGATES' || !c.opened?.has(s.id) || !rules.openedScope || !rules.proposal) return false;
  const rest = negated.replace(globalOf(rules.openedScope), ' ');
  return rest !== negated && !rules.proposal.test(rest);
}

/** The actors of a sentence (its mentions of bodies and instruments) that opened an investigation right after their name
 *  (RuleSet.investigationOpened): "The Commission also opened an anti-subsidy investigation into X". */
function investigationOpeners(rules: RuleSet, f: SentenceFindings | undefined): Set<string> | undefined {
  if (!f || !rules.investigationOpened || !mayMatch(rules.investigationOpened, f.sentence.text)) return undefined;
  const text = f.sentence.text;
  const ids = f.mentions.filter((m) => (m.label === 'Authority' || m.label === 'Law') && rules.investigationOpened?.test(text.slice(m.end, m.end + 160))).map((m) => m.id);
  return ids.length > 0 ? new Set(ids) : undefined;
}

function vetoOf(c: Clause, s: Mention, o: Mention): Veto | undefined {
  const { text, rule, rules } = c;
  // "added X to the Entity List along with Y", "..., and its rival Y as well": Y is read as X is.
  const late = lateHead(c, o);
  if (late) return vetoOf(c, s, late);
  // "restricts lifting equipment, and harbour cranes are among them": the member is read as the class it is named in.
  // The first class the act reaches gives it; none, the nearest one's veto.
  const members = memberHeads(c, o);
  if (members.length > 0) {
    const vetoes = members.map((m) => vetoOf(c, s, m));
    return vetoes.includes(undefined) ? undefined : vetoes[0];
  }
  const [a, b] = rule.order === 'subject-first' ? [s, o] : [o, s];
  if (rule.elided && !c.stated.has(`${rule.type}|${s.id}`)) return 'elided';
  // The gap bounds how far the cue's first object may stand; the conjuncts chained to it reach further
  // ("... with regard to A providers, B providers, ..., and of Z").
  const far = b.start - a.end > rules.maxGap;
  if (a.end > b.start) return 'order';
  if (far && rule.order === 'object-first') return 'maxGap';
  let between = text.slice(a.end, b.start);
  if (!rule.cue.test(between)) {
    // A cue that ends at its object ("products of the People's Republic of China") reaches the conjuncts
    // chained to that object ("... China or the Russian Federation"): it is read up to the first of them.
    const chained = rule.order === 'subject-first' ? chainHead(c, a.end, o) : undefined;
    let head = rule.order === 'subject-first' ? (chained ?? originBefore(c, a.end, o) ?? modifiersBefore(c, a.end, o, o.start)) : undefined;
    // "the export of military drones and their flight controllers": the chain's first goods have modifiers of their own.
    if (chained !== undefined && !rule.cue.test(text.slice(a.end, chained))) head = modifiersBefore(c, a.end, o, chained) ?? chained;
    if (head === undefined || !rule.cue.test(text.slice(a.end, head))) return 'cue';
    between = text.slice(a.end, head);
  }
  // A rule's `before` depends on the pair alone: asked here, it spares a pair it rejects the checks of the cue's clause
  // below (some 90 us a pair, a tenth of a report's extraction); the rule loop, which asks only whether the pair is
  // stated, takes its answer at once, the trace at its place in the order.
  const beforeFails = rule.before !== undefined && !beforeHolds(c, a, o);
  if (beforeFails && !c.firstVeto) return 'before';
  // A cue inside a name is no verb ("a UN Regulation on automated vehicles" regulates nothing).
  const inName = (at: number): boolean => c.mentions.some((m) => m.start <= a.end + at && a.end + at < m.end);
  let found = lastMatch(rule.cue, between, (at) => !inName(at));
  if (!found) return 'cue-in-name';
  const reading = clausesOf(c);
  // "Commerce has restricted, and the FCC has banned, X": a conjunct between commas whose object is raised past its closing
  // comma (clauses `raised`) has its own actor and verb; the actor before it acts by its own verb, the last match before
  // the conjunct, on the object they share.
  if (rule.order === 'subject-first') {
    const raised = reading.find((x) => x.raised && x.start >= s.end && x.start <= a.end + found!.start && a.end + found!.start < x.end);
    if (raised) found = lastMatch(rule.cue, between, (at) => !inName(at) && !(raised.start <= a.end + at && a.end + at < raised.end)) ?? found;
  }
  const cue = { ...found, text: between.slice(found.start, found.end) };
  const cueStart = a.end + cue.start;
  const own = innermost(reading, cueStart);
  // "To ask the Minister whether the Service intends to restrict X", "If the Department adds X": asked or supposed.
  // Not a participle right after its object, a reduced relative clause, which states the object's status as a relative
  // clause does ("If the holder ceases to manufacture a type of vehicle approved in accordance with this Regulation": the
  // approval is no supposition); "If X is approved under ..." is the supposed act itself.
  // So is the act of a consequent after an opening condition ("If the court upholds the order, the Commission will add X").
  if ((undecided(reading, own) || supposed(reading, own)) && !reducedRelative(rule, between, cue)) return 'undecided';
  // A prohibition's own "not" ("may not be used to purchase") is its meaning, not a negation of it; a negation in a
  // clause beside the cue's is that clause's ("The Agency, which does not regulate X, added Y").
  // So is one opening the clause's subject ("Neither A nor B has restricted X").
  const span = rule.order === 'subject-first' ? actingSubject(reading, own) : undefined;
  const opening = span && span.start <= s.start && s.end <= span.end ? text.slice(span.start, s.start) : '';
  const scoped = `${opening} ${outsideClause(between, a.end, reading, own, rule.order === 'subject-first')}`;
  const prohibited = rule.prohibition ? `${scoped.slice(0, opening.length + 1 + cue.start)} ${scoped.slice(opening.length + 1 + cue.end)}` : scoped;
  // A reversal negated or refused keeps the measure in force ("will not lift its ban on X", "refused to ease tariffs on
  // X"): neither the negation nor the reversal stands.
  const negated = rules.unreversed ? prohibited.replace(rules.unreversed, ' ') : prohibited;
  if (rules.negation.test(rule.unnegated ? negated.replace(rule.unnegated, ' ') : negated)) return 'negation';
  // "At no point did the Bureau restrict X": a negative adverbial before the inverted actor of the cue's own clause.
  if (rule.order === 'subject-first' && rules.invertedNegation && mayMatch(rules.invertedNegation, text) && rules.invertedNegation.test(text.slice(reading[own]?.start ?? 0, s.start))) return 'negation';
  // A passive's subject that denies the act of its object ("None of these products is covered by the rule").
  if (rule.order === 'object-first' && rules.negatedSubject) {
    const subject = actingSubject(reading, own);
    if (subject && subject.start <= o.start && o.end <= subject.end && rules.negatedSubject.test(text.slice(subject.start, o.start))) return 'negation';
  }
  // An instrument's own "should" is normative, but the advice it reports is another's ("The Secretary recommended that I
  // adjust those imports through restrictions on X": the Secretary's advice, no act).
  if (s.label !== 'Law' && (c.instrument ? rules.recommendedThat : rules.recommendation)?.test(negated)) return 'recommendation';
  // A directed body's act (dev40: a directive is the directed body's) where the direction is only recommended.
  if (!c.instrument && rule.order === 'subject-first' && rules.recommendedDirection?.test(text.slice(Math.max(0, s.start - 120), s.start)) && (INFINITIVE.test(text.slice(s.end, s.end + 40)) || POWER_TO.test(text.slice(s.end, s.end + 60)))) return 'recommendation';
  if (rule.order === 'subject-first' && rules.requested?.test(text.slice(Math.max(0, s.start - 60), s.start)) && INFINITIVE.test(text.slice(s.end, s.end + 40))) return 'requested';
  if (rule.order === 'subject-first' && rules.requesting?.test(text.slice(a.end, cueStart))) return 'requested';
  // "The Home Office will meet the cost of replacing X": the actor pays for another's act.
  if (rule.order === 'subject-first' && rules.funded && /ing$/i.test(cue.text) && rules.funded.test(text.slice(Math.max(a.end, cueStart - 120), cueStart))) return 'requested';
  // "The Act establishes a grant program to help agencies replace X": the actor funds the act, which is the agencies'.
  if (rule.order === 'subject-first' && rules.fundedTo?.test(text.slice(Math.max(a.end, cueStart - 160), cueStart))) return 'requested';
  // "Ardmore told the NCSC in 2026 that it would replace X": the NCSC is told, and acts in nothing the clause reports.
  if (rule.order === 'subject-first' && rules.addressee?.test(text.slice(Math.max(0, s.start - 60), s.start)) && rules.reported?.test(text.slice(s.end, s.end + 60))) return 'addressee';
  if ((rules.proposal?.test(negated) && !(c.instrument && rules.proposalDirected?.test(negated)) && !scopeOfOpened(c, s, negated)) || (!c.instrument && rules.proposalDuty?.test(negated))) return 'proposal';
  // "proposed raising the Section 301 tariff on X": an actor that opens a noun phrase (a determiner before it) is inside
  // the object of its clause's verb, which may be a proposal's.
  // So is a citation in brackets right after such a noun phrase ("BIS published a proposed rule (91 FR 11274) that would
  // prohibit X": the citation is the proposed rule's, a proposal's act).
  if (rule.order === 'subject-first' && rules.proposal && (DETERMINED.test(text.slice(Math.max(0, s.start - 8), s.start)) || CITED_AFTER_NOUN.test(text.slice(Math.max(0, s.start - 8), s.start))) && rules.proposal.test(text.slice(reading[innermost(reading, s.start)].start, s.start))) return 'proposal';
  // "Efforts by the FCC to ban X failed": the agent of a noun of attempt, its infinitive the cue, only attempts the act.
  if (rule.order === 'subject-first' && rules.attemptedBy && mayMatch(rules.attemptedBy, text) && rules.attemptedBy.test(text.slice(Math.max(0, s.start - 40), s.start)) && ATTEMPTED_TO.test(text.slice(s.end, cueStart + 1))) return 'proposal';
  if (rule.order === 'subject-first' && rules.deliberation?.test(text.slice(cueStart, b.end + BEFORE))) return 'deliberation';
  const afterObject = rule.order === 'subject-first' ? text.slice(b.end, b.end + BEFORE) : '';
  if (rules.reversal?.test(negated) && !(afterObject && rules.inForce?.test(afterObject))) return 'reversal';
  if (afterObject && rules.undone?.test(afterObject)) return 'undone';
  // The list may come before the object too, which a list of its own follows ("removed three entities from the list,
  // including X"): read on the text from the cue to the object, then what follows the object.
  if (rule.order === 'subject-first' && rules.delisting && (rules.delisting.test(`${cue.text}${text.slice(b.end, b.end + BEFORE)}`) || (cueStart < b.start && rules.delisting.test(`${text.slice(cueStart, b.start)}${text.slice(b.end, b.end + BEFORE)}`)))) return 'delisting';
  // Not where the actor is the reported clause's own subject, its verb the cue ("noted that the Department of Defense
  // identified X as a military company": the Department's act, as "noted that the Department has placed X" is); the
  // words between "that the" and a cue of a noun modify it ("tell you that the Section 301 duties on X stay": the
  // clause's subject runs past the cue).
  if (rules.topic?.test(text.slice(Math.max(0, a.end + cue.start - BEFORE), a.end + cue.start)) && !reportedSubject(reading, s, a.end + cue.start, text)) return 'topic';
  // A name's own dots and semicolons end no clause the pattern reads ("placed X and Y Co. Ltd. under sanctions").
  // A name that ends the sentence with its own dot ("... and Kestrel Cranes Ltd.") leaves no text after it: read as a
  // space, which a pattern of what must not follow (a negative lookahead and one character) lets pass.
  const afterAt = (at: number): boolean => rule.after?.test(undotted(text, at, at + rules.maxGap, c.mentions) || ' ') !== false;
  // "places X, a maker of Y, and Z, which integrates W, on the list": the asides between commas after the object (an
  // apposition, a relative clause: clauses.ts) are read past, as a list's own words would be.
  // An aside may be read on past its own closing comma ("X, which integrates sensors, on the list and tells ...,"): it is
  // cut whole, or else to its first comma after its opening one.
  const pastAsides = (at: number): boolean => {
    const spans = clausesOf(c).filter((x) => (x.kind === 'subordinate' || x.kind === 'apposition') && x.start >= at && x.start < at + rules.maxGap);
    if (spans.length === 0) return false;
    const whole = undotted(text, at, Math.min(text.length, at + 2 * rules.maxGap), c.mentions);
    const cut = (end: (x: { start: number; end: number }) => number): string => {
      let read = whole;
      let last = Infinity;
      for (const x of [...spans].sort((p, q) => q.start - p.start)) {
        const to = Math.min(end(x), last);
        if (to - at <= read.length && to > x.start) read = read.slice(0, x.start - at) + read.slice(to - at);
        last = x.start;
      }
      return read.slice(0, rules.maxGap) || ' ';
    };
    const firstComma = (x: { start: number; end: number }): number => {
      const k = text.indexOf(',', x.start + 1);
      return k < 0 || k >= x.end ? x.end : k + 1;
    };
    return rule.after?.test(cut((x) => x.end)) !== false || rule.after?.test(cut(firstComma)) !== false;
  };
  const afterHolds = (at: number): boolean => afterAt(at) || (rule.order === 'subject-first' && pastAsides(at));
  if (rule.after && !afterHolds(b.end) && !(rule.afterList && rule.order === 'subject-first' && afterHolds(listEnd(c, o)))) return 'after';
  if (beforeFails) return 'before';
  if (rule.notBefore && !notBeforeHolds(c, a, o)) return 'not-before';
  // A passive participle states the act done to the object only when it is the object's own: no other noun
  // phrase stands between them for it to modify.
  if (rule.order === 'object-first') {
    // "Products classified as Y ... which fall within the scope of X": the products fall within it, not their class.
    const classed = rules.complement?.exec(text.slice(Math.max(0, o.start - BEFORE), o.start));
    if (classed && c.objects.some((x) => x.end <= o.start - classed[0].length && /^\s*$/.test(text.slice(x.end, o.start - classed[0].length)))) return 'complement';
    const cueAt = a.end + firstMatch(rule.cue, between);
    // "640 drones made by A; 2,200 modules made by B": a passive's agent is its own cue's, the nearest before it; the
    // object before an earlier cue has that cue's agent (B makes no drones). Past the cue's own match, another match of
    // the cue before the agent takes it.
    const firstCue = rule.cue.exec(between);
    if (rule.passive && firstCue && rule.cue.test(between.slice(firstCue.index + Math.max(1, firstCue[0].length)))) return 'attached';
    // "X, a maker of Y, and Z, which makes W, were added to the list by V": the asides are skipped, and what they name
    // (Y, W) is no subject of the passive.
    const spans = clausesOf(c).filter((x) => x.kind === 'subordinate' || x.kind === 'apposition').map((x): [number, number] => [x.start, x.end]);
    if (rule.passive && spans.some(([start, end]) => start < a.start && a.end <= end && end <= cueAt)) return 'aside-object';
    // Cut from the last aside back, none overlapping one cut before.
    const skipped = spans.filter(([start, end]) => start >= a.end && end <= cueAt).sort((x, y) => y[0] - x[0] || y[1] - x[1]);
    let before = text.slice(a.end, cueAt);
    let cutAt = cueAt;
    for (const [start, end] of skipped) {
      if (end > cutAt) continue;
      before = before.slice(0, start - a.end) + before.slice(end - a.end);
      cutAt = start;
    }
    const ownPredicate = rules.predicate?.test(before) && rules.opener?.test(text.slice(0, a.start + 1));
    return rule.passive && rules.attached?.test(before) && !rules.conjunct?.test(before) && !rules.member?.test(before) && !asComment(rules, before, between, firstCue) && !ownPredicate ? 'attached' : undefined;
  }
  // "the countries named in <s> include X": the participle's agent acts, past the actor tests of a clause's subject.
  if (rule.agent) return reached(text, a.end + cue.end, o, c.objects, a.end + rules.maxGap, rules.chain);
  // A verb acts on nothing after its clause ("A, which B oversees, restricted X": B does not oversee X; "BIS reviewed
  // the list, and it restricted X": BIS did not review X).
  // A conjunct whose object is raised past its closing comma ("A will not buy, and B may not include, X") reaches it.
  if ((o.start >= reading[own].end && !reading[own].raised) || coordinatedApart(reading, own, o.start)) return 'object-outside-clause';
  // The actor is the subject of the cue's clause, or of the clause it takes its subject from ("MOFCOM put X on its list
  // in September, and it has restricted Y": MOFCOM), when that subject names one of the rule's actors.
  const named = clauseActors(c, reading, own, cueStart);
  // "It set aside the Department's decision to place X on the register": the possessor of the noun whose infinitive is
  // the cue (rules.possessed, its possessive right after the actor) acts, whoever the clause's subject is.
  // So does the possessor of the cue's own noun ("The FCC commented on the Department of Commerce's restrictions on X": the
  // Department's restrictions), and no other actor does that act through it.
  const possessor =
    rule.order === 'subject-first' && ((rules.possessed?.exec(text.slice(s.end, cueStart))?.index === 0 && /^['’]/.test(text.slice(s.end))) || POSSESSED_CUE.test(text.slice(s.end, cueStart)));
  if (rule.order === 'subject-first' && c.subjects.some((m) => m.id !== s.id && m.start >= s.end && m.end <= cueStart && POSSESSED_CUE.test(text.slice(m.end, cueStart)))) return 'possessor';
  if (named.length > 0 && !possessor && !named.some((m) => m.start === s.start)) return 'not-clause-subject';
  // "The Legislature finds that federal law already limits X", "said that export controls have cut X": a complement
  // clause after the actor, its own subject a noun phrase that names none of the rule's actors, acts for itself; the
  // actor outside it only reports, finds or argues it. Not a subject that takes the actor up ("said that it would add
  // X", "its rule", "the agency"), nor one that holds the object ("announced that exports of X would not be permitted").
  if (rule.order === 'subject-first' && !possessor && ownReported(reading, own, s, o, text)) return 'not-clause-subject';
  // A coordinated clause with a subject of its own acts for itself ("The Commission approves the plan, the recipient
  // shall remove X": the recipient's act, whoever is named before).
  const clause = reading[own];
  // Not the instrument of the sentence's opening "Under ...,", where that subject names no actor (none is `named`): the
  // opening frames every clause after it ("Under the Act, X has been designated, and providers have been told to stop
  // installing Y": the Act's restriction).
  if (clause.kind === 'coordinated' && clause.subject && clause.carries === undefined && s.start < clause.start && !opensUnder(c, s)) return 'coordinated-subject';
  const resumed = named.length > 0;
  // The subject's adjuncts ("in consultation with A, B, ...") do not count into the gap: it runs from the clause's verb.
  const limit = Math.max(a.end, resumed ? (clause.verb ?? 0) : 0) + rules.maxGap;
  if (ownedAfter(reading, a.end + cue.end, o.start) && !antecedentExamples(c, reading, a.end + cue.end, o)) return 'owned-after';
  // "sanctioned X for supplying drones to Russia", "is investigating X Data Systems for reexporting network processors": the
  // goods and places of the reason a name's act gives are no objects of the act (a name, capitalised, before the reason,
  // recognised or not; "requires a licence for exporting X" keeps X).
  // Not a "for" whose -ing word opens a name or thing ("funds for charging stations and X": no gerund), nor one after no
  // name but a date's month ("restricted in March, for monitoring reasons, X").
  const gapAt = a.end + cue.end;
  const gap = text.slice(gapAt, o.start);
  const reason = rules.reason && mayMatch(rules.reason, gap) ? [...gap.matchAll(globalOf(rules.reason))].find((r) => !namedIng(c.mentions, gapAt + r.index, r[0])) : undefined;
  if (reason && /\p{Lu}/u.test(gap.slice(0, reason.index).replace(DATE_WORD, ''))) return 'reason';
  return (
    (resumed || rule.apposed ? undefined : ownCue(c, s, cueStart)) ??
    otherClause(c, s, cueStart) ??
    (newClause(c, a.end + cue.end, o.start) || (c.rules.participial?.test(text.slice(a.end + cue.end, o.start)) ?? false) ? 'clause' : undefined) ??
    (directObject(c, a.end + cue.end, o) ? undefined : 'direct') ??
    reached(text, a.end + cue.end, o, c.objects, limit, rules.chain, appositions(reading, text), rule.maker, rules.acquirer)
  );
}

/** Whether the actor `s` is the subject of a complement clause whose verb is the cue at `cueStart`, a past form (the
 *  subject ends before the cue): the reported clause's own actor, no modifier of a noun the cue opens. */
function reportedSubject(reading: SentenceClause[], s: Mention, cueStart: number, text: string): boolean {
  // The cue's first word a past form: a present form may be a plural noun the name modifies ("the Section 301 tariffs").
  const word = /^\s*([a-z]+)/.exec(text.slice(cueStart))?.[1];
  if (!word || !(tagsOf(word).includes('PastTense') || isRegularPast(word))) return false;
  return reading.some((x) => x.kind === 'complement' && x.subject !== undefined && x.subject.start <= s.start && s.end <= x.subject.end && x.subject.end <= cueStart);
}

/** A subject that may take up the actor of the clause it is reported by: a pronoun, a possessive pronoun, a
 *  demonstrative, or a definite instrument or body noun ("the rule", "the agency"). */
const TAKEN_UP_SUBJECT =
  /^(?:it|they|we|he|she|its|their|our|his|her|this|that|these|those|such|the\s+(?:same\s+|new\s+|final\s+)?(?:rules?|orders?|regulations?|measures?|acts?|laws?|lists?|decisions?|directives?|bans?|proclamations?|notices?|ministry|agency|bureau|commission|department|council|government|administration|office|authority|service|board|committee))\b/i;

/** Whether the cue's own clause is a complement ("that") clause after the actor whose subject is a noun phrase of its
 *  own: no name of an actor (clauseActors found none), not the object's phrase, nothing that takes the actor up. */
/** The verb group of a provision's clause: a modal of duty or prohibition. */
const PROVIDED = /^(?:shall|must|may)\s+(?:not\s+)?/i;
function ownReported(reading: SentenceClause[], own: number, s: Mention, o: Mention, text: string): boolean {
  const clause = reading[own];
  const subject = clause?.subject;
  if (clause?.kind !== 'complement' || !subject || s.end > clause.start) return false;
  if (subject.start <= o.start && o.start < subject.end) return false;
  // "The Act provides that no agency shall procure X": an instrument's complement whose verb is a modal of duty or
  // prohibition is the instrument's own provision; its subject is the party bound, no actor of its own.
  if (s.label === 'Law' && clause.verb !== undefined && PROVIDED.test(text.slice(clause.verb))) return false;
  const words = text.slice(subject.start, subject.end).trim();
  return /\p{L}/u.test(words) && !TAKEN_UP_SUBJECT.test(words);
}

/** Capitalised words of a date, no name of a party: a month or a weekday. */
const DATE_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** A reason's match (rules.reason) at `at` whose last word is an -ing word that stands inside a mention: a noun phrase's
 *  modifier ("charging stations", "networking equipment"), no gerund giving a reason. */
function namedIng(mentions: Mention[], at: number, match: string): boolean {
  const ing = /([a-z]+ing)$/.exec(match);
  if (!ing) return false;
  const from = at + ing.index;
  return mentions.some((m) => m.start <= from && from < m.end);
}

/** The rule's `before` stands before the pair's first mention `a`. An object-first rule's `before` reaches the objects
 *  coordinated after the one it stands before ("the designations of X and Y by the Office": Y too). */
function beforeHolds(c: Clause, a: Mention, o: Mention): boolean {
  const { text, rule } = c;
  if (!rule.before || rule.before.test(text.slice(Math.max(0, a.start - BEFORE), a.start))) return true;
  const head = rule.order === 'object-first' ? chainHead(c, Math.max(0, a.start - BEFORE), o) : undefined;
  return head !== undefined && rule.before.test(text.slice(Math.max(0, head - BEFORE), head));
}

/** The rule's `notBefore` stands neither before the pair's first mention `a` nor, in an object-first rule, before the
 *  first of the objects coordinated before `o` ("drones from X and Y are subject to ...": Y's list opens after "from"). */
function notBeforeHolds(c: Clause, a: Mention, o: Mention): boolean {
  const { text, rule } = c;
  if (!rule.notBefore) return true;
  if (rule.notBefore.test(text.slice(Math.max(0, a.start - BEFORE), a.start))) return false;
  const head = rule.order === 'object-first' ? chainHead(c, Math.max(0, a.start - BEFORE), o) : undefined;
  return head === undefined || !rule.notBefore.test(text.slice(Math.max(0, head - BEFORE), head));
}

/** Where the conjuncts chained after `o` (rules.chain) end: `o`'s own end when none is. */
function listEnd(c: Clause, o: Mention): number {
  let end = -1;
  for (const { m, end: e } of folded(c.text, c.objects.filter((x) => x.start >= o.start))) {
    if (end >= 0 && !c.rules.chain?.test(c.text.slice(end, m.start))) break;
    end = e;
  }
  return end < 0 ? o.end : end;
}

/** The object `o` is a conjunct named after the destination a subject-first rule's `after` requires of an object before it
 *  ("added X to the Entity List along with Y": rules.lateConjunct, `@` standing for `o`), and has none of its own: that
 *  object, whose reading `o` shares; else undefined. Conjuncts chained to such a one share it too ("along with Y and Z"). */
function lateHead(c: Clause, o: Mention): Mention | undefined {
  // A rule with no destination after its objects has no late conjunct (readLateHead): answered before the memo, whose
  // WeakMap entry per clause cost more than that test (most rules, most pairs vetoOf reads).
  if (c.rule.order !== 'subject-first' || !c.rule.after || !c.rules.lateConjunct) return undefined;
  // Remembered per clause and object: vetoOf asks it of every actor paired with `o`, and each late conjunct asks it again
  // of the one before (a sentence listing n companies read the list's tails n^2 times per actor, each over every mention).
  let memo = lateHeads.get(c);
  if (!memo) {
    memo = new Map();
    lateHeads.set(c, memo);
  }
  if (memo.has(o)) return memo.get(o);
  const head = readLateHead(c, o);
  memo.set(o, head);
  return head;
}
const lateHeads = new WeakMap<Clause, Map<Mention, Mention | undefined>>();

function readLateHead(c: Clause, o: Mention): Mention | undefined {
  const { text, rule, rules } = c;
  if (rule.order !== 'subject-first' || !rule.after || !rules.lateConjunct) return undefined;
  const tail = (at: number): string => undotted(text, at, at + rules.maxGap, c.mentions) || ' ';
  if (rule.after.test(tail(o.end))) return undefined;
  const before = c.objects.filter((p) => p.end <= o.start).sort((x, y) => y.start - x.start);
  for (const p of before) {
    const m = rule.after.exec(tail(p.end));
    if (m) {
      const dest = p.end + m.index + m[0].length;
      if (dest > o.start) continue;
      return rules.lateConjunct.test(`${text.slice(dest, o.start)}@${text.slice(o.end, o.end + 30)}`) ? p : undefined;
    }
    // A conjunct chained to the late one before it ("along with Y and Z").
    if (rules.chain?.test(text.slice(p.end, o.start))) return lateHead(c, p) ? p : undefined;
  }
  return undefined;
}

/** The objects before `o` (or before the first of the members chained to it) that a clause coordinated after the act's
 *  names `o` a member of ("..., and harbour cranes are among them": rules.memberClause, `@` standing for the members, its
 *  pattern bounding the link to one clause of one sentence), nearest first; `o` shares their reading. A mention in the
 *  class's own modifiers ("products placed on the Union market") stands between and is passed over. */
function memberHeads(c: Clause, o: Mention): Mention[] {
  const { text, rules } = c;
  if (!rules.memberClause || !MEMBER_WORDS.test(text.slice(o.end))) return [];
  // A member is of its class's kind: goods among goods, companies among companies ("restricts harbour cranes, and Kestrel
  // Cranes Ltd. is among them" names no company the act reaches).
  const akin = (p: Mention): boolean => p.label === o.label || (THINGS.has(p.label) && THINGS.has(o.label));
  const before = c.objects.filter((p) => p.end <= o.start).sort((x, y) => y.start - x.start);
  const tail = text.slice(listEnd(c, o));
  const heads: Mention[] = [];
  // The members' first is `o` or one chained before it ("and harbour cranes and forklift trucks are among them").
  let first = o;
  for (const head of before) {
    const link = text.slice(head.end, first.start);
    if (akin(head) && rules.memberClause.test(`${link}@${tail}`)) heads.push(head);
    else if (heads.length === 0 && rules.chain?.test(link) && !c.mentions.some((m) => m.start >= head.end && m.end <= first.start)) first = head;
  }
  return heads;
}
/** A cheap first test of memberClause's predicate: the words that name a member of a class taken up by a pronoun. */
const MEMBER_WORDS = /\b(?:among|one\s+of|included)\b/i;

/** Where the first of the objects after `from` that `o` is chained to (rules.chain) starts, or undefined
 *  when no object before `o` is chained to it. A conjunct's generic modifiers, which the thing grammar leaves out of its
 *  name, stand in the link to it ("drone engines and civilian anti-drone systems"), as before the first goods. */
function chainHead(c: Clause, from: number, o: Mention): number | undefined {
  if (!c.rules.chain) return undefined;
  // An apposition right after a conjunct ("among them A, a maker of cranes, and B") is no part of the link, and what it
  // names no conjunct, as reached() reads the chain forward.
  // Only an apposition that opens right at a conjunct's end, and not the one `o` itself stands in ("added A, a maker of X
  // and Y, ...": Y is the apposition's, chained to nothing outside it).
  // So is one after the conjunct's parenthesis ("A and B (Norland), both of which supply X, as well as C"), as reached() reads.
  const all = folded(c.text, c.objects.filter((m) => m.start >= from && m.end <= o.start));
  const closesAt = (end: number, start: number): boolean => end === start || (end < start && CONJUNCT_CLOSE.test(c.text.slice(end, start)));
  const found = appositions(clausesOf(c), c.text).filter(([start]) => all.some((x) => closesAt(x.end, start)));
  const within = (m: Mention, [start, end]: [number, number]): boolean => start <= m.start && m.end <= end;
  const asides = found.some((a) => within(o, a)) ? [] : found;
  const inAside = (m: Mention): boolean => asides.some((a) => within(m, a));
  const before = asides.length === 0 ? all : folded(c.text, c.objects.filter((m) => m.start >= from && m.end <= o.start && !inAside(m)));
  let head: Mention = o;
  const linked = (k: number): boolean => {
    const end = before[k]?.end ?? 0;
    const aside = asides.find(([start, stop]) => closesAt(end, start) && stop <= head.start);
    const linkFrom = aside ? aside[1] : end;
    return c.rules.chain?.test(c.text.slice(linkFrom, head.start)) === true || c.rules.chain?.test(c.text.slice(linkFrom, modifiersBefore(c, linkFrom, head, head.start) ?? head.start)) === true;
  };
  for (let k = before.length - 1; k >= 0 && linked(k); k--) head = before[k].m;
  return head === o ? undefined : head.start;
}

/** The text from `start` to `end` with the dots and semicolons inside the mentions there blanked. */
function undotted(text: string, start: number, end: number, mentions: Mention[]): string {
  let out = text.slice(start, end);
  for (const m of mentions) {
    if (m.end <= start || m.start >= end || !/[.;]/.test(m.surface)) continue;
    const [a, b] = [Math.max(0, m.start - start), Math.min(out.length, m.end - start)];
    out = out.slice(0, a) + out.slice(a, b).replace(/[.;]/g, ' ') + out.slice(b);
  }
  return out;
}

/** Where the generic modifiers right before `start` (of `o`, or of the first goods chained to it) start (grammar/things.yaml generic: "requires a licence for the export of
 *  military drones", "imposed controls on civilian drones"), which the thing grammar leaves out of the object's name: a
 *  cue that ends at its goods reaches past them, as past an origin. Function words of that list (its determiners,
 *  pronouns and conjunctions) and a verb's base form ("to use Chinese drones") are no modifiers here. */
function modifiersBefore(c: Clause, from: number, o: Mention, start: number): number | undefined {
  return genericModifiersFrom(c.text, from, o, start);
}

/** modifiersBefore on a text. */
function genericModifiersFrom(text: string, from: number, o: Mention, start: number): number | undefined {
  if (o.label !== 'Product' && o.label !== 'Technology') return undefined;
  const generic = grammar().genericModifiers;
  let at = start;
  for (let m = MODIFIER_BEFORE.exec(text.slice(Math.max(from, at - 40), at)); m && generic.has(m[1]) && !tagsOf(m[1]).some((t) => FUNCTION_TAGS.has(t)); m = MODIFIER_BEFORE.exec(text.slice(Math.max(from, at - 40), at))) {
    at -= m[0].length;
  }
  // A grade before them ("Level 2 advanced driver assistance systems", "Tier 1 suppliers' modules").
  at -= GRADE_BEFORE.exec(text.slice(Math.max(from, at - 20), at))?.[0].length ?? 0;
  return at < start ? at : undefined;
}
const MODIFIER_BEFORE = /(?<![\p{L}\p{N}-])([a-z][a-z.-]*)\s+$/u;
const GRADE_BEFORE = /(?<![\p{L}\p{N}-])(?:Level|Tier|Class|Category|Grade)\s+\d{1,2}[A-Za-z]?\s+$/u;
const FUNCTION_TAGS = new Set(['Conjunction', 'Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Infinitive']);

/** Where a country or demonym right before `o` starts, the object's origin ("a 30 percent duty on Chinese drones", "bans
 *  Russian software"): a cue that ends at its object reaches past it. Undefined when none stands there. */
function originBefore(c: Clause, from: number, o: Mention): number | undefined {
  const origin = c.mentions.find((m) => m.label === 'Jurisdiction' && m.start >= from && m.end < o.start && /^\s+$/.test(c.text.slice(m.end, o.start)));
  return origin?.start;
}

/** Mentions in text order, a short name a parenthesis defines for the name right before it folded into that name's
 *  conjunct ("China ("PRC") or Russia": the link to Russia runs from the parenthesis' end), and so are mentions at one
 *  place (reached and chainHead compare places, so each of them is reached). */
function folded(text: string, mentions: Mention[]): { m: Mention; end: number }[] {
  const out: { m: Mention; end: number }[] = [];
  for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
    const prev = out.at(-1);
    // Several things at one place ("either company": both companies) are one conjunct.
    if (prev && prev.m.start === m.start) continue;
    if (prev && prev.m.id === m.id && DEFINED.test(text.slice(prev.end, m.start))) {
      prev.end = m.end + (DEFINED_END.exec(text.slice(m.end))?.[0].length ?? 0);
      continue;
    }
    out.push({ m, end: m.end });
  }
  return out;
}
/** The close of a parenthesis that defines a short name: '")', '”)', ')'. */
const DEFINED_END = /^["”'’]?\)/;

/** Whether the first object after the cue ending at `cueEnd` is the cue's direct object, as the rule's
 *  `direct` says (always, for a rule without one), or `o` itself is, past an object of a clause of the class it is a member
 *  of ("designated three companies that supply harbour cranes, including X": X, not the cranes). */
function directObject(c: Clause, cueEnd: number, o: Mention): boolean {
  if (!c.rule.direct) return true;
  // A relative pronoun's antecedent, read again right after the verb ("X, which the Office designated in May"), is the
  // verb's own object: nothing stands between them for `direct` to read.
  if (o.via === RELATIVE && o.start === cueEnd) return true;
  const first = c.objects.reduce<Mention | undefined>((f, m) => (m.start >= cueEnd && (!f || m.start < f.start) ? m : f), undefined);
  return (!!first && c.rule.direct.test(c.text.slice(cueEnd, first.start))) || (first !== o && c.rule.direct.test(c.text.slice(cueEnd, o.start)));
}

/**
 * Whether the cue at `cueStart` belongs to another clause than `s`'s: a subject with its own verb comes
 * between them ("..., the recipient shall remove"), or the cue is the participle of an object right
 * before it ("equipment or services permanently removed"). The check that says so, else undefined.
 */
function otherClause(c: Clause, s: Mention, cueStart: number): Veto | undefined {
  const { text, rules } = c;
  if (rules.bound?.test(text.slice(s.end, s.end + 80))) return 'bound';
  if (rules.boundBefore?.test(text.slice(Math.max(0, s.start - 30), s.start)) && /^\s+from\b/.test(text.slice(s.end))) return 'boundBefore';
  // "The Department may not procure ...": a prohibition binds its grammatical subject; it is imposed by an
  // agent or instrument ("a subsidy administered by the Commission may not be used to ...").
  if (c.rule.prohibition && s.label !== 'Law' && s.via !== 'anaphora' && !c.oblique.has(s.start) && !rules.directing?.test(text.slice(s.end, cueStart))) return 'prohibition';
  if (newClause(c, s.end, cueStart)) return 'clause';
  // "over its failure to replace X": the infinitive is the possessor's, the name "its" takes up.
  const possessed = rules.possessed?.exec(text.slice(s.end, cueStart));
  if (possessed) {
    const pronounAt = cueStart - possessed[0].length;
    const owner = c.mentions.filter((m) => m.end <= pronounAt && m.start >= s.start).at(-1);
    if (owner && owner.id !== s.id) return 'possessed';
  }
  const prior = c.objects.filter((o) => o.start >= s.end && o.end <= cueStart).at(-1);
  // "... exports of drone engines and will review X": a verb of a clause coordinated after the object is no participle.
  const reading = clausesOf(c);
  const own = reading[innermost(reading, cueStart)];
  if (prior && (own.kind === 'predicate' || own.kind === 'coordinated') && own.start >= prior.end) return undefined;
  return prior && rules.participle?.test(text.slice(prior.end, cueStart)) ? 'participle' : undefined;
}

/** Whether a new clause (rules.clause) opens between `from` and `to`, its subject no actor of the sentence. */
function newClause(c: Clause, from: number, to: number): boolean {
  if (!c.rules.clause) return false;
  for (const m of c.text.slice(from, to).matchAll(globalOf(c.rules.clause))) {
    const [a, b] = [from + m.index, from + m.index + m[0].length];
    if (!c.subjects.some((x) => x.start < b && a < x.end)) return true;
  }
  return false;
}

/**
 * Whether the cue at `cueStart` is the act of `s`. A preposition's object acts only when no other actor
 * comes before the cue, and only the first of them ("Under section 4 of the Act, the Secretary may restrict
 * ...": the Secretary's act; "the authority of the Regulator to certify inverters": the Regulator's). No other actor stands between
 * `s` and the cue, unless coordinated with it ("Proclamation 9705 imposed ..., and Proclamation 9704 imposed").
 * Undefined when it is, else the check that says it is not.
 */
function ownCue(c: Clause, s: Mention, cueStart: number): Veto | undefined {
  // The possessor of the cue's noun acts, a preposition's object too ("commented on the Department's ban on X").
  const actor = (m: Mention): boolean => m.via === 'anaphora' || !c.oblique.has(m.start) || relativeAntecedent(c, m, cueStart) || POSSESSED_CUE.test(c.text.slice(m.end, cueStart));
  // Without an actor, the first preposition's object acts if it is an agent: "the authority of the Customs
  // Service under the Customs Code to inspect ..." is the Customs Service's, "a subsidy administered by the
  // Commission may not be used to ..." the Commission's; "certify to the Commission that ..." is not.
  // A citation naming a noun of rules coordinated after it ("Section 889 of the Act and the grant rules at 2 CFR 200.216
  // have barred X": codifiedAt) is a second subject, not one before it.
  const codifiedAfter = (m: Mention): boolean => m.start > s.end && codifiedAt(c.text, c.mentions, m, c.rules) !== undefined;
  if (!actor(s) && c.subjects.some((m) => m.start < cueStart && ((actor(m) && !codifiedAfter(m)) || m.start < s.start))) return 'oblique';
  if (!actor(s) && c.rules.agentive && !c.rules.agentive.test(c.text.slice(Math.max(0, s.start - 40), s.start))) return 'agentive';
  // "made a final order under the Act blocking X": the order's maker acts, named or not; the instrument is its basis.
  if (!actor(s) && c.rules.agentUnder?.test(c.text.slice(Math.max(0, s.start - 100), s.start))) return 'agentive';
  // "... of the Decision have been chosen for assessing X": a finite verb after the preposition's object has
  // the noun the preposition hangs on as subject, and the cue after it is that noun's.
  // Not an instrument an opening "Under ...," names: it hangs on no noun, and the clause after it states its rule ("Under
  // the Act, providers must stop installing X").
  if (!actor(s) && c.rules.finite?.test(c.text.slice(s.end, cueStart)) && !opensUnder(c, s)) return 'finite';
  // "OICTS, which administers the rule inside BIS, opened an investigation of X": a name inside a relative or adverbial clause
  // that closes before the cue is that clause's, neither the cue's actor nor in the actor's way.
  // So is a name in brackets closed before the cue ("Its connected vehicles rule, proposed at 89 FR 79088 (docket
  // BIS-2024-0005), bars X": the docket is the rule's, cited in an aside).
  const closed = [...clausesOf(c).filter((x) => x.kind === 'subordinate' && x.end <= cueStart).map((x): [number, number] => [x.start, x.end]), ...brackets(c.text, cueStart)];
  const inClause = (m: Mention): boolean => closed.some(([start, end]) => start <= m.start && m.end <= end);
  if (inClause(s) && !takenUpAfter(c, s, closed, cueStart) && !issuedAside(c, s, closed)) return 'aside-subject';
  let prevEnd = s.end;
  // The same entity again ("The Department of Commerce (the "Department"), acting through ...") is no other actor.
  for (const m of c.subjects.filter((x) => actor(x) && x.id !== s.id && x.start >= s.end && x.end <= cueStart && !inClause(x)).sort((x, y) => x.start - y.start)) {
    // A citation naming a noun of rules is linked from that noun phrase, and from the actor's own last mention ("Section 889
    // of the Act and the grant rules at 2 CFR 200.216": the section is the Act's, section-acts.ts).
    const np = codifiedAt(c.text, c.mentions, m, c.rules);
    const from = np === undefined ? prevEnd : Math.max(prevEnd, ...c.mentions.filter((x) => x.id === s.id && x.end <= np).map((x) => x.end));
    if (!COORDINATED.test(c.text.slice(from, np ?? m.start))) return 'interposed-actor';
    prevEnd = m.end;
  }
  return undefined;
}

/** The spans of the round brackets in `text` that close before `to`, innermost pairs (no bracket inside). */
function brackets(text: string, to: number): [number, number][] {
  return [...text.slice(0, to).matchAll(/\([^()]*\)/g)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** The capacity asides between `from` and `to`: ", as Chair of X," ", in its capacity as Y," ", acting as Z,", each from its
 *  comma to the comma that closes it (an aside not closed before `to` is none). */
function asides(text: string, from: number, to: number): [number, number][] {
  return [...text.slice(from, to).matchAll(CAPACITY_ASIDE)].map((m): [number, number] => [from + m.index, from + m.index + m[0].length]);
}
const CAPACITY_ASIDE = /,\s+(?:acting\s+)?(?:as|in\s+(?:its|his|her|their)\s+(?:capacity|role)\s+as)\s+(?:the\s+|an?\s+)?(?:[A-Z]|(?:co-)?chair|head\b|member\b|lead\b)[^,;()]*(?:\([^()]*\)[^,;()]*)*,/g;

/** Between two names coordinated as one subject or object list: "and", "or", "as well as", and the partners who act with
 *  the one before ("along with", "together with", "jointly with": "X, along with Y, restricted Z" is both's act). */
const COORDINATED = /^,?\s+(?:and|or|as\s+well\s+as|(?:along|together|jointly)\s+with)\s+(?:the\s+)?$/;

/** Between a sentence's opening adverbial clause and its subject: the clause's conjunction and a determiner. */
const ADVERBIAL_HEAD = /^\W*[A-Za-z]+\s+(?:the\s+)?$/;
/** Right after that clause: a personal pronoun, the main clause's subject. */
const PRONOUN_SUBJECT = /^\s*(?:it|they)\b/i;

/** Whether `s`, the subject of an adverbial clause that opens the sentence, is what the personal pronoun opening the main
 *  clause takes up ("Although the Council had proposed a ban, it restricted X": the Council restricted X), the cue being
 *  in the main clause. */
function takenUpAfter(c: Clause, s: Mention, closed: [number, number][], cueStart: number): boolean {
  const opening = closed.find(([start, end]) => start === 0 && s.end <= end);
  if (!opening || !ADVERBIAL_HEAD.test(c.text.slice(0, s.start))) return false;
  const pronoun = PRONOUN_SUBJECT.exec(c.text.slice(opening[1]));
  if (pronoun && c.rules.expletive?.test(c.text.slice(opening[1] + pronoun[0].length))) return false;
  return pronoun !== null && opening[1] + pronoun[0].length <= cueStart;
}

/** Whether `s` is the subject of a relative clause between commas, closed before the cue, that says it issued the unnamed
 *  instrument the sentence opens with (RuleSet.issuedAside: "The rule, which BIS issued in 2023, restricts X": BIS restricts
 *  X). Not where a name stands before the clause ("The Harbour Order, which BIS issued, bans X": the Order's act). */
function issuedAside(c: Clause, s: Mention, closed: [number, number][]): boolean {
  const aside = closed.find(([start, end]) => start <= s.start && s.end <= end);
  if (!aside || !c.rules.issuedAside || c.mentions.some((m) => m.start < aside[0])) return false;
  return c.rules.issuedAside.test(`${c.text.slice(0, s.start)}@${c.text.slice(s.end, aside[1])}`);
}

/** Whether `s` is the instrument of the sentence's opening "Under ...," ("Under section 4 of the Act, ..."): the
 *  passives' opener, a comma right after it. */
function opensUnder(c: Clause, s: Mention): boolean {
  return s.label === 'Law' && !!c.rules.passives?.opener.test(c.text.slice(0, s.end)) && /^\s*,/.test(c.text.slice(s.end));
}

/** A restrictive relative clause, then a comma and an aside of examples: "any networked device that stores patient data,
 *  including X and Y". */
const RELATIVE_THEN_EXAMPLES = /^\s*(?:that|which|who)\s[^,;:.()]*,\s+(?:including|such\s+as|notably|in\s+particular)\s/i;

/** Whether `o` stands in the examples aside after a restrictive relative clause opened right after another object of
 *  the act, which the examples are members of ("covers A and any device that stores patient data, including X and Y": X
 *  and Y are devices, no objects of "stores"): the clause owns no object of its own before its comma, the antecedent is
 *  owned by no clause opened after `from`, and `chain` links the antecedent to the first example (its RELATIVE_EXAMPLES
 *  construction, which names what the clause may end with); reached() then reads the list on. */
function antecedentExamples(c: Clause, reading: SentenceClause[], from: number, o: Mention): boolean {
  const clause = reading[innermost(reading, o.start)];
  if (clause.kind !== 'restrictive' || !c.rules.chain) return false;
  const antecedent = c.objects.find((m) => m.start >= from && m.end <= clause.start && /^\s*$/.test(c.text.slice(m.end, clause.start)));
  if (!antecedent || ownedAfter(reading, from, antecedent.start)) return false;
  const aside = RELATIVE_THEN_EXAMPLES.exec(c.text.slice(clause.start));
  if (!aside || clause.start + aside[0].length > o.start) return false;
  const first = c.objects.filter((m) => m.start > antecedent.end).sort((x, y) => x.start - y.start)[0];
  if (!first || first.start < clause.start + aside[0].length) return false;
  return (THINGS.has(antecedent.label) ? THINGS.has(o.label) : antecedent.label === o.label) && c.rules.chain.test(c.text.slice(antecedent.end, first.start));
}

/** The spans of the sentence's appositions (clauses.ts), and of its non-restrictive relative clauses (", which makes X,"):
 *  after a conjunct, both are asides a list of objects goes on past ("designated A, which supplies B, and C": A and C). */
function appositions(reading: SentenceClause[], text: string): [number, number][] {
  return reading.filter((x) => x.kind === 'apposition' || (x.kind === 'subordinate' && RELATIVE_ASIDE.test(text.slice(x.start, x.start + 40)))).map((x): [number, number] => [x.start, x.end]);
}
/** What may close a conjunct before an aside after it: its parenthesis ("B (Norland)"). */
const CONJUNCT_CLOSE = /^\s*\([^()]{1,60}\)\s*$/;
/** The opening of a non-restrictive relative clause between commas, perhaps quantified (", both of which", ", each of
 *  whom": "added A and B, both of which supply C, as well as D": A, B and D). */
const RELATIVE_ASIDE = /^,\s+(?:(?:all|both|each|either|neither|none|some|most|many|several|one|two|three|four|five)\s+of\s+)?(?:which|who|whom|whose)\b/i;

/** The clauses of the sentence (clauses.ts). Asked for every candidate pair of every rule of a sentence: the last
 *  sentence's reading is kept. */
let lastReading: { text: string; mentions: Mention[]; clauses: SentenceClause[] } | undefined;
/** Whether `m`, a preposition's object, is what the relative pronoun after it (and a comma, or none: "notified to the
 *  approval authority which approved the vehicle type") stands for as the subject of the clause the cue is in ("OFAC is
 *  acting pursuant to E.O. 14024, which authorizes sanctions against ...": the order authorizes them). */
function relativeAntecedent(c: Clause, m: Mention, cueStart: number): boolean {
  if (m.label !== 'Law' && m.label !== 'Authority') return false;
  if (!/^\s*,?\s*(?:which|who)\b/.test(c.text.slice(m.end, m.end + 12))) return false;
  const reading = clausesOf(c);
  const own = reading[innermost(reading, cueStart)];
  return own.kind === 'restrictive' && own.subject?.start === m.start && own.start > m.end;
}

function clausesOf(c: Clause): SentenceClause[] {
  const g = clauseGrammar(c.rules);
  if (!g) return [{ kind: 'main', start: 0, end: c.text.length }];
  if (lastReading?.text !== c.text || lastReading.mentions !== c.mentions) {
    lastReading = { text: c.text, mentions: c.mentions, clauses: readClauses(c.text, c.mentions, g) };
  }
  return lastReading.clauses;
}

const grammars = new WeakMap<RuleSet, ClauseGrammar>();
/** The clause reader's grammar of a rule set: its `clauses` words with its partners and modal patterns. */
export function clauseGrammar(rules: RuleSet): ClauseGrammar | undefined {
  if (!rules.clauses) return undefined;
  let g = grammars.get(rules);
  if (!g) {
    g = { ...rules.clauses, partners: rules.partners, modal: rules.modal };
    grammars.set(rules, g);
  }
  return g;
}

/**
 * The rule's actors the subject of clause `own` names (its own subject, or the one it takes up): no preposition's
 * objects, none inside an aside nested in that subject. Empty when the subject names none ("a port operator may not
 * purchase X", whose instrument acts): the pair tests of ownCue then decide.
 */
function clauseActors(c: Clause, reading: SentenceClause[], own: number, cueStart: number): Mention[] {
  const span = actingSubject(reading, own);
  if (!span) return [];
  // "shall direct the Administrator to regulate X": an actor between the clause's verb and the cue may be the cue's
  // own subject; grammaticalActor and ownCue decide.
  const verb = reading[own].verb ?? span.end;
  if (c.subjects.some((m) => m.start >= verb && m.end <= cueStart && m.label !== 'Law' && !c.oblique.has(m.start))) return [];
  const nested = reading.filter((x, i) => i !== own && x.start >= span.start && x.start < span.end && !holds(reading, i, own));
  // "section 1709 of the Act requires ...": a subject that is a provision of an instrument is the instrument's.
  const g = clauseGrammar(c.rules);
  const provisionOf = (m: Mention): boolean => {
    const head = /^\s*([A-Za-z]+)\s+[\w().-]+\s+of\s+(?:the\s+)?$/.exec(c.text.slice(span.start, m.start));
    return m.label === 'Law' && !!head && !!g?.provisions?.test(head[1]);
  };
  const named = c.subjects
    .filter((m) => (m.via === 'anaphora' || !c.oblique.has(m.start) || relativeAntecedent(c, m, cueStart) || provisionOf(m)) && m.start >= span.start && m.end <= span.end && !nested.some((x) => x.start <= m.start && m.end <= x.end))
    .filter((m) => !POSSESSIVE.test(c.text.slice(m.end, m.end + 3)))
    .sort((x, y) => x.start - y.start);
  // An instrument a participle in the subject amends, repeals or replaces is its object, not its head, where the subject
  // names another ("A Cabinet Order partially amending the X Order (Cabinet Order No. 4 of 2031) was approved, adding Y
  // to the list": the citation in brackets names the head, the amending order, whose act the participle's is).
  const touched = (m: Mention): boolean => m.label === 'Law' && TOUCHED.test(c.text.slice(Math.max(span.start, m.start - 40), m.start));
  if (named.some(touched) && named.some((m) => !touched(m))) named.splice(0, named.length, ...named.filter((m) => !touched(m)));
  // A name in round brackets inside the subject is an aside, not its head, where a name stands outside them: "The
  // Council, established by Executive Order 13913 of April 4, 2020 (Establishing the Council ...), shall review X" is
  // the Council's act (the order's title in brackets names the order, cited in the subject's participial aside).
  const bracketed = brackets(c.text, cueStart);
  const inBrackets = (m: Mention): boolean => bracketed.some(([start, end]) => start < m.start && m.end < end);
  if (named.some((m) => !inBrackets(m))) named.splice(0, named.length, ...named.filter((m) => !inBrackets(m)));
  // So is a capacity aside after the subject's name: "The Attorney General, as Chair of the Committee ..., shall review
  // X" is the Attorney General's act (the office the Committee is chaired by), not the Committee's; likewise "in its
  // capacity as", "acting as".
  const capacities = asides(c.text, span.start, cueStart);
  const inAside = (m: Mention): boolean => capacities.some(([start, end]) => start < m.start && m.end <= end);
  if (named.some((m) => !inAside(m))) named.splice(0, named.length, ...named.filter((m) => !inAside(m)));
  // So is a body's name between commas right after another body's, with no conjunction: "The Ministry of Harbour
  // Affairs (MoHA), Government of Norland, has blocked X", "The Directorate, Ministry of Ports, has banned X" is the
  // first body's act, the second the government or ministry it belongs to (a list of bodies ends with "and": "A, B, and
  // C have banned X").
  const apposed = named.length >= 2 ? named[named.length - 1] : undefined;
  const beside = named.length >= 2 ? named[named.length - 2] : undefined;
  if (apposed && beside && apposed.label === 'Authority' && beside.label === 'Authority' && apposed.id !== beside.id && /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the\s+)?$/.test(c.text.slice(beside.end, apposed.start)) && /^\s*,/.test(c.text.slice(apposed.end, cueStart))) named.pop();
  // The subject's head and the names coordinated with it: "The Norland Trade Commission and the Valdmark Energy Agency"
  // both, "the Department of the Treasury's Office of Foreign Assets Control (OFAC)" the office only.
  let k = named.length - 1;
  // A comma alone links two names only in a list that ends with a conjunction ("A, B, and C").
  let conjoined = false;
  while (k > 0) {
    // A citation of a noun of rules is linked from that noun phrase ("A and the federal grant rules at 2 CFR 200.216").
    const link = c.text.slice(named[k - 1].end, codifiedAt(c.text, c.mentions, named[k], c.rules) ?? named[k].start);
    if (named[k - 1].id !== named[k].id && !COORDINATED.test(link) && !(conjoined && LISTED.test(link))) break;
    conjoined ||= COORDINATED.test(link);
    k--;
  }
  // "Along with the Department of Commerce, the FCC restricted X": partners fronted before the subject's comma act with it
  // as those after it do ("The FCC, along with the Department of Commerce, restricted X": COORDINATED), both's act.
  if (k > 0 && LISTED.test(c.text.slice(named[k - 1].end, named[k].start))) {
    let j = k - 1;
    while (j > 0 && COORDINATED.test(c.text.slice(named[j - 1].end, named[j].start))) j--;
    if (FRONTED_PARTNERS.test(c.text.slice(span.start, named[j].start))) k = j;
  }
  return named.slice(Math.max(0, k));
}
const POSSESSIVE = /^['’]s?\b/;
/** The subject's opening, up to partners fronted before it: "Along with the", "In 2024, together with". */
const FRONTED_PARTNERS = /(?:^|,)\s*(?:along|together|jointly)\s+with\s+(?:the\s+)?$/i;
/** Between two names of a list of subjects before its conjunction: "A, B, and C". */
const LISTED = /^,\s+(?:the\s+)?$/;

/** Whether the object at `at` stands in a clause coordinated beside the cue's clause `own` ("banned X and will review
 *  Y": "banned" reaches no Y). */
function coordinatedApart(reading: SentenceClause[], own: number, at: number): boolean {
  for (let k: number | undefined = innermost(reading, at); k !== undefined; k = reading[k].parent) {
    if ((reading[k].kind === 'coordinated' || reading[k].kind === 'predicate') && !holds(reading, k, own)) return true;
  }
  return false;
}

/**
 * `between` (the text from `from` on) with what lies outside the cue's clause `own` blanked: the clauses nested inside
 * it that do not hold the cue, and, when `subjectFirst` and the cue's clause is coordinated after the actor's, the
 * text before it ("The Service did not inspect X, but it restricted Y": the negation is the first clause's).
 */
function outsideClause(between: string, from: number, reading: SentenceClause[], own: number, subjectFirst: boolean): string {
  let out = between;
  const blank = (start: number, end: number): void => {
    const [a, b] = [Math.max(0, start - from), Math.min(between.length, end - from)];
    if (a < b) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  };
  reading.forEach((x, i) => {
    if (i !== 0 && !holds(reading, i, own) && (x.kind === 'subordinate' || x.kind === 'apposition')) blank(x.start, x.end);
  });
  const clause = reading[own];
  // A predicate right after a lead-in's colon ("the Council should: Require X to ..."; relations.ts reads a list item with
  // its lead-in) is the lead-in's own continuation: what the lead-in says of it (a recommendation, a negation) stands.
  const lead = between.slice(0, Math.max(0, clause.start - from));
  const afterColon = /[:：]\s*(?:\([a-z\d]{1,5}\)\s*)?$/i.test(lead);
  // So is a later item's predicate ("shall not: (i) renew X; and (ii) prohibit Y"): the lead-in up to its colon stands,
  // the items before it are blanked.
  const laterItem = clause.kind === 'predicate' && /;\s*(?:(?:and|or)\s+)?(?:\([a-z\d]{1,5}\)\s*)?$/i.test(lead) ? Math.max(lead.lastIndexOf(':'), lead.lastIndexOf('：')) : -1;
  if (subjectFirst && laterItem >= 0) blank(from + laterItem + 1, clause.start);
  else if (subjectFirst && (clause.kind === 'coordinated' || clause.kind === 'predicate') && !afterColon) blank(from, clause.start);
  // A relative clause with a subject of its own states its act whatever the clause it hangs on says ("the FCC has refused
  // to authorize equipment of X, which it placed on the Covered List": the placing is stated, not refused).
  if (subjectFirst && (clause.kind === 'relative' || clause.kind === 'subordinate') && clause.antecedent) blank(from, clause.start);
  return out;
}
/** An infinitive right after a name, past a parenthesis that defines its short name: "USTR to slap", "the Office (OFAC) to". */
/** A determiner right before a name: the name opens or modifies a noun phrase ("the Section 301 tariff"). */
const DETERMINED = /\b(?:the|a|an|its|their|his|her|our)\s+$/i;
/** An opening bracket right after a word: what the bracket holds cites the noun phrase before it. */
const CITED_AFTER_NOUN = /[a-z]\s*\($/i;
/** Between an attempt's agent and the cue: its "to", past a bracketed short name ("by the FCC (the Commission) to ban"). */
const ATTEMPTED_TO = /^(?:\s*\([^()]{1,40}\))?\s+to\s/;
const INFINITIVE = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s+to\s+(?!the\b|a\b|an\b)[a-z]/;
/** A power given to the actor right after it ("give the Department authority to prohibit X", "the power to ban X"). */
const POWER_TO = /^\s+(?:the\s+)?(?:(?:new|explicit|clear|legal|statutory|express)\s+)?(?:authority|powers?)\s+to\s+[a-z]/;
/** Between a name and the short name a parenthesis defines for it: ' (', ' (the "', and the defining words of official
 *  writing before it: ' (hereinafter referred to as "', ' (hereinafter "', ' (collectively, the "', ' (referred to below as "'. */
const DEFINED = /^\s*\((?:(?:hereinafter|hereafter|collectively|together|jointly)\s*,?\s+)?(?:(?:referred\s+to|called|known)\s+(?:below\s+|herein\s+|hereinafter\s+)?as\s+)?(?:the\s+)?["“']?$/i;
/** How far before a mention a rule's `before` looks. */
const BEFORE = 160;

/**
 * Where the mentions that are a preposition's object start: those right after an `oblique` pattern, and
 * those of the same kind coordinated with one ("including the Director of X and the Administrator of Y").
 */
function obliqueStarts(text: string, mentions: Mention[], rules: RuleSet): Set<number> {
  const out = new Set<number>();
  if (!rules.oblique) return out;
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    const chained = prev?.label === m.label && out.has(prev.start) && COORDINATED.test(text.slice(prev.end, m.start));
    // "acting through the Bureau of Industry and Security (BIS)": the name a parenthesis gives is where its entity is.
    const defined = prev?.id === m.id && out.has(prev.start) && DEFINED.test(text.slice(prev.end, m.start));
    if (!(chained || defined || rules.oblique?.test(text.slice(Math.max(0, m.start - 40), m.start)))) return;
    // "Several agencies, including the FCC and BIS, restrict X": the members of a plural common-noun subject act with it.
    if (!chained && !defined && rules.members?.test(text.slice(0, m.start))) return;
    // "... and the federal grant rules at 2 CFR 200.216 prohibit X": the citation names the subject's noun of rules.
    if (!chained && !defined && codifiedAt(text, mentions, m, rules) !== undefined) return;
    out.add(m.start);
  });
  return out;
}

/** Where the noun of rules starts whose codification the Law `m` names (`codified`: "the federal grant rules at 2 CFR
 *  200.216"): the noun phrase is that instrument. Undefined where `m` is no Law, no such phrase stands before it, or a
 *  mention stands inside the phrase (the named "Export Administration Regulations at 15 CFR 730" are the instrument). */
function codifiedAt(text: string, mentions: Mention[], m: Mention, rules: RuleSet): number | undefined {
  if (m.label !== 'Law' || !rules.codified) return undefined;
  const np = rules.codified.exec(text.slice(0, m.start))?.groups?.np;
  if (np === undefined) return undefined;
  const start = m.start - np.length;
  return mentions.some((x) => x.start < m.start && x.end > start) ? undefined : start;
}

/** `o` is the first object from `from` on (starting before `limit`), or joined to it by links the `chain`
 *  pattern allows. An apposition right after a conjunct (`asides`: "X, a maker of harbour cranes, and Y") is no
 *  part of the link, and what it names no conjunct. Undefined when it is, else 'maxGap' or 'chain'. */
/** Labels of goods: products and technologies. */
const THINGS = new Set(['Product', 'Technology']);
/** The link from goods to a country that is their destination or origin ("exports of X to the PRC", "X from China"). */
const DESTINATION = /^\s+(?:to|from|into)\s+(?:the\s+)?$/i;
/** The goods' origin or destination right after them, a capitalised name before a comma (" from China", " from the
 *  People's Republic of China"): the link to a conjunct after it is read past it (reached). */
const PLACE_OF_GOODS = /^\s+(?:to|from|into)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,4}?[A-Z][\w'’.-]*(?=\s*,)/;
/** Between goods and the goods they are for ("battery packs for drones", "modules for use in drones"). */
const PURPOSE = /^\s+for\s+(?:use\s+(?:in|on|with)\s+)?(?:(?:the|their|its)\s+)?(?:[\w-]+\s+){0,3}?$/i;
/** Between goods and their maker or origin, past a purpose ("battery packs for drones from X", "cameras for ports made by
 *  X"): the grammar's participles of making and selling (names.yaml company-participles) or "from". */
const PURPOSE_MAKER = /^\s+for\s+[^,;.()]{1,60}?\s+(?:from|(?:made|manufactured|produced|assembled|fabricated|supplied|sold)\s+by)\s+$/i;

function reached(
  text: string,
  from: number,
  o: Mention,
  objects: Mention[],
  limit: number,
  chain?: RegExp,
  asides: [number, number][] = [],
  maker?: RegExp,
  acquirer?: RegExp,
): Veto | undefined {
  if (!chain) return o.start <= limit ? undefined : 'maxGap';
  let prevEnd = -1;
  let prev: Mention | undefined;
  const inAside = (m: Mention): boolean => asides.some(([start, end]) => start <= m.start && m.end <= end);
  for (const { m, end } of folded(text, objects.filter((x) => x.start >= from && (x.start === o.start || !inAside(x))))) {
    if (prevEnd < 0 && m.start > limit) return 'maxGap';
    if (prevEnd >= 0) {
      // The aside may follow the conjunct's parenthesis ("B (Norland), both of which supply C, as well as D").
      const aside = asides.find(([start, end]) => (start === prevEnd || (start > prevEnd && CONJUNCT_CLOSE.test(text.slice(prevEnd, start)))) && end <= m.start);
      const linkFrom = aside ? aside[1] : prevEnd;
      const link = text.slice(linkFrom, m.start);
      // "the People's Republic of China, including the Hong Kong Special Administrative Region, or Russia": a territory
      // named as included in the country before it is part of that one, no conjunct of its own; the list goes on past it.
      if (m.start === o.start && prev?.label === 'Jurisdiction' && m.label === 'Jurisdiction' && INCLUDED_TERRITORY.test(link)) return 'chain';
      const made = !!maker && !!prev && THINGS.has(prev.label) && m.label === 'Company' && maker.test(link);
      // "the acquisition of X, a lidar maker, by Y": the acquirer is a party to the transaction, as its target is.
      const acquiring = !!acquirer && prev?.label === 'Company' && m.label === 'Company' && acquirer.test(`${text.slice(Math.max(0, prev.start - 60), prev.start)}@${link}`);
      // A conjunct's generic modifiers stand in its link (chainHead).
      const modified = genericModifiersFrom(text, linkFrom, m, m.start);
      // "duties on X from China, including Y": the goods' origin or destination, a proper name the rule's objects leave
      // out, is no part of the link to the conjunct after it.
      const placed = prev && THINGS.has(prev.label) ? PLACE_OF_GOODS.exec(link) : null;
      const pastPlace = !!placed && chain.test(link.slice(placed[0].length));
      if (!chain.test(link) && !made && !acquiring && !pastPlace && !(modified !== undefined && chain.test(text.slice(linkFrom, modified))) && !brokenOnlyBy(link, chain)) {
        // "shipments of battery packs for drones from X": goods named as the purpose of the goods before them are no
        // conjunct, and the goods' maker or origin after that purpose is reached from the goods.
        const goods = !!prev && THINGS.has(prev.label);
        if (goods && THINGS.has(m.label) && m.start !== o.start && PURPOSE.test(link)) continue;
        // "exports of X to U.S. military end users and, in principle, exports of Y": a country right after the goods' "to" or
        // "from" is where they go or come from, no conjunct; the next conjunct is linked from the goods, past it.
        if (goods && m.label === 'Jurisdiction' && m.start !== o.start && DESTINATION.test(link)) continue;
        if (!(goods && m.label === 'Company' && PURPOSE_MAKER.test(link))) return 'chain';
      }
    }
    if (m.start === o.start) return undefined;
    prevEnd = end;
    prev = m;
  }
  return 'chain';
}

/** The link from a country to a territory it is said to include (", including the", "(including"). */
const INCLUDED_TERRITORY = /^\s*(?:,|\()?\s*including\s+(?:the\s+)?$/i;

/** An aside of examples right after a conjunct (", including its A and B models,"): what it names are the conjunct's
 *  members, no break in the list; the link goes on past one of its commas. */
const EXAMPLES_ASIDE = /^\s*,\s+(?:including|such\s+as|notably|in\s+particular)\s/i;
/** A bare word coordinated right before a conjunct, that shares its head ("with VCS or ADS software": VCS software): the
 *  conjunct's own modifier, no break in the list. Not a word of grammar. */
const SHARED_HEAD = /(?<=\s)(?!(?:the|a|an|its|their|our|his|her|this|that|these|those|other|such|any|all|each|some|no|not|it|they|which|who|is|are|was|were|be|been|has|have|had|will|would|may|can|shall|must|also|then|but|to|of|in|on|at|by|for|from|with|as|than)\s)[\p{L}\p{N}][\p{L}\p{N}-]*\s+(?:and|or)\s+$/iu;

/** The link between two conjuncts fails the chain only because of an aside of examples after the first, or of a bare
 *  word coordinated before the second, sharing its head: the rest of the link, read without it, is a chain link. */
function brokenOnlyBy(link: string, chain: RegExp): boolean {
  const shared = SHARED_HEAD.exec(link);
  if (shared && chain.test(link.slice(0, shared.index))) return true;
  if (!EXAMPLES_ASIDE.test(link)) return false;
  for (let at = link.indexOf(',', link.search(/\S/) + 1); at > 0 && at <= 160; at = link.indexOf(',', at + 1)) if (chain.test(link.slice(at))) return true;
  return false;
}

/** Where the first match of `cue` in `text` starts. */
/** "X, Y or their affiliates, as prohibited by Z": the participle opens a comment clause on the clause before (asClause,
 *  read on the text before it and the cue's own words) whose agent is the actor, right after the cue: no noun phrase
 *  between the object and it takes the participle. Not a clause that cites a rule's scope or terms ("as covered by",
 *  "as defined in"), nor one whose agent is another's ("as prohibited by A; ... under B"). */
function asComment(rules: RuleSet, before: string, between: string, cue: RegExpExecArray | null): boolean {
  if (!cue || !rules.asClause) return false;
  const end = cue.index + cue[0].length;
  return /^\s*(?:the\s+)?$/i.test(between.slice(end)) && rules.asClause.test(`${before}${between.slice(cue.index, end)}`);
}

function firstMatch(cue: RegExp, text: string): number {
  return cue.exec(text)?.index ?? 0;
}

/** Where the last match of `cue` in `text` that starts where `allowed` says starts and ends. */
function lastMatch(cue: RegExp, text: string, allowed: (at: number) => boolean): { start: number; end: number } | undefined {
  let last: { start: number; end: number } | undefined;
  for (const m of text.matchAll(globalOf(cue))) if (allowed(m.index)) last = { start: m.index, end: m.index + m[0].length };
  return last;
}

let companyNoun: RegExp | undefined;
let coordinatedCompanyNoun: RegExp | undefined;
/** Words that open a noun phrase of their own, not one more modifier of the company noun after them. */
const NOT_MODIFIER = '(?:its|their|his|her|our|the|a|an|other|all|any|these|those|such)\\s';
let madeBy: RegExp | undefined;

/** "Chinese company", "German drone maker": a mention right before a noun of companies (grammar/names.yaml company-nouns),
 *  perhaps one or two words of trade between. */
function modifiesCompanyNoun(text: string, m: Mention): boolean {
  // A seat's town too ("a Shenzhen-based drone maker", "Shenzhen-based Tern Optics": countries.ts country:seat).
  companyNounAfter ??= new RegExp(`^(?:-(?:based|headquartered)\\s+(?=\\p{Lu})|(?:-(?:based|headquartered))?\\s+(?:[a-z][\\w-]*\\s+){0,2}?${companyNouns()}\\b)`, 'u');
  return mayMatch(companyNounAfter, text) && companyNounAfter.test(text.slice(m.end, m.end + 60));
}
let companyNounAfter: RegExp | undefined;

/** The names of a list open after a comma ("suppliers of drone engines, A and B"). */
const LIST_OPENS = /,\s+$/;

/** The mentions of `candidates` listed right after `first`, joined by commas and "and"/"or" ("A, B and C"; the names
 *  grammar's COORDINATION, companies.ts). */
function listedAfter(first: Mention, candidates: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  let last = first;
  for (const m of [...candidates].sort((a, b) => a.start - b.start)) {
    if (m.start < last.end) continue;
    if (!COORDINATION.test(text.slice(last.end, m.start))) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** The names grammar's nouns of companies as one group of a pattern (grammar.ts companyNounGroup): the rules'
 *  <COMPANY_NOUN>, and the readers of a noun of companies after a mention. */
function companyNouns(): string {
  return grammar().companyNounGroup;
}

/** "drone makers", "semiconductor industry": a mention modifying the noun after it (a company noun of the
 *  names grammar, perhaps after a singular thing coordinated with it: "drone and camera makers"; or the rules'
 *  `modifier`; a country the rules' `ownBodies`: "prohibits U.S. federal agencies from buying X"; a company after its people,
 *  `personnel`: "visa restrictions on the officers of X"; a network or other technology another thing is banned or removed
 *  from, `excludedFrom`: "removed from 5G networks") is not an object; a service its providers name is ("DNS service
 *  providers"), and so is a country after a participle of making and "by" (grammar/names.yaml company-participles:
 *  "made by Chinese manufacturers"), or after "from" ("drones from Chinese manufacturers"). */
/** A verb of banning right before a run of nouns and conjunctions, no preposition between: a bound party's place. */
const BOUND_TRADER_BEFORE =
  /\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit|prohibits|prohibited|prohibiting|forbid|forbids|forbade|forbidding)\s+(?:(?:the|all|any|its|their)\s+)?(?:(?!(?:of|to|for|from|in|on|with|by|under|into)\b)[\w-]+(?:,\s+|\s+))*?(?:(?:and|or)\s+)?$/i;
/** After such a party (and its conjuncts), "from" and a gerund of trading: the act the ban keeps it from. */
const BOUND_TRADER_AFTER =
  /^(?:\s*(?:,\s+|\s+(?:and|or)\s+)(?:(?!(?:of|to|for|from|in|on|with|by)\b)[\w-]+\s+){0,4}?[\w-]+)*\s+from\s+(?:\w+ly\s+)?(?:distributing|selling|offering|providing|hosting|supplying|marketing|carrying|listing|making\s+available)\b/i;
/** After goods, the companies whose line they name, in apposition: ", A", ", including A", ", such as A". */
const LINE_NAMED = /^\s*,\s+(?:(?:including|such\s+as|namely|notably|among\s+them)\s+)?(?:the\s+)?[A-Z]/;
let lineOf: RegExp | undefined;
function isModifier(text: string, m: Mention, rules: RuleSet): boolean {
  if (!rules.modifier) return false;
  companyNoun ??= new RegExp(`^\\s+${companyNouns()}\\b`);
  // "drone and module makers": a singular noun coordinated with the next modifier of a company noun modifies it too; so
  // does the first of a longer list of such nouns ("drone, camera and electronics companies"), each one word.
  coordinatedCompanyNoun ??= new RegExp(
    `^(?:,\\s+(?!${NOT_MODIFIER})[a-z][\\w-]*)*,?\\s+(?:and|or)\\s+(?!${NOT_MODIFIER})[a-z][\\w-]*\\s+${companyNouns()}\\b`,
  );
  madeBy ??= new RegExp(`\\b(?:${grammar().companyParticiples.join('|')})\\s+by\\s+(?:the\\s+)?$`, 'i');
  const after = text.slice(m.end, m.end + 40);
  // "drones made by Chinese manufacturers": the country whose makers make the goods stands for them (restricts-country).
  if (m.label === 'Jurisdiction' && mayMatch(madeBy, text) && madeBy.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  // So does the country of the makers goods come "from" ("the purchase of drones from Chinese manufacturers"): their source,
  // as "made by" names it; a noun of companies right after, so "from Chinese networks" stays a modifier.
  // A participle of listing may stand between ("from listed Chinese manufacturers": relation-rules.yaml makersFrom).
  if (m.label === 'Jurisdiction' && (rules.makersFrom ?? /\bfrom\s+(?:the\s+)?$/).test(text.slice(Math.max(0, m.start - 40), m.start)) && mayMatch(companyNoun, text) && companyNoun.test(after)) return false;
  // The patterns are asked of slices of the sentence: first whether the sentence holds their literals (literal-gate.ts).
  if (rules.provider && mayMatch(rules.provider, text) && rules.provider.test(after) && m.label === 'Technology') {
    return (rules.status?.test(text.slice(Math.max(0, m.start - 80), m.start)) ?? false) || (rules.boundProviders?.test(after) ?? false);
  }
  if (m.label === 'Jurisdiction' && rules.ownBodies && mayMatch(rules.ownBodies, text) && rules.ownBodies.test(after)) return true;
  // "the officers of X": the measure is on the company's people, not on it.
  if (m.label === 'Company' && rules.personnel && mayMatch(rules.personnel, text) && rules.personnel.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
  // "demands to two makers of smart home cameras, A and B": goods that name the line of the companies named right after
  // them are no object; the act is on the companies (the gold conventions: the makers are investigated, not their goods).
  if ((m.label === 'Product' || m.label === 'Technology') && LINE_NAMED.test(after)) {
    lineOf ??= new RegExp(`\\b${companyNouns()}\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$`, 'i');
    if (mayMatch(lineOf, text) && lineOf.test(text.slice(Math.max(0, m.start - 80), m.start))) return true;
  }
  // "prohibits app stores and hosting services from distributing X": services or platforms a ban keeps from trading are the
  // parties it binds, no goods it restricts (the gold conventions: the parties "prohibited from distributing" are no
  // object; "bars drones from flying" keeps the drones its object: no verb of trading after "from").
  if ((m.label === 'Product' || m.label === 'Technology') && BOUND_TRADER_AFTER.test(after.length < 40 ? after : text.slice(m.end, m.end + 160)) && BOUND_TRADER_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  // "removed from 5G networks": the network is the place another thing is kept out of. A technology only: goods after
  // "from" ("bars Chinese software from harbour cranes") are what the ban lays its requirement on, read as before.
  if (m.label === 'Technology' && rules.excludedFrom && mayMatch(rules.excludedFrom, text) && rules.excludedFrom.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  if ((m.label === 'Technology' || m.label === 'Product') && !/s$/.test(m.surface) && mayMatch(coordinatedCompanyNoun, text) && coordinatedCompanyNoun.test(after)) return true;
  return (mayMatch(rules.modifier, text) && rules.modifier.test(after)) || (mayMatch(companyNoun, text) && companyNoun.test(after));
}

/** A sentence's paragraph: its locator without the final `.s_<digits>` (the locator itself when it has none); read by
 *  hand, as `locator.replace(/\.s_\d+$/, '')` would, being asked for every sentence of a report several times. */
function paraOf(locator: string): string {
  const k = locator.lastIndexOf('.s_');
  if (k < 0 || k + 3 === locator.length) return locator;
  for (let j = k + 3; j < locator.length; j++) {
    const c = locator.charCodeAt(j);
    if (c < 48 || c > 57) return locator;
  }
  return locator.slice(0, k);
}
const round = (n: number): number => Math.round(n * 100) / 100;

/** The verbatim paragraph text from the start of `first` to the end of `second`. */
function spanQuote(paragraph: string, first: string, second: string): string {
  const a = paragraph.indexOf(first);
  const b = paragraph.indexOf(second, a < 0 ? 0 : a + first.length);
  return a >= 0 && b >= 0 ? paragraph.slice(a, b + second.length) : `${first} ${second}`;
}

export type { Mention };
