package org.lantern.rules.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which windows the rules read, and when they must be read. A window rule fires on a payment
 * that enters one of its <em>trigger</em> windows (a {@code Window(...)} pattern that tests
 * {@code triggered}, or a window it binds through {@code this == $w}; every window of a rule
 * that never tests {@code triggered}). So a payment entering a trigger window needs that rule's
 * windows read; a payment entering only other windows is appended without reading anything.
 * A window no rule names is not kept at all.
 */
public final class WindowUse {
  private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"", Pattern.MULTILINE);
  private static final Pattern WINDOW_PATTERN = Pattern.compile("(?:(\\$\\w+)\\s*:\\s*)?\\bWindow\\s*\\(");
  private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z0-9_]+)\"");
  private static final Pattern TRIGGERED = Pattern.compile("\\btriggered\\b");
  private static final Pattern THIS_IS = Pattern.compile("this\\s*==\\s*(\\$\\w+)");

  private final Set<String> read;
  private final Map<String, Set<String>> readOnEntry;

  private WindowUse(Set<String> read, Map<String, Set<String>> readOnEntry) {
    this.read = read;
    this.readOnEntry = readOnEntry;
  }

  /** Every defined window name quoted in a rule's text counts as read by that rule. */
  public static WindowUse of(Collection<String> drlTexts, Set<String> defined) {
    Set<String> read = new TreeSet<>();
    Map<String, Set<String>> onEntry = new HashMap<>();
    for (String text : drlTexts) {
      for (String rule : rules(text)) {
        Set<String> windows = names(rule, defined);
        read.addAll(windows);
        for (String trigger : triggers(rule, defined, windows)) {
          onEntry.computeIfAbsent(trigger, k -> new TreeSet<>()).addAll(windows);
        }
      }
    }
    onEntry.replaceAll((w, s) -> Set.copyOf(s));
    return new WindowUse(Set.copyOf(read), Map.copyOf(onEntry));
  }

  /** Whether any rule reads {@code window}. */
  public boolean read(String window) {
    return read.contains(window);
  }

  /** The windows to read when a payment enters {@code window}: empty unless it triggers a rule. */
  public Set<String> readOnEntry(String window) {
    return readOnEntry.getOrDefault(window, Set.of());
  }

  /** A rule's trigger windows; all its windows if no pattern tests {@code triggered}. */
  private static Set<String> triggers(String rule, Set<String> defined, Set<String> windows) {
    Map<String, Set<String>> bound = new HashMap<>();
    List<String> triggering = new ArrayList<>();
    Matcher m = WINDOW_PATTERN.matcher(rule);
    while (m.find()) {
      String body = body(rule, m.end());
      if (m.group(1) != null) {
        bound.put(m.group(1), names(body, defined));
      }
      if (TRIGGERED.matcher(body).find()) {
        triggering.add(body);
      }
    }
    if (triggering.isEmpty()) {
      return windows;
    }
    Set<String> out = new TreeSet<>();
    for (String body : triggering) {
      out.addAll(names(body, defined));
      Matcher ref = THIS_IS.matcher(body);
      while (ref.find()) {
        out.addAll(bound.getOrDefault(ref.group(1), Set.of()));
      }
    }
    return out;
  }

  /** The text between the parenthesis opened just before {@code from} and the one closing it. */
  private static String body(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return text.substring(from, i);
      }
    }
    return text.substring(from);
  }

  private static Set<String> names(String text, Set<String> defined) {
    Set<String> out = new TreeSet<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      if (defined.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The text of each rule in a DRL file (from one {@code rule "..."} to the next). */
  private static List<String> rules(String text) {
    Matcher m = RULE_DECL.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      out.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
    }
    return out;
  }
}
