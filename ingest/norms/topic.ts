// Chinese: the organ a sentence without a modal states something of (国务院X主管部门负责…监督管理。/ X对经营者
// 进行监督检查。) is the topic the next sentences go on about: their subjectless 可以/应当 (检查时，可以查阅…)
// are that organ's, as after a sentence with a modal (topic chaining). Only a sentence that opens with the
// organ as its subject counts (not 国务院X部门的职责…, an attribute, nor a body named inside the predicate).
import type { NormContext } from './extract.ts';
import type { Mention } from './matchers.ts';
import type { Party } from './parties.ts';

/** Coordinators between bodies named together as one subject (公安机关、国家安全机关; X和Y). */
const JOINED = /^(?:、|和|及|以及|或者|或|与)$/u;
/** What may stand before the subject: a connective (同时, 但是). */
const LEADING = /^(?:同时|但是|并且|另外|此外)?[，,]?$/u;

/** The state body (or coordinated bodies) opening `sentence` as its subject, as a party; undefined otherwise. */
export function statedBody(ctx: NormContext, sentence: string, bodies: Mention[]): Party | undefined {
  if (ctx.lang !== 'zh') return undefined;
  const domestic = bodies.filter((x) => ctx.isDomestic(x.id));
  const first = domestic[0];
  if (!first || !LEADING.test(sentence.slice(0, first.start))) return undefined;
  let end = first.end;
  for (const x of domestic.slice(1)) {
    if (!JOINED.test(sentence.slice(end, x.start))) break;
    end = x.end;
  }
  // 的 after the name makes it an attribute (X的职责是…); a clause end, no predicate of it (X，…).
  if (/^(?:的|[，,。；;：:]|$)/u.test(sentence.slice(end))) return undefined;
  const party = ctx.parties.resolve(sentence.slice(first.start, end).replace(/^(?:同时|但是|并且|另外|此外)[，,]?/u, ''), 'authority');
  return party.refs.some((r) => r.kind === 'authority') ? party : undefined;
}
