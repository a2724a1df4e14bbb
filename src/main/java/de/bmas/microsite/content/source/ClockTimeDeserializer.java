package de.bmas.microsite.content.source;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as the editors' guide describes them: hours and minutes with a colon, the hour with one or two digits
 * ({@code 9:30}, {@code 09:30}, {@code 14:00}), quoted or not. Anything else goes to {@link BindingProblems}, which
 * names the value: Jackson's own reader wants two digits and reports a number ({@code 930}) in English.
 */
final class ClockTimeDeserializer extends StdDeserializer<LocalTime> {

    private static final Pattern CLOCK_TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    ClockTimeDeserializer() {
        super(LocalTime.class);
    }

    @Override
    public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_STRING && !token.isNumeric()) {
            return (LocalTime) ctxt.handleUnexpectedToken(LocalTime.class, p);
        }
        String text = p.getString().strip();
        Matcher time = CLOCK_TIME.matcher(text);
        if (token == JsonToken.VALUE_STRING && time.matches()) {
            return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
        }
        return (LocalTime) ctxt.handleWeirdStringValue(LocalTime.class, text, "not a clock time");
    }
}
