// Offices and governments named with no body noun in them (grammar/names.yaml office-titles, general-titles,
// nation-government; offices.ts): "the <Field> Commissioner|Secretary", "the <Person noun> General" standing alone, and a
// nation's government by a demonym that is no country's. Own sentences, invented names (helper-349: dev79's Business
// Secretary, dev91's camera commissioner, dev59's Auditor General, dev65's Scottish Government were missed).
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

/** Each mention as "surface=entity name/label". */
const mentions = (body: string): string[] => {
  const rec = recogniseMarkdown(`# T\n\n${body}`);
  const names = new Map(rec.entities.map((e) => [e.id, `${e.name}/${e.label}`]));
  return rec.sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${names.get(m.id) ?? m.id}`));
};

describe('an office named by its field before a title', () => {
  it('is a public body of its own', () => {
    expect(mentions('The Harbour Data Commissioner fined Norvale Ltd for its cameras.')).toContain('Harbour Data Commissioner=Harbour Data Commissioner/Authority');
    expect(mentions('The Drones and Airspace Commissioner reviewed the cameras.')).toContain('Drones and Airspace Commissioner=Drones and Airspace Commissioner/Authority');
    expect(mentions('Last year the Ports Secretary ordered Norvale Ltd to sell its stake.')).toContain('Ports Secretary=Ports Secretary/Authority');
  });
  it('is the body a title names where the document names that body', () => {
    const got = mentions('The Department of Ports issued a notice. The Ports Secretary ordered Norvale Ltd to sell its stake.');
    expect(got).toContain('Ports Secretary=Department of Ports/Authority');
    expect(got).not.toContain('Ports Secretary=Ports Secretary/Authority');
  });
  it('is the office the document names after it', () => {
    expect(mentions('The Office of the Harbour Data Commissioner opened. The Harbour Data Commissioner fined Norvale Ltd.')).toContain('Harbour Data Commissioner=Office of the Harbour Data Commissioner/Authority');
  });
  it('is no office for a ranked or graded post, a person\'s title or a named body\'s title', () => {
    const offices = (t: string): string[] => mentions(t).filter((m) => /(?:Commissioner|Secretary)=/.test(m) && m.endsWith('/Authority'));
    expect(offices('The Permanent Secretary wrote a letter.')).toEqual([]);
    expect(offices('The Deputy Commissioner signed the order.')).toEqual([]);
    expect(offices('Ports Secretary Jo Baines banned the routers.')).toEqual([]);
    expect(offices('The Trade Commissioner for Harbours spoke.')).toEqual([]);
  });
});

describe('a title with "General" after a person noun', () => {
  it('standing alone is an office', () => {
    expect(mentions('The Auditor General shall review the purchases of drones.')).toContain('Auditor General=Auditor General/Authority');
  });
  it('is not where it names its body, nor a fixed title\'s body', () => {
    expect(mentions('The Inspector General of the Department of Ports audited the drones.').some((m) => m.startsWith('Inspector General='))).toBe(false);
    expect(mentions('The Attorney General sued Norvale Ltd.')).toContain('Attorney General=Department of Justice/Authority');
  });
});

describe("a nation's government by its demonym", () => {
  it('is a public body where the nation is no country', () => {
    expect(mentions('The Welsh Government banned the cameras in May.')).toContain('Welsh Government=Welsh Government/Authority');
  });
  it("is the country's government where the demonym is a country's", () => {
    expect(mentions('The British Government banned the cameras.')).toContain('British Government=Government of United Kingdom/Authority');
  });
});

describe('a bare title after a body named by its holder', () => {
  it('takes up the one body a "<title> for|of the <body>" named', () => {
    const got = mentions('In May the Minister for the Harbour Office added Norvale Ltd to the list. The Minister also placed Kestrel Ltd under review.');
    expect(got).toContain('Minister=Harbour Office/Authority');
  });
  it('takes up no body where the document names none by that title', () => {
    const got = mentions('In May the Director of the Harbour Office added Norvale Ltd to the list. The Minister also placed Kestrel Ltd under review.');
    expect(got.some((m) => m.startsWith('Minister='))).toBe(false);
  });
});
