package org.lantern.job.source;

import java.io.IOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.lantern.job.decode.Decoder;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Decoded;

/**
 * Reads payments from an Avro container file (history exports). Each record is checked like any
 * other input. A corrupt block cannot be resynchronised in a stream, so it becomes one dead letter
 * naming the record number where reading stopped.
 */
public final class AvroFileFormat extends SimpleStreamFormat<Decoded> {
  private static final long serialVersionUID = 1L;

  private final String source;

  public AvroFileFormat(String source) {
    this.source = source;
  }

  @Override
  public Reader<Decoded> createReader(Configuration config, FSDataInputStream stream) throws IOException {
    DataFileStream<Payment> file = new DataFileStream<>(stream, new SpecificDatumReader<>(Payment.class));
    Decoder decoder = new Decoder();
    return new Reader<>() {
      private long record;
      private boolean broken;

      @Override
      public Decoded read() {
        if (broken) {
          return null;
        }
        try {
          if (!file.hasNext()) {
            return null;
          }
          record++;
          return decoder.typed(file.next(), source, record, System.nanoTime());
        } catch (AvroRuntimeException e) {
          broken = true;
          return Decoded.newBuilder()
              .setDeadLetter(Decoder.deadLetter(source, -1, record,
                  "corrupt Avro data at record " + record + ", rest of file skipped: " + e.getMessage(), ""))
              .build();
        }
      }

      @Override
      public void close() throws IOException {
        file.close();
      }
    };
  }

  @Override
  public TypeInformation<Decoded> getProducedType() {
    return new AvroTypeInfo<>(Decoded.class);
  }
}
