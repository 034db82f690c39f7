package org.lantern.job.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which of the bank's accounts a set of cases flags, each with the rules behind its case. A case
 * is about its subject; when the subject is outside the bank (a controller abroad whom the bank's
 * customers pay, cycle after cycle), what the bank can act on are its own customers that the case
 * names as the subject's victims, so those stand in for it.
 */
public final class FlaggedAccounts {
  private FlaggedAccounts() {}

  /** @param cases the latest state of each case; @param bankAccounts the accounts the KYC file holds */
  public static Map<String, Set<String>> of(List<JsonNode> cases, Set<String> bankAccounts) {
    Map<String, Set<String>> flagged = new TreeMap<>();
    for (JsonNode c : cases) {
      Set<String> rules = new TreeSet<>();
      c.get("indicators").forEach(i -> rules.add(i.get("ruleId").asText()));
      String subject = c.get("subjectAccountId").asText();
      Set<String> accounts = new TreeSet<>();
      if (bankAccounts.contains(subject)) {
        accounts.add(subject);
      } else if (c.has("relatedAccounts")) {
        for (JsonNode r : c.get("relatedAccounts")) {
          String id = r.get("accountId").asText();
          if ("VICTIM".equals(r.path("role").asText()) && bankAccounts.contains(id)) {
            accounts.add(id);
          }
        }
      }
      accounts.forEach(a -> flagged.computeIfAbsent(a, k -> new TreeSet<>()).addAll(rules));
    }
    return flagged;
  }

  /** The account ids of a KYC file (interchange accounts.jsonl); lines without one are skipped. */
  public static Set<String> bankAccounts(Path accounts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(accounts, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        try {
          JsonNode id = json.readTree(line).path("accountId");
          if (id.isTextual()) {
            ids.add(id.asText());
          }
        } catch (IOException malformed) {
          // A malformed KYC line names no account; the run reports it as a dead letter.
        }
      }
    }
    return ids;
  }
}
