// Timeline events read from law versions: adoption, amendment (修正), revision (修订) and entry into
// force, each quoting the version's own date line. A law's adoption is listed in every later
// version's header too, so an event is kept once, on the version that came out of it.
import type { Evidence, NodeMap } from './shape.ts';

export type EventKind = 'ADOPTED' | 'AMENDED' | 'REVISED' | 'IN_FORCE';

export interface TimelineEvent {
  date: string;
  kind: EventKind;
  law: NodeMap;
  version: NodeMap;
  evidence: Evidence[];
}

const CN_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

function isoOf(line: string): string | undefined {
  const m = CN_DATE.exec(line);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

/** The verbatim line that states an event of this kind on this date, if the header kept one. */
function lineFor(lines: string[], date: string, kind: EventKind): string | undefined {
  const bare = (l: string) => l.trim().replace(/^[（(]|[）)]$/g, '');
  return lines.find((l) => {
    if (isoOf(l) !== date && !l.includes(date)) return false;
    const b = bare(l);
    if (kind === 'ADOPTED') return /通过$/.test(b) || /\bof \d/.test(b);
    if (kind === 'AMENDED') return /修正$/.test(b);
    if (kind === 'REVISED') return /修订$/.test(b);
    return /施行/.test(b) || /force/i.test(b);
  });
}

function candidates(law: NodeMap, v: NodeMap): TimelineEvent[] {
  const lines = (v.dateLines as string[] | undefined) ?? [];
  const out: TimelineEvent[] = [];
  const add = (date: unknown, kind: EventKind) => {
    if (typeof date !== 'string' || !date) return;
    const line = lineFor(lines, date, kind);
    const evidence: Evidence[] = [{
      documentId: String(v.documentId ?? ''),
      locator: kind === 'IN_FORCE' && line && /施行/.test(line) ? 'commencement' : 'header',
      quote: line ?? '',
      method: 'structure',
      confidence: 1,
    }];
    out.push({ date, kind, law, version: v, evidence: line ? evidence : [] });
  };
  add(v.adopted, 'ADOPTED');
  for (const date of (v.amended as string[] | undefined) ?? []) {
    // The version records amendment dates; the header line says whether it was 修正 or 修订.
    add(date, lineFor(lines, date, 'REVISED') ? 'REVISED' : 'AMENDED');
  }
  add(v.inForceFrom, 'IN_FORCE');
  return out;
}

/** Events of the given versions (rows of queries/timeline.cypher) within [from, to], by date. */
export function timelineEvents(rows: { law: NodeMap; version: NodeMap }[], from?: string | null, to?: string | null): TimelineEvent[] {
  const kept = new Map<string, TimelineEvent>();
  for (const { law, version } of rows) {
    for (const e of candidates(law, version)) {
      const key = `${law.id}|${e.kind}|${e.date}`;
      const prev = kept.get(key);
      // Prefer the version whose own date is the event's (the text that event produced).
      if (!prev || (version.date === e.date && prev.version.date !== e.date)) kept.set(key, e);
    }
  }
  const order: Record<EventKind, number> = { ADOPTED: 0, REVISED: 1, AMENDED: 2, IN_FORCE: 3 };
  return [...kept.values()]
    .filter((e) => (!from || e.date >= from) && (!to || e.date <= to))
    .sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind] || a.law.id.localeCompare(b.law.id));
}
