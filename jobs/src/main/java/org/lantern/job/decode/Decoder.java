package org.lantern.job.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HexFormat;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.lantern.schema.Account;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Decoded;

/**
 * Turns one input record (a JSON line, or an Avro binary record from Kafka or an Avro file) into
 * a valid payment or KYC record, or a dead letter that says where the record was and why it was
 * rejected. The one place where input is validated, whatever the source.
 */
public final class Decoder {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final int MAX_RECORD_CHARS = 2000;

  private final SpecificDatumReader<Payment> paymentReader = new SpecificDatumReader<>(Payment.class);
  private final SpecificDatumReader<Account> accountReader = new SpecificDatumReader<>(Account.class);
  private BinaryDecoder binary;

  /** Decodes one JSON line; {@code line} is 1-based. */
  public Decoded json(InputKind kind, String source, long line, String text, long ingestNanos) {
    Decoded.Builder out = Decoded.newBuilder().setIngestNanos(ingestNanos);
    try {
      if (kind == InputKind.PAYMENTS) {
        out.setPayment(PaymentJson.parse(text));
      } else {
        out.setAccount(AccountJson.parse(object(text)));
      }
    } catch (InvalidRecordException e) {
      out.setDeadLetter(deadLetter(source, -1, line, e.getMessage(), text));
    }
    return out.build();
  }

  private static JsonNode object(String text) throws InvalidRecordException {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRecordException("line is not a JSON object");
    }
    return node;
  }

  /** Decodes one Avro binary record (writer schema = the current Payment or Account schema). */
  public Decoded avro(InputKind kind, String source, int partition, long position, byte[] bytes, long ingestNanos) {
    Decoded.Builder out = Decoded.newBuilder().setIngestNanos(ingestNanos);
    try {
      if (bytes == null) {
        throw new InvalidRecordException("empty record (null value)");
      }
      binary = DecoderFactory.get().binaryDecoder(bytes, binary);
      try {
        if (kind == InputKind.PAYMENTS) {
          out.setPayment(checked(paymentReader.read(null, binary)));
        } else {
          out.setAccount(accountReader.read(null, binary));
        }
      } catch (IOException | AvroRuntimeException | ArithmeticException | IndexOutOfBoundsException e) {
        throw new InvalidRecordException("truncated or corrupt Avro record: " + e);
      }
      if (!binary.isEnd()) {
        throw new InvalidRecordException("corrupt Avro record: trailing bytes after the record");
      }
    } catch (InvalidRecordException | IOException e) {
      out.setPayment(null).setAccount(null);
      out.setDeadLetter(deadLetter(source, partition, position, e.getMessage(), hex(bytes)));
    }
    return out.build();
  }

  /** Checks a payment that arrived already typed (Avro container files). */
  public Decoded typed(Payment payment, String source, long position, long ingestNanos) {
    Decoded.Builder out = Decoded.newBuilder().setIngestNanos(ingestNanos);
    try {
      out.setPayment(checked(payment));
    } catch (InvalidRecordException e) {
      out.setDeadLetter(deadLetter(source, -1, position, e.getMessage(), payment.toString()));
    }
    return out.build();
  }

  private static Payment checked(Payment p) throws InvalidRecordException {
    if (p.getAmountScale() < 0 || p.getAmountScale() > Fields.MAX_SCALE) {
      throw new InvalidRecordException("amount scale must be 0 to " + Fields.MAX_SCALE + ": " + p.getAmountScale());
    }
    PaymentChecks.check(p);
    return p;
  }

  public static DeadLetter deadLetter(String source, int partition, long position, String reason, String record) {
    String r = record == null ? "" : record;
    return DeadLetter.newBuilder()
        .setSource(source)
        .setPartition(partition)
        .setPosition(position)
        .setReason(reason)
        .setRecord(r.length() > MAX_RECORD_CHARS ? r.substring(0, MAX_RECORD_CHARS) : r)
        .build();
  }

  private static String hex(byte[] bytes) {
    if (bytes == null) {
      return "";
    }
    return HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, MAX_RECORD_CHARS / 2));
  }
}
