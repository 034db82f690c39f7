package org.lantern.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theSameOptionsGiveIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
    Generator.generate(Generator.Options.of(5, 120, 20), dir.resolve("a"));
    Generator.generate(Generator.Options.of(5, 120, 20), dir.resolve("b"));
    Generator.generate(Generator.Options.of(6, 120, 20), dir.resolve("c"));
    for (String f : List.of("accounts.jsonl", "payments.jsonl", "labels.jsonl")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
    }
    assertFalse(Files.readString(dir.resolve("a/payments.jsonl")).equals(Files.readString(dir.resolve("c/payments.jsonl"))));
  }

  @Test
  void schemesAndLookalikesAreLabelledAndEveryPaymentFollowsTheInterchange() throws Exception {
    Generator.Summary s = Generator.generate(new Generator.Options(9, 200, 30, java.time.LocalDate.of(2026, 3, 1), 0, 0.01), dir);
    Set<String> typologies = new HashSet<>();
    Set<String> roles = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
      JsonNode l = JSON.readTree(line);
      typologies.add(l.get("typology").asText());
      roles.add(l.get("role").asText());
    }
    assertTrue(typologies.containsAll(Set.of(Schemes.TYPOLOGIES)), "every typology is planted: " + typologies);
    assertTrue(typologies.containsAll(Set.of("lookalike_roommates", "lookalike_gig_worker", "lookalike_family_device",
        "lookalike_night_shift", "lookalike_travelling_nurse", "lookalike_landlord", "lookalike_savings_circle",
        "lookalike_fundraiser", "lookalike_salary_sweeper", "lookalike_market_trader", "lookalike_family_remitter",
        "lookalike_payroll_bureau", "lookalike_multi_site_business")), typologies.toString());
    assertTrue(roles.containsAll(Set.of("controller", "victim", "innocent")), roles.toString());
    Set<String> accounts = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("accounts.jsonl"))) {
      accounts.add(JSON.readTree(line).get("accountId").asText());
    }
    assertEquals(s.accounts(), accounts.size());
    List<String> payments = Files.readAllLines(dir.resolve("payments.jsonl"));
    assertTrue(payments.size() > s.payments(), "some payments are delivered twice");
    for (String line : payments) {
      JsonNode p = JSON.readTree(line);
      OffsetDateTime.parse(p.get("timestamp").asText());
      assertTrue(Double.parseDouble(p.get("amount").asText()) > 0, line);
      assertTrue(p.hasNonNull("payerAccountId") || p.hasNonNull("payeeAccountId"), line);
    }
  }

  @Test
  void aFanInHubNeverSendsOnMoreThanItHasReceived() throws Exception {
    for (long seed = 11; seed <= 16; seed++) {
      hubsSendOnOnlyWhatCameIn(seed, dir.resolve("s" + seed));
    }
  }

  private static void hubsSendOnOnlyWhatCameIn(long seed, Path dir) throws Exception {
    Generator.generate(Generator.Options.of(seed, 500, 60), dir);
    // Per hub, in time order: transfer credits that are not wages add up, forwards onward take away.
    Map<String, Double> balance = new HashMap<>();
    List<JsonNode> payments = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("payments.jsonl"))) {
      payments.add(JSON.readTree(line));
    }
    payments.sort(Comparator.comparing(p -> OffsetDateTime.parse(p.get("timestamp").asText()).toInstant()));
    Set<String> hubs = new HashSet<>();
    payments.stream().filter(p -> p.path("payeeAccountId").asText().startsWith("EXT-ONWARD-"))
        .forEach(p -> hubs.add(p.get("payerAccountId").asText()));
    assertFalse(hubs.isEmpty(), "hubs are planted");
    Set<String> seen = new HashSet<>();
    for (JsonNode p : payments) {
      if (!seen.add(p.get("transactionId").asText())) {
        continue;
      }
      double amount = Double.parseDouble(p.get("amount").asText());
      String to = p.path("payeeAccountId").asText();
      if (hubs.contains(to) && !p.get("channel").asText().startsWith("CASH") && !p.path("memo").asText().matches("PAYROLL|SALARY")) {
        balance.merge(to, amount, Double::sum);
      } else if (to.startsWith("EXT-ONWARD-")) {
        String hub = p.get("payerAccountId").asText();
        assertTrue(balance.getOrDefault(hub, 0.0) >= amount, hub + " forwards " + amount + " with " + balance.get(hub) + " received");
        balance.merge(hub, -amount, Double::sum);
      }
    }
  }
}
