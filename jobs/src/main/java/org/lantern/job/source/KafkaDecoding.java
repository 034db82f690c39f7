package org.lantern.job.source;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.lantern.job.decode.Decoder;
import org.lantern.job.decode.InputKind;
import org.lantern.schema.internal.Decoded;

/** Decodes Avro binary payments and accounts from their Kafka topics; bad records become dead letters with their offset. */
public final class KafkaDecoding implements KafkaRecordDeserializationSchema<Decoded> {
  private static final long serialVersionUID = 1L;

  private final String accountsTopic;
  private transient Decoder decoder;

  public KafkaDecoding(String accountsTopic) {
    this.accountsTopic = accountsTopic;
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) {
    decoder = new Decoder();
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Decoded> out) {
    InputKind kind = record.topic().equals(accountsTopic) ? InputKind.ACCOUNTS : InputKind.PAYMENTS;
    out.collect(decoder.avro(kind, record.topic(), record.partition(), record.offset(), record.value(), System.nanoTime()));
  }

  @Override
  public TypeInformation<Decoded> getProducedType() {
    return new AvroTypeInfo<>(Decoded.class);
  }
}
