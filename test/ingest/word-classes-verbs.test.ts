// A word class's member may be verbs, lemmas and the forms of each the class stands for (word-classes.ts, verb-forms.ts),
// in place of a pattern that spells each form. relation-rules.yaml's BAN, HALT and RULEMAKING were such patterns; the forms
// they spelt are kept here as expectations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classPatterns } from '../../ingest/reports/relation-candidates.ts';
import { type ClassMember, withFragments, wordClasses } from '../../ingest/word-classes.ts';
import { loadRules } from '../../ingest/reports/relations.ts';

const classOf = (members: Parameters<typeof wordClasses>[0]): RegExp => new RegExp(`^${wordClasses(members).sources.get('X')}`, 'i');

describe('a verbs member of a word class', () => {
  it('matches as much as a pattern with optional endings would: the longest form first', () => {
    const x = classOf({ X: [{ verbs: ['ban', 'stop'], forms: ['base', 'present', 'past', 'gerund'] }] });
    expect(x.exec('banned the cranes')?.[0]).toBe('banned');
    expect(x.exec('stopping imports')?.[0]).toBe('stopping');
    expect(x.exec('bans cranes')?.[0]).toBe('bans');
    expect(x.exec('band music')?.[0]).toBe('ban');
  });
  it('reads a phrasal lemma with any spacing, and only the forms named', () => {
    const x = classOf({ X: [{ verbs: ['lay down'], forms: ['base', 'gerund'] }] });
    expect(x.exec('laying  down rules')?.[0]).toBe('laying  down');
    expect(x.test('laid down rules')).toBe(false);
  });
  it('stands beside pattern members, which may still name a class written before', () => {
    const sources = wordClasses({ A: ['curbs?'], X: [{ verbs: ['halt'], forms: ['past'] }, 'new\\s+<A>'] }).sources;
    const x = new RegExp(`^${sources.get('X')}$`, 'i');
    expect(['halted', 'new curbs'].map((w) => x.test(w))).toEqual([true, true]);
    expect(x.test('halts')).toBe(false);
  });
});

