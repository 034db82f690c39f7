package org.lantern.job.sink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Writes records as JSON Lines to one named file (the interchange's {@code --cases FILE}), which
 * the file-per-subtask FileSink cannot do. Run it with parallelism 1; lines are flushed on every
 * checkpoint and at end of input.
 */
public final class JsonLinesSink<T> implements Sink<T> {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final SerializableFunction<T, String> toJson;

  public JsonLinesSink(Path path, SerializableFunction<T, String> toJson) {
    this.path = path.toAbsolutePath().toString();
    this.toJson = toJson;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
    Path file = Paths.get(path);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new SinkWriter<>() {
      @Override
      public void write(T element, Context ctx) throws IOException {
        out.write(toJson.apply(element));
        out.write('\n');
      }

      @Override
      public void flush(boolean endOfInput) throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }
}
