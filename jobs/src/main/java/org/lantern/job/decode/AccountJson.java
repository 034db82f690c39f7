package org.lantern.job.decode;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;

/** KYC records in the interchange JSON form (interchange.md, input 2). */
public final class AccountJson {
  private AccountJson() {}

  public static Account parse(JsonNode obj) throws InvalidRecordException {
    String opened = Fields.optional(obj, "openedAt");
    LocalDate openedAt = null;
    if (opened != null && !opened.isBlank()) {
      try {
        openedAt = LocalDate.parse(opened.length() > 10 ? opened.substring(0, 10) : opened);
      } catch (DateTimeParseException e) {
        throw new InvalidRecordException("unparseable openedAt '" + opened + "' (expected an ISO-8601 date)");
      }
    }
    java.math.BigDecimal income = Fields.decimal(obj, "declaredMonthlyIncome");
    return Account.newBuilder()
        .setAccountId(Fields.required(obj, "accountId"))
        .setCustomerId(Fields.required(obj, "customerId"))
        .setHolderName(Fields.required(obj, "holderName"))
        .setHolderType(Fields.enumValue(HolderType.class, "holderType", Fields.required(obj, "holderType")))
        .setOpenedAt(openedAt == null ? null : openedAt.toString())
        .setPhone(Fields.optional(obj, "phone"))
        .setEmail(Fields.optional(obj, "email"))
        .setAddress(Fields.optional(obj, "address"))
        .setCountry(Fields.optional(obj, "country"))
        .setOccupation(Fields.optional(obj, "occupation"))
        .setBusinessType(Fields.optional(obj, "businessType"))
        .setDeclaredMonthlyIncome(income == null ? null : income.toPlainString())
        .build();
  }
}
