package de.bmas.microsite.outputs;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads calendars back with ical4j's own parser and checks what RFC 5545 asks of the bytes. */
final class Calendars {

    private Calendars() {
    }

    /** Parses and validates {@code ics}, and checks CRLF line ends and lines of at most 75 octets. */
    static Calendar parse(String ics) throws IOException, ParserException {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        return calendar;
    }

    /** The calendar's events by UID. */
    static Map<String, VEvent> eventsByUid(Calendar calendar) {
        Map<String, VEvent> events = new LinkedHashMap<>();
        calendar.<VEvent>getComponents(Component.VEVENT)
                .forEach(event -> events.put(value(event, Property.UID), event));
        return events;
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static String parameter(VEvent event, String property, String parameter) {
        return event.getProperty(property).flatMap(value -> value.<Parameter>getParameter(parameter))
                .map(Parameter::getValue).orElse(null);
    }

    /** The moment a DTSTART or DTEND stands for, whatever zone it was written in. */
    static Instant instant(VEvent event, String property) {
        DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
        return ((ZonedDateTime) date.getDate()).toInstant();
    }
}
