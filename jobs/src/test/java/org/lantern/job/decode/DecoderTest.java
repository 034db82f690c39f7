package org.lantern.job.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.job.sink.AvroKafkaSerialization;
import org.lantern.schema.Channel;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.PartyType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Decoded;

class DecoderTest {
  static final String VALID =
      "{\"transactionId\":\"T1\",\"timestamp\":\"2026-03-01T22:14:05-05:00\",\"amount\":\"9500.00\",\"currency\":\"USD\","
          + "\"channel\":\"CASH_DEPOSIT\",\"payeeAccountId\":\"A1\",\"payerName\":\"walk-in\",\"branchId\":\"B7\"}";

  final Decoder decoder = new Decoder();

  @Test
  void aValidLineBecomesAPaymentWithItsLocalOffset() {
    Decoded d = decoder.json(InputKind.PAYMENTS, "p.jsonl", 3, VALID, 0);
    assertNull(d.getDeadLetter());
    Payment p = d.getPayment();
    assertEquals("T1", p.getTransactionId());
    assertEquals(Instant.parse("2026-03-02T03:14:05Z").toEpochMilli(), p.getTimestamp());
    assertEquals(-5 * 3600, p.getUtcOffsetSeconds());
    assertEquals(950000, p.getAmountUnscaled());
    assertEquals(2, p.getAmountScale());
    assertEquals(Channel.CASH_DEPOSIT, p.getChannel());
    assertEquals("2026-03-01T22:14:05-05:00", PaymentJson.localTime(p).toString());
  }

  @Test
  void numericAmountsAndZuluTimesAreAccepted() {
    Decoded d = decoder.json(InputKind.PAYMENTS, "p.jsonl", 1,
        VALID.replace("\"9500.00\"", "12.5").replace("-05:00", "Z"), 0);
    assertEquals(0, new BigDecimal("12.5").compareTo(org.lantern.rules.facts.Money.of(d.getPayment())));
    assertEquals(0, d.getPayment().getUtcOffsetSeconds());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON|{\"transactionId\": \"T1\", \"timestamp\": |malformed JSON",
      "not an object|[1, 2, 3]|line is not a JSON object",
      "unknown channel|" + "CHANNEL:TELEPATHY|unknown channel 'TELEPATHY'",
      "negative amount|AMOUNT:\"-5.00\"|amount must be positive: -5",
      "zero amount|AMOUNT:\"0\"|amount must be positive: 0",
      "missing amount|AMOUNT:|missing amount",
      "non-numeric amount|AMOUNT:\"ten\"|amount is not a number: 'ten'",
      "unparseable timestamp|TIME:yesterday|unparseable timestamp 'yesterday'",
      "timestamp without offset|TIME:2026-03-01T22:14:05|unparseable timestamp '2026-03-01T22:14:05'",
      "missing transactionId|NOID|missing transactionId",
      "no account on either side|NOACCOUNT|payment names neither payerAccountId nor payeeAccountId",
      "too many decimals|AMOUNT:\"1.00001\"|amount has more than 4 decimal places",
      "unknown party type|EXTRA:\"payerType\":\"ALIEN\"|unknown payerType 'ALIEN'",
      "teller codes not a list|EXTRA:\"tellerObservations\":\"ESCORTED\"|tellerObservations must be an array of strings",
      "teller codes not strings|EXTRA:\"tellerObservations\":[1]|tellerObservations must be an array of strings"})
  void eachKindOfBadLineIsADeadLetterWithItsLineAndReason(String kind, String mutation, String reason) {
    Decoded d = decoder.json(InputKind.PAYMENTS, "p.jsonl", 42, mutate(mutation), 0);
    assertNull(d.getPayment(), kind);
    DeadLetter dl = d.getDeadLetter();
    assertNotNull(dl, kind);
    assertEquals(42, dl.getPosition());
    assertEquals("p.jsonl", dl.getSource());
    assertEquals(-1, dl.getPartition());
    assertTrue(dl.getReason().startsWith(reason), dl.getReason());
  }

  @Test
  void optionalFieldsAfterInterchangeV1AreReadNormalisedAndWrittenBack() throws Exception {
    String line = VALID.substring(0, VALID.length() - 1) + ",\"payeeType\":\"TPPP\",\"walletRiskLabel\":\" Darknet_Market \","
        + "\"tellerObservations\":[\"escorted\", \"THIRD_PARTY_SPEAKS\"]}";
    Payment p = decoder.json(InputKind.PAYMENTS, "p.jsonl", 1, line, 0).getPayment();
    assertEquals(PartyType.TPPP, p.getPayeeType());
    assertNull(p.getPayerType());
    assertEquals("darknet_market", p.getWalletRiskLabel());
    assertEquals(List.of("ESCORTED", "THIRD_PARTY_SPEAKS"), p.getTellerObservations());
    assertEquals(p, PaymentJson.parse(PaymentJson.render(p).toString()));
    assertFalse(PaymentJson.render(decoder.json(InputKind.PAYMENTS, "p", 1, VALID, 0).getPayment()).has("payeeType"),
        "fields added after v1 are written only when present");
  }

