package org.lantern.job.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises identifiers so that the same phone, email, address or device written differently
 * links the accounts that carry it. Returns null for values too short or too vague to link on.
 */
public final class Identifiers {
  private static final Pattern NON_DIGIT = Pattern.compile("\\D");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final String[][] ADDRESS_WORDS = {
    {"street", "st"}, {"avenue", "ave"}, {"road", "rd"}, {"boulevard", "blvd"}, {"drive", "dr"},
    {"lane", "ln"}, {"apartment", "apt"}, {"suite", "ste"}, {"unit", "apt"}, {"north", "n"},
    {"south", "s"}, {"east", "e"}, {"west", "w"}, {"place", "pl"}, {"court", "ct"}
  };

  private Identifiers() {}

  /** Digits only, with a North American 10-digit number given its country code 1. */
  public static String phone(String raw) {
    if (raw == null) {
      return null;
    }
    String d = NON_DIGIT.matcher(raw).replaceAll("");
    if (d.startsWith("00")) {
      d = d.substring(2);
    }
    if (d.length() == 10) {
      d = "1" + d;
    }
    return d.length() >= 7 ? d : null;
  }

  public static String email(String raw) {
    if (raw == null) {
      return null;
    }
    String e = raw.trim().toLowerCase(Locale.ROOT);
    int at = e.indexOf('@');
    return at > 0 && at < e.length() - 1 ? e : null;
  }

  /** Lower case, punctuation dropped, common street words abbreviated. */
  public static String address(String raw) {
    if (raw == null) {
      return null;
    }
    String[] words = NON_WORD.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").trim().split(" ");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      String word = w;
      for (String[] pair : ADDRESS_WORDS) {
        if (pair[0].equals(w)) {
          word = pair[1];
          break;
        }
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.length() >= 8 ? out.toString() : null;
  }

  /** Who brought the applicant: case and spacing do not matter; at least two characters. */
  public static String introducer(String raw) {
    if (raw == null) {
      return null;
    }
    String d = raw.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return d.length() >= 2 ? d : null;
  }

  public static String device(String raw) {
    if (raw == null) {
      return null;
    }
    String d = raw.trim().toLowerCase(Locale.ROOT);
    return d.length() >= 4 ? d : null;
  }
}
