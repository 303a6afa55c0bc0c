// Embedded Neo4j Community server for Enlace: the Neo4j library with the Bolt connector on 127.0.0.1.
package enlace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j on a store directory and keeps it running until SIGTERM/SIGINT (or, with
 * --exit-on-stdin-close, until the parent process goes away and closes our stdin).
 *
 * <p>Arguments: --data-dir DIR (required), --port N (default 7687), --page-cache-mb N (default 512),
 * --transaction-max-mb N (memory one transaction may use; default 0, no limit), --exit-on-stdin-close.
 * The heap is the JVM's own (-Xmx given by the caller).
 *
 * <p>Protocol on stdout, one line each, for the Node side to parse:
 * "ENLACE_NEO4J_READY bolt://127.0.0.1:PORT version V edition community" once Bolt answers, or
 * "ENLACE_NEO4J_ERROR <kind> <message>" before exiting with status 2 (kind: store-locked, port-taken,
 * bad-arguments, failed).
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] argv) {
    Map<String, String> args;
    try {
      args = parseArgs(argv);
    } catch (IllegalArgumentException e) {
      fail("bad-arguments", e.getMessage());
      return;
    }
    Path home = Path.of(args.get("data-dir")).toAbsolutePath();
    int port = Integer.parseInt(args.getOrDefault("port", "7687"));
    long pageCacheMb = Long.parseLong(args.getOrDefault("page-cache-mb", "512"));
    long transactionMaxMb = Long.parseLong(args.getOrDefault("transaction-max-mb", "0"));

    DatabaseManagementService service;
    try {
      service =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
              // A runaway query (a huge collect, a cartesian product) fails alone instead of
              // exhausting the heap that every other transaction shares. 0 means no limit.
              .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(transactionMaxMb))
              // Bolt waits 5 s twice on shutdown by default for idle connections; ours are local.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
              .build();
    } catch (RuntimeException e) {
      fail(classify(e), describe(e));
      return;
    }

    AtomicBoolean stopped = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop =
        () -> {
          // Runs once, from the shutdown hook (SIGTERM/SIGINT) or when stdin closes.
          if (stopped.compareAndSet(false, true)) {
            try {
              service.shutdown();
            } catch (RuntimeException e) {
              System.err.println("ENLACE_NEO4J shutdown error: " + describe(e));
            }
            System.out.println("ENLACE_NEO4J_STOPPED");
            System.out.flush();
            done.countDown();
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "enlace-neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
      fail("failed", "database did not become available within 5 minutes");
      return;
    }
    String version = "unknown";
    try {
      version =
          db.executeTransactionally(
              "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
              Map.of(),
              r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
    } catch (RuntimeException ignored) {
      // Version is informative only.
    }

    System.out.println(
        "ENLACE_NEO4J_READY bolt://127.0.0.1:" + port + " version " + version + " edition community");
    System.out.flush();

    if (args.containsKey("exit-on-stdin-close")) {
      Thread watcher =
          new Thread(
              () -> {
                try (InputStream in = System.in) {
                  byte[] buffer = new byte[256];
                  while (in.read(buffer) >= 0) {
                    // Discard: stdin only tells us the parent is alive.
                  }
                } catch (IOException ignored) {
                  // A broken pipe means the parent is gone, same as end of stream.
                }
                System.exit(0); // runs the shutdown hook, which stops Neo4j cleanly
              },
              "enlace-neo4j-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, String> parseArgs(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      String arg = argv[i];
      switch (arg) {
        case "--data-dir", "--port", "--page-cache-mb", "--transaction-max-mb" -> {
          if (i + 1 >= argv.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          args.put(arg.substring(2), argv[++i]);
        }
        case "--exit-on-stdin-close" -> args.put("exit-on-stdin-close", "true");
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (!args.containsKey("data-dir")) {
      throw new IllegalArgumentException("--data-dir is required");
    }
    for (String numeric : new String[] {"port", "page-cache-mb", "transaction-max-mb"}) {
      if (args.containsKey(numeric) && !args.get(numeric).matches("\\d+")) {
        throw new IllegalArgumentException("--" + numeric + " must be a whole number, got " + args.get(numeric));
      }
    }
    return args;
  }

  /** Names the usual start-up failures so that the Node side can explain them. */
  private static String classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("FileLockException") || message.contains("locked by another process")) {
        return "store-locked";
      }
      if (name.contains("BindException") || message.contains("Address already in use")) {
        return "port-taken";
      }
    }
    return "failed";
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (text.length() > 0) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString().replace('\n', ' ');
  }

  private static void fail(String kind, String message) {
    System.out.println("ENLACE_NEO4J_ERROR " + kind + " " + message);
    System.out.flush();
    System.exit(2);
  }
}
