package org.lantern.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The embedded Flink the command line runs on: a MiniCluster in this JVM with RocksDB state. */
public final class LocalFlink {
  private LocalFlink() {}

  /** Settings shared by the command line and the integration tests. */
  public static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
    // Types must be Avro or Flink-native: a Kryo fallback on the hot path fails fast instead.
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(PipelineOptions.OBJECT_REUSE, true);
    conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("512m"));
    // Most window reads look up a key that is absent (a window the account never filled): a
    // bloom filter answers those without searching every level.
    conf.set(RocksDBConfigurableOptions.USE_BLOOM_FILTER, true);
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, 4);
    // A case update should not wait 100 ms (the default) for a network buffer to fill.
    conf.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(5));
    try {
      Path tmp = Files.createTempDirectory("lantern-rocksdb");
      conf.setString("state.backend.rocksdb.localdir", tmp.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return conf;
  }

  public static StreamExecutionEnvironment environment(int parallelism) {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration());
    env.setParallelism(parallelism);
    return env;
  }
}
