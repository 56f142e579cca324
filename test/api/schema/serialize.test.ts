// Answers as UTF-8 bytes (api/serialize.ts): the same bytes JSON.stringify's text encodes to, for any
// JSON value and for what execution results hold besides (undefined, errors, nulls without prototype),
// whether a string is written for the first time or copied from the cache of encoded strings.
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toJsonBytes } from '../../../api/serialize.ts';
import { exposureNodes, exposureRow, premiseRows } from './rows.ts';
import { stubApi } from './stub.ts';

const same = (v: unknown) => expect(toJsonBytes(v).toString('utf8')).toBe(JSON.stringify(v));

describe('toJsonBytes', () => {
  it('writes any JSON value as JSON.stringify does, twice over (encoded, then from the cache)', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 80 }));
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 6 }),
        fc.dictionary(text, tie('v'), { maxKeys: 6 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        same(v);
        same(v);
      }),
      { numRuns: 400 },
    );
  });

  it('escapes what JSON escapes, in long strings (cached) and short ones', () => {
    for (const s of ['"quoted" \\ back', 'tab\there\nnewline', '\u0000\u001f\u007f', 'lone \ud800 surrogate', '\u2028\u2029', '情报工作 "引号" 😀', 'x'.repeat(23), 'y'.repeat(24)]) {
      same(s);
      same({ s, list: [s, s] });
    }
  });

  it('leaves out what JSON.stringify leaves out and gives other objects to it', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: undefined });
    same({ a: undefined, f: () => 1, s: Symbol('x'), list: [undefined, () => 1, Symbol('y'), Number.NaN, -0, 1e21, Number.POSITIVE_INFINITY], bare });
    same({ when: new Date(Date.UTC(2025, 5, 1)), boxed: [new String('s'), new Number(2), new Boolean(false)], own: { toJSON: () => 'mine' } });
    same({ errors: [new GraphQLError('refused', { path: ['a', 0], extensions: { code: 'BAD_USER_INPUT' } })] });
    same({ 2: 'two', 1: 'one', b: 'b', a: 'a' });
    expect(() => toJsonBytes({ n: 1n })).toThrow(TypeError);
  });

  it('keeps a value serialised from inside another (a getter) apart from the outer one', () => {
    const inner = { deep: 'i'.repeat(40) };
    const outer = {
      get nested() {
        return toJsonBytes(inner).toString('utf8');
      },
      tail: 't'.repeat(40),
    };
    same(outer);
  });
});

describe('answers as bytes', () => {
  const canned = () => ({
    exposure: [exposureRow],
    premises: premiseRows,
    'nodes-by-id': (params: Record<string, unknown>) => (params.ids as string[]).flatMap((id) => exposureNodes.filter((n) => n.id === id).map((node) => ({ id, node }))),
    'resolve-refs': [],
  });
  const query = '{ exposure(company: "Acme", asOf: "2025-06-01") { items { tier status statement provision { id } evidence { documentId locator quote } } } }';

  it('sends the answer JSON.stringify would, with its byte length, the same on a second request', async () => {
    const { api } = stubApi(canned());
    const post = () => api.fetch('http://lawgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const first = await post();
    const bytes = Buffer.from(await first.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(JSON.parse(text).data.exposure.items.length).toBeGreaterThan(0);
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(first.headers.get('content-length'))).toBe(bytes.length);
    expect(Buffer.from(await (await post()).arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('leaves answers with errors to yoga, which still masks and tags them', async () => {
    const reply = await stubApi(canned()).gql('{ exposure(company: "Acme", asOf: "not a date") { asOf } }');
    expect(reply.body.errors?.[0]?.extensions?.requestId).toBe('stub-request');
    expect(reply.body.errors?.[0]?.message).toMatch(/Date/);
  });
});
