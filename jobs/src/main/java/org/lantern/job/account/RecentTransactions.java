package org.lantern.job.account;

import java.util.ArrayList;
import java.util.List;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountState;

/**
 * The duplicate filter, kept inside the account's one state value rather than in a state entry
 * per transaction (which would cost two more RocksDB round trips per payment side). A repeat is
 * recognised here while its original is within the duplicate horizon of the account's newest
 * event time; beyond it, by any feature window it would enter that still holds the original
 * ({@code AccountWindows}), where counting it twice would matter.
 */
final class RecentTransactions {
  /** Beyond this many ids within the horizon (a very busy account), the oldest are forgotten. */
  static final int CAPACITY = 2048;

  private RecentTransactions() {}

  static boolean isRepeat(AccountState state, Payment p) {
    return state.getRecentIds().contains(hash(p.getTransactionId()));
  }

  /** Records {@code p} and forgets ids older than {@code horizonMillis} behind the newest time. */
  static void remember(AccountState state, Payment p, long horizonMillis) {
    // Lists read back from state cannot grow in place; copy them once, then edit.
    if (!(state.getRecentIds() instanceof ArrayList)) {
      state.setRecentIds(new ArrayList<>(state.getRecentIds()));
      state.setRecentTimes(new ArrayList<>(state.getRecentTimes()));
    }
    List<Long> ids = state.getRecentIds();
    List<Long> times = state.getRecentTimes();
    long t = p.getTimestamp();
    int i = times.size();
    while (i > 0 && times.get(i - 1) > t) {
      i--;
    }
    ids.add(i, hash(p.getTransactionId()));
    times.add(i, t);
    prune(state, Math.max(state.getLatestEventTime(), t) - horizonMillis);
  }

  /**
   * A 64-bit hash of a transaction id (FNV-1a, then a final avalanche). Two different ids of one
   * account colliding within the horizon is about as likely as 1 in 10^15 at a thousand ids.
   */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** Forgets ids with event time at or before {@code horizon}, and any beyond the capacity. */
  static void prune(AccountState state, long horizon) {
    List<Long> times = state.getRecentTimes();
    int drop = 0;
    while (drop < times.size() && (times.get(drop) <= horizon || times.size() - drop > CAPACITY)) {
      drop++;
    }
    if (drop > 0) {
      state.setRecentIds(new ArrayList<>(state.getRecentIds().subList(drop, times.size())));
      state.setRecentTimes(new ArrayList<>(times.subList(drop, times.size())));
    }
  }
}
