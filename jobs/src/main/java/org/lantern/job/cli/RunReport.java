package org.lantern.job.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.lantern.job.Counters;

/** What a run did, from the job's counters and the cases file it wrote. */
public record RunReport(
    long payments, long accounts, long deadLetters, long duplicates, Map<String, Long> hitsByRule,
    List<JsonNode> cases, Path casesFile, Path deadLettersFile, long elapsedMillis) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static RunReport of(JobExecutionResult r, Path cases, Path deadLetters, long elapsedMillis) throws IOException {
    Map<String, Long> hits = new TreeMap<>();
    r.getAllAccumulatorResults().forEach((name, value) -> {
      if (name.startsWith(Counters.HITS_BY_RULE) && value instanceof Map<?, ?> m) {
        m.forEach((k, v) -> hits.merge((String) k, (Long) v, Long::sum));
      }
    });
    return new RunReport(count(r, Counters.PAYMENTS), count(r, Counters.ACCOUNTS), count(r, Counters.DEAD_LETTERS),
        count(r, Counters.DUPLICATES), hits, currentCases(cases), cases, deadLetters, elapsedMillis);
  }

  private static long count(JobExecutionResult r, String name) {
    Object v = r.getAccumulatorResult(name);
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** The last line of each caseId: its current state. */
  public static List<JsonNode> currentCases(Path cases) throws IOException {
    Map<String, JsonNode> latest = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode c = JSON.readTree(line);
        latest.put(c.get("caseId").asText(), c);
      }
    }
    List<JsonNode> out = new ArrayList<>(latest.values());
    out.sort(Comparator.comparingDouble((JsonNode c) -> -c.get("score").asDouble())
        .thenComparing(c -> c.get("caseId").asText()));
    return out;
  }

  public void print(PrintStream out, int top) {
    out.printf("payments read     %,d (%,d duplicates dropped)%n", payments, duplicates);
    out.printf("accounts (KYC)    %,d%n", accounts);
    out.printf("dead letters      %,d -> %s%n", deadLetters, deadLettersFile);
    out.println("indicators fired per rule:");
    if (hitsByRule.isEmpty()) {
      out.println("  (none)");
    }
    hitsByRule.forEach((rule, n) -> out.printf("  %-8s %,d%n", rule, n));
    out.printf("cases opened      %,d -> %s%n", cases.size(), casesFile);
    if (!cases.isEmpty()) {
      out.printf("top cases:%n");
      for (JsonNode c : cases.subList(0, Math.min(top, cases.size()))) {
        String holder = c.hasNonNull("subject") ? c.get("subject").get("holderName").asText() : "(no KYC)";
        List<String> families = new ArrayList<>();
        c.get("families").forEach(f -> families.add(f.asText()));
        List<String> rules = new ArrayList<>();
        c.get("indicators").forEach(i -> rules.add(i.get("ruleId").asText()));
        out.printf("  %-22s score %5.0f  %-9s %-20s %s  %s%n", c.get("caseId").asText(), c.get("score").asDouble(),
            c.get("subjectAccountId").asText(), holder, String.join("+", rules), String.join(", ", families));
      }
    }
    out.printf("elapsed           %.1f s%n", elapsedMillis / 1000.0);
  }
}
