package org.lantern.job.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.job.MonitoringJob;
import org.lantern.job.cli.FileRun;
import org.lantern.job.identity.Identifiers;
import org.lantern.rules.Rulebook;

/**
 * Runs rule-test scenarios through the real job, all in one bounded run on the embedded cluster,
 * and judges each from the rule firings the job wrote. Scenarios are isolated from each other by
 * namespacing: every account id, transaction id, phone, email, address, device and introducer gets the
 * scenario's tag, so nothing links or counts across scenarios.
 */
public final class ScenarioRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one scenario did: passed, and what the rule said (or why it failed). */
  public record Verdict(Scenario scenario, boolean passed, String detail) {}

  private ScenarioRun() {}

  public static List<Verdict> run(List<Scenario> scenarios, Rulebook rulebook, Path workDir) throws Exception {
    Files.createDirectories(workDir);
    List<String> accountLines = new ArrayList<>();
    List<ObjectNode> payments = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      String tag = tag(i);
      boolean onDeclared = false;
      for (ObjectNode a : s.accounts()) {
        onDeclared |= a.get("accountId").asText().equals(s.on());
        accountLines.add(namespaced(a, tag).toString());
      }
      if (!onDeclared) {
        ObjectNode a = JSON.createObjectNode().put("accountId", s.on()).put("customerId", s.on())
            .put("holderName", s.on()).put("holderType", "INDIVIDUAL");
        accountLines.add(namespaced(a, tag).toString());
      }
      s.payments().forEach(p -> payments.add(namespaced(p, tag)));
    }
    // One timeline for all: each scenario keeps its own order, and watermarks stay meaningful.
    payments.sort(Comparator.comparing(p -> OffsetDateTime.parse(p.get("timestamp").asText()).toInstant()));
    Path paymentsFile = workDir.resolve("payments.jsonl");
    Path accountsFile = workDir.resolve("accounts.jsonl");
    Files.write(paymentsFile, payments.stream().map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
    Files.write(accountsFile, accountLines, StandardCharsets.UTF_8);
    Path cases = workDir.resolve("cases.jsonl");
    Path deadLetters = workDir.resolve("dead-letters.jsonl");
    Path hits = workDir.resolve("hits.jsonl");
    new FileRun(paymentsFile, accountsFile, cases, deadLetters, hits, rulebook, 2, MonitoringJob.Settings.defaults())
        .execute();
    return judge(scenarios, firings(hits), rejections(deadLetters));
  }

  private static List<Verdict> judge(
      List<Scenario> scenarios, Map<String, String> firings, Map<String, String> rejections) {
    List<Verdict> out = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      String tag = tag(i);
      String rejected = rejections.get(tag);
      String explanation = firings.get(account(tag, s.on()) + " " + s.ruleId());
      if (rejected != null) {
        out.add(new Verdict(s, false, "input rejected: " + rejected));
      } else if (s.mustFire()) {
        out.add(new Verdict(s, explanation != null, explanation != null ? explanation : "did not fire on " + s.on()));
      } else {
        out.add(new Verdict(s, explanation == null, explanation == null ? "quiet on " + s.on() : "fired on " + s.on() + ": " + explanation));
      }
    }
    return out;
  }

  /** "account ruleId" to the explanation of its first firing. */
  private static Map<String, String> firings(Path hits) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(hits, StandardCharsets.UTF_8)) {
      JsonNode h = JSON.readTree(line);
      out.putIfAbsent(h.get("accountId").asText() + " " + h.get("ruleId").asText(), h.get("explanation").asText());
    }
    return out;
  }

  /** Scenario tag to the first reason one of its records was rejected (or a rule failed on it). */
  private static Map<String, String> rejections(Path deadLetters) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(deadLetters)) {
      return out;
    }
    for (String line : Files.readAllLines(deadLetters, StandardCharsets.UTF_8)) {
      JsonNode d = JSON.readTree(line);
      String tag = tagOf(d.path("record").asText());
      if (tag != null) {
        out.putIfAbsent(tag, d.path("reason").asText());
      }
    }
    return out;
  }

  /** The scenario tag of a rejected record (a payment or account line we wrote), or null. */
  private static String tagOf(String record) {
    try {
      JsonNode r = JSON.readTree(record);
      String id = r.path("transactionId").asText(r.path("accountId").asText(""));
      int slash = id.indexOf('/');
      return slash > 0 ? id.substring(0, slash) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String tag(int index) {
    return String.format("s%04d", index + 1);
  }

  private static String account(String tag, String id) {
    return tag + "/" + id;
  }

  /** A copy with every identifying value made unique to the scenario. */
  private static ObjectNode namespaced(ObjectNode record, String tag) {
    ObjectNode r = record.deepCopy();
    for (String f : List.of("accountId", "customerId", "payerAccountId", "payeeAccountId", "transactionId")) {
      if (r.path(f).isTextual()) {
        r.put(f, account(tag, r.get(f).asText()));
      }
    }
    // Identifiers are normalised before linking: tag the normalised form so the tag survives it
    // and differently written copies of one phone still match.
    String phone = Identifiers.phone(r.path("phone").asText(null));
    if (phone != null) {
      r.put("phone", phone + tag.substring(1));
    }
    if (r.path("email").isTextual()) {
      r.put("email", tag + "." + r.get("email").asText());
    }
    if (r.path("address").isTextual()) {
      r.put("address", r.get("address").asText() + " " + tag);
    }
    if (r.path("deviceId").isTextual()) {
      r.put("deviceId", r.get("deviceId").asText() + "-" + tag);
    }
    if (r.path("introducedBy").isTextual()) {
      r.put("introducedBy", r.get("introducedBy").asText() + " " + tag);
    }
    return r;
  }
}
