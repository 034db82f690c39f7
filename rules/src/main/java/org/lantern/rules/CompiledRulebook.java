package org.lantern.rules;

import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;
import org.lantern.rules.facts.Params;

/**
 * A compiled rulebook: the value that evaluation takes. Compile once (per task, per rulebook
 * version), then open one {@link RuleSession} per thread.
 */
public final class CompiledRulebook {
  private final Rulebook source;
  private final KieBase kieBase;
  private final Map<String, RuleInfo> rules;
  private final Params params;

  CompiledRulebook(Rulebook source, KieBase kieBase, Map<String, RuleInfo> rules) {
    this.source = source;
    this.kieBase = kieBase;
    this.rules = Map.copyOf(rules);
    this.params = new Params(source.parameters());
  }

  public String version() {
    return source.version();
  }

  public Rulebook source() {
    return source;
  }

  public Params params() {
    return params;
  }

  public Collection<RuleInfo> rules() {
    return rules.values();
  }

  RuleInfo rule(String ruleName) {
    RuleInfo info = rules.get(ruleName);
    if (info == null) {
      throw new IllegalStateException("no metadata for rule " + ruleName);
    }
    return info;
  }

  public RuleSession newSession() {
    return new RuleSession(this, kieBase.newKieSession(), declaredGlobals());
  }

  private java.util.Set<String> declaredGlobals() {
    java.util.Set<String> names = new java.util.HashSet<>();
    kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> names.add(g.getName())));
    return names;
  }
}
