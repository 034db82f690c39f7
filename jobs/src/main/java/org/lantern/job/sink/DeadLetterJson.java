package org.lantern.job.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.lantern.schema.DeadLetter;

/** Dead letters as JSON: {@code file, line, reason} for files (interchange.md); {@code topic, partition, offset} for Kafka. */
public final class DeadLetterJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeadLetterJson() {}

  public static String line(DeadLetter d) {
    ObjectNode o = JSON.createObjectNode();
    if (d.getPartition() < 0) {
      o.put("file", d.getSource());
      o.put("line", d.getPosition());
    } else {
      o.put("topic", d.getSource());
      o.put("partition", d.getPartition());
      o.put("offset", d.getPosition());
    }
    o.put("reason", d.getReason());
    o.put("record", d.getRecord());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
