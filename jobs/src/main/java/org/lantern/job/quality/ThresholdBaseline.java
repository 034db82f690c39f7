package org.lantern.job.quality;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The naive rule a quality figure is compared with: flag every account that receives a single
 * cash deposit between {@code low} and {@code high} (just under the reporting threshold). One
 * threshold, no combination, no state beyond the payment.
 */
public final class ThresholdBaseline {
  private ThresholdBaseline() {}

  public static Set<String> flagged(Path payments, BigDecimal low, BigDecimal high) throws IOException {
    JsonFactory json = JsonFactory.builder().build();
    Set<String> out = new TreeSet<>();
    try (BufferedReader r = Files.newBufferedReader(payments, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String channel = null;
        String payee = null;
        BigDecimal amount = null;
        try (JsonParser p = json.createParser(line)) {
          if (p.nextToken() != JsonToken.START_OBJECT) {
            continue;
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
              case "channel" -> channel = p.getText();
              case "payeeAccountId" -> payee = t == JsonToken.VALUE_NULL ? null : p.getText();
              case "amount" -> amount = t == JsonToken.VALUE_NULL ? null : new BigDecimal(p.getText().trim());
              default -> p.skipChildren();
            }
          }
        } catch (IOException | NumberFormatException e) {
          continue; // bad lines are the job's dead letters; the baseline just skips them
        }
        if ("CASH_DEPOSIT".equals(channel) && payee != null && amount != null
            && amount.compareTo(low) >= 0 && amount.compareTo(high) < 0) {
          out.add(payee);
        }
      }
    }
    return out;
  }
}
