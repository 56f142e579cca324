// A section named alone stands for the act the document cites it of: "USTR maintains duties under Section 301 of the
// Trade Act of 1974 ... The Section 301 tariffs also cover ..." names the Trade Act twice. The bare section is a Law of
// its own (grammar/instruments.yaml section-measure) only where the document cites no act with that section number,
// or cites it of two acts (then neither is guessed).

interface Mention {
  id: string;
  label: string;
  surface: string;
  start: number;
  procedural?: boolean;
}

const CITED_OF = /\b[Ss]ection\s+(\d{1,4}[A-Z]{0,2})\s+of\s+(?:the\s+)?$/u;
const BARE = /^[Ss]ection\s+(\d{1,4}[A-Z]{0,2})$/u;

/** Each bare section's id -> the act the document cites that section of (one act only). */
export function sectionActs(sentences: { text: string; mentions: Mention[] }[]): Map<string, string> {
  const actsOf = new Map<string, Set<string>>();
  for (const { text, mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== 'Law' || m.procedural) continue;
      const cited = CITED_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (cited) actsOf.set(cited[1], (actsOf.get(cited[1]) ?? new Set<string>()).add(m.id));
    }
  }
  const out = new Map<string, string>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const bare = m.label === 'Law' ? BARE.exec(m.surface) : null;
      const acts = bare ? actsOf.get(bare[1]) : undefined;
      if (acts?.size === 1 && !acts.has(m.id)) out.set(m.id, [...acts][0]);
    }
  }
  return out;
}
