// A power recommended for a body is no act of it, as a direction recommended is not (helper-263, issue 15; dev64's
// "Congress should give the Department authority to prohibit the sale of aftermarket devices", read as the Department's
// act once "the Department" took up the Department of Commerce): relation-rules.yaml recommendedDirection gains "give"
// and "grant", and the directed body may be followed by the power it would get ("authority to", "the power to").
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

describe('a power recommended for a body', () => {
  it('is no act of it', () => {
    expect(statedRelations('Congress should give the Federal Communications Commission authority to prohibit the sale of Chinese drones.')).toEqual([]);
    expect(statedRelations('Congress should grant the Federal Communications Commission the power to ban Chinese drones.')).toEqual([]);
    expect(statedRelations('We recommend that Congress give the Federal Communications Commission explicit authority to restrict Chinese drones.')).toEqual([]);
  });
});
