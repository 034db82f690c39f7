package org.lantern.job.cases;

import java.io.Serializable;
import java.time.Duration;
import org.lantern.rules.facts.Params;

/**
 * When indicators make a case (indicators.md section 3): one STRONG indicator; or MODERATE (or
 * STRONG) indicators from at least {@code minFamilies} families; or a summed weight of at least
 * {@code minScore} from indicators (boosters included) of at least {@code minFamilies} families, so one
 * family never opens a case by weight alone. Indicators count while their latest firing is
 * within {@code window}; an open case closes once it has had no new firing for that long.
 */
public record CasePolicy(int minFamilies, double minScore, Duration window) implements Serializable {
  public static CasePolicy from(Params p) {
    return new CasePolicy(p.integer("case.minFamilies"), p.num("case.minScore"), Duration.ofDays(p.integer("case.windowDays")));
  }
}
