// The Emitter (ingest/emit.ts): nodes merge by id; relationships keep one record per type, ends and
// locator, in the order they were first emitted.
import { describe, expect, it } from 'vitest';
import { Emitter, type RelationshipRecord } from '../../ingest/emit.ts';

describe('Emitter relationships', () => {
  it('keeps one record per passage, in order of emission, and drops repeats of a passage', () => {
    const emit = new Emitter('doc-a');
    emit.node('law:x', ['Law'], { name: 'X' });
    emit.node('lawv:x', ['LawVersion'], {});
    emit.node('jur:cn', ['Jurisdiction'], { name: 'China' });
    emit.rel('HAS_VERSION', 'law:x', 'lawv:x', { locator: 'a' });
    emit.rel('APPLIES_IN', 'lawv:x', 'jur:cn', { locator: 'a' });
    emit.rel('HAS_VERSION', 'law:x', 'lawv:x', { locator: 'b' });
    emit.rel('HAS_VERSION', 'law:x', 'lawv:x', { locator: 'a' });
    emit.rel('HAS_VERSION', 'law:x', 'lawv:x', { locator: 'c' });
    emit.rel('HAS_VERSION', 'law:x', 'lawv:x', { locator: 'b' });
    emit.rel('APPLIES_IN', 'lawv:x', 'jur:cn', { locator: 'a' });
    const rels = emit.records().filter((r): r is RelationshipRecord => r.type === 'relationship');
    expect(rels.map((r) => `${r.label} ${r.properties.evidence.locator}`)).toEqual(['HAS_VERSION a', 'APPLIES_IN a', 'HAS_VERSION b', 'HAS_VERSION c']);
    expect(rels[0]?.id).toBe('law:x|HAS_VERSION|lawv:x');
  });
});
