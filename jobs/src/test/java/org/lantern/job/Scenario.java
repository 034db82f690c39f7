package org.lantern.job;

import static org.lantern.job.Fixtures.day;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.lantern.job.decode.PaymentJson;
import org.lantern.schema.Account;
import org.lantern.schema.Channel;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;

/**
 * A small data set for integration tests: account A1 structures cash and buys online ads (two
 * families: a case), B1 only buys online ads (one moderate indicator: no case), and some ordinary
 * payments.
 */
public final class Scenario {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scenario() {}

  public static List<Account> accounts() {
    return List.of(
        account("A1", "Victor Park", "self-employed"),
        account("B1", "Hana Kim", "restaurant owner"),
        account("C1", "Luis Reyes", "nurse"));
  }

  public static List<Payment> payments() {
    List<Payment> out = new ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      Payment p = Fixtures.payment("A1-cash-" + d, day(d, 11), "9" + d + "00", Channel.CASH_DEPOSIT, null, "A1");
      p.setBranchId("BR-" + d);
      out.add(p);
    }
    for (int d = 1; d <= 6; d++) {
      Payment ad = Fixtures.payment("A1-ad-" + d, day(d, 14), "24", Channel.CARD, "A1", null);
      ad.setMerchantCategoryCode("7311");
      ad.setMerchantName("ClassyAds Online");
      out.add(ad);
      Payment other = Fixtures.payment("B1-ad-" + d, day(d, 16), "12", Channel.CARD, "B1", null);
      other.setMerchantCategoryCode("7399");
      other.setMerchantName("PostIt Classifieds");
      out.add(other);
      out.add(Fixtures.payment("C1-p2p-" + d, day(d, 19), "35", Channel.P2P, "C1", "A1"));
    }
    out.sort((a, b) -> Long.compare(a.getTimestamp(), b.getTimestamp()));
    return out;
  }

  public static List<String> paymentLines() {
    return payments().stream().map(p -> PaymentJson.render(p).toString()).toList();
  }

  public static List<String> accountLines() {
    List<String> lines = new ArrayList<>();
    for (Account a : accounts()) {
      lines.add(JSON.createObjectNode().put("accountId", a.getAccountId()).put("customerId", a.getCustomerId())
          .put("holderName", a.getHolderName()).put("holderType", a.getHolderType().name())
          .put("occupation", a.getOccupation()).toString());
    }
    return lines;
  }

  private static Account account(String id, String name, String occupation) {
    return Account.newBuilder().setAccountId(id).setCustomerId("C-" + id).setHolderName(name)
        .setHolderType(HolderType.INDIVIDUAL).setOccupation(occupation).build();
  }
}