describe("relation-rules.yaml's verb classes", () => {
  const classes = new Map(classPatterns());
  const whole = (name: string, w: string): boolean => classes.get(name)?.exec(w)?.[0] === w;
  // The forms the classes' patterns spelt before they were written as verbs (f7ae6e04).
  const SPELT: Record<string, string[]> = {
    BAN: ['ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'bar', 'bars', 'barred', 'barring', 'forbid', 'forbids', 'forbidding', 'forbidden', 'forbade', 'outlaw', 'outlaws', 'outlawed', 'outlawing'],
    HALT: ['stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'cease', 'ceases', 'ceased', 'ceasing', 'suspend', 'suspends', 'suspended', 'suspending'],
    RULEMAKING: ['lay down', 'laying down', 'set out', 'setting out', 'specify', 'specifying', 'prescribe', 'prescribing', 'regulate', 'regulating', 'supervise', 'supervising', 'monitor', 'monitoring', 'certify', 'certifying', 'approve', 'approving'],
  };
  for (const [name, forms] of Object.entries(SPELT)) {
    it(`${name} matches every form its pattern spelt`, () => {
      expect(forms.filter((w) => !whole(name, w))).toEqual([]);
    });
  }
  it('and no form its pattern left out', () => {
    expect(['bard', 'bared', 'forbided', 'stoped', 'ceas'].filter((w) => whole('BAN', w) || whole('HALT', w))).toEqual([]);
    expect(['specified', 'regulated', 'certifies', 'laid down'].filter((w) => whole('RULEMAKING', w))).toEqual([]);
  });
});

describe('a fragment written as verbs', () => {
  it('is their alternation, longest first, for the patterns that name it', () => {
    const { classes, problems } = withFragments({ KEEPING: { verbs: ['keep'], forms: ['base', 'present', 'past', 'gerund'] } }, wordClasses({}), 'i');
    expect(problems).toEqual([]);
    const x = new RegExp(`^${classes.sources.get('KEEPING')}$`, 'i');
    expect(['keep', 'keeps', 'kept', 'keeping', 'keeped'].map((w) => x.test(w))).toEqual([true, true, true, true, false]);
  });
  it("keeps every form excludedFrom's pattern spelt before its verbs were a fragment (relation-rules.yaml REMOVING)", () => {
    const excludedFrom = loadRules().excludedFrom as RegExp;
    const spelt = ['remove', 'removes', 'removed', 'removing', 'removal', 'exclude', 'excludes', 'excluded', 'excluding', 'strip', 'strips', 'stripped', 'stripping', 'rip', 'rips', 'ripped', 'ripping', 'purge', 'purges', 'purged', 'purging', 'expel', 'expels', 'expelled', 'expelling', 'keep', 'keeps', 'keeping', 'kept'];
    expect(spelt.filter((v) => !excludedFrom.test(`operators ${v} the modules from the `))).toEqual([]);
    expect(['keeped', 'stript', 'moved'].filter((v) => excludedFrom.test(`operators ${v} the modules from the `))).toEqual([]);
  });
});

describe("relation-rules.yaml's verb fragments", () => {
  // The fragments of the file, each read alone (they name no class): DENYING, TIGHTENING, IMPOSING and AGENT_VERB were
  // alternations spelt in denies-entry-to, denies-goods-entry, denies-licences, tightens-review, measure-on-which and
  // NOT_AFTER_AGENT_VERB, and DISPUTING, CLAIMING, RECOMMENDING and REJECTING in negation, undecided, recommendation and
  // proposal, and REVOKING in denies-licences, revokes-possessor-licence and revokes-licence-held-by, INTENDING and
  // DECLINING in proposal; the forms those spelt are kept here as expectations.
  const file = parse(readFileSync(path.join(import.meta.dirname, '../../ingest/reports/relation-rules.yaml'), 'utf8')) as { fragments: Record<string, ClassMember> };
  const pick = (name: string): Record<string, ClassMember> => ({ [name]: file.fragments[name] });
  const whole = (name: string): RegExp => new RegExp(`^${withFragments(pick(name), wordClasses({}), 'i').classes.sources.get(name)}$`, 'i');
  const SPELT: Record<string, string> = {
    DENYING: 'deny denies denied denying refuse refuses refused refusing',
    TIGHTENING: 'tighten tightens tightened tightening strengthen strengthens strengthened strengthening step_up steps_up stepped_up stepping_up',
    IMPOSING: 'impose imposes imposed imposing place places placed placing slap slaps slapped slapping levy levies levied levying announce announces announced announcing adopt adopts adopted adopting took take takes taken taking',
    DISPUTING: 'deny denies denied denying dispute disputes disputed disputing refute refutes refuted refuting rebut rebuts rebutted rebutting',
    CLAIMING: 'claim claims claimed claiming allege alleges alleged alleging',
    RECOMMENDING: 'recommend recommends recommended recommending advise advises advised advising suggest suggests suggested suggesting propose proposes proposed proposing',
    REJECTING:
      'reject rejects rejected rejecting deny denies denied denying resist resists resisted resisting oppose opposes opposed opposing vote_down votes_down voted_down voting_down turn_down turns_down turned_down turning_down dismiss dismisses dismissed dismissing refuse refuses refused refusing decline declines declined declining block blocks blocked blocking veto vetoes vetoed vetoing shelve shelves shelved shelving',
    REVOKING: 'revoke revokes revoked revoking withdraw withdraws withdrew withdrawn withdrawing cancel cancels cancelled canceled cancelling canceling rescind rescinds rescinded rescinding suspend suspends suspended suspending',
    INTENDING:
      'plan plans planned planning intend intends intended intending aim aims aimed aiming hope hopes hoped hoping seek seeks seeking sought want wants wanted wanting threaten threatens threatened threatening fail fails failed failing attempt attempts attempted attempting try tries tried trying vow vows vowed vowing promise promises promised promising propose proposes proposed proposing pledge pledges pledged pledging',
    DECLINING: 'decline declines declined declining refuse refuses refused refusing',
    AGENT_VERB:
      'impose imposes imposed imposing reimpose reimposes reimposed reimposing levy levies levied levying maintain maintains maintained maintaining apply applies applied applying raise raises raised raising increase increases increased increasing adopt adopts adopted adopting introduce introduces introduced introducing extend extends extended extending keep keeps kept keeping set sets setting place places placed placing issue issues issued issuing announce announces announced announcing publish publishes published publishing enforce enforces enforced enforcing launch launches launched launching open opens opened opening initiate initiates initiated initiating finalize finalizes finalized finalizing finalise finalises finalised finalising conduct conducts conducted conducting start starts started starting begin begins began begun beginning undertake undertakes undertaking undertook undertaken carry_out carries_out carried_out carrying_out pursue pursues pursued pursuing make makes made making take takes took taken taking',
  };
  for (const [name, forms] of Object.entries(SPELT)) {
    it(`${name} matches every form its patterns spelt`, () => {
      const x = whole(name);
      expect(forms.split(' ').map((w) => w.replace('_', ' ')).filter((w) => !x.test(w))).toEqual([]);
    });
  }
  it('and no form they left out', () => {
    expect(['denys', 'refusal', 'tightend', 'step', 'taked', 'placeing'].filter((w) => ['DENYING', 'TIGHTENING', 'IMPOSING'].some((n) => whole(n).test(w)))).toEqual([]);
    expect(['rebuting', 'claimming', 'advize', 'vetos', 'shelfed', 'vote'].filter((w) => ['DISPUTING', 'CLAIMING', 'RECOMMENDING', 'REJECTING'].some((n) => whole(n).test(w)))).toEqual([]);
    expect(['withdrawed', 'revokeing', 'cancell', 'suspendid', 'seeked', 'tryed', 'planed', 'hopping', 'refusal'].filter((w) => ['REVOKING', 'INTENDING', 'DECLINING'].some((n) => whole(n).test(w)))).toEqual([]);
    expect(['undertaked', 'setted', 'begined', 'carry', 'maked', 'enacted'].filter((w) => whole('AGENT_VERB').test(w))).toEqual([]);
  });
});
