// Relation forms of notices and articles (helper-428, issue 15): a body's own finding that goods pose a risk of a
// degree (relation-rules.yaml body-finds-risk), a present verb coordinated after an act's object that stops its reach
// (clauses.ts presentPredicate), "names X and Y as covered" with Y unread (names-as), a licence result clause that names
// a party (so-that-licensed-party), and a body's act reported after "noted that" (relations.ts reportedSubject). Own
// sentences, real bodies by their public names, invented companies.
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

describe("a body's own finding that goods pose a risk of a degree", () => {
  it('designates them, and their maker, when the body notifies of its determination', () => {
    expect(
      statedRelations('On 4 May the Department of Commerce notified the Commission of a final determination under 15 CFR part 791 that drones produced by Tessaro Optics present an undue risk to national security.'),
    ).toEqual(['authority:us-commerce DESIGNATES company:~tessaro-optics', 'authority:us-commerce DESIGNATES product:drones']);
    expect(statedRelations('The Department of Commerce notified the Commission of a final determination that cellular IoT modules designed or produced by Tessaro Optics present an undue risk.')).toEqual([
      'authority:us-commerce DESIGNATES company:~tessaro-optics',
      'authority:us-commerce DESIGNATES product:iot-modules',
    ]);
  });
  it('designates them when the body notifies that they pose it, past what they do in a manner that poses it', () => {
    expect(
      statedRelations('Later, the Department of Homeland Security, acting as a national security agency, notified the Federal Communications Commission that drones made by Tessaro Optics and flown over ports gather and send cargo data in a way that poses an unacceptable risk to national security.'),
    ).toContain('authority:dhs DESIGNATES product:drones');
    expect(statedRelations('The Department of Commerce determined that drones made by Tessaro Optics pose an unacceptable risk.')).toContain('authority:us-commerce DESIGNATES product:drones');
  });
  it('designates nothing for a risk of no degree, or a finding it only weighs', () => {
    expect(statedRelations('The Department of Commerce determined that drones made by Tessaro Optics pose some risk.')).toEqual([]);
    expect(statedRelations('The Department of Commerce will determine whether drones made by Tessaro Optics pose an unacceptable risk.')).toEqual([]);
  });
});

describe('a present verb coordinated after the object of an act', () => {
  it("stops the act's reach: what it names is its own verb's", () => {
    expect(
      statedRelations('The Harbour Security Act prohibits ports from buying cranes controlled by a foreign adversary, and names Tessaro Optics Ltd. and Kestrel Dynamics Inc. as covered from the start.'),
    ).toEqual(['law:~harbour-security-act DESIGNATES company:~kestrel-dynamics-inc', 'law:~harbour-security-act DESIGNATES company:~tessaro-optics-ltd']);
  });
  it('is no verb where a preposition or a participle follows it: a plural noun the act reaches', () => {
    expect(statedRelations('The Harbour Security Act prohibits imports of drones, and parts made by Tessaro Optics Ltd.')).toContain('law:~harbour-security-act RESTRICTS company:~tessaro-optics-ltd');
  });
});

describe('naming companies as covered, the last one unread', () => {
  it('designates the one read', () => {
    expect(statedRelations('The Harbour Security Act names Tessaro Optics Ltd. and TikTok as covered from the start.')).toEqual(['law:~harbour-security-act DESIGNATES company:~tessaro-optics-ltd']);
  });
});

describe('a licence result clause that names a party', () => {
  it('restricts the party as well as the goods', () => {
    expect(
      statedRelations('In May the Bureau of Industry and Security changed its rule so that drones made with American parts need an export licence when Tessaro Optics Ltd. is the end user.'),
    ).toEqual(['authority:bis RESTRICTS company:~tessaro-optics-ltd', 'authority:bis RESTRICTS product:drones']);
  });
  it('restricts no party that is no party to the trade', () => {
    expect(
      statedRelations('In May the Bureau of Industry and Security changed its rule so that drones made with American parts need an export licence when Tessaro Optics Ltd. objects to the change.'),
    ).toEqual(['authority:bis RESTRICTS product:drones']);
  });
});

describe('a body reported as the subject of its own act', () => {
  it('acts in a "noted that" clause, its verb a past form', () => {
    expect(
      statedRelations('The Department of Homeland Security based its finding on the ties of the company, and noted that the Department of Defense identified Tessaro Optics Ltd. as a Chinese military company in January 2025.'),
    ).toEqual(['authority:dod DESIGNATES company:~tessaro-optics-ltd']);
  });
  it('is no actor where the reported subject is a noun it modifies', () => {
    expect(statedRelations('The minister told reporters that the Section 301 tariffs on drones made by Tessaro Optics Ltd. stay in place.')).toEqual([]);
  });
});
