// The clause reader (ingest/reports/clauses.ts): each clause's kind, its subject or the clause it takes its subject
// from, on sentences of genres the fixtures lack. Names are given as the recognizer would find them.
import { describe, expect, it } from 'vitest';
import { actingSubject, innermost, readClauses, undecided } from '../../../ingest/reports/clauses.ts';
import { clauseGrammar, loadRules } from '../../../ingest/reports/relations.ts';

const grammar = clauseGrammar(loadRules())!;

/** The sentence read with `names` as its mentions: per clause its kind, its text and the subject that acts for it. */
function read(text: string, names: string[]) {
  const mentions = names.map((n) => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`no "${n}" in the sentence`);
    return { start, end: start + n.length };
  });
  const clauses = readClauses(text, mentions, grammar);
  const subjectOf = (word: string): string | undefined => {
    const span = actingSubject(clauses, innermost(clauses, text.indexOf(word)));
    return span && text.slice(span.start, span.end);
  };
  const open = (word: string): boolean => undecided(clauses, innermost(clauses, text.indexOf(word)));
  return { kinds: clauses.map((c) => c.kind), subjectOf, open };
}

describe('the clause reader', () => {
  it('reads a base form after a plural name as its verb, and a noun before a preposition as no verb', () => {
    const text = 'The Norland Ports Authority licenses harbour cranes, and the Valdmark Export Regulations 2023 prohibit tidal survey drones.';
    const r = read(text, ['Norland Ports Authority', 'harbour cranes', 'Valdmark Export Regulations 2023', 'tidal survey drones']);
    expect(r.kinds).toEqual(['main', 'coordinated']);
    expect(r.subjectOf('prohibit')).toBe('the Valdmark Export Regulations 2023');
    const noun = read('The Norland Ports Authority criticised the Valdmark Export Rules ban on tidal survey drones.', ['Norland Ports Authority', 'Valdmark Export Rules', 'tidal survey drones']);
    expect(noun.kinds).toEqual(['main']);
    expect(noun.subjectOf('ban')).toBe('The Norland Ports Authority');
  });
  it('reads a present verb after adverbs as the verb of the name before them', () => {
    const text = 'The Norland Ports Authority already requires licences for harbour cranes, and the Ministry of Trade, Industry and Energy added tidal survey drones to its list.';
    const r = read(text, ['Norland Ports Authority', 'harbour cranes', 'Ministry of Trade, Industry and Energy', 'tidal survey drones']);
    expect(r.subjectOf('requires')).toBe('The Norland Ports Authority');
    const two = read('The Norland Ports Authority also routinely bans harbour cranes, and the Valdmark Export Regulations 2023 prohibit tidal survey drones.', ['Norland Ports Authority', 'harbour cranes', 'Valdmark Export Regulations 2023', 'tidal survey drones']);
    expect(two.kinds).toEqual(['main', 'coordinated']);
    expect(two.subjectOf('bans')).toBe('The Norland Ports Authority');
    // A coordinated subject runs to no verb past a semicolon.
    const semi = read('The Norland Ports Authority already bans harbour cranes with Valdmark or Marrow software under its rule; the order extends it to tugs.', ['Norland Ports Authority', 'harbour cranes', 'Valdmark', 'Marrow']);
    expect(semi.kinds).toEqual(['main', 'coordinated']);
    expect(semi.subjectOf('Marrow software')).toBe('The Norland Ports Authority');
  });
  it("reads a relative clause after a name's of-phrase as the head name's", () => {
    const text = 'Importers blamed the Harbour Drones Rule of the Norland Trade Council, which bars tidal survey drones.';
    expect(read(text, ['Harbour Drones Rule', 'Norland Trade Council', 'tidal survey drones']).subjectOf('bars')).toBe('Harbour Drones Rule');
    expect(read('Importers wrote to the Norland Trade Council, which bars tidal survey drones.', ['Norland Trade Council', 'tidal survey drones']).subjectOf('bars')).toBe('Norland Trade Council');
  });
  it('reads a relative clause between commas as an aside with its own subject', () => {
    const r = read('The Norland Customs Service, which the Ministry of Security oversees, has restricted imports of lidar sensors.', ['Norland Customs Service', 'Ministry of Security', 'lidar sensors']);
    expect(r.kinds).toEqual(['main', 'subordinate']);
    expect(r.subjectOf('oversees')).toBe('the Ministry of Security');
    expect(r.subjectOf('restricted')).toContain('The Norland Customs Service');
  });
  it('reads the name a relative pronoun with a subject after it stands for, and where its verb ends', () => {
    const text = 'Exporters must check Kestrel Batteries, which the Valdmark Energy Agency has added to the list.';
    const clauses = readClauses(text, [{ start: 21, end: 38 }, { start: 50, end: 72 }], grammar);
    const relative = clauses.find((c) => c.antecedent);
    expect(relative && text.slice(relative.antecedent!.start, relative.antecedent!.end)).toBe('Kestrel Batteries');
    expect(relative && text.slice(0, relative.verbEnd)).toMatch(/has added$/);
  });
  it('gives a relative pronoun without a subject after it the name before the comma', () => {
    const r = read('The Valdmark Energy Agency, which does not regulate harbour cranes, added Kestrel Batteries to the list.', ['Valdmark Energy Agency', 'harbour cranes', 'Kestrel Batteries']);
    expect(r.subjectOf('regulate')).toBe('Valdmark Energy Agency');
  });
  it('gives a coordinated clause with a pronoun subject the subject of the clause before it', () => {
    const r = read('The Norland Customs Service did not inspect harbour cranes, but it restricted imports of lidar sensors.', ['Norland Customs Service', 'harbour cranes', 'lidar sensors']);
    expect(r.kinds).toEqual(['main', 'coordinated']);
    expect(r.subjectOf('restricted')).toBe('The Norland Customs Service');
  });
  it('gives a coordinated predicate the subject of the clause before it, and a coordinated clause its own', () => {
    const r = read('The Ministry of Security met the Norland Customs Service and restricted imports, and the Service will review lidar sensors.', ['Ministry of Security', 'Norland Customs Service', 'lidar sensors']);
    expect(r.kinds).toEqual(['main', 'predicate', 'coordinated']);
    expect(r.subjectOf('restricted')).toBe('The Ministry of Security');
    expect(r.subjectOf('review')).toBe('the Service');
  });
  it('joins coordinated subjects before their verb into one subject', () => {
    const r = read('The Norland Trade Commission and the Valdmark Energy Agency restricted imports of solar inverters.', ['Norland Trade Commission', 'Valdmark Energy Agency', 'solar inverters']);
    expect(r.kinds).toEqual(['main']);
    expect(r.subjectOf('restricted')).toBe('The Norland Trade Commission and the Valdmark Energy Agency');
  });
  it('gives a complement clause\'s pronoun the subject of the clause it completes', () => {
    const r = read('The Ministry of Security today announced that it has added Skyward Aeronautics to the list.', ['Ministry of Security', 'Skyward Aeronautics']);
    expect(r.kinds).toEqual(['main', 'complement']);
    expect(r.subjectOf('added')).toBe('The Ministry of Security today');
  });
  it('leaves the act of an indirect question or a condition undecided, not that of a relative clause inside it', () => {
    const q = read('To ask the Minister for Trade whether the Norland Customs Service intends to restrict imports of lidar sensors.', ['Norland Customs Service', 'lidar sensors']);
    expect(q.open('restrict')).toBe(true);
    const c = read('If the Norland Maritime Administration adds Marrowby Cable to the list, exporters will need a licence.', ['Norland Maritime Administration', 'Marrowby Cable']);
    expect(c.open('adds')).toBe(true);
    expect(c.open('need')).toBe(false);
    const r = read('Providers shall report whether they obtained equipment after the date on which the Commission places it on the list.', ['Commission']);
    expect(r.open('obtained')).toBe(true);
    expect(r.open('places')).toBe(false);
  });
  it('keeps clauses coordinated inside a complement clause there, and closes a question at a comma before a coordinator', () => {
    const r = read('Clients should note that the Valdmark Energy Agency has added Kestrel Batteries to the list and the Norland Customs Service will inspect battery cells and will restrict lidar sensors.', ['Valdmark Energy Agency', 'Kestrel Batteries', 'Norland Customs Service', 'battery cells', 'lidar sensors']);
    expect(r.kinds).toEqual(['main', 'complement', 'coordinated', 'predicate']);
    expect(r.subjectOf('restrict')).toBe('the Norland Customs Service');
    const q = read('Lawmakers asked whether the Norland Customs Service could ban lidar sensors, and the Service said it would review harbour cranes.', ['Norland Customs Service', 'lidar sensors', 'harbour cranes']);
    expect(q.open('ban')).toBe(true);
    expect(q.open('review')).toBe(false);
  });
  it('opens a clause at a comma and a coordinator after a nested clause with no verb of its own', () => {
    const text = 'The Valdmark Energy Agency will have to tell ports which of their cranes to replace, and the Norland Customs Service will have to read reports from every firm selling lidar sensors.';
    const r = read(text, ['Valdmark Energy Agency', 'Norland Customs Service', 'lidar sensors']);
    expect(r.kinds).toEqual(['main', 'restrictive', 'coordinated']);
    expect(r.subjectOf('selling')).toBe('the Norland Customs Service');
    // Its cue reaches nothing in the clause after.
    const clauses = readClauses(text, [], grammar);
    expect(clauses[innermost(clauses, text.indexOf('lidar'))].start).toBeGreaterThan(text.indexOf('replace'));
  });
  it('reads a possessive relative clause past the noun it owns, standing for the name its apposition is beside', () => {
    const text = 'The board was made by Kestrel Cranes Ltd., the Norland company whose cranes the Valdmark Energy Agency barred ports from buying.';
    const at = (n: string) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length });
    const clauses = readClauses(text, [at('Kestrel Cranes Ltd.'), at('Norland'), at('Valdmark Energy Agency')], grammar);
    const relative = clauses.find((c) => c.antecedent);
    expect(relative && text.slice(relative.antecedent!.start, relative.antecedent!.end)).toBe('Kestrel Cranes Ltd.');
    expect(relative && text.slice(relative.subject!.start, relative.subject!.end)).toBe('the Valdmark Energy Agency');
    expect(relative && text.slice(0, relative.verbEnd)).toMatch(/barred$/);
  });
  it('reads a participle in a list, or before a preposition, as no verb of a coordinated clause', () => {
    const r = read('Carmakers may not import vehicles that contain modems or driving software designed, developed or supplied by persons owned by Norland.', ['modems', 'driving software', 'Norland']);
    expect(r.kinds).toEqual(['main']);
  });
  it('reads a past form in the attribute position, a noun after it, as an adjective, no verb of a coordinated predicate', () => {
    // After a coordinator joining nouns, where the lexicon reads the form as an adjective too ("managed", "licensed").
    const names = ['Norland Trade Council', 'harbour cranes', 'Kestrel Cranes Ltd.'];
    expect(read('The Norland Trade Council bars harbour cranes and managed services supplied by Kestrel Cranes Ltd.', names).kinds).toEqual(['main']);
    expect(read('The Norland Trade Council bars harbour cranes and licensed software sold by Kestrel Cranes Ltd.', names).kinds).toEqual(['main']);
    // After a determiner or an adjective, whatever the form.
    expect(read('The Norland Trade Council listed harbour cranes; the covered equipment supplied by Kestrel Cranes Ltd. is barred.', names).kinds).toEqual(['main', 'coordinated']);
    expect(read('The Norland Trade Council bars harbour cranes and certain connected devices from Kestrel Cranes Ltd.', names).kinds).toEqual(['main']);
    // A past form only ("banned"), or one before a determiner, stays the verb of a predicate.
    expect(read('The Norland Trade Council reviewed harbour cranes and banned exports from Kestrel Cranes Ltd.', names).kinds).toEqual(['main', 'predicate']);
    expect(read('The Norland Trade Council reviewed harbour cranes and restricted the exports of Kestrel Cranes Ltd.', names).kinds).toEqual(['main', 'predicate']);
    // After a coordinator, a past tense earlier in the sentence makes even an adjective's form its parallel predicate.
    expect(read('The Norland Trade Council reviewed harbour cranes and restricted exports from Kestrel Cranes Ltd.', names).kinds).toEqual(['main', 'predicate']);
    expect(read('The Norland Trade Council reviewed harbour cranes and licensed software sold by Kestrel Cranes Ltd.', names).kinds).toEqual(['main', 'predicate']);
  });
  it('reads an adjunct of partners between commas as an aside, not as a coordinated subject', () => {
    const r = read('The Secretary of Commerce, in consultation with the Norland Customs Service, the Ministry of Security, and the Attorney General, shall review lidar sensors.', ['Secretary of Commerce', 'Norland Customs Service', 'Ministry of Security', 'Attorney General', 'lidar sensors']);
    expect(r.kinds).toEqual(['main', 'apposition']);
  });
  it('reads a comma, a common noun phrase and a modal after a clause as a clause of its own, not after an opening adjunct', () => {
    const r = read('The Norland Maritime Administration approves the plan, the operator shall remove harbour cranes.', ['Norland Maritime Administration', 'harbour cranes']);
    expect(r.kinds).toEqual(['main', 'coordinated']);
    expect(r.subjectOf('remove')).toBe('the operator');
    expect(read('Under the Valdmark Supply Act, a port operator may not purchase harbour cranes.', ['Valdmark Supply Act', 'harbour cranes']).kinds).toEqual(['main']);
  });
  it('reads "that" after a preposition as a determiner, not as a relative pronoun', () => {
    expect(read('Under that rule, lidar sensors linked to Norland may not be imported.', ['rule', 'lidar sensors', 'Norland']).kinds).toEqual(['main']);
    expect(read('Under that rule, lidar sensors linked to Norland may not be imported.', ['lidar sensors', 'Norland']).kinds).toEqual(['main']);
    // "in that" before a pronoun subject opens a clause.
    expect(read('The order is broad in that it restricts lidar sensors.', ['lidar sensors']).kinds).toEqual(['main', 'complement']);
  });
  it("reads a relative clause with a subject of its own after an apposition as the apposition's, standing for the name before it", () => {
    const text = 'The Norland Customs Service fined Kestrel Batteries, a Valdmark company that the Ministry of Security had added to the list in May.';
    const names = ['Norland Customs Service', 'Kestrel Batteries', 'Valdmark', 'Ministry of Security'];
    const r = read(text, names);
    expect(r.kinds).toEqual(['main', 'relative']);
    expect(r.subjectOf('added')).toBe('the Ministry of Security');
    const relative = readClauses(text, names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })), grammar).find((c) => c.kind === 'relative');
    expect(relative?.antecedent && text.slice(relative.antecedent.start, relative.antecedent.end)).toBe('Kestrel Batteries');
    // "that" after an apposition with a verb of its own opens a complement, as before.
    expect(read('The Norland Customs Service told Kestrel Batteries, a Valdmark company, that the Ministry of Security had added it to the list.', names).kinds).toEqual(['main', 'complement', 'apposition']);
  });
  it('reads a sentence mostly in a script without spaces as one clause, an English one naming a Chinese law as English', () => {
    expect(read('商务部决定对甲控制器实施出口管制。', ['商务部']).kinds).toEqual(['main']);
    expect(read('The Norland Customs Service, which enforces the 《数据安全法》, restricted lidar sensors.', ['Norland Customs Service', '《数据安全法》', 'lidar sensors']).kinds).toEqual(['main', 'subordinate']);
  });
});

