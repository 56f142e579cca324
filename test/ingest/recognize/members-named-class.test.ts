// A list's class that the sentence names as a thing of its own, a compound on any head ("harbour chat services, such as
// messaging services"), is a class of things: its members are things, even one alone (members.ts with things.ts's
// phrases). An adjective before a generic head describes no kind ("passive parts such as motors"). Own sentences.
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../../ingest/recognize/members.ts';
import { findThings } from '../../../ingest/recognize/things.ts';

const members = (t: string): string[] => findMembers(t, findThings(t)).map((f) => `${f.surface} [${f.label}]`);

describe('members of a class named as a thing', () => {
  it('are things where the class is a compound phrase before the link', () => {
    expect(members('Harbour chat services, such as messaging services, are becoming common.')).toEqual(['messaging services [Technology]']);
    expect(members('Harbour telemetry services, such as radar relay services, are covered.')).toEqual(['radar relay services [Technology]']);
  });
  it('are none where the class is an adjective on a generic head, or a bare head', () => {
    expect(members('Exclude passive parts such as motors and frames.')).toEqual([]);
    expect(members('Tidal services, such as radar feeds, are covered.')).toEqual([]);
    expect(members('Operators offer services such as security audits.')).toEqual([]);
  });
  it('are none without the sentence\'s phrases', () => {
    expect(findMembers('Harbour chat services, such as messaging services, are becoming common.')).toEqual([]);
  });
});
