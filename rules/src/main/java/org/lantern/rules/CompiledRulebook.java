package org.lantern.rules;

import java.util.Collection;
import java.util.Map;
import org.kie.api.KieBase;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.lantern.rules.facts.Params;
import org.lantern.rules.features.AccountWindows;
import org.lantern.rules.features.FeatureCatalogue;
import org.lantern.rules.features.FeatureDefinition;
import org.lantern.rules.features.SpendMixes;
import org.lantern.rules.features.WindowUse;

/**
 * A compiled rulebook: the value that evaluation takes. Compile once (per task, per rulebook
 * version), then open one {@link RuleSession} per thread.
 */
public final class CompiledRulebook {
  private final Rulebook source;
  private final KieBase kieBase;
  private final Map<String, RuleInfo> rules;
  private final Params params;
  private final FeatureCatalogue catalogue;
  private final WindowUse windowUse;
  private final WindowUse mixUse;

  CompiledRulebook(Rulebook source, KieBase kieBase, Map<String, RuleInfo> rules) {
    this.source = source;
    this.kieBase = kieBase;
    this.rules = Map.copyOf(rules);
    this.params = new Params(source.parameters());
    this.catalogue = new FeatureCatalogue(params);
    Set<String> defined = new HashSet<>();
    catalogue.windows().stream().map(FeatureDefinition::name).forEach(defined::add);
    this.windowUse = WindowUse.of(source.drlFiles().values(), defined);
    Set<String> mixes = new HashSet<>();
    catalogue.mixes().forEach(m -> mixes.add(m.name()));
    this.mixUse = WindowUse.of(source.drlFiles().values(), mixes);
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

  /** The account windows this rulebook declares and reads, for one account monitor. */
  public AccountWindows accountWindows(Duration allowedLateness) {
    return new AccountWindows(catalogue, windowUse, allowedLateness);
  }

  /** How long the identifier linker pools a customer's payments (the longest per-customer window). */
  public Duration customerPoolLength() {
    return catalogue.longestPerCustomer();
  }

  /** The spend mixes some rule reads, for one account monitor. */
  public SpendMixes spendMixes() {
    return new SpendMixes(catalogue.mixes().stream().filter(m -> mixUse.read(m.name())).toList());
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

  private Set<String> declaredGlobals() {
    Set<String> names = new HashSet<>();
    kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> names.add(g.getName())));
    return names;
  }
}