describe('a lead-in\'s colon and a coordinated subject', () => {
  it('opens the item after a lead-in\'s colon (past its enumerator) as a clause with its own subject', () => {
    const text = 'I, the President of Norland, do proclaim as follows: (8) The Norland Trade Council and the Norland Maritime Administration shall jointly prohibit the entry of harbour cranes.';
    const r = read(text, ['Norland Trade Council', 'Norland Maritime Administration', 'harbour cranes']);
    expect(r.kinds).toEqual(['main', 'coordinated']);
    expect(r.subjectOf('prohibit')).toBe('The Norland Trade Council and the Norland Maritime Administration');
  });

  it('reads a compound participle ("medium-sized") as no verb: an item that is a noun phrase opens no clause', () => {
    const text = 'For the purposes of the Act, the following entities shall be considered to be essential entities: (c) providers of harbour cranes which qualify as medium-sized enterprises;';
    expect(read(text, ['harbour cranes']).kinds).toEqual(['main', 'restrictive']);
    // A verb with a prefix of verbs is still one.
    const verb = read('The Norland Trade Council banned the following: (a) the Valdmark Export Office re-exported harbour cranes;', ['Norland Trade Council', 'Valdmark Export Office', 'harbour cranes']);
    expect(verb.kinds).toEqual(['main', 'coordinated']);
  });
  it('opens none at a colon before a list with no verb', () => {
    const r = read('The Norland Trade Council banned the following: harbour cranes, forklift trucks and tide gauges.', ['Norland Trade Council', 'harbour cranes']);
    expect(r.kinds).toEqual(['main']);
  });
  it('opens no clause at a semicolon inside brackets (the aliases of a name)', () => {
    const t = 'VELDRY TRAWL LTD. (a.k.a. VELDRY; a.k.a. VELDRY FISHING), Kowloon, Hong Kong, is being designated today.';
    const r = read(t, ['VELDRY TRAWL LTD.', 'VELDRY FISHING', 'Hong Kong']);
    expect(r.kinds).toEqual(['main']);
    const u = 'Veldry Trawl Ltd. shipped cranes; Marrowby Cable Co., Ltd. is being designated today.';
    expect(read(u, ['Veldry Trawl Ltd.', 'Marrowby Cable Co., Ltd.']).kinds).toEqual(['main', 'coordinated']);
  });
});
