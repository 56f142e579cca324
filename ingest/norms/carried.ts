// The authority a duty about a communication is owed to, when its own sentence does not name it: a duty
// whose topic is a communication made by an earlier norm of the same provision (通知应当包括下列事项; "The
// notification referred to in paragraph 1 shall at least:"; "For the purposes of the notification …, the
// manufacturer shall submit:") is owed where that communication went.
import type { Lang } from '../languages/index.ts';
import type { NormContext, NormFinding } from './extract.ts';
import type { AuthorityLink } from './roles.ts';

/** OWED_TO links for a duty (`sentence`, its modal `marker`) from the provision's earlier norms. */
export function owedFromEarlier(ctx: NormContext, sentence: string, marker: { start: number; end: number }, earlier: NormFinding[]): AuthorityLink[] {
  const word = communicationNamed(ctx, sentence.slice(0, marker.start), sentence.slice(marker.end));
  if (!word) return [];
  const owed = (f: NormFinding) => f.authorities.filter((a) => a.role === 'OWED_TO');
  const sent = earlier.filter((f) => owed(f).length > 0);
  // The norm that made the communication (报送风险评估报告; "notify … to the supervisory authority"), else the latest owed one.
  const stem = ctx.lang === 'zh' ? word : word.toLowerCase().slice(0, 5);
  const source = sent.find((f) => f.quote.toLowerCase().includes(stem)) ?? sent.at(-1);
  return source ? owed(source) : [];
}

/** The duty is about a communication: named before its modal (the topic: 通知应当…; "The notification …
 *  shall"), or in English as what it submits ("shall submit the notifications referred to in …"). */
function communicationNamed(ctx: NormContext, before: string, after: string): string | undefined {
  if (ctx.lang === 'zh') {
    // …报送的风险评估报告，除包括前款规定的内容外，还应当…: an exception and a connective (还, 并) between the topic
    // and the modal leave the topic the clause before them.
    let topic = before;
    for (const e of ctx.m.exceptions(before).reverse()) topic = topic.slice(0, e.start) + topic.slice(e.end);
    for (let prev = ''; prev !== topic; ) {
      prev = topic;
      topic = topic.replace(/[，,\s]+$/u, '');
      const w = ctx.g.leading.find((x) => topic.endsWith(x));
      if (w) topic = topic.slice(0, -w.length);
    }
    const clause = topic.slice(Math.max(topic.lastIndexOf('，'), topic.lastIndexOf(','), 0)).replace(/^[，,]/u, '');
    return ctx.g.communications.find((w) => clause.endsWith(w));
  }
  const { named, submitted } = enCommunication(ctx);
  return (named.exec(before) ?? submitted.exec(after))?.[1];
}

const compiled = new Map<Lang, { named: RegExp; submitted: RegExp }>();

/** English: "the notification" named before the modal, or submitted after it ("shall submit the notifications"). */
function enCommunication(ctx: NormContext): { named: RegExp; submitted: RegExp } {
  let c = compiled.get(ctx.lang);
  if (!c) {
    const words = ctx.g.communications.join('|');
    c = {
      named: new RegExp(`\\b(?:the|such|that|those|these|this)\\s+(${words})\\b`, 'iu'),
      // "shall include in such report": content of a communication goes where the communication went.
      submitted: new RegExp(`^\\s*(?:submit|transmit|send|include\\s+in)\\s+(?:the|such|those)\\s+(${words})\\b`, 'iu'),
    };
    compiled.set(ctx.lang, c);
  }
  return c;
}
