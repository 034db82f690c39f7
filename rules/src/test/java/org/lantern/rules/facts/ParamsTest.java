package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {
  private final Params params = new Params(Map.of("types", "massage, nail salon,spa,bar,a.b", "n", "2.5"));

  private boolean named(String text) {
    return text.matches(params.phrases("types"));
  }

  @Test
  void phrasesMatchListedPhrasesAsWholeWordsCaseAside() {
    assertTrue(named("Health Spa"));
    assertTrue(named("thai MASSAGE parlour"));
    assertTrue(named("Nail  Salon & Beauty"));
    assertTrue(named("bar"));
    assertTrue(named("Café Bar"));
  }

  @Test
  void phrasesRejectPartsOfWordsAndPhrasesWithWordsApart() {
    assertFalse(named("Barber shop"));
    assertFalse(named("Spanish grocer"));
    assertFalse(named("nail supplies and salon chairs"));
    // Listed text is literal, not a pattern.
    assertFalse(named("axb"));
  }

  @Test
  void listsAndNumbersParseOnceAndUndefinedNamesFail() {
    assertEquals(Set.of("massage", "nail salon", "spa", "bar", "a.b"), params.set("types"));
    assertEquals(params.phrases("types"), params.phrases("types"));
    assertEquals(2.5, params.num("n"));
    assertThrows(IllegalArgumentException.class, () -> params.phrases("missing"));
  }
}
