package org.lantern.job.source;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.source.hybrid.HybridSource;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.lantern.job.decode.InputKind;
import org.lantern.schema.internal.Decoded;

/**
 * The job's inputs, all emitting {@link Decoded} with event-time watermarks assigned in the
 * source (per split, so per Kafka partition). Files are read accounts first, then payments, as one
 * source: KYC is in place before the first payment, whatever the parallelism, so a replay gives
 * the same cases every time.
 */
public final class Sources {
  private Sources() {}

  public static WatermarkStrategy<Decoded> watermarks(Duration allowedLateness) {
    return WatermarkStrategy.<Decoded>forBoundedOutOfOrderness(allowedLateness)
        .withTimestampAssigner((d, previous) ->
            d.getPayment() != null ? d.getPayment().getTimestamp() : Long.MIN_VALUE)
        .withIdleness(Duration.ofMinutes(1));
  }

  /** Payments (JSON Lines, or an Avro container file when the name ends in .avro) after accounts. */
  public static DataStream<Decoded> files(
      StreamExecutionEnvironment env, Path payments, Path accounts, Duration allowedLateness) {
    return files(env, payments, accounts, allowedLateness, JsonLinesFormat.Pacing.NONE);
  }

  /** As above, with the payments read at a benchmark's pace. */
  public static DataStream<Decoded> files(
      StreamExecutionEnvironment env, Path payments, Path accounts, Duration allowedLateness,
      JsonLinesFormat.Pacing pacing) {
    FileSource<Decoded> paymentSource = file(payments, payments.toString().endsWith(".avro")
        ? new AvroFileFormat(payments.toString())
        : new JsonLinesFormat(InputKind.PAYMENTS, payments.toString(), pacing));
    if (accounts == null) {
      return env.fromSource(paymentSource, watermarks(allowedLateness), "payments file")
          .uid("source-files").setParallelism(1);
    }
    FileSource<Decoded> accountSource = file(accounts, new JsonLinesFormat(InputKind.ACCOUNTS, accounts.toString()));
    HybridSource<Decoded> both = HybridSource.builder(accountSource).addSource(paymentSource).build();
    return env.fromSource(both, watermarks(allowedLateness), "accounts then payments files", new AvroTypeInfo<>(Decoded.class))
        .uid("source-files").setParallelism(1);
  }

  /** Avro binary payments and accounts from Kafka; bounded reads up to the latest offsets at start. */
  public static DataStream<Decoded> kafka(
      StreamExecutionEnvironment env, String bootstrapServers, String paymentsTopic, String accountsTopic,
      String groupId, boolean bounded, Duration allowedLateness) {
    var builder = KafkaSource.<Decoded>builder()
        .setBootstrapServers(bootstrapServers)
        .setTopics(accountsTopic, paymentsTopic)
        .setGroupId(groupId)
        // A fresh job starts at the beginning; a restored one resumes from its checkpoint.
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setDeserializer(new KafkaDecoding(accountsTopic));
    if (bounded) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(builder.build(), watermarks(allowedLateness), "kafka " + paymentsTopic + ", " + accountsTopic)
        .uid("source-kafka");
  }

  private static FileSource<Decoded> file(Path path, StreamFormat<Decoded> format) {
    return FileSource.forRecordStreamFormat(format, new org.apache.flink.core.fs.Path(path.toAbsolutePath().toUri())).build();
  }
}
