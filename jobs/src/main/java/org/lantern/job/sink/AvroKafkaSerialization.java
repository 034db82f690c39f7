package org.lantern.job.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes Avro records as plain Avro binary Kafka values, keyed so that one case's updates stay in order. */
public final class AvroKafkaSerialization<T extends SpecificRecord> implements KafkaRecordSerializationSchema<T> {
  private static final long serialVersionUID = 1L;

  private final String topic;
  private final Class<T> type;
  private final SerializableFunction<T, String> key;
  private transient SpecificDatumWriter<T> writer;
  private transient ByteArrayOutputStream buffer;
  private transient BinaryEncoder encoder;

  public AvroKafkaSerialization(String topic, Class<T> type, SerializableFunction<T, String> key) {
    this.topic = topic;
    this.type = type;
    this.key = key;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
    if (writer == null) {
      writer = new SpecificDatumWriter<>(type);
      buffer = new ByteArrayOutputStream(1024);
    }
    buffer.reset();
    encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
    try {
      writer.write(element, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ProducerRecord<>(topic, null, timestamp, key.apply(element).getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
  }

  /** Encodes one record as Avro binary (also used by producers in tests and tools). */
  public static <R extends SpecificRecord> byte[] encode(R record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    @SuppressWarnings("unchecked")
    SpecificDatumWriter<R> w = new SpecificDatumWriter<>((Class<R>) record.getClass());
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    try {
      w.write(record, enc);
      enc.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
