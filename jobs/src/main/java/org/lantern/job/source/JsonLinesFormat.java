package org.lantern.job.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.lantern.job.decode.Decoder;
import org.lantern.job.decode.InputKind;
import org.lantern.schema.internal.Decoded;

/**
 * Reads an interchange JSON Lines file and decodes each line where it is read, so records carry
 * their line number into dead letters and get event-time timestamps in the source. The reader
 * reports no offsets: on recovery Flink re-reads from the start and skips what was emitted, which
 * keeps line numbers right.
 */
public final class JsonLinesFormat extends SimpleStreamFormat<Decoded> {
  private static final long serialVersionUID = 1L;

  /**
   * Optional limits for benchmarks: stop after {@code limit} records, and read at most {@code
   * perSecond} records a second (0: as fast as the job takes them).
   */
  public record Pacing(long limit, double perSecond) implements java.io.Serializable {
    public static final Pacing NONE = new Pacing(Long.MAX_VALUE, 0);
  }

  private final InputKind kind;
  private final String source;
  private final Pacing pacing;

  public JsonLinesFormat(InputKind kind, String source) {
    this(kind, source, Pacing.NONE);
  }

  public JsonLinesFormat(InputKind kind, String source, Pacing pacing) {
    this.kind = kind;
    this.source = source;
    this.pacing = pacing;
  }

  @Override
  public Reader<Decoded> createReader(Configuration config, FSDataInputStream stream) {
    BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
    Decoder decoder = new Decoder();
    return new Reader<>() {
      private long lineNumber;
      private long emitted;
      private long startNanos;

      @Override
      public Decoded read() throws IOException {
        if (emitted >= pacing.limit()) {
          return null;
        }
        String line;
        while ((line = lines.readLine()) != null) {
          lineNumber++;
          if (!line.isBlank()) {
            pace();
            emitted++;
            return decoder.json(kind, source, lineNumber, line, System.nanoTime());
          }
        }
        return null;
      }

      private void pace() {
        if (pacing.perSecond() <= 0) {
          return;
        }
        if (startNanos == 0) {
          startNanos = System.nanoTime();
        }
        long due = startNanos + (long) (emitted * 1e9 / pacing.perSecond());
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }
    };
  }

  @Override
  public TypeInformation<Decoded> getProducedType() {
    return new AvroTypeInfo<>(Decoded.class);
  }
}
