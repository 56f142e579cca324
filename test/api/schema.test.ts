// The schema: printed SDL committed as schema.graphql (regenerate with
// `npx node api/print-schema.ts > schema.graphql`), every type and field described.
import fs from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { printedSchema } from '../../api/print-schema.ts';
import { buildSchema } from '../../api/schema.ts';

describe('schema', () => {
  it('matches the committed schema.graphql (run `npx node api/print-schema.ts > schema.graphql`)', () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('describes every type, field and enum value', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isUnionType(type) && type.getTypes().length === 0) missing.push(`${type.name} (empty union)`);
    }
    expect(missing).toEqual([]);
  });
});