  @Test
  void anAccountsDateOfBirthMustBeADate() {
    String ok = "{\"accountId\":\"A1\",\"customerId\":\"C1\",\"holderName\":\"Ana\",\"holderType\":\"INDIVIDUAL\","
        + "\"dateOfBirth\":\"2004-05-06\",\"introducedBy\":\"staff-7\"}";
    Decoded d = decoder.json(InputKind.ACCOUNTS, "a.jsonl", 1, ok, 0);
    assertEquals("2004-05-06", d.getAccount().getDateOfBirth());
    assertEquals("staff-7", d.getAccount().getIntroducedBy());
    Decoded bad = decoder.json(InputKind.ACCOUNTS, "a.jsonl", 2, ok.replace("2004-05-06", "May 2004"), 0);
    assertTrue(bad.getDeadLetter().getReason().startsWith("unparseable dateOfBirth 'May 2004'"), bad.getDeadLetter().getReason());
  }

  @Test
  void anAccountNeedsItsKeyFieldsAndAKnownHolderType() {
    String ok = "{\"accountId\":\"A1\",\"customerId\":\"C1\",\"holderName\":\"Ana Lopez\",\"holderType\":\"INDIVIDUAL\",\"openedAt\":\"2025-01-02\"}";
    assertEquals("A1", decoder.json(InputKind.ACCOUNTS, "a.jsonl", 1, ok, 0).getAccount().getAccountId());
    Decoded bad = decoder.json(InputKind.ACCOUNTS, "a.jsonl", 2, ok.replace("INDIVIDUAL", "ROBOT"), 0);
    assertTrue(bad.getDeadLetter().getReason().startsWith("unknown holderType 'ROBOT'"), bad.getDeadLetter().getReason());
  }

  @Test
  void avroRecordsRoundTripAndATruncatedOneIsADeadLetterWithItsOffset() {
    Payment p = decoder.json(InputKind.PAYMENTS, "p", 1, VALID, 0).getPayment();
    byte[] bytes = AvroKafkaSerialization.encode(p);
    assertEquals(p, decoder.avro(InputKind.PAYMENTS, "payments", 0, 7, bytes, 0).getPayment());
    Decoded truncated = decoder.avro(InputKind.PAYMENTS, "payments", 1, 8, Arrays.copyOf(bytes, bytes.length - 5), 0);
    assertNull(truncated.getPayment());
    assertEquals(8, truncated.getDeadLetter().getPosition());
    assertEquals(1, truncated.getDeadLetter().getPartition());
    assertTrue(truncated.getDeadLetter().getReason().startsWith("truncated or corrupt Avro record"), truncated.getDeadLetter().getReason());
  }

  @Test
  void avroPaymentsAreCheckedLikeJsonOnes() {
    Payment p = decoder.json(InputKind.PAYMENTS, "p", 1, VALID, 0).getPayment();
    p.setAmountUnscaled(-10000L);
    Decoded d = decoder.avro(InputKind.PAYMENTS, "payments", 0, 9, AvroKafkaSerialization.encode(p), 0);
    assertTrue(d.getDeadLetter().getReason().startsWith("amount must be positive"), d.getDeadLetter().getReason());
  }

  private static String mutate(String m) {
    if (m.startsWith("CHANNEL:")) {
      return VALID.replace("CASH_DEPOSIT", m.substring(8));
    }
    if (m.startsWith("AMOUNT:")) {
      String v = m.substring(7);
      return v.isEmpty() ? VALID.replace("\"amount\":\"9500.00\",", "") : VALID.replace("\"9500.00\"", v);
    }
    if (m.startsWith("TIME:")) {
      return VALID.replace("2026-03-01T22:14:05-05:00", m.substring(5));
    }
    if (m.startsWith("EXTRA:")) {
      return VALID.substring(0, VALID.length() - 1) + "," + m.substring(6) + "}";
    }
    if (m.equals("NOID")) {
      return VALID.replace("\"transactionId\":\"T1\",", "");
    }
    if (m.equals("NOACCOUNT")) {
      return VALID.replace("\"payeeAccountId\":\"A1\",", "");
    }
    return m;
  }
}
