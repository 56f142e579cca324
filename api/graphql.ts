// One copy of graphql for the whole server. graphql 16 ships both ESM (.mjs) and CJS builds;
// yoga and graphql-tools load the CJS one through Node, while a bundling test runner (vite)
// would hand our own `import 'graphql'` the ESM one, and two copies refuse each other's types
// ("from another module or realm"). Requiring it here gives the API the same copy as its
// libraries everywhere. Import graphql values from this module, types from 'graphql'.
import { createRequire } from 'node:module';
import type * as G from 'graphql';

const graphql = createRequire(import.meta.url)('graphql') as typeof G;

export const { GraphQLError, GraphQLScalarType, Kind, printSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } =
  graphql;
export type GraphQLError = G.GraphQLError;
