package lawgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j in embedded mode with its Bolt connector on 127.0.0.1 and keeps it up until
 * its standard input closes or it is signalled. Watching stdin is what makes an orphan JVM
 * impossible: when the Node process that started it dies, however it dies, the pipe closes.
 *
 * Arguments: --data DIR --port N [--pagecache 2g] [--tx-timeout 30s]
 * Prints one line "LAWGRAPH_NEO4J_READY port=N" to stdout once Bolt accepts connections.
 */
public final class EmbeddedNeo4j {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path data = Path.of(required(opts, "data")).toAbsolutePath();
    int port = Integer.parseInt(required(opts, "port"));
    long pageCache = ByteUnit.parse(opts.getOrDefault("pagecache", "2g"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .setConfig(GraphDatabaseSettings.transaction_timeout,
            Duration.parse("PT" + opts.getOrDefault("tx-timeout", "120s").toUpperCase()))
        // No resampling every 10 s of each index changed by more than 5%: a first load changes every
        // index that much at each commit. The writers ask for it once they are done (graph/sampling.ts).
        .setConfig(GraphDatabaseSettings.index_background_sampling_enabled, false)
        // Bolt's netty event loops stop without a quiet period: by default each waits 5 s for tasks that never come
        // (its connectors are closed by then), and every stop paid it. In-flight work is not cut short by it.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();

    Thread shutdown = new Thread(() -> {
      try { dbms.shutdown(); } catch (Throwable ignored) { }
    }, "lawgraph-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // Touch the default database so the first client does not pay for its start.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    waitForBolt(port);
    System.out.println("LAWGRAPH_NEO4J_READY port=" + port);
    System.out.flush();

    // Block until the parent closes our stdin (or dies); then exit, running the hook.
    InputStream in = System.in;
    try {
      while (in.read() != -1) { /* ignore input */ }
    } catch (IOException ignored) { }
    System.exit(0);
  }

  private static void waitForBolt(int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try (java.net.Socket s = new java.net.Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not open on port " + port + " within 60 s");
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  private static String required(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) throw new IllegalArgumentException("missing --" + key);
    return v;
  }
}
