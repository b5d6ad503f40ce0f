package com.fasterxml.jackson.datatype.jsr310.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Stand-in for jackson-datatype-jsr310's InstantDeserializer, the base of the generated
 * RFC3339InstantDeserializer: the constructor and hooks it uses, reading ISO strings only.
 */
public class InstantDeserializer<T extends Temporal> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Epoch milliseconds and the zone, as the generated lambdas read them. */
  public static class FromIntegerArguments {
    public long value;
    public ZoneId zoneId;
  }

  /** Epoch seconds, nanoseconds and the zone, as the generated lambdas read them. */
  public static class FromDecimalArguments {
    public long integer;
    public int fraction;
    public ZoneId zoneId;
  }

  private final transient DateTimeFormatter formatter;
  private final transient Function<TemporalAccessor, T> parsedToValue;

  protected InstantDeserializer(
      Class<T> supportedType,
      DateTimeFormatter formatter,
      Function<TemporalAccessor, T> parsedToValue,
      Function<FromIntegerArguments, T> fromMilliseconds,
      Function<FromDecimalArguments, T> fromNanoseconds,
      BiFunction<T, ZoneId, T> adjust,
      boolean replaceZeroOffsetAsZ,
      boolean normalizeZoneId,
      boolean readNumericStringsAsTimestamp) {
    super(supportedType);
    this.formatter = formatter;
    this.parsedToValue = parsedToValue;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    return _fromString(parser, context, parser.getValueAsString());
  }

  protected T _fromString(JsonParser parser, DeserializationContext context, String text)
      throws IOException {
    return parsedToValue.apply(formatter.parse(text));
  }
}
