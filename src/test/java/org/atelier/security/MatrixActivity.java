package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.atelier.activity.ActionInput;
import org.atelier.activity.ActionRegister;
import org.atelier.activity.CalendarFeeds;
import org.atelier.activity.MinutesStatus;
import org.atelier.activity.OutcomeKind;
import org.atelier.activity.SessionInput;
import org.atelier.activity.Sessions;
import org.atelier.security.AuthorizationMatrixTest.Caller;

/**
 * Matrix rows of the activity module. Members read sessions and actions; partners and
 * coordinators plan sessions and create actions; only the facilitator or secretary (here the
 * coordinator, who facilitates) or a coordinator keep the minutes and outcomes; coordinators
 * manage the calendar feed, which calendar clients read without signing in.
 */
final class MatrixActivity {

	private MatrixActivity() {
	}

	static void declare() {
		// --- sessions: pages
		page("GET", "/ateliers/{id}/sessions").path(s -> at(s, "/sessions")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/sessions/new").path(s -> at(s, "/sessions/new")).expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/sessions/plans/{pid}/dismiss").path(s -> at(s, "/sessions/plans/" + plan(s) + "/dismiss"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/sessions").path(s -> at(s, "/sessions")).form(MatrixActivity::sessionForm)
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/sessions/{sid}").path(s -> sess(s, session(s), "")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/sessions/{sid}/edit").path(s -> sess(s, session(s), "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/sessions/{sid}/edit").path(s -> sess(s, session(s), "/edit"))
			.form(s -> with(sessionForm(s), "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/cancel").path(s -> sess(s, session(s), "/cancel"))
			.form(s -> Map.of("version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/attendance").path(s -> sess(s, session(s), "/attendance"))
			.expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/minutes").path(s -> sess(s, session(s), "/minutes"))
			.form(s -> Map.of("version", "0", "minutes", "Matrix minutes")).expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/minutes/status").path(s -> sess(s, drafted(s), "/minutes/status"))
			.form(s -> Map.of("version", "1", "status", "circulated")).expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/minutes/comments").path(s -> sess(s, circulated(s), "/minutes/comments"))
			.form(s -> Map.of("text", "Matrix comment")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/minutes/addenda").path(s -> sess(s, approved(s), "/minutes/addenda"))
			.form(s -> Map.of("text", "Matrix addendum")).expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/outcomes").path(s -> sess(s, session(s), "/outcomes"))
			.form(s -> Map.of("kind", "information", "text", "Matrix outcome")).expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/sessions/{sid}/outcomes/{oid}/delete")
			.path(s -> sess(s, session(s), "/outcomes/" + outcome(s) + "/delete")).expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/sessions/{sid}/calendar.ics").path(s -> sess(s, session(s), "/calendar.ics"))
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/calendar-feed").path(s -> at(s, "/calendar-feed")).expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/calendar-feed/revoke").path(s -> at(s, "/calendar-feed/revoke"))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/public/calendar/{token}.ics").path(s -> CalendarFeeds.path(feed(s))).expect(200, 200, 200, 200, 200, 200);

		// --- follow-up actions: pages
		page("GET", "/ateliers/{id}/actions").path(s -> at(s, "/actions")).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/actions/new").path(s -> at(s, "/actions/new")).expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/actions").path(s -> at(s, "/actions")).form(MatrixActivity::actionForm)
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/actions/{aid}").path(s -> at(s, "/actions/" + action(s))).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/actions/{aid}/edit").path(s -> at(s, "/actions/" + action(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/actions/{aid}/edit").path(s -> at(s, "/actions/" + action(s) + "/edit"))
			.form(s -> with(actionForm(s), "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/actions/{aid}/status").path(s -> at(s, "/actions/" + action(s) + "/status"))
			.form(s -> Map.of("version", "0", "status", "done")).expect(302, 404, 403, 302, 302, 302);
		page("GET", "/me/actions").path(s -> "/me/actions").expect(302, 200, 200, 200, 200, 200);
		page("POST", "/me/notifications/read").path(s -> "/me/notifications/read").expect(302, 302, 302, 302, 302, 302);

		// --- sessions: API
		api("GET", "/api/v1/ateliers/{id}/sessions").path(s -> rest(s, "/sessions")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/sessions").path(s -> rest(s, "/sessions")).json(MatrixActivity::sessionJson)
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/sessions/{sid}").path(s -> rest(s, "/sessions/" + session(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/sessions/{sid}").path(s -> rest(s, "/sessions/" + session(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(MatrixActivity::sessionJson).expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/sessions/{sid}/cancel").path(s -> rest(s, "/sessions/" + session(s) + "/cancel"))
			.headers(s -> Map.of("If-Match", "\"0\"")).expect(401, 404, 403, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/sessions/{sid}/attendance")
			.path(s -> rest(s, "/sessions/" + session(s) + "/attendance")).json(s -> "{\"attended\":[]}")
			.expect(401, 404, 403, 403, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/sessions/{sid}/minutes").path(s -> rest(s, "/sessions/" + session(s) + "/minutes"))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/sessions/{sid}/minutes").path(s -> rest(s, "/sessions/" + session(s) + "/minutes"))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"text\":\"Matrix minutes\"}")
			.expect(401, 404, 403, 403, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/sessions/{sid}/minutes/status")
			.path(s -> rest(s, "/sessions/" + drafted(s) + "/minutes/status")).headers(s -> Map.of("If-Match", "\"1\""))
			.json(s -> "{\"status\":\"circulated\"}").expect(401, 404, 403, 403, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/sessions/{sid}/minutes/comments")
			.path(s -> rest(s, "/sessions/" + circulated(s) + "/minutes/comments"))
			.json(s -> "{\"text\":\"Matrix comment\",\"amendment\":true}").expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/sessions/{sid}/minutes/addenda")
			.path(s -> rest(s, "/sessions/" + approved(s) + "/minutes/addenda")).json(s -> "{\"text\":\"Matrix addendum\"}")
			.expect(401, 404, 403, 403, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/sessions/{sid}/outcomes").path(s -> rest(s, "/sessions/" + session(s) + "/outcomes"))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/sessions/{sid}/outcomes").path(s -> rest(s, "/sessions/" + session(s) + "/outcomes"))
			.json(s -> "{\"kind\":\"information\",\"text\":\"Matrix\"}").expect(401, 404, 403, 403, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/sessions/{sid}/outcomes/{oid}")
			.path(s -> rest(s, "/sessions/" + session(s) + "/outcomes/" + outcome(s))).expect(401, 404, 403, 403, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/sessions/{sid}.ics").path(s -> rest(s, "/sessions/" + session(s) + ".ics"))
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/calendar-feed").path(s -> rest(s, "/calendar-feed")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/calendar-feed").path(s -> rest(s, "/calendar-feed"))
			.expect(401, 404, 403, 403, 201, 201);
		api("DELETE", "/api/v1/ateliers/{id}/calendar-feed").path(s -> {
			feed(s);
			return rest(s, "/calendar-feed");
		}).expect(401, 404, 403, 403, 204, 204);

		// --- follow-up actions: API
		api("GET", "/api/v1/ateliers/{id}/actions").path(s -> rest(s, "/actions")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/actions").path(s -> rest(s, "/actions")).json(MatrixActivity::actionJson)
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/actions/{aid}").path(s -> rest(s, "/actions/" + action(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/actions/{aid}").path(s -> rest(s, "/actions/" + action(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(MatrixActivity::actionJson).expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/actions/{aid}/status").path(s -> rest(s, "/actions/" + action(s) + "/status"))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(s -> "{\"status\":\"done\"}").expect(401, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/me/actions").path(s -> "/api/v1/me/actions").expect(401, 200, 200, 200, 200, 200);
	}

	private static String at(MatrixFixtures.Scene s, String rest) {
		return "/ateliers/" + s.atelier() + rest;
	}

	private static String sess(MatrixFixtures.Scene s, long sid, String rest) {
		return "/ateliers/" + s.atelier() + "/sessions/" + sid + rest;
	}

	private static String rest(MatrixFixtures.Scene s, String rest) {
		return "/api/v1/ateliers/" + s.atelier() + rest;
	}

	private static long coordinator(MatrixFixtures.Scene s) {
		return s.person(Caller.COORDINATOR).account().id();
	}

	private static Map<String, String> with(Map<String, String> form, String key, String value) {
		var copy = new java.util.HashMap<>(form);
		copy.put(key, value);
		return copy;
	}

	private static Map<String, String> sessionForm(MatrixFixtures.Scene s) {
		return Map.of("kind", "workshop", "title", "Matrix workshop", "start", "2026-12-01T14:00", "timeZone",
				"Europe/Amsterdam", "durationMinutes", "90");
	}

	private static String sessionJson(MatrixFixtures.Scene s) {
		return "{\"kind\":\"workshop\",\"title\":\"Matrix workshop\",\"start\":\"2026-12-01T14:00\","
				+ "\"timeZone\":\"Europe/Amsterdam\",\"durationMinutes\":90}";
	}

	private static Map<String, String> actionForm(MatrixFixtures.Scene s) {
		return Map.of("title", "Matrix action", "owner", String.valueOf(coordinator(s)), "due", "2026-12-15", "origin",
				"session:" + session(s));
	}

	private static String actionJson(MatrixFixtures.Scene s) {
		return "{\"title\":\"Matrix action\",\"ownerId\":" + coordinator(s) + ",\"due\":\"2026-12-15\","
				+ "\"originKind\":\"session\",\"originId\":" + session(s) + "}";
	}

	/** A workshop of the scene's atelier, facilitated by the coordinator. */
	static long session(MatrixFixtures.Scene s) {
		return s.memo("activity-session", () -> create(s, "Matrix session"));
	}

	/** A session series carried over from another atelier, not started yet. */
	private static long plan(MatrixFixtures.Scene s) {
		return s.memo("activity-series-plan", () -> {
			var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
			s.bean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
					insert into session_series_plan (atelier_id, series, kind, duration_minutes, created_at)
					values (:a, 'Matrix series', 'workshop', 90, current_timestamp)""").param("a", s.atelier())
				.update(keys, "id");
			return keys.getKeyAs(Long.class);
		});
	}

	private static long create(MatrixFixtures.Scene s, String title) {
		return s.asCoordinator(() -> s.bean(Sessions.class).create(s.atelier(), SessionInput.parse("workshop", null, title,
				null, null, "2026-11-20T10:00", "Europe/Amsterdam", "60", null, null, coordinator(s), null, List.of(),
				null, List.of(), List.of(), List.of())).id());
	}

	/** A session whose draft minutes are written (version 1). */
	private static long drafted(MatrixFixtures.Scene s) {
		return s.memo("activity-drafted", () -> {
			long id = create(s, "Matrix drafted");
			s.asCoordinator(() -> s.bean(Sessions.class).saveMinutes(s.atelier(), id, 0, "Draft minutes"));
			return id;
		});
	}

	private static long circulated(MatrixFixtures.Scene s) {
		return s.memo("activity-circulated", () -> {
			long id = drafted(s);
			s.asCoordinator(() -> s.bean(Sessions.class).moveMinutes(s.atelier(), id, 1, MinutesStatus.CIRCULATED));
			return id;
		});
	}

	private static long approved(MatrixFixtures.Scene s) {
		return s.memo("activity-approved", () -> {
			long id = circulated(s);
			s.asCoordinator(() -> s.bean(Sessions.class).moveMinutes(s.atelier(), id, 2, MinutesStatus.APPROVED));
			return id;
		});
	}

	private static long outcome(MatrixFixtures.Scene s) {
		return s.memo("activity-outcome", () -> s.asCoordinator(() -> s.bean(Sessions.class)
			.addOutcome(s.atelier(), session(s), OutcomeKind.INFORMATION, "Matrix information", null, null)
			.outcomes().getLast().id()));
	}

	private static long action(MatrixFixtures.Scene s) {
		return s.memo("activity-action", () -> s.asCoordinator(() -> s.bean(ActionRegister.class).create(s.atelier(),
				ActionInput.parse("Matrix action", null, coordinator(s), LocalDate.of(2026, 12, 15).toString(), "session",
						session(s))).id()));
	}

	private static String feed(MatrixFixtures.Scene s) {
		return s.memo("activity-feed", () -> s.asCoordinator(() -> s.bean(CalendarFeeds.class).create(s.atelier())));
	}
}
