package org.lantern.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.lantern.rules.facts.Hits;

/**
 * Evaluates facts against a compiled rulebook and returns the hits. One session is reused for
 * every evaluation (insert, fire, retract): cheaper than a new stateless session per payment.
 * Not thread-safe: one per task.
 */
public final class RuleSession implements AutoCloseable {
  private final KieSession session;
  private final Hits hits;
  private final List<FactHandle> handles = new ArrayList<>();

  RuleSession(CompiledRulebook rulebook, KieSession session, Set<String> globals) {
    this.session = session;
    this.hits = new Hits(rulebook::rule, rulebook.params(), rulebook.version());
    // Drools refuses a global that no rule file declares.
    if (globals.contains("hits")) {
      session.setGlobal("hits", hits);
    }
    if (globals.contains("params")) {
      session.setGlobal("params", rulebook.params());
    }
  }

  /** Fires every rule the facts match; facts are removed again before returning. */
  public List<Hit> evaluate(Instant eventTime, Iterable<?> facts) {
    hits.reset(eventTime);
    try {
      for (Object fact : facts) {
        handles.add(session.insert(fact));
      }
      session.fireAllRules();
    } finally {
      for (FactHandle h : handles) {
        session.delete(h);
      }
      handles.clear();
    }
    return List.copyOf(hits.fired());
  }

  @Override
  public void close() {
    session.dispose();
  }
}
