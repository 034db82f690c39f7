package org.lantern.job.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.lantern.schema.RelatedAccount;
import org.lantern.schema.internal.IndicatorHit;

/**
 * One rule firing as a JSON line ({@code run --hits}): the account it fired for, the indicator as
 * in a case, and the accounts it ties in. Every firing is written, whether or not it opens a case.
 */
public final class HitJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HitJson() {}

  public static String line(IndicatorHit h) {
    ObjectNode o = JSON.createObjectNode();
    o.put("accountId", h.getSubjectAccountId());
    CaseJson.time(o, "eventTime", h.getEventTime());
    CaseJson.indicator(o, h.getIndicator());
    ArrayNode related = o.putArray("relatedAccounts");
    for (RelatedAccount r : h.getRelated()) {
      CaseJson.related(related.addObject(), r);
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
