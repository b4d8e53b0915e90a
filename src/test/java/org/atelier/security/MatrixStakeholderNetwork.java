package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.Map;

import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.stakeholder.StakeholderRelations;

/** Matrix rows of the dependency network: members read, partners and coordinators add and remove relations. */
final class MatrixStakeholderNetwork {

	private MatrixStakeholderNetwork() {
	}

	static void declare() {
		page("POST", "/ateliers/{id}/stakeholders/relations").path(s -> "/ateliers/" + s.atelier() + "/stakeholders/relations")
			.form(s -> Map.of("fromId", String.valueOf(s.stakeholder()), "kind", "FUNDS", "toId", String.valueOf(second(s))))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/stakeholders/relations/{relationId}/delete")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/relations/" + relation(s) + "/delete")
			.expect(302, 404, 403, 302, 302, 302);
		api("GET", "/api/v1/ateliers/{id}/relations").path(s -> "/api/v1/ateliers/" + s.atelier() + "/relations")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/relations").path(s -> "/api/v1/ateliers/" + s.atelier() + "/relations")
			.json(s -> "{\"fromId\":" + s.stakeholder() + ",\"kind\":\"funds\",\"toId\":" + second(s) + "}")
			.expect(401, 404, 403, 201, 201, 201);
		api("DELETE", "/api/v1/ateliers/{id}/relations/{relationId}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/relations/" + relation(s))
			.expect(401, 404, 403, 204, 204, 204);
	}

	private static long second(MatrixFixtures.Scene s) {
		return s.memo("network-second", () -> s.asCoordinator(() -> s.bean(StakeholderRegister.class).create(s.atelier(),
				StakeholderInput.parse(s.unique("Matrix second"), "company", "industry", null, false, null, "2", "2", false,
						false, false, "neutral", "neutral")).id()));
	}

	private static long relation(MatrixFixtures.Scene s) {
		return s.memo("network-relation", () -> {
			long from = s.stakeholder();
			long to = second(s);
			return s.asCoordinator(() -> s.bean(StakeholderRelations.class).add(s.atelier(), from, "regulates", to, null).id());
		});
	}
}
