package org.lantern.job.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The generator's labels.jsonl: which accounts belong to planted schemes or look-alikes, and in what role. */
public final class Labels {
  /** One labelled account. */
  public record Label(String accountId, String typology, String role, String schemeId) {
    public boolean innocent() {
      return role.equals("innocent");
    }
  }

  private Labels() {}

  public static Map<String, Label> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Label> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode l = json.readTree(line);
          out.put(l.get("accountId").asText(),
              new Label(l.get("accountId").asText(), l.get("typology").asText(), l.get("role").asText(), l.get("schemeId").asText()));
        }
      }
    }
    return out;
  }
}
