// helper-155: a ministry's name holds no modal of duty (须, 需): "均须事先取得商务部颁发的许可证" is no body named
// "均须事先取得商务部". Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const authorities = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe('a Chinese ministry after a modal of duty', () => {
  it('takes no clause words into its name', () => {
    expect(authorities('出口上述物项，均须取得公安部颁发的许可证。')).toEqual([]);
    expect(authorities('出口上述物项，需取得公安部颁发的许可证。')).toEqual([]);
  });
  it('is still read at a clause start', () => {
    expect(authorities('出口上述物项，交通运输部将另行规定。')).toEqual(['交通运输部']);
  });
});
