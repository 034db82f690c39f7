package org.lantern.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lantern.job.cli.RunReport;

/** Reading a run's output files in tests. */
public final class CaseFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseFiles() {}

  /** caseId -> final state, without the update counter (which may differ with arrival order). */
  public static Map<String, JsonNode> finalCases(Path cases) throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    for (JsonNode c : RunReport.currentCases(cases)) {
      ObjectNode copy = c.deepCopy();
      copy.remove("version");
      out.put(c.get("caseId").asText(), copy);
    }
    return out;
  }

  public static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }
}
