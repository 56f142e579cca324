// Clean shutdown on SIGINT/SIGTERM: run the registered closers (server, driver, embedded Neo4j)
// once, then exit. The embedded JVM also stops by itself if this process dies without them.
type Closer = () => Promise<void> | void;

const closers = new Set<Closer>();
let shuttingDown = false;

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  console.error(`lawgraph: ${signal} received, shutting down`);
  for (const close of [...closers].reverse()) {
    try {
      await close();
    } catch (err) {
      console.error(`lawgraph: error while shutting down: ${(err as Error).message}`);
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

let installed = false;

/** Registers a closer; returns a function that unregisters it. */
export function onShutdown(close: Closer): () => void {
  if (!installed) {
    installed = true;
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  }
  closers.add(close);
  return () => closers.delete(close);
}
