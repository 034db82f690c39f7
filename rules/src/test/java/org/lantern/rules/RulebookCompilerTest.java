package org.lantern.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookCompilerTest {
  static final Rulebook REAL = Rulebook.load(Rulebook.locate());

  @Test
  void theRulebookCompilesWithMetadataOnEveryRule() {
    CompiledRulebook compiled = RulebookCompiler.compile(REAL);
    Set<String> ids = compiled.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("STR-01", "STR-02", "NCP-01", "NCP-07", "NCP-08", "NCP-10", "SHA-01", "SHA-04")), ids.toString());
    for (RuleInfo r : compiled.rules()) {
      assertTrue(r.source().startsWith("S"), r.id() + " source " + r.source());
      assertTrue(r.weight() > 0, r.id());
      assertTrue(r.file().endsWith(".drl"), r.file());
    }
    assertTrue(compiled.version().startsWith("0.1.0+"), compiled.version());
    RuleInfo lab03 = compiled.rules().stream().filter(r -> r.id().equals("LAB-03")).findFirst().orElseThrow();
    assertEquals(PartyRole.VICTIM, lab03.role(), "@partyRole is read from the DRL");
    assertEquals("FORWARDS_TO", lab03.link(), "a VICTIM rule reports money handed on unless it says otherwise");
    RuleInfo sha08 = compiled.rules().stream().filter(r -> r.id().equals("SHA-08")).findFirst().orElseThrow();
    assertEquals("INCOME_TO", sha08.link(), "@link is read from the DRL");
  }

  @Test
  void anEditChangesTheVersion() {
    SortedMap<String, String> files = new TreeMap<>(REAL.drlFiles());
    files.put("extra.drl", "package x;\n");
    Rulebook edited = Rulebook.of(files, "rulebook.version=0.1.0\n" + params());
    assertNotEquals(REAL.version(), edited.version());
  }

  @Test
  void aRuleNamingAnUndefinedWindowIsRejectedWithItsLine() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("x/X-1.drl", "package x;\nimport org.lantern.rules.facts.*;\n\nrule \"r\"\nwhen\n  Window(name == \"cashNearThreshhold7d\")\nthen\nend\n");
    RulebookException e = assertThrows(RulebookException.class,
        () -> RulebookCompiler.compile(Rulebook.of(files, "window.cashNearThreshold7d.side=PAYEE\nwindow.cashNearThreshold7d.length=7d\n")));
    RuleProblem p = e.problems().get(0);
    assertEquals("x/X-1.drl", p.file());
    assertEquals(6, p.line());
    assertTrue(p.message().contains("window \"cashNearThreshhold7d\" is not defined"), p.message());
  }

  @Test
  void referenceListsAreReadIntoTheRulebookAndItsVersion(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("parameters.properties"), "rulebook.version=1\nlist=@reference/l.txt\n");
    Files.createDirectories(dir.resolve("reference"));
    Files.writeString(dir.resolve("reference/l.txt"), "# a comment\nAF  # Afghanistan\n\nMM\n");
    Rulebook first = Rulebook.load(dir);
    assertEquals("AF,MM", first.parameters().get("list"));
    Files.writeString(dir.resolve("reference/l.txt"), "AF\n");
    assertNotEquals(first.version(), Rulebook.load(dir).version(), "editing a list changes the version");
    Files.delete(dir.resolve("reference/l.txt"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rulebook.load(dir));
    assertTrue(e.getMessage().contains("parameter list: reference list not found"), e.getMessage());
  }

  @Test
  void aSyntaxErrorIsReportedWithFileAndLine() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("broken/B-1.drl", "package x;\n\nrule \"broken\"\nwhen\n  String( length > )\nthen\nend\n");
    RulebookException e = assertThrows(RulebookException.class, () -> RulebookCompiler.compile(Rulebook.of(files, "")));
    RuleProblem p = e.problems().get(0);
    assertEquals("broken/B-1.drl", p.file());
    assertEquals(5, p.line(), e.getMessage());
  }

  @Test
  void anUndefinedParameterAndMissingMetadataAreRejected() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("x/X-1.drl", String.join("\n",
        "package x;",
        "import org.lantern.rules.facts.*;",
        "global Params params;",
        "global Hits hits;",
        "rule \"no metadata\"",
        "when",
        "  Window(count >= params.integer(\"X-1.missing\"))",
        "then",
        "  hits.fire(kcontext);",
        "end"));
    RulebookException e = assertThrows(RulebookException.class, () -> RulebookCompiler.compile(Rulebook.of(files, "")));
    assertTrue(e.getMessage().contains("x/X-1.drl:7:"), e.getMessage());
    assertTrue(e.getMessage().contains("X-1.missing"), e.getMessage());
  }

  @Test
  void missingMetadataIsRejectedWithTheRuleLine() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("x/X-2.drl", "package x;\n\nrule \"bare\" @id(\"X-2\")\nwhen\n  String()\nthen\nend\n");
    RulebookException e = assertThrows(RulebookException.class, () -> RulebookCompiler.compile(Rulebook.of(files, "")));
    assertTrue(e.getMessage().contains("x/X-2.drl:3:0: rule \"bare\" lacks @family"), e.getMessage());
  }

  @Test
  void anUnknownRoleIsRejectedWithTheRolesAllowed() {
    RulebookException e = rejected("X-3", "odd role", "@partyRole(\"PIMP\")");
    assertTrue(e.getMessage().contains("x/X-3.drl:3:0: rule \"odd role\": unknown partyrole PIMP, expected one of"
        + " [CONTROLLER, VICTIM, BUYER, FRONT_BUSINESS]"), e.getMessage());
  }

  @Test
  void aLinkOnARuleThatIsNoVictimRuleIsRejected() {
    RulebookException e = rejected("X-4", "odd link", "@link(\"INCOME_TO\")");
    assertTrue(e.getMessage().contains("x/X-4.drl:3:0: rule \"odd link\": @link(INCOME_TO) needs @partyRole(\"VICTIM\")"
        + " and one of [FORWARDS_TO, INCOME_TO, WAGES_CASHED]"), e.getMessage());
  }

  /** Compiling a one-rule rulebook whose complete metadata has {@code extra} added fails. */
  private static RulebookException rejected(String id, String name, String extra) {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("x/" + id + ".drl", "package x;\n\nrule \"" + name + "\" @id(\"" + id + "\") @version(\"1\") @family(\"STRUCTURING\")"
        + " @strength(\"MODERATE\") @weight(1) @source(\"S1\") @summary(\"s\") @explain(\"e\") " + extra + "\n"
        + "when\n  String()\nthen\nend\n");
    return assertThrows(RulebookException.class, () -> RulebookCompiler.compile(Rulebook.of(files, "")));
  }

  private static String params() {
    StringBuilder sb = new StringBuilder();
    REAL.parameters().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return sb.toString();
  }
}
