package org.lantern.job;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.lantern.job.sink.AvroKafkaSerialization;
import org.lantern.job.source.Sources;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Case;
import org.lantern.schema.DeadLetter;

/** Kafka in and out around the monitoring topology: Avro payments and accounts in, Avro cases and dead letters out. */
public final class KafkaTopology {
  private KafkaTopology() {}

  public static void attach(StreamExecutionEnvironment env, String bootstrap, String paymentsTopic, String accountsTopic,
      String casesTopic, String deadLettersTopic, String groupId, boolean bounded, Rulebook rulebook,
      MonitoringJob.Settings settings) {
    MonitoringJob.Outputs out = MonitoringJob.build(
        Sources.kafka(env, bootstrap, paymentsTopic, accountsTopic, groupId, bounded, settings.allowedLateness()),
        rulebook, settings);
    out.cases().sinkTo(KafkaSink.<Case>builder().setBootstrapServers(bootstrap)
            .setRecordSerializer(new AvroKafkaSerialization<>(casesTopic, Case.class, Case::getCaseId))
            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build())
        .uid("cases-kafka").name("cases to kafka " + casesTopic);
    out.deadLetters().sinkTo(KafkaSink.<DeadLetter>builder().setBootstrapServers(bootstrap)
            .setRecordSerializer(new AvroKafkaSerialization<>(deadLettersTopic, DeadLetter.class, DeadLetter::getSource))
            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build())
        .uid("dead-letters-kafka").name("dead letters to kafka " + deadLettersTopic);
  }
}
