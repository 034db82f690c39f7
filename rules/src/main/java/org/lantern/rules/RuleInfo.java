package org.lantern.rules;

import java.io.Serializable;

/**
 * The metadata every rule carries in its DRL annotations: {@code @id @version @family @strength
 * @weight @source @summary @explain}, and optionally {@code @partyRole} and, for a VICTIM rule,
 * {@code @link}: the money-flow link its firing reports (FORWARDS_TO unless it says INCOME_TO or WAGES_CASHED).
 *
 * @param explain a template filled at firing time: {@code {name}} is replaced by an observed value
 *     of that name or, failing that, by the rulebook parameter of that name.
 * @param role the hypothesis for the account the rule fires on, or null
 * @param link the money-flow link a firing that names a beneficiary reports to the identifier linker
 *     (FORWARDS_TO unless a VICTIM rule says otherwise)
 */
public record RuleInfo(
    String ruleName,
    String id,
    String version,
    Family family,
    Strength strength,
    double weight,
    String source,
    String description,
    String explain,
    String file,
    PartyRole role,
    String link)
    implements Serializable {}
