package org.lantern.rules;

/**
 * How much one firing of a rule counts towards a case. Sources agree that single red flags are
 * weak: a STRONG indicator opens a case alone, MODERATE ones only in combination across families,
 * and a BOOSTER never opens a case, it only raises the score of one that is open.
 */
public enum Strength {
  BOOSTER,
  MODERATE,
  STRONG
}
