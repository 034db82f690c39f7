package org.lantern.job.account;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.lantern.rules.features.SpendMixes;
import org.lantern.schema.internal.SpendMixState;

/**
 * The current account's spend mixes in keyed map state (mix name to its weekly counts). A state
 * access that fails fails the job (restart from the checkpoint); it is never a dead letter.
 */
final class MapStateSpendMixes implements SpendMixes.Store {
  private final MapState<String, SpendMixState> mixes;

  MapStateSpendMixes(RuntimeContext context) {
    mixes = context.getMapState(
        new MapStateDescriptor<>("spendMixes", Types.STRING, new AvroTypeInfo<>(SpendMixState.class)));
  }

  @Override
  public SpendMixState read(String mix) {
    try {
      return mixes.get(mix);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read spend mix " + mix, e);
    }
  }

  @Override
  public void write(String mix, SpendMixState state) {
    try {
      mixes.put(mix, state);
    } catch (Exception e) {
      throw new IllegalStateException("cannot write spend mix " + mix, e);
    }
  }

  /** Forgets the current account's mixes. */
  void clear() {
    mixes.clear();
  }
}
