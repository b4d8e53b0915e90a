package org.atelier.governance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.atelier.governance.DecisionView;
import org.atelier.governance.GovernanceRole;
import org.atelier.governance.RaciRow;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the governance API; enum values in lower case with dashes, as everywhere in the API. */
final class GovernanceJson {

	private GovernanceJson() {
	}

	record MandateBody(@Nullable String mandate) {
	}

	record MandateOut(String mandate, boolean recorded) {
	}

	record RoleBody(@Nullable String kind, @Nullable String customName, @Nullable String memberUsername,
			@Nullable String holderName, @Nullable Boolean deputy, @Nullable String mandate, @Nullable String startsOn,
			@Nullable String endsOn, @Nullable Long contactId) {
	}

	record RoleOut(long id, String kind, @Nullable String customName, @Nullable Long memberId, String holderName,
			boolean deputy, @Nullable String mandate, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			boolean expiring, boolean expired, boolean singlePointOfFailure, @Nullable Long contactId,
			boolean holderErased) {

		static RoleOut of(GovernanceRole r) {
			return new RoleOut(r.id(), r.kind().key(), r.customName(), r.memberId(), r.holderName(), r.deputy(),
					r.mandate(), r.startsOn(), r.endsOn(), r.expiring(), r.expired(), r.singlePoint(), r.contactId(),
					r.holderErased());
		}
	}

	record LevelBody(@Nullable String name, @Nullable String seats, @Nullable String scope, @Nullable String move) {
	}

	record LinkBody(@Nullable String title, @Nullable String owner, @Nullable String url) {
	}

	record RaciBody(@Nullable String responsibility, @Nullable Map<String, String> assignments) {
	}

	record RaciOut(long id, String responsibility, Map<String, String> assignments, boolean valid,
			List<String> problems) {

		static RaciOut of(RaciRow r) {
			Map<String, String> cells = new java.util.TreeMap<>();
			r.cells().forEach((party, letter) -> cells.put(party, letter.name()));
			return new RaciOut(r.id(), r.responsibility(), cells, r.valid(),
					r.problems().stream().map(p -> p.substring(p.lastIndexOf('.') + 1)).toList());
		}
	}

	record DecisionBody(@Nullable String title, @Nullable String context, @Nullable List<String> options,
			@Nullable String decision, @Nullable String rationale, @Nullable String preparedBy,
			@Nullable String decidedBy, @Nullable String consulted, @Nullable String informed,
			@Nullable String decidedOn, @Nullable Long escalationLevelId, @Nullable String status) {
	}

	record StatusBody(@Nullable String status, @Nullable String decidedBy, @Nullable String decidedOn) {
	}

	record ImplementationBody(@Nullable String implementation) {
	}

	record LinkRef(String kind, long id, String title, @Nullable String path) {
	}

	record DecisionOut(long id, String title, @Nullable String context, List<String> options,
			@Nullable String decision, @Nullable String rationale, String status, @Nullable String preparedBy,
			@Nullable String decidedBy, @Nullable String consulted, @Nullable String informed,
			@Nullable LocalDate decidedOn, @Nullable Long escalationLevelId, @Nullable Long supersedes,
			@Nullable Long supersededBy, String implementation, List<LinkRef> links) {

		static DecisionOut of(DecisionView d) {
			return new DecisionOut(d.id(), d.title(), d.context(), d.options(), d.decision(), d.rationale(),
					d.status().key(), d.preparedBy(), d.decidedBy(), d.consulted(), d.informed(), d.decidedOn(),
					d.escalationLevelId(), d.supersedesId(), d.supersededById(), d.implementation().key(),
					d.links().stream().map(l -> new LinkRef(l.kind(), l.id(), l.title(), l.path())).toList());
		}
	}
}
