package org.lantern.job.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lantern.job.MonitoringJob;
import org.lantern.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern demo}: the job over the committed sample, with a summary and a check against its labels. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the monitoring job on the bundled sample data (sample-data/sample) and summarise what it found.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", description = "Where to write cases.jsonl and dead-letters.jsonl (default: out/demo).")
  Path out;

  @Mixin RulebookOption rules;

  @Override
  public Integer call() throws Exception {
    Path sample = Lantern.home().resolve("sample-data").resolve("sample");
    Path dir = out != null ? out : Lantern.home().resolve("out").resolve("demo");
    Rulebook rulebook = rules.loadChecked();
    if (rulebook == null) {
      return Lantern.USAGE;
    }
    Path cases = dir.resolve("cases.jsonl");
    System.out.println("Lantern demo: " + sample + " on an embedded Flink cluster (RocksDB state), rulebook " + rulebook.version());
    RunReport report = new FileRun(sample.resolve("payments.jsonl"), sample.resolve("accounts.jsonl"), cases,
        FileRun.deadLettersBeside(cases), rulebook, 2, MonitoringJob.Settings.defaults()).execute();
    report.print(System.out, 5);
    Path labels = sample.resolve("labels.jsonl");
    if (Files.exists(labels)) {
      printAgainstLabels(report, labels);
    }
    return 0;
  }

  /** How the subjects of the cases compare with what the generator planted. */
  private static void printAgainstLabels(RunReport report, Path labels) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byAccount = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode l = json.readTree(line);
        byAccount.put(l.get("accountId").asText(), l);
      }
    }
    Set<String> subjects = new HashSet<>();
    report.cases().forEach(c -> subjects.add(c.get("subjectAccountId").asText()));
    long controllers = byAccount.values().stream().filter(l -> l.get("role").asText().equals("controller")).count();
    long caught = byAccount.values().stream()
        .filter(l -> l.get("role").asText().equals("controller") && subjects.contains(l.get("accountId").asText())).count();
    long onInnocents = subjects.stream().filter(s -> byAccount.containsKey(s) && byAccount.get(s).get("role").asText().equals("innocent")).count();
    long unlabelled = subjects.stream().filter(s -> !byAccount.containsKey(s)).count();
    System.out.printf("against the sample's labels: %d of %d planted controllers are case subjects; "
        + "%d cases on innocent look-alikes, %d on unlabelled accounts%n", caught, controllers, onInnocents, unlabelled);
  }
}
