// Gold annotation units: the numbered sentences an annotator refers to (`unit: 3`), defined apart from
// the extractor's own splitter so the gold never depends on the rules it scores. A unit ends after
// 。；;！？!? (Chinese) or after a period, semicolon or colon followed by a space or the end (English,
// not after a few abbreviations); a line break always ends one; a bare paragraph number or point
// label is no unit. Units are numbered from 1 across the whole provision text.

export interface Unit {
  n: number;
  start: number;
  end: number;
  text: string;
}

const ZH_END = /[。；;！？!?]/u;
const EN_ABBREVIATION = /\b(No|Art|para|pt|e\.g|i\.e|U\.S|Pub|L|Stat|Sec)\.$/;
const BARE_LABEL = /^(\d+\.|\([a-z0-9]+\)|（[一二三四五六七八九十]+）)$/u;

export function goldUnits(text: string, language: string): Unit[] {
  const out: Unit[] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    // A bare paragraph number or point label ("1.", "(a)") is structure, not a unit.
    if (e > s && !BARE_LABEL.test(text.slice(s, e))) out.push({ n: out.length + 1, start: s, end: e, text: text.slice(s, e) });
    from = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') push(i + 1);
    else if (language === 'zh' ? ZH_END.test(c) : endsEnglishUnit(text, i)) push(i + 1);
  }
  push(text.length);
  return out;
}

function endsEnglishUnit(text: string, i: number): boolean {
  if (!/[.;:]/.test(text[i] as string)) return false;
  if (i + 1 < text.length && !/\s/.test(text[i + 1] as string)) return false;
  return !EN_ABBREVIATION.test(text.slice(Math.max(0, i - 4), i + 1));
}
