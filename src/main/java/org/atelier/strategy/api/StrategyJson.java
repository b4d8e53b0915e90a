package org.atelier.strategy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.atelier.strategy.PartnerStanding;
import org.atelier.strategy.StatementView;
import org.jspecify.annotations.Nullable;

/** JSON records of the vision, mission and strategy API. */
final class StrategyJson {

	private StrategyJson() {
	}

	@Schema(name = "Strategy", description = "One revision of the vision, mission and strategy. The revision is "
			+ "also the ETag; 0 means nothing has been written yet.")
	record Statement(int revision, @Nullable String vision, @Nullable String mission, @Nullable String strategy,
			@Nullable String author, @Nullable Instant createdAt, List<Objective> objectives,
			List<Endorsement> endorsements,
			@Schema(description = "User names of partner members who have not endorsed this revision "
					+ "(only on the current revision)") @Nullable List<String> notEndorsedBy) {

		static Statement none() {
			return new Statement(0, null, null, null, null, null, List.of(), List.of(), List.of());
		}

		static Statement of(StatementView v, @Nullable List<PartnerStanding> standing) {
			return new Statement(v.revision(), v.vision(), v.mission(), v.strategy(), v.authorUsername(),
					v.createdAt(),
					v.objectives().stream()
						.map(o -> new Objective(o.objective(), o.measure(), o.ownerUsername(), o.dueDate()))
						.toList(),
					v.endorsements().stream()
						.map(e -> new Endorsement(e.username(), e.displayName(), e.organisation(), e.endorsedAt()))
						.toList(),
					standing == null ? null
							: standing.stream().filter(p -> !p.endorsed()).map(PartnerStanding::username).toList());
		}
	}

	@Schema(name = "StrategyObjective", description = "A first-year objective; owner is a member's user name.")
	record Objective(String objective, @Nullable String measure, @Nullable String owner, @Nullable LocalDate dueDate) {
	}

	@Schema(name = "StrategyEndorsement", description = "Who endorsed a revision, for which organisation, when.")
	record Endorsement(String username, String displayName, String organisation, Instant endorsedAt) {
	}

	@Schema(name = "StrategyRequest", description = "A new revision. At least one of vision, mission and strategy "
			+ "must be given; objectives rows need an objective text.")
	record Request(@Schema(maxLength = 2000) @Nullable String vision,
			@Schema(maxLength = 2000) @Nullable String mission,
			@Schema(maxLength = 4000) @Nullable String strategy,
			@Schema(maxLength = 20) @Nullable List<ObjectiveRequest> objectives) {
	}

	record ObjectiveRequest(@Schema(maxLength = 500) @Nullable String objective,
			@Schema(maxLength = 500) @Nullable String measure,
			@Schema(description = "User name of a member") @Nullable String owner,
			@Schema(format = "date", example = "2027-06-30") @Nullable String dueDate) {
	}

	@Schema(name = "EndorsementRequest", description = "The organisation on whose behalf the caller endorses.")
	record EndorsementRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
			@Nullable String organisation) {
	}
}
