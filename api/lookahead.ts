// What a field's selection asks for, read from the query before resolving it: a node field whose
// caller wants only the node's id (and its type name) is answered from the id the parent already
// holds, without a lookup. Fragments are followed; a directive makes the answer "no" (it may skip
// or include fields we cannot see statically). Likewise the properties a node's selection reads, so a
// query can return only those.
import type { FieldNode, FragmentDefinitionNode, GraphQLAbstractType, GraphQLObjectType, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const ID_FIELDS = new Set(['id', '__typename']);

function onlyFrom(set: SelectionSetNode | undefined, allowed: Set<string>, fragments: Record<string, FragmentDefinitionNode>, depth = 0): boolean {
  if (!set || depth > 8) return false;
  return set.selections.every((s) => {
    if (s.directives?.length) return false;
    if (s.kind === 'Field') return allowed.has(s.name.value);
    if (s.kind === 'InlineFragment') return onlyFrom(s.selectionSet, allowed, fragments, depth + 1);
    const f = fragments[s.name.value];
    return !!f && onlyFrom(f.selectionSet, allowed, fragments, depth + 1);
  });
}

/** asksOnlyId's answers by the field's nodes: compiled execution (api/jit.ts) passes the same nodes for
 *  every item of a list, and a document's fragments are fixed with its nodes. */
const onlyIdByNodes = new WeakMap<readonly FieldNode[], boolean>();

/** True when every selection of this field (all its occurrences in the query) is `id` or `__typename`. */
export function asksOnlyId(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  let only = onlyIdByNodes.get(info.fieldNodes);
  if (only === undefined) {
    only = info.fieldNodes.every((f: FieldNode) => onlyFrom(f.selectionSet, ID_FIELDS, info.fragments));
    onlyIdByNodes.set(info.fieldNodes, only);
  }
  return only;
}

function mentions(set: SelectionSetNode | undefined, names: Set<string>, fragments: Record<string, FragmentDefinitionNode>, depth = 0): boolean {
  if (!set || depth > 8) return true;
  return set.selections.some((s) => {
    if (s.directives?.length && s.kind !== 'Field') return true;
    if (s.kind === 'Field') return names.has(s.name.value);
    if (s.kind === 'InlineFragment') return mentions(s.selectionSet, names, fragments, depth + 1);
    const f = fragments[s.name.value];
    return !f || mentions(f.selectionSet, names, fragments, depth + 1);
  });
}

/** True when this field's selection asks for any of `names` (directly or through fragments): a part of
 *  an answer nobody asked for need not be read. Unsure (a missing fragment) counts as asked. */
export function asksAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: string[]): boolean {
  const wanted = new Set(names);
  return info.fieldNodes.some((f: FieldNode) => mentions(f.selectionSet, wanted, info.fragments));
}

/** The selection sets of the fields named `name` in `set`, through fragments; null when unsure (a missing fragment). */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, depth = 0): (SelectionSetNode | undefined)[] | null {
  if (!set || depth > 8) return null;
  const out: (SelectionSetNode | undefined)[] = [];
  for (const s of set.selections) {
    if (s.kind === 'Field') {
      if (s.name.value === name) out.push(s.selectionSet);
      continue;
    }
    const inner = s.kind === 'InlineFragment' ? s.selectionSet : fragments[s.name.value]?.selectionSet;
    const found = fieldsNamed(inner, name, fragments, depth + 1);
    if (!found) return null;
    out.push(...found);
  }
  return out;
}

/** As asksAny, for the fields reached along `path` (`['edges']`: what each edge of a connection is asked for). */
export function asksAnyWithin(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[], names: string[]): boolean {
  const wanted = new Set(names);
  const sets = selectionsWithin(info, path);
  return !sets || sets.some((set) => mentions(set, wanted, info.fragments));
}

type Schemaful = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema'>;

/**
 * The node properties a selection of a `Node` field reads, when it can be known: every field asked is
 * answered by graphql's default resolver (a property of the same name) on every type that could be
 * there, or is one of `derived` (a resolver and the properties it reads). Null when unsure: another
 * resolver, a `withheld` property (one the queries reshape, as `loadedAt`), a directive, a missing
 * fragment. `id` is always among them.
 */
export function nodePropertiesAsked(
  info: Schemaful,
  sets: (SelectionSetNode | undefined)[] | null,
  typeName: string,
  derived: Record<string, readonly string[]>,
  withheld: ReadonlySet<string>,
): string[] | null {
  const props = new Set<string>(['id']);
  // Types told apart by shape, not instanceof (a test runner may load two copies of graphql).
  const objectsOf = (type: string): readonly GraphQLObjectType[] | null => {
    const named = info.schema.getType(type);
    if (!named || !('getFields' in named || 'getTypes' in named)) return null;
    return 'resolveType' in named ? info.schema.getPossibleTypes(named as GraphQLAbstractType) : [named as GraphQLObjectType];
  };
  const walk = (s: SelectionSetNode | undefined, type: string, depth: number): boolean => {
    const objects = objectsOf(type);
    if (!s || !objects || depth > 8) return false;
    return s.selections.every((sel) => {
      if (sel.directives?.length) return false;
      if (sel.kind === 'Field') {
        const name = sel.name.value;
        if (name === '__typename') return true;
        const reads = Object.hasOwn(derived, name) ? derived[name] : undefined;
        if (reads) {
          for (const p of reads) props.add(p);
          return true;
        }
        if (withheld.has(name) || sel.selectionSet) return false;
        if (!objects.every((o) => !o.getFields()[name]?.resolve)) return false;
        props.add(name);
        return true;
      }
      const fragment = sel.kind === 'InlineFragment' ? sel : info.fragments[sel.name.value];
      return !!fragment && walk(fragment.selectionSet, fragment.typeCondition?.name.value ?? type, depth + 1);
    });
  };
  return sets?.every((set) => walk(set, typeName, 0)) ? [...props] : null;
}

/** The selection sets of the fields reached along `path` (`['edges', 'node']`); null when unsure. */
export function selectionsWithin(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[]): (SelectionSetNode | undefined)[] | null {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((f: FieldNode) => f.selectionSet);
  for (const step of path) {
    const next: (SelectionSetNode | undefined)[] = [];
    for (const set of sets) {
      const found = fieldsNamed(set, step, info.fragments);
      if (!found) return null;
      next.push(...found);
    }
    sets = next;
  }
  return sets;
}
