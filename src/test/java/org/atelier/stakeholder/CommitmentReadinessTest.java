package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.stakeholder.CommitmentStatus.ACTIVE;
import static org.atelier.stakeholder.CommitmentStatus.APPROACHED;
import static org.atelier.stakeholder.CommitmentStatus.COMMITTED;
import static org.atelier.stakeholder.CommitmentStatus.DORMANT;
import static org.atelier.stakeholder.OrganisationType.COMMUNITY_GROUP;
import static org.atelier.stakeholder.OrganisationType.COMPANY;
import static org.atelier.stakeholder.OrganisationType.MUNICIPALITY;

import java.util.List;

import org.atelier.lifecycle.ReadinessFinding;
import org.atelier.stakeholder.CommitmentReadiness.Standing;
import org.junit.jupiter.api.Test;

/** The {@code stakeholder-committed} readiness check: a committed decision-maker, and the community when it counts. */
class CommitmentReadinessTest {

	@Test
	void anEmptyRegisterMissesADecisionMaker() {
		ReadinessFinding finding = CommitmentReadiness.judge(7, List.of(), false);
		assertThat(finding.met()).isFalse();
		assertThat(finding.detailKey()).isEqualTo("stakeholder.readiness.noDecisionMaker");
		assertThat(finding.fixPath()).isEqualTo("/ateliers/7/stakeholders");
	}

	@Test
	void aCommittedOrActiveDecisionMakerMeetsItWhenNoCommunityGroupIsRegistered() {
		assertThat(CommitmentReadiness.judge(7, List.of(new Standing(MUNICIPALITY, true, COMMITTED)), false).met()).isTrue();
		ReadinessFinding active = CommitmentReadiness.judge(7,
				List.of(new Standing(MUNICIPALITY, true, ACTIVE), new Standing(COMPANY, false, COMMITTED)), false);
		assertThat(active.met()).isTrue();
		assertThat(active.detailKey()).isEqualTo("stakeholder.readiness.met");
		assertThat(active.detailArgs()).containsExactly(1L, 0L);
	}

	@Test
	void onlyDecisionMakersThatAreOnBoardCount() {
		var register = List.of(new Standing(MUNICIPALITY, true, APPROACHED), new Standing(COMPANY, false, ACTIVE),
				new Standing(COMPANY, true, DORMANT));
		assertThat(CommitmentReadiness.judge(7, register, false).detailKey()).isEqualTo("stakeholder.readiness.noDecisionMaker");
	}

	@Test
	void aRegisteredCommunityGroupMustBeOnBoardToo() {
		var register = List.of(new Standing(MUNICIPALITY, true, COMMITTED), new Standing(COMMUNITY_GROUP, false, APPROACHED));
		ReadinessFinding finding = CommitmentReadiness.judge(7, register, false);
		assertThat(finding.met()).isFalse();
		assertThat(finding.detailKey()).isEqualTo("stakeholder.readiness.noCommunity");

		var withCommunity = List.of(new Standing(MUNICIPALITY, true, COMMITTED), new Standing(COMMUNITY_GROUP, false, ACTIVE));
		assertThat(CommitmentReadiness.judge(7, withCommunity, false).met()).isTrue();
		assertThat(CommitmentReadiness.judge(7, withCommunity, false).detailArgs()).containsExactly(1L, 1L);
	}

	@Test
	void theParameterRequiresTheCommunityEvenWhenNoneIsRegistered() {
		var register = List.of(new Standing(MUNICIPALITY, true, COMMITTED));
		assertThat(CommitmentReadiness.judge(7, register, true).detailKey()).isEqualTo("stakeholder.readiness.noCommunity");
		assertThat(CommitmentReadiness.judge(7, List.of(), true).detailKey()).isEqualTo("stakeholder.readiness.neither");
	}

	@Test
	void theCheckTypeIsTheOneTheMethodDataNames() {
		assertThat(new CommitmentReadiness(null).checkType()).isEqualTo("stakeholder-committed");
	}

	@Test
	void theMethodDataSetsHowManyDecisionMakersAndWhetherTheCommunityMustBeOnBoard() {
		var oneDecider = List.of(new Standing(MUNICIPALITY, true, COMMITTED));
		assertThat(CommitmentReadiness.judge(7, oneDecider, 2, false, false).detailKey())
			.isEqualTo("stakeholder.readiness.noDecisionMaker");
		assertThat(CommitmentReadiness.judge(7, oneDecider, 1, true, false).detailKey())
			.isEqualTo("stakeholder.readiness.noCommunity");
		var communityNotYet = List.of(new Standing(MUNICIPALITY, true, COMMITTED),
				new Standing(org.atelier.stakeholder.OrganisationType.COMMUNITY_GROUP, false,
						org.atelier.stakeholder.CommitmentStatus.APPROACHED));
		assertThat(CommitmentReadiness.judge(7, communityNotYet, 1, false, false).met()).isFalse();
		assertThat(CommitmentReadiness.judge(7, communityNotYet, 1, false, true).met()).isTrue();
	}
}
