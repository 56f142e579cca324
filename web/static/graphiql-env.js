// Monaco's workers come from lawgraph itself (/assets/graphiql/), not from a CDN.
const GRAPHIQL_WORKERS = {
  editorWorkerService: '/assets/graphiql/editor.worker.js',
  json: '/assets/graphiql/json.worker.js',
  graphql: '/assets/graphiql/graphql.worker.js',
};
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId, label) => GRAPHIQL_WORKERS[label] ?? GRAPHIQL_WORKERS.editorWorkerService,
};
