// Why a candidate pair of one sentence made no English relation (relations.ts): the names of the checks that reject a
// candidate, decided here and nowhere else, for a diagnostic trace (extractRelations' optional collector). A name is the
// RuleSet or rule key of relation-rules.yaml whose pattern rejected it, or, for a check only the code makes, a plain
// hyphenated phrase. The trace names the FIRST check that rejects a candidate, in the order the reader makes them: the
// reader's checks are early returns, so the first is exact and cheap, where "which checks, removed alone, would let it
// through" would re-run every candidate once per check and depend on every later check's side conditions.

/** The checks in the order the reader makes them: the first group are alternatives, then each of the rule's checks is
 *  reached only past the ones before it (but the gap, which an object-first rule checks before its cue). A candidate
 *  stopped by a later check came nearer to a relation (the evaluator classes a missed relation by the furthest). */
export const VETOES = [
  // Before the rule's own checks: which mentions may be a rule's ends at all.
  'labels', // neither way round are the two mentions' labels the rule's subject and object labels
  'order', // the actor and the object stand the other way round from the rule's order (or overlap)
  'same-entity', // both ends are one entity
  'superseded', // an end stands in a superseded text a note quotes
  'reference', // the actor is a reference ("as defined in section 4 of the Act")
  'means', // the actor is an instrument issued as a means ("issues this rule to prohibit X")
  'anaphor-actor', // the actor is a taken-up object ("such X", a relative pronoun's, a possessive's maker): objects only
  'lead-in-object', // the object stands in a list item's lead-in: an item's objects are its own
  'body-noun-object', // the object is a body noun ("the bureau"): actors only
  'modifier', // the object modifies the noun after it ("drone makers")
  // The rule's checks (relations.ts vetoOf), in order.
  'elided',
  'cue', // no match of the rule's cue between the two (not traced: most pairs of most rules)
  'cue-in-name', // the cue matches only inside a name
  'undecided', // clauses.undecided: the cue's clause is asked or supposed
  'negation',
  'recommendation',
  'requested',
  'addressee', // the actor is the addressee of a verb of telling and its that-clause ("told the NCSC that it would replace X")
  'proposal',
  'deliberation', // the cue weighs whether a measure should be taken on the object ("reviewing whether X should be restricted")
  'reversal',
  'undone', // a relative clause right after the object undoes the act ("imposed controls on X that it lifted in May")
  'delisting',
  'topic',
  'after',
  'before',
  'not-before', // the rule's notBefore matches right before the first of the two (or before its list's first conjunct)
  'aside-object', // object-first: the object stands in an aside closed before the passive
  'attached', // object-first: another noun phrase between takes the participle
  'complement', // object-first: the object is the class a participle of classing puts the object before it in
  'object-outside-clause', // the object stands after the cue's clause or in a clause coordinated beside it
  'not-clause-subject', // the cue's clause has a subject that names other actors
  'possessor', // another actor's possessive stands right before the cue, whose act it names ("commented on the Department's ban on X")
  'coordinated-subject', // the cue's coordinated clause has a subject of its own after the actor
  'owned-after', // the object stands in a clause opened after the cue that owns its objects
  'reason', // the object stands in the reason given after a named object ("sanctioned X for supplying drones to Russia")
  'oblique', // the actor is a preposition's object and another actor comes first
  'agentive', // the actor is a preposition's object, and no agent's
  'finite', // a finite verb after the preposition's object is the noun's it hangs on
  'aside-subject', // the actor stands in a relative or adverbial clause closed before the cue
  'interposed-actor', // another actor, not coordinated with it, stands between the actor and the cue
  'bound',
  'boundBefore',
  'prohibition', // a prohibition's cue binds its grammatical subject, not an imposing actor
  'clause', // another subject with its own verb opens a clause between the actor and the cue, or the cue and the object
  'possessed',
  'participle',
  'direct',
  'maxGap', // the object stands beyond the gap after the actor or the cue
  'chain', // the object is not the cue's first one nor joined to it by a `chain` link
] as const;

export type Veto = (typeof VETOES)[number];

/** How far the reader got with a candidate before `veto` stopped it: a later check was reached past every earlier one. */
export const stage = (veto: Veto): number => VETOES.indexOf(veto);

export interface TracedEnd {
  id: string;
  surface: string;
  /** A sentence's mention (TracedSentence.mentions): its label and where it stands in the sentence's text, for a reader of
   *  the candidates (bench/relation-model.ts). */
  label?: string;
  at?: number;
  to?: number;
}

/** One candidate of one rule that made no relation of the rule's type between its ends, and the check that stopped it. */
export interface Vetoed {
  rule: string;
  type: string;
  start: TracedEnd;
  end: TracedEnd;
  veto: Veto;
}

/** One sentence as the rules read it (a list item with its lead-ins), its mentions, and its candidates stopped by a check
 *  past the cue: those where the rule's cue stands between two mentions, or the pair's labels let it reach the checks. */
export interface TracedSentence {
  locator: string;
  text: string;
  /** Where `text` is a reading built from the source (a list item read in its lead-in's placeholder): the verbatim
   *  lead-in and item, the quote a relation of the sentence carries. */
  quote?: string;
  /** Where the sentence's own text starts: a list item's lead-ins stand before it (their mentions are no objects). */
  from?: number;
  mentions: TracedEnd[];
  vetoed: Vetoed[];
  /** A lazy trace (extractRelations' `lazyTrace`) leaves `vetoed` empty and reads, when asked, the checks that stopped
   *  the rules of one type on one pair of entities (by id, the subject's first): as `vetoed` would hold them. */
  vetoesFor?: (start: string, end: string, type: string) => Veto[];
  /** A lazy trace's: the pairs of entities (start, end) of the relations the rules read in the sentence, as read (the
   *  report's settled recognition may still move an end to the thing a phrase is headed by: records.ts analyseReport). */
  related?: readonly (readonly [string, string])[];
}

/** Where extractRelations puts its trace, one sentence at a time: a list, or a reader of each sentence as it is made
 *  (relation-suggestions.ts SuggestionReader, which keeps no sentence). */
export interface TraceSink {
  push(t: TracedSentence): unknown;
}
