// Two readings of names as official English translations and sanctions lists write them. Own sentences, invented names.
// - A numbered order of a year cited with the organ that made it ("Cabinet Order No. 12 of 1987") or a ministry's ordinance
//   with the ministry between its type and number ("Ordinance of the Ministry of Harbours No. 5 of 1999"): the whole
//   citation is the name (grammar/instruments.yaml numbered-of-year), so in brackets after an order's name it is that
//   order's citation, and the ministry inside it is a mention of its own (instruments.ts issuer).
// - A company written with its legal form before its name and coordinated with another ("JSC Borvek and Pelican Optics
//   LLC"): two companies, not one name spanning "and" (bodies.ts, legal-forms.ts before-name).
import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.ts';

const mentions = (text: string): string[] => analyseText(text).rec.sentences.flatMap((s) => s.mentions.map((m) => `${m.label}:${m.surface}`));
const ids = (text: string): string[] => analyseText(text).rec.sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.id}`));

describe('a numbered order cited with its maker', () => {
  it('reads the organ before the type as the citation\'s', () => {
    expect(mentions('Harbour cranes are listed in the Harbour Equipment Control Order (Cabinet Order No. 12 of 1987).')).toContain('Law:Cabinet Order No. 12 of 1987');
    expect(mentions('Harbour cranes are listed in the Harbour Equipment Control Order (Cabinet Order No. 12 of 1987).')).not.toContain('Law:Order No. 12 of 1987');
  });
  it('so that in brackets after an order\'s name it is that order', () => {
    const found = ids('Harbour cranes are listed in the Harbour Equipment Control Order (Cabinet Order No. 12 of 1987).');
    const order = found.find((x) => x.startsWith('Harbour Equipment Control Order='))?.split('=')[1];
    expect(order).toBeDefined();
    expect(found).toContain(`Cabinet Order No. 12 of 1987=${order}`);
  });
  it('reads a ministry between the type and the number as the citation\'s, and the ministry as a body', () => {
    const found = mentions('The rates are set by the Ordinance of the Ministry of Harbours and Fisheries No. 5 of 1999.');
    expect(found).toContain('Law:Ordinance of the Ministry of Harbours and Fisheries No. 5 of 1999');
    expect(found).not.toContain('Authority:Ministry of Harbours and Fisheries No.');
    const entities = (analyseText('The rates are set by the Ordinance of the Ministry of Harbours and Fisheries No. 5 of 1999.').rec as unknown as { entities: { id: string }[] }).entities.map((e) => e.id);
    expect(entities).toContain('authority:~ministry-of-harbours-and-fisheries');
  });
  it('leaves a plain numbered order as it was', () => {
    expect(mentions('The Announcement No. 27 of 2023 applies to radar units.')).toContain('Law:Announcement No. 27 of 2023');
  });
});

describe('a form before the name, then "and" and another company', () => {
  it('names two companies', () => {
    const found = mentions('The ministry listed JSC Borvek and Pelican Optics LLC in March.');
    expect(found).toContain('Company:JSC Borvek');
    expect(found).toContain('Company:Pelican Optics LLC');
    expect(found).not.toContain('Company:Borvek and Pelican Optics LLC');
  });
  it('while a name with "and" and no form before it stays one', () => {
    expect(mentions('The ministry listed Borvek and Pelican Optics LLC in March.')).toContain('Company:Borvek and Pelican Optics LLC');
  });
});
