package org.lantern.job.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlaggedAccountsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCaseOnAnAccountOutsideTheBankFlagsTheCustomersItNamesAsVictims() throws Exception {
    JsonNode inside = JSON.readTree("{\"subjectAccountId\":\"A1\",\"indicators\":[{\"ruleId\":\"FUN-01\"}],"
        + "\"relatedAccounts\":[{\"accountId\":\"A2\",\"role\":\"VICTIM\"}]}");
    JsonNode abroad = JSON.readTree("{\"subjectAccountId\":\"EXT-VN-1\",\"indicators\":[{\"ruleId\":\"FUN-03\"},{\"ruleId\":\"SHA-05\"}],"
        + "\"relatedAccounts\":[{\"accountId\":\"A3\",\"role\":\"VICTIM\"},{\"accountId\":\"A4\",\"role\":\"COUNTERPARTY\"},"
        + "{\"accountId\":\"EXT-US-9\",\"role\":\"VICTIM\"}]}");
    Map<String, Set<String>> flagged = FlaggedAccounts.of(List.of(inside, abroad), Set.of("A1", "A2", "A3", "A4"));
    assertEquals(Map.of("A1", Set.of("FUN-01"), "A3", Set.of("FUN-03", "SHA-05")), flagged,
        "a customer's own case stands for itself alone; outside the bank, only the victims who are customers count");
  }

  @Test
  void theBanksAccountsAreTheKycFilesIds(@TempDir Path dir) throws Exception {
    Path accounts = dir.resolve("accounts.jsonl");
    Files.write(accounts, List.of("{\"accountId\":\"A1\",\"holderName\":\"x\"}", "not json", "{\"holderName\":\"no id\"}", "{\"accountId\":\"A2\"}"));
    assertEquals(Set.of("A1", "A2"), FlaggedAccounts.bankAccounts(accounts));
  }
}
