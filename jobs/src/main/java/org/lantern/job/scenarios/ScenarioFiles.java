package org.lantern.job.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the rule-test scenarios kept beside the rules ({@code *.test.yaml}) into interchange
 * records. The format is written for rule authors; rules/README.md documents it:
 *
 * <pre>
 * rule: STR-01
 * scenarios:
 *   - name: three deposits just under 10,000 in five days
 *     expect: fire                 # or quiet (a near miss)
 *     on: A                        # default: the first account
 *     accounts:
 *       A: {holderName: Dana Cole, occupation: warehouse worker}
 *     payments:
 *       - {at: 2026-03-02T10:15-05:00, channel: CASH_DEPOSIT, amount: 9500, to: A}
 *       - repeat: 3                # three payments, a day apart; lists cycle, {n} counts 1..3
 *         every: 1d
 *         at: 2026-03-03T10:00-05:00
 *         channel: CASH_DEPOSIT
 *         amount: [9200, 9700, 9900]
 *         to: A
 *         branchId: BR-{n}
 * </pre>
 *
 * Shorthands: {@code at} = timestamp, {@code to} = payeeAccountId, {@code from} = payerAccountId,
 * {@code mcc} = merchantCategoryCode; every other key is an interchange field as is. Currency
 * defaults to USD, holderType to INDIVIDUAL, customerId and holderName to the account id.
 */
public final class ScenarioFiles {
  public static final String SUFFIX = ".test.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern DURATION = Pattern.compile("(\\d+)([dhm])");
  private static final Pattern INDEX = Pattern.compile("\\{n}");
  private static final Map<String, String> SHORTHANDS =
      Map.of("at", "timestamp", "to", "payeeAccountId", "from", "payerAccountId", "mcc", "merchantCategoryCode");

  private ScenarioFiles() {}

  /** Every scenario under the rulebook folder, file by file in name order. */
  public static List<Scenario> load(Path rulebookDir) throws IOException {
    List<Scenario> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(rulebookDir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(f) && f.getFileName().toString().endsWith(SUFFIX)) {
          out.addAll(parse(rulebookDir.relativize(f).toString().replace('\\', '/'), Files.readString(f)));
        }
      }
    }
    return out;
  }

  /** The scenarios of one file; a malformed file is an error naming the file and scenario. */
  public static List<Scenario> parse(String file, String yaml) throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(file + ":" + e.getLocation().getLineNr(), e.getOriginalMessage().strip()
          + " (in a {...} line, quote values holding braces, like \"buyer{n}\")");
    }
    if (root == null || !root.path("rule").isTextual() || !root.path("scenarios").isArray()) {
      throw new ScenarioException(file, "expected 'rule: <id>' and a 'scenarios:' list");
    }
    String fileRule = root.get("rule").asText();
    List<Scenario> out = new ArrayList<>();
    for (JsonNode s : root.get("scenarios")) {
      String name = s.path("name").asText("");
      if (name.isEmpty()) {
        throw new ScenarioException(file, "a scenario without a name");
      }
      String expect = s.path("expect").asText("");
      if (!expect.equals("fire") && !expect.equals("quiet")) {
        throw new ScenarioException(file, "scenario '" + name + "': expect must be 'fire' or 'quiet'");
      }
      List<ObjectNode> accounts = accounts(s.path("accounts"));
      String on = s.path("on").asText(accounts.isEmpty() ? "A" : accounts.get(0).get("accountId").asText());
      List<ObjectNode> payments = new ArrayList<>();
      for (JsonNode p : s.path("payments")) {
        try {
          payments.addAll(payments(p, payments.size()));
        } catch (RuntimeException e) {
          throw new ScenarioException(file, "scenario '" + name + "': " + e.getMessage());
        }
      }
      out.add(new Scenario(file, name, s.path("rule").asText(fileRule), expect.equals("fire"), on, accounts, payments));
    }
    return out;
  }

  private static List<ObjectNode> accounts(JsonNode map) {
    List<ObjectNode> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ObjectNode a = JsonNodeFactory.instance.objectNode();
      a.put("accountId", e.getKey());
      a.put("customerId", e.getKey());
      a.put("holderName", e.getKey());
      a.put("holderType", "INDIVIDUAL");
      if (e.getValue().isObject()) {
        a.setAll((ObjectNode) e.getValue());
      }
      out.add(a);
    }
    return out;
  }

  /** One payment, or a repeat block expanded; {@code before} counts the scenario's earlier payments (ids). */
  private static List<ObjectNode> payments(JsonNode p, int before) {
    int repeat = p.path("repeat").asInt(1);
    Duration every = p.has("every") ? duration(p.get("every").asText()) : Duration.ZERO;
    List<ObjectNode> out = new ArrayList<>();
    for (int n = 1; n <= repeat; n++) {
      ObjectNode pay = JsonNodeFactory.instance.objectNode();
      pay.put("transactionId", "t" + (before + n));
      pay.put("currency", "USD");
      for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("repeat") || e.getKey().equals("every")) {
          continue;
        }
        JsonNode v = e.getValue();
        if (v.isArray() && repeat > 1) {
          v = ((ArrayNode) v).get((n - 1) % v.size());
        }
        if (v.isTextual()) {
          v = new TextNode(INDEX.matcher(v.asText()).replaceAll(Integer.toString(n)));
        }
        pay.set(SHORTHANDS.getOrDefault(e.getKey(), e.getKey()), v);
      }
      if (!pay.path("timestamp").isTextual()) {
        throw new IllegalArgumentException("a payment without 'at' (its time, e.g. 2026-03-02T10:15-05:00)");
      }
      try {
        OffsetDateTime at = OffsetDateTime.parse(pay.get("timestamp").asText());
        pay.put("timestamp", at.plus(every.multipliedBy(n - 1)).toString());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("unreadable time '" + pay.get("timestamp").asText() + "'");
      }
      out.add(pay);
    }
    return out;
  }

  /** "2d", "6h", "1d12h", "30m". */
  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.replace(" ", ""));
    Duration d = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      d = d.plus(switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofMinutes(n);
      });
      end = m.end();
    }
    if (end != text.replace(" ", "").length() || end == 0) {
      throw new IllegalArgumentException("unreadable duration '" + text + "' (e.g. 2d, 6h, 1d12h, 30m)");
    }
    return d;
  }
}
