package org.lantern.job.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.lantern.rules.features.FeatureDefinition;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountState;
import org.lantern.rules.features.WindowStore;

/**
 * The current account's feature windows in keyed state: one list state per window, so entering
 * a window is a RocksDB merge (no read) and reading one window decodes only its payments. Which
 * windows hold anything, and how much, lives in the account's state value ({@code windowSizes}),
 * which the monitor reads anyway. A state access that fails fails the job (restart from the
 * checkpoint); it is never a dead letter.
 */
final class ListStateWindows implements WindowStore {
  private final Map<String, ListState<Payment>> lists = new HashMap<>();
  private Map<String, Integer> sizes;

  /** A window the rulebook no longer keeps (after a restore) reads as empty and is dropped when written. */
  ListStateWindows(RuntimeContext context, List<FeatureDefinition> windows) {
    for (FeatureDefinition def : windows) {
      lists.put(def.name(), context.getListState(new ListStateDescriptor<>("window." + def.name(), new AvroTypeInfo<>(Payment.class))));
    }
  }

  /** Points the store at the current account (Flink sets the key; the sizes come with its state value). */
  ListStateWindows of(AccountState account) {
    if (!(account.getWindowSizes() instanceof HashMap)) {
      account.setWindowSizes(new HashMap<>(account.getWindowSizes()));
    }
    sizes = account.getWindowSizes();
    return this;
  }

  @Override
  public List<Payment> read(String window) {
    List<Payment> out = new ArrayList<>();
    ListState<Payment> list = lists.get(window);
    if (list != null && sizes.containsKey(window)) {
      try {
        Iterable<Payment> held = list.get();
        if (held != null) {
          held.forEach(out::add);
        }
      } catch (Exception e) {
        throw new IllegalStateException("cannot read window " + window, e);
      }
    }
    return out;
  }

  @Override
  public void write(String window, List<Payment> payments) {
    try {
      if (payments.isEmpty()) {
        if (lists.containsKey(window)) {
          list(window).clear();
        }
        sizes.remove(window);
      } else {
        list(window).update(payments);
        sizes.put(window, payments.size());
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot write window " + window, e);
    }
  }

  @Override
  public void append(String window, Payment payment) {
    try {
      list(window).add(payment);
      sizes.merge(window, 1, Integer::sum);
    } catch (Exception e) {
      throw new IllegalStateException("cannot append to window " + window, e);
    }
  }

  @Override
  public int size(String window) {
    return sizes.getOrDefault(window, 0);
  }

  @Override
  public List<String> names() {
    return new ArrayList<>(sizes.keySet());
  }

  /** Empties every window of the current account. */
  void clear() {
    for (String window : names()) {
      ListState<Payment> list = lists.get(window);
      if (list != null) {
        list.clear();
      }
    }
    sizes.clear();
  }

  private ListState<Payment> list(String window) {
    ListState<Payment> list = lists.get(window);
    if (list == null) {
      throw new IllegalStateException("no state for window " + window);
    }
    return list;
  }
}
