package org.lantern.job.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.lantern.job.cases.CaseAssembler;
import org.lantern.job.decode.PaymentJson;
import org.lantern.schema.Account;
import org.lantern.schema.Case;
import org.lantern.schema.Evidence;
import org.lantern.schema.Indicator;
import org.lantern.schema.RelatedAccount;

/** Cases as interchange JSON (interchange.md, output), with the full evidence trail. */
public final class CaseJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseJson() {}

  public static String line(Case c) {
    try {
      return JSON.writeValueAsString(render(c));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode render(Case c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("caseId", c.getCaseId());
    o.put("version", c.getVersion());
    o.put("subjectAccountId", c.getSubjectAccountId());
    ArrayNode relatedIds = o.putArray("relatedAccountIds");
    c.getRelatedAccountIds().forEach(relatedIds::add);
    o.put("score", c.getScore());
    o.put("openReason", c.getOpenReason());
    ArrayNode families = o.putArray("families");
    c.getFamilies().forEach(families::add);
    ArrayNode indicators = o.putArray("indicators");
    for (Indicator i : c.getIndicators()) {
      indicator(indicators.addObject(), i);
    }
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence e : c.getEvidence()) {
      ObjectNode n = evidence.addObject();
      n.put("transactionId", e.getPayment().getTransactionId());
      n.put("ruleId", e.getRuleId());
      ObjectNode payment = PaymentJson.render(e.getPayment());
      payment.remove("transactionId");
      n.setAll(payment);
    }
    ArrayNode related = o.putArray("relatedAccounts");
    for (RelatedAccount r : c.getRelatedAccounts()) {
      related(related.addObject(), r);
    }
    if (c.getSubjectRole() != null) {
      o.put("subjectRole", c.getSubjectRole());
    }
    Account s = c.getSubject();
    if (s != null) {
      o.putObject("subject")
          .put("accountId", s.getAccountId())
          .put("customerId", s.getCustomerId())
          .put("holderName", s.getHolderName())
          .put("holderType", s.getHolderType().name())
          .put("occupation", s.getOccupation())
          .put("businessType", s.getBusinessType())
          .put("country", s.getCountry());
    }
    time(o, "firstActivity", c.getFirstActivity());
    time(o, "lastActivity", c.getLastActivity());
    o.put("rulebookVersion", c.getRulebookVersion());
    o.put("narrative", c.getNarrative());
    return o;
  }

  /** One related account's fields into {@code n}. */
  static void related(ObjectNode n, RelatedAccount r) {
    n.put("accountId", r.getAccountId()).put("link", r.getLink().name()).put("detail", r.getDetail());
    if (r.getRole() != null) {
      n.put("role", r.getRole());
    }
  }

  /** One indicator's fields into {@code n}. */
  static void indicator(ObjectNode n, Indicator i) {
    n.put("ruleId", i.getRuleId());
    n.put("ruleVersion", i.getRuleVersion());
    n.put("family", i.getFamily());
    n.put("strength", i.getStrength());
    n.put("weight", i.getWeight());
    n.put("description", i.getDescription());
    n.put("explanation", i.getExplanation());
    n.put("source", i.getSource());
    time(n, "firstSeen", i.getFirstSeen());
    time(n, "lastSeen", i.getLastSeen());
    strings(n.putObject("observed"), i.getObserved());
    strings(n.putObject("thresholds"), i.getThresholds());
    ArrayNode txs = n.putArray("transactionIds");
    i.getTransactionIds().forEach(txs::add);
    n.put("rulebookVersion", i.getRulebookVersion());
    if (i.getRole() != null) {
      n.put("role", i.getRole());
    }
    if (i.getFiredOn() != null) {
      n.put("firedOn", i.getFiredOn());
    }
  }

  /** Standing indicators (from KYC) have no time of their own: written as null. */
  static void time(ObjectNode n, String field, long epochMillis) {
    if (epochMillis == CaseAssembler.STANDING) {
      n.putNull(field);
    } else {
      n.put(field, Instant.ofEpochMilli(epochMillis).toString());
    }
  }

  private static void strings(ObjectNode n, Map<String, String> m) {
    m.forEach(n::put);
  }
}
