// A state's or a border's patrol is a public body by its head ("the Idaho State Police" already was, by "Police"): grammar/
// names.yaml heads. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const authorities = (md: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`)
    .entities.filter((e) => e.label === 'Authority')
    .map((e) => e.name);

describe('a patrol', () => {
  it('is a public body named with its state', () => {
    expect(authorities('The Oregon State Patrol flies four drones for search and rescue.')).toContain('Oregon State Patrol');
    expect(authorities('Last year the Kansas Highway Patrol replaced its cameras.')).toContain('Kansas Highway Patrol');
  });
});
