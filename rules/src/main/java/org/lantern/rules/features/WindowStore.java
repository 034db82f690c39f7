package org.lantern.rules.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lantern.schema.Payment;

/**
 * Where one account's windows live: per window name, the payments it holds. Appending must not
 * need a read (most payments only enter windows no rule reads at that moment), so a window's
 * entries may be out of time order or repeated until {@link AccountWindows} reads and rewrites
 * it. The job keeps each window in keyed list state (RocksDB appends without reading); tests
 * and tools keep them in memory.
 */
public interface WindowStore {
  /** The payments {@code window} holds, as appended or written, in a list the caller may edit; empty if none. */
  List<Payment> read(String window);

  /** Replaces what {@code window} holds; an empty list removes the window. */
  void write(String window, List<Payment> payments);

  /** Adds one payment to {@code window} without reading it. */
  void append(String window, Payment payment);

  /** How many entries {@code window} holds (appended or written): what a read would return. */
  int size(String window);

  /** The windows holding anything, as a snapshot. */
  List<String> names();

  static WindowStore inMemory() {
    Map<String, List<Payment>> windows = new TreeMap<>();
    return new WindowStore() {
      @Override
      public List<Payment> read(String window) {
        return new ArrayList<>(windows.getOrDefault(window, List.of()));
      }

      @Override
      public void write(String window, List<Payment> payments) {
        if (payments.isEmpty()) {
          windows.remove(window);
        } else {
          windows.put(window, new ArrayList<>(payments));
        }
      }

      @Override
      public void append(String window, Payment payment) {
        windows.computeIfAbsent(window, w -> new ArrayList<>()).add(payment);
      }

      @Override
      public int size(String window) {
        return windows.getOrDefault(window, List.of()).size();
      }

      @Override
      public List<String> names() {
        return new ArrayList<>(windows.keySet());
      }
    };
  }
}
