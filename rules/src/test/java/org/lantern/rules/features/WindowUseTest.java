package org.lantern.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowUseTest {
  static final Set<String> DEFINED = Set.of("cards", "hotels", "inflows", "cash", "luxury", "unused", "payroll");

  static WindowUse use(String... rules) {
    return WindowUse.of(List.of(String.join("\n", rules)), DEFINED);
  }

  @Test
  void aContextWindowIsReadOnlyWhenTheTriggerWindowIsEntered() {
    WindowUse use = use(
        "rule \"cities\" when",
        "  $h : Window(name == \"hotels\", triggered == true, distinctCities >= 2)",
        "  $c : Window(name == \"cards\", distinctCities >= 4)",
        "then end");
    assertEquals(Set.of("cards", "hotels"), use.readOnEntry("hotels"));
    assertEquals(Set.of(), use.readOnEntry("cards"), "a card payment is appended, nothing read");
    assertTrue(use.read("cards"));
    assertFalse(use.read("unused"), "a window no rule names is not kept");
  }

  @Test
  void windowsBoundWithThisAreTriggersWhateverAlternativeTheyMatch() {
    WindowUse use = use(
        "rule \"coordinator\" when",
        "  $in : Window(name == \"inflows\" && count >= 3 || name == \"cash\")",
        "  $out : Window(name == \"luxury\")",
        "  not Window(name == \"payroll\")",
        "  Window(this == $in || this == $out, triggered == true)",
        "then end");
    Set<String> all = Set.of("inflows", "cash", "luxury", "payroll");
    assertEquals(all, use.readOnEntry("inflows"));
    assertEquals(all, use.readOnEntry("cash"));
    assertEquals(all, use.readOnEntry("luxury"));
    assertEquals(Set.of(), use.readOnEntry("payroll"));
  }

  @Test
  void aRuleThatNeverTestsTriggeredIsFiredByAnyOfItsWindowsAndRulesDoNotMix() {
    WindowUse use = use(
        "rule \"a\" when",
        "  Window(name == \"cash\", count > 2)",
        "  Window(name == \"inflows\")",
        "then end",
        "rule \"b\" when",
        "  Window(name == \"cards\", triggered)",
        "then end");
    assertEquals(Set.of("cash", "inflows"), use.readOnEntry("cash"));
    assertEquals(Set.of("cash", "inflows"), use.readOnEntry("inflows"));
    assertEquals(Set.of("cards"), use.readOnEntry("cards"));
  }
}
