// The country of the makers goods are bought or imported from, named by its demonym after "from" and a participle of
// listing ("from listed Chinese manufacturers", "from sanctioned Russian suppliers"), is restricted as it is without one
// ("from Chinese manufacturers"): relation-rules.yaml LISTED in restricts-country's cue and makersFrom (relations.ts
// isModifier). Not after "designated", which is a designation's cue of its own. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a participle of listing before the makers\' demonym', () => {
  it('restricts their country', () => {
    expect(relations('The Norland Trade Ministry prohibits state agencies from purchasing radar units from listed Chinese manufacturers.')).toContain('authority:~norland-trade-ministry RESTRICTS jur:cn');
    expect(relations('The Norland Trade Ministry prohibits purchases of radar units from sanctioned Russian suppliers.')).toContain('authority:~norland-trade-ministry RESTRICTS jur:ru');
  });
  it('as without one', () => {
    expect(relations('The Norland Trade Ministry prohibits purchases of radar units from Russian suppliers.')).toContain('authority:~norland-trade-ministry RESTRICTS jur:ru');
  });
  it('but "designated" designates nothing here', () => {
    expect(relations('The Norland Trade Ministry prohibits purchases of radar units from designated Russian suppliers.')).not.toContain('authority:~norland-trade-ministry DESIGNATES jur:ru');
  });
});
