package org.lantern.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.lantern.rules.facts.Params;
import org.lantern.rules.features.FeatureCatalogue;

/**
 * Compiles a {@link Rulebook} into a {@link CompiledRulebook}, or rejects it whole with every
 * problem located by file and line: DRL syntax and type errors from Drools, parameters a rule
 * uses but the rulebook does not define, and missing or invalid rule metadata.
 */
public final class RulebookCompiler {
  private static final String ROOT = "src/main/resources/";
  private static final Pattern PARAM_USE = Pattern.compile("params\\s*\\.\\s*(?:num|integer|set|text|phrases)\\s*\\(\\s*\"([^\"]+)\"");
  private static final Pattern WINDOW_USE = Pattern.compile("Window\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

  private RulebookCompiler() {}

  public static CompiledRulebook compile(Rulebook rulebook) {
    return compile(rulebook, RulebookCompiler.class.getClassLoader());
  }

  /** Compiles with the given class loader (Flink passes its user-code class loader). */
  public static CompiledRulebook compile(Rulebook rulebook, ClassLoader classLoader) {
    List<RuleProblem> problems = new ArrayList<>(lintParameters(rulebook));
    problems.addAll(lintWindows(rulebook));
    KieServices ks = KieServices.Factory.get();
    ReleaseId releaseId = ks.newReleaseId("org.lantern.rulebook", "rb-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    rulebook.drlFiles().forEach((path, text) -> kfs.write(ROOT + path, text));
    KieBuilder builder = ks.newKieBuilder(kfs, classLoader);
    builder.buildAll(DrlProject.class);
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath() == null ? "?" : m.getPath().replace(ROOT, "");
      problems.add(new RuleProblem(path, m.getLine(), m.getColumn(), m.getText().strip()));
    }
    if (!problems.isEmpty()) {
      ks.getRepository().removeKieModule(releaseId);
      throw new RulebookException(problems);
    }
    KieContainer container = ks.newKieContainer(releaseId, classLoader);
    KieBase kieBase = container.getKieBase();
    // The JVM-wide repository would otherwise keep every compiled rulebook alive.
    ks.getRepository().removeKieModule(releaseId);

    Map<String, RuleInfo> rules = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String file = fileOf(rulebook, rule.getName());
        RuleInfo info = RuleMetadata.read(rule, file, problems, line(rulebook, file, rule.getName()));
        if (info == null) {
          continue;
        }
        String previous = ids.putIfAbsent(info.id(), rule.getName());
        if (previous != null) {
          problems.add(new RuleProblem(file, line(rulebook, file, rule.getName()), 0,
              "rule id " + info.id() + " is also used by rule \"" + previous + "\""));
        }
        rules.put(rule.getName(), info);
      }
    }
    if (!problems.isEmpty()) {
      throw new RulebookException(problems);
    }
    return new CompiledRulebook(rulebook, kieBase, rules);
  }

  private static List<RuleProblem> lintParameters(Rulebook rulebook) {
    List<RuleProblem> problems = new ArrayList<>();
    rulebook.drlFiles().forEach(
        (path, text) -> {
          Matcher m = PARAM_USE.matcher(text);
          while (m.find()) {
            if (!rulebook.parameters().containsKey(m.group(1))) {
              int line = lineAt(text, m.start());
              problems.add(new RuleProblem(path, line, m.start(1) - text.lastIndexOf('\n', m.start()),
                  "parameter \"" + m.group(1) + "\" is not defined in " + Rulebook.PARAMETERS_FILE));
            }
          }
        });
    return problems;
  }

  /** Window definitions must parse, and every window a rule names must be defined. */
  private static List<RuleProblem> lintWindows(Rulebook rulebook) {
    List<RuleProblem> problems = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    try {
      new FeatureCatalogue(new Params(rulebook.parameters())).windows().forEach(w -> defined.add(w.name()));
    } catch (IllegalArgumentException e) {
      problems.add(new RuleProblem(Rulebook.WINDOWS_FILE, 0, 0, e.getMessage()));
      return problems;
    }
    rulebook.drlFiles().forEach(
        (path, text) -> {
          Matcher m = WINDOW_USE.matcher(text);
          while (m.find()) {
            if (!defined.contains(m.group(1))) {
              problems.add(new RuleProblem(path, lineAt(text, m.start()), m.start(1) - text.lastIndexOf('\n', m.start()),
                  "window \"" + m.group(1) + "\" is not defined in " + Rulebook.WINDOWS_FILE));
            }
          }
        });
    return problems;
  }

  private static String fileOf(Rulebook rulebook, String ruleName) {
    for (Map.Entry<String, String> e : rulebook.drlFiles().entrySet()) {
      Matcher m = RULE_DECL.matcher(e.getValue());
      while (m.find()) {
        if (m.group(1).equals(ruleName)) {
          return e.getKey();
        }
      }
    }
    return "?";
  }

  private static int line(Rulebook rulebook, String file, String ruleName) {
    String text = rulebook.drlFiles().get(file);
    if (text == null) {
      return 0;
    }
    Matcher m = RULE_DECL.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(ruleName)) {
        return lineAt(text, m.start(1));
      }
    }
    return 0;
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
