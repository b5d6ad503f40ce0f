package com.fasterxml.jackson.datatype.jsr310;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Stand-in for jackson-datatype-jsr310, which Debian does not package: ISO {@code LocalDate} only.
 *
 * <p>The generated client registers this module; the spec's only java.time type is
 * {@code LocalDate} ({@code format: date}), so that is all this stand-in maps.
 */
public class JavaTimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public JavaTimeModule() {
    super("JavaTimeModule (plusofon-openapi stand-in: LocalDate only)");
    addSerializer(LocalDate.class, ToStringSerializer.instance);
    addDeserializer(LocalDate.class, new StdScalarDeserializer<LocalDate>(LocalDate.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public LocalDate deserialize(JsonParser parser, DeserializationContext context)
          throws IOException {
        return LocalDate.parse(parser.getValueAsString());
      }
    });
  }
}
