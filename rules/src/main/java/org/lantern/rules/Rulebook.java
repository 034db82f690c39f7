package org.lantern.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rulebook as data: its DRL files and parameters, not yet compiled. It is a plain serializable
 * value so a job can carry it, and a later control stream can replace it while the job runs.
 *
 * @param version the declared {@code rulebook.version} plus a hash of the content, so that any
 *     edit to a rule or parameter changes the version recorded on every indicator
 * @param drlFiles path relative to the rulebook folder ('/'-separated) to DRL text
 * @param parameters named parameters (parameters.properties) and window definitions (windows.properties)
 */
public record Rulebook(String version, SortedMap<String, String> drlFiles, Map<String, String> parameters)
    implements Serializable {

  public static final String PARAMETERS_FILE = "parameters.properties";
  /** Feature window definitions ({@code window.<name>.<key>}), read into the same parameter map. */
  public static final String WINDOWS_FILE = "windows.properties";

  /** Reads every {@code .drl} below {@code dir}, its {@code parameters.properties} and {@code windows.properties}. */
  public static Rulebook load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("rulebook folder not found: " + dir.toAbsolutePath());
    }
    SortedMap<String, String> drl = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(f) && f.getFileName().toString().endsWith(".drl")) {
          drl.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
      StringBuilder params = new StringBuilder();
      for (String name : new String[] {PARAMETERS_FILE, WINDOWS_FILE}) {
        Path f = dir.resolve(name);
        if (Files.exists(f)) {
          params.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
      }
      return build(drl, withReferenceLists(parse(params.toString()), dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rulebook " + dir, e);
    }
  }

  /**
   * A parameter written {@code @reference/file.txt} is a reference list kept in its own file (one
   * entry per line, # comments): its entries become the value, comma-separated, so the list is
   * part of the rulebook's content and version like any parameter.
   */
  private static SortedMap<String, String> withReferenceLists(SortedMap<String, String> params, Path dir)
      throws IOException {
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue().startsWith("@")) {
        Path list = dir.resolve(e.getValue().substring(1));
        if (!Files.isRegularFile(list)) {
          throw new IllegalArgumentException("parameter " + e.getKey() + ": reference list not found: " + list);
        }
        e.setValue(String.join(",", Files.readAllLines(list, StandardCharsets.UTF_8).stream()
            .map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList()));
      }
    }
    return params;
  }

  /** Builds a rulebook from in-memory files (tests, control streams). */
  public static Rulebook of(SortedMap<String, String> drlFiles, String parametersText) {
    return build(drlFiles, parse(parametersText));
  }

  private static SortedMap<String, String> parse(String parametersText) {
    Properties props = new Properties();
    try (Reader r = new StringReader(parametersText)) {
      props.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SortedMap<String, String> params = new TreeMap<>();
    props.stringPropertyNames().forEach(k -> params.put(k, props.getProperty(k).trim()));
    return params;
  }

  /** The version is the declared one plus a hash of everything, reference lists included. */
  private static Rulebook build(SortedMap<String, String> drlFiles, SortedMap<String, String> params) {
    String declared = params.getOrDefault("rulebook.version", "0");
    return new Rulebook(declared + "+" + contentHash(drlFiles, params), drlFiles, params);
  }

  /**
   * Finds the rulebook folder: {@code -Dlantern.rules}, else {@code rules/rulebook} under {@code
   * -Dlantern.home} (set by bin/lantern), else in the working directory or any parent (so tests
   * find it from a module folder).
   */
  public static Path locate() {
    String explicit = System.getProperty("lantern.rules");
    if (explicit != null) {
      return Path.of(explicit);
    }
    String home = System.getProperty("lantern.home");
    if (home != null && Files.isDirectory(Path.of(home, "rules", "rulebook"))) {
      return Path.of(home, "rules", "rulebook");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("rules").resolve("rulebook");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no rules/rulebook folder here or above; pass --rules DIR");
  }

  private static String contentHash(SortedMap<String, String> drl, SortedMap<String, String> params) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      drl.forEach(
          (k, v) -> {
            md.update(k.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(v.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
          });
      params.forEach((k, v) -> md.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(md.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
