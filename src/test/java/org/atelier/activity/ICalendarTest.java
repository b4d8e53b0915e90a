package org.atelier.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar writer against RFC 5545 §3.1 and §3.3.11, read back by ical4j. */
class ICalendarTest {

	private static SessionView session(String title, String place, String purpose, boolean cancelled, int sequence) {
		Instant start = Instant.parse("2026-12-01T13:00:00Z");
		return new SessionView(7, 3, "abc-123@atelier", "workshop", null, title, purpose, null, start,
				ZoneId.of("Europe/Amsterdam"), 90, place, null, null, null, Set.of(), cancelled, sequence,
				MinutesStatus.DRAFT, null, null, null, Instant.parse("2026-11-01T08:00:00Z"),
				Instant.parse("2026-11-02T09:15:30Z"), 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void textValuesAreEscapedAndLongLinesFoldedWithoutBreakingCharacters() {
		String purpose = "Línea uno; con comas, y barra \\ final\nLínea dos — ".repeat(6);
		String out = ICalendar.of("Ñandú, the atelier", List.of(session("Taller: energía; red, batería", "Bilbao", purpose,
				false, 0)), s -> "https://atelier.example/ateliers/3/sessions/7", k -> "Workshop");
		for (String line : out.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(out).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n").contains("SUMMARY:Taller: energía\\; red\\, batería");
		assertThat(out.replace("\r\n ", "")).contains("con comas\\, y barra \\\\ final\\nLínea dos");
		assertThat(out).contains("X-WR-CALNAME:Ñandú\\, the atelier");
	}

	@Test
	void aRealParserReadsTheEventBackWithItsTimesInUtc() throws Exception {
		String purpose = "Agree the pilot; decide, then act.\nSecond line";
		String out = ICalendar.of(null, List.of(session("Pilot, phase 1", "City hall; room 2", purpose, true, 4)),
				s -> "https://atelier.example/ateliers/3/sessions/7", k -> "Workshop");
		Calendar calendar = new CalendarBuilder().build(new StringReader(out));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.getFirst();
		assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("abc-123@atelier");
		assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261102T091530Z");
		assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261201T130000Z");
		assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261201T143000Z");
		assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("4");
		assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Pilot, phase 1");
		assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("City hall; room 2");
		assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
			.isEqualTo("Workshop\n\n" + purpose + "\n\nhttps://atelier.example/ateliers/3/sessions/7");
		assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).isEqualTo(ICalendar.PRODUCT_ID);
	}

	@Test
	void controlCharactersAreLeftOutAndCarriageReturnsBecomeLineBreaks() {
		assertThat(ICalendar.text("a\u0007b\r\nc\rd")).isEqualTo("ab\\nc\\nd");
	}
}
