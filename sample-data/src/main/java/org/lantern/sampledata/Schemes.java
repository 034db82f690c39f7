package org.lantern.sampledata;

/**
 * Plants every typology of indicators.md's families: about one scheme of each per 250
 * customers (at least one), each drawn with its own parameters; online exploitation has two
 * schemes, a buyer of abuse and a victim of sextortion.
 */
final class Schemes {
  static final String[] TYPOLOGIES = {"sex_trafficking", "shared_accounts", "labour_exploitation", "front_business",
      "online_exploitation", "structuring", "funnel_account", "rapid_movement", "fan_in_laundering"};

  private final Generator g;

  Schemes(Generator g) {
    this.g = g;
  }

  /** Plants the schemes; returns how many. */
  int plant() {
    ExploitationSchemes exploitation = new ExploitationSchemes(g);
    LaunderingSchemes laundering = new LaunderingSchemes(g);
    int each = Math.max(1, g.options.customers() / 250);
    int planted = 0;
    for (int i = 1; i <= each; i++) {
      exploitation.sexualExploitation("ring-" + i);
      exploitation.sharedAccounts("shared-" + i);
      exploitation.labourExploitation("labour-" + i);
      exploitation.frontBusiness("front-" + i);
      exploitation.onlineExploitation("online-" + i);
      laundering.structuring("structuring-" + i);
      laundering.funnelAccount("funnel-" + i);
      laundering.rapidMovement("rapid-" + i);
      laundering.fanInHub("fanin-" + i);
      exploitation.sextortion("sextortion-" + i);
      planted += TYPOLOGIES.length + 1;
    }
    return planted;
  }

  static Party role(Party p, String typology, String role, String scheme) {
    p.typology = typology;
    p.role = role;
    p.schemeId = scheme;
    return p;
  }
}
