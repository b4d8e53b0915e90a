package org.atelier.demo;

import java.util.List;
import java.util.function.Supplier;

import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo lessons: Republica (Amsterdam) and Zorrotzaurre (Bilbao) each write down what they learned,
 * in Dutch, English and Spanish and with every visibility, and Zorrotzaurre marks one of
 * Republica's lessons as applied, so that the cross-city search has something to find.
 */
@Component
class DemoLessons {

	@org.springframework.beans.factory.annotation.Autowired
	private DemoUsers users;

	private final LessonBook lessons;
	private final Accounts accounts;

	DemoLessons(LessonBook lessons, Accounts accounts) {
		this.lessons = lessons;
		this.accounts = accounts;
	}

	void record(long republica, long bilbao) {
		long gridLesson = as("eva.jansen", () -> lessons.create(republica, LessonInput.parse(
				"Netbeheerder vanaf de eerste dag aan tafel",
				"Pas toen de regionale netbeheerder meedacht over piekbelasting, werd duidelijk welke aansluiting haalbaar was.",
				"Het complex wilde zonnepanelen, een gedeelde batterij en laadpalen op \u00e9\u00e9n beperkte aansluiting.",
				"De eerste ontwerpen gingen uit van meer capaciteit dan de netbeheerder kon bieden; twee maanden werk moest over.",
				"Netcapaciteit is een randvoorwaarde, geen detail voor later.",
				"Nodig de netbeheerder uit voor de eerste sessie en leg de aansluitwaarde vast voordat woningen en bedrijven plannen maken.",
				"preconditions", List.of("strategic-coordination"), "energy", null, "netcongestie, woningen",
				"INSTALLATION", "nl", "2026-04-14")).id());
		as("eva.jansen", () -> lessons.create(republica, LessonInput.parse(
				"A shared battery needs a tariff agreement first",
				"Tenants only backed the shared battery once it was clear who pays for peak hours and who gains from them.",
				"The developer proposed one battery for the whole complex.",
				"Businesses feared paying for the residents' evening peaks; the discussion stalled for a month.",
				"The value proposition has to be written per user group, not for the building as a whole.",
				"Draft the tariff rules with the future users before choosing the technology.",
				"establishing", List.of("value-proposition"), "energy", null, "battery, tariffs",
				"PUBLIC", "en", "2026-05-06")).id());
		as("eva.jansen", () -> lessons.create(republica, LessonInput.parse(
				"Plain-language energy bills for residents",
				"The residents' association asked for bills they can read before they would discuss sharing energy.",
				null, null, "Trust grows from information people can check themselves.", null,
				"preconditions", List.of("learning-knowledge-diffusion"), "energy", null, "residents",
				"MEMBERS", "en", "2026-05-20")).id());
		as("iker.etxeberria", () -> lessons.create(bilbao, LessonInput.parse(
				"Las viviendas renovadas comparten calor",
				"Conectar las viviendas renovadas a una red de calor com\u00fan redujo el consumo m\u00e1s de lo esperado.",
				"En la isla conviven edificios nuevos y renovaciones de antiguos pabellones industriales.",
				"La universidad midi\u00f3 el consumo de veinte viviendas durante un invierno.",
				"Las renovaciones rinden m\u00e1s cuando se planifican junto con la red de calor del distrito.",
				"Coordinar los permisos de renovaci\u00f3n con el trazado de la red antes de conceder licencias.",
				"preconditions", List.of("open-innovation-activities"), "energy", null, "calor, renovaci\u00f3n",
				"PUBLIC", "es", "2026-06-02")).id());
		as("iker.etxeberria", () -> lessons.create(bilbao, LessonInput.parse(
				"Las asociaciones vecinales fijan el calendario",
				"Las reuniones con vecinos funcionaron cuando ellos eligieron el lugar y la hora.",
				null, null, "La participaci\u00f3n depende de la comodidad, no solo del inter\u00e9s.", null,
				"preconditions", List.of("strategic-coordination"), "energy", null, "participaci\u00f3n",
				"INSTALLATION", "es", "2026-06-10")).id());
		as("iker.etxeberria", () -> lessons.markApplied(gridLesson, bilbao));
	}

	private <T> T as(String username, Supplier<T> action) {
		return users.as(username, action);
	}
}
