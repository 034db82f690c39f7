package org.lantern.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.job.sink.AvroKafkaSerialization;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Account;
import org.lantern.schema.Case;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.Payment;

/** Avro payments and accounts in, Avro cases and dead letters out, through a real in-process KRaft broker. */
class KafkaITCase {
  static KafkaClusterTestKit kafka;

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = new KafkaClusterTestKit.Builder(
            new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("payments", 2, (short) 1), new NewTopic("accounts", 1, (short) 1),
          new NewTopic("cases", 1, (short) 1), new NewTopic("dead-letters", 1, (short) 1))).all().get();
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void avroPaymentsInAvroCasesOutAndATruncatedRecordIsADeadLetterWithItsOffset() throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    long truncatedOffset;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (Account a : Scenario.accounts()) {
        producer.send(new ProducerRecord<>("accounts", 0, a.getAccountId().getBytes(), AvroKafkaSerialization.encode(a))).get();
      }
      for (Payment p : Scenario.payments()) {
        producer.send(new ProducerRecord<>("payments", 0, null, AvroKafkaSerialization.encode(p))).get();
      }
      byte[] whole = AvroKafkaSerialization.encode(Scenario.payments().get(0));
      truncatedOffset = producer.send(new ProducerRecord<>("payments", 1, null, Arrays.copyOf(whole, whole.length / 2)))
          .get().offset();
    }

    StreamExecutionEnvironment env = LocalFlink.environment(2);
    KafkaTopology.attach(env, kafka.bootstrapServers(), "payments", "accounts", "cases", "dead-letters", "it",
        true, Rulebook.load(Rulebook.locate()), MonitoringJob.Settings.defaults());
    env.execute("kafka it");

    List<Case> cases = read("cases", Case.class, 1);
    Map<String, Case> latest = new HashMap<>();
    cases.forEach(c -> latest.merge(c.getCaseId(), c, (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
    assertEquals(List.of("CASE-A1-1"), List.copyOf(latest.keySet()));
    Case c = latest.get("CASE-A1-1");
    assertEquals(List.of("NCP-01", "STR-01"), c.getIndicators().stream().map(i -> i.getRuleId()).toList());
    assertEquals("Victor Park", c.getSubject().getHolderName());

    List<DeadLetter> dead = read("dead-letters", DeadLetter.class, 1);
    assertEquals(1, dead.size());
    assertEquals("payments", dead.get(0).getSource());
    assertEquals(1, dead.get(0).getPartition());
    assertEquals(truncatedOffset, dead.get(0).getPosition());
    assertTrue(dead.get(0).getReason().startsWith("truncated or corrupt Avro record"), dead.get(0).getReason());
  }

  private static <T extends SpecificRecord> List<T> read(String topic, Class<T> type, int atLeast) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
    List<T> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      int emptyPolls = 0;
      while (System.currentTimeMillis() < deadline && (out.size() < atLeast || emptyPolls < 3)) {
        var records = consumer.poll(Duration.ofMillis(500));
        emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
        for (ConsumerRecord<byte[], byte[]> r : records) {
          try {
            out.add(reader.read(null, DecoderFactory.get().binaryDecoder(r.value(), null)));
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return out;
  }
}
