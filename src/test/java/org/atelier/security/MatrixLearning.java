package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;

/**
 * Matrix rows of the learning module: the lessons search and lesson pages for everyone signed in,
 * the public summaries for anyone, and an atelier's lessons (members read; partners and
 * coordinators write; marking a lesson as applied needs a coordinator of the reusing atelier).
 */
final class MatrixLearning {

	private MatrixLearning() {
	}

	static void declare() {
		// --- learning: search, lesson pages and public summaries
		page("GET", "/lessons").expect(302, 200, 200, 200, 200, 200);
		page("GET", "/public/lessons").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/lessons/{lid}").path(s -> "/lessons/" + membersLesson(s))
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/lessons/{lid}/applied").path(s -> "/lessons/" + elsewhereLesson(s) + "/applied")
			.form(s -> Map.of("atelier", String.valueOf(s.atelier())))
			.expect(302, 404, 403, 403, 302, 404);

		// --- learning: an atelier's lessons
		page("GET", "/ateliers/{id}/lessons").path(s -> "/ateliers/" + s.atelier() + "/lessons")
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/lessons/new").path(s -> "/ateliers/" + s.atelier() + "/lessons/new")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/lessons").path(s -> "/ateliers/" + s.atelier() + "/lessons")
			.form(s -> form(s.unique("Matrix lesson"), null))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/lessons/{lid}").path(s -> "/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s))
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/lessons/{lid}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s) + "/edit")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/lessons/{lid}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s) + "/edit")
			.form(s -> form(s.unique("Matrix lesson revised"), lessonVersion(s)))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/lessons/{lid}/delete")
			.path(s -> "/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s) + "/delete")
			.form(s -> Map.of("version", String.valueOf(lessonVersion(s))))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/lessons/{lid}/decisions")
			.path(s -> "/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s) + "/decisions")
			.form(s -> Map.of("decision", "999999"))
			.expect(302, 404, 403, 302, 302, 302);

		// --- learning: API
		api("GET", "/api/v1/lessons").path(s -> "/api/v1/lessons?q=matrix").expect(401, 200, 200, 200, 200, 200);
		api("GET", "/api/v1/lessons/{lid}").path(s -> "/api/v1/lessons/" + membersLesson(s))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/lessons/{lid}/applied-in").path(s -> "/api/v1/lessons/" + elsewhereLesson(s) + "/applied-in")
			.json(s -> "{\"atelierId\":" + s.atelier() + "}")
			.expect(401, 404, 403, 403, 200, 404);
		api("GET", "/api/v1/ateliers/{id}/lessons").path(s -> "/api/v1/ateliers/" + s.atelier() + "/lessons")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/lessons").path(s -> "/api/v1/ateliers/" + s.atelier() + "/lessons")
			.json(s -> "{\"title\":\"" + s.unique("Matrix api lesson") + "\",\"summary\":\"Short\",\"phase\":\"maturing\","
					+ "\"theme\":\"energy\",\"visibility\":\"MEMBERS\",\"language\":\"en\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/lessons/{lid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/lessons/{lid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s))
			.headers(s -> Map.of("If-Match", "\"" + lessonVersion(s) + "\""))
			.json(s -> "{\"title\":\"" + s.unique("Matrix api put") + "\",\"summary\":\"Longer\",\"phase\":\"maturing\","
					+ "\"theme\":\"energy\",\"visibility\":\"MEMBERS\",\"language\":\"nl\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/lessons/{lid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/lessons/" + membersLesson(s))
			.headers(s -> Map.of("If-Match", "\"" + lessonVersion(s) + "\""))
			.expect(401, 404, 403, 204, 204, 204);
	}

	/** A members-only lesson of the scene's atelier, recorded by its coordinator. */
	static long membersLesson(MatrixFixtures.Scene s) {
		return s.memo("learning.membersLesson", () -> {
			long atelier = s.atelier();
			return s.asCoordinator(() -> s.bean(LessonBook.class).create(atelier, input(s.unique("Matrix lesson"), "MEMBERS")).id());
		});
	}

	static int lessonVersion(MatrixFixtures.Scene s) {
		long atelier = s.atelier();
		long lesson = membersLesson(s);
		return s.asCoordinator(() -> s.bean(LessonBook.class).view(atelier, lesson).version());
	}

	/** A lesson open to the installation in a second atelier of the coordinator, to be marked as applied in the scene's atelier. */
	static long elsewhereLesson(MatrixFixtures.Scene s) {
		return s.memo("learning.elsewhereLesson", () -> s.asCoordinator(() -> {
			long other = s.bean(AtelierService.class).create(new AtelierInput(s.unique("Matrix elsewhere"), "Bilbao", null,
					Theme.ENERGY, null, null, null)).id();
			return s.bean(LessonBook.class).create(other, input(s.unique("Matrix shared lesson"), "INSTALLATION")).id();
		}));
	}

	private static LessonInput input(String title, String visibility) {
		return LessonInput.parse(title, "A short summary", null, null, null, null, "maturing", List.of("value-proposition"),
				"energy", null, null, visibility, "en", null);
	}

	private static Map<String, String> form(String title, Integer version) {
		var form = new java.util.LinkedHashMap<String, String>();
		form.put("title", title);
		form.put("summary", "What we learned");
		form.put("phase", "maturing");
		form.put("blocks", "value-proposition");
		form.put("theme", "ENERGY");
		form.put("visibility", "INSTALLATION");
		form.put("language", "en");
		if (version != null) {
			form.put("version", String.valueOf(version));
		}
		return form;
	}
}
