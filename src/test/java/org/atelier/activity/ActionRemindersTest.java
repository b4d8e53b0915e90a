package org.atelier.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Overdue logic and reminders with a clock the test moves: in-app reminders once per action,
 * kind and due date; one mail per owner through a real SMTP server started inside the test; and
 * the job skipping its round while another node holds the cluster lock.
 */
@DatabaseTest
@SpringBootTest(properties = "atelier.base-url=https://atelier.example")
class ActionRemindersTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	/** A clock the test sets; the application reads it everywhere it asks what day it is. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-12-01T09:00:00Z");

		void set(String instant) {
			now = Instant.parse(instant);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}

	@Autowired
	MovableClock clock;

	@Autowired
	ActionReminders reminders;

	@Autowired
	ActionRegister actions;

	@Autowired
	ActionNotifications notifications;

	@Autowired
	Sessions sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView partner;
	long atelierId;
	long sessionId;

	@BeforeEach
	void atelier() {
		clock.set("2026-12-01T09:00:00Z");
		jdbc.sql("delete from job_lock").update();
		coordinator = TestUsers.create(accounts, "rm-coord");
		partner = TestUsers.create(accounts, "rm-partner");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Reminded"), "Utrecht", null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			return id;
		});
		sessionId = TestUsers.as(coordinator, () -> sessions.create(atelierId, SessionInput.parse("workshop", null,
				"Kick-off", null, null, "2026-11-20T10:00", "Europe/Amsterdam", "60", null, null, null, null, List.of(),
				null, List.of(), List.of(), List.of())).id());
	}

	private long action(AccountView owner, String title, String due) {
		return TestUsers.as(coordinator, () -> actions.create(atelierId,
				ActionInput.parse(title, null, owner.id(), due, "session", sessionId)).id());
	}

	@Test
	void remindersComeOnceForDueSoonAndOverdueActionsAndGoOutAsOneMailPerOwner() throws Exception {
		long soon = action(partner, "Send the load profiles", "2026-12-03");
		long late = action(coordinator, "Sign the data agreement", "2026-11-28");
		action(partner, "Plan the site visit", "2026-12-20");
		long finished = action(coordinator, "Book the room", "2026-11-25");
		TestUsers.as(coordinator, () -> actions.changeStatus(atelierId, finished, 0, ActionStatus.DONE, null));

		assertThat(TestUsers.as(partner, () -> actions.list(atelierId, new ActionRegister.Filter(null, null, true, null))))
			.extracting(ActionView::id).containsExactly(late);

		ActionReminders.Round first = reminders.run();
		assertThat(first.ran()).isTrue();
		assertThat(kinds(partner)).containsExactly("due-soon:" + soon);
		assertThat(kinds(coordinator)).containsExactly("overdue:" + late);
		assertThat(mailsTo(partner)).hasSize(1);
		MimeMessage toCoordinator = mailsTo(coordinator).getFirst();
		assertThat(toCoordinator.getSubject()).isEqualTo("A follow-up action needs your attention");
		assertThat(GreenMailUtil.getBody(toCoordinator)).contains("\"Sign the data agreement\" was due on 2026-11-28")
			.contains("https://atelier.example/ateliers/" + atelierId + "/actions/" + late);

		reminders.run();
		assertThat(kinds(partner)).as("a second round repeats nothing").hasSize(1);
		assertThat(mailsTo(partner)).hasSize(1);

		clock.set("2026-12-04T06:00:00Z");
		assertThat(TestUsers.as(partner, () -> actions.get(atelierId, soon)).overdue()).isTrue();
		reminders.run();
		assertThat(kinds(partner)).containsExactlyInAnyOrder("due-soon:" + soon, "overdue:" + soon);
		assertThat(mailsTo(partner)).hasSize(2);

		assertThat(TestUsers.as(partner, () -> notifications.unreadCount())).isEqualTo(2);
		assertThat(TestUsers.as(partner, () -> notifications.markAllRead())).isEqualTo(2);
		assertThat(TestUsers.as(partner, () -> notifications.unreadCount())).isZero();
		assertThat(TestUsers.as(coordinator, () -> notifications.unreadCount())).isEqualTo(1);
	}

	@Test
	void theJobSkipsItsRoundWhileAnotherNodeHoldsTheLockAndTakesOverWhenTheLeaseHasRunOut() {
		long late = action(partner, "Write the newsletter", "2026-11-30");
		jdbc.sql("insert into job_lock (name, locked_until, locked_by) values ('action-reminders', :until, 'other-node')")
			.param("until", Instant.parse("2026-12-01T09:05:00Z").atOffset(ZoneOffset.UTC)).update();
		assertThat(reminders.run().ran()).isFalse();
		assertThat(kinds(partner)).isEmpty();

		clock.set("2026-12-01T09:06:00Z");
		assertThat(reminders.run().ran()).isTrue();
		assertThat(kinds(partner)).containsExactly("overdue:" + late);
	}

	private List<String> kinds(AccountView account) {
		return TestUsers.as(account, () -> notifications.mine()).stream()
			.filter(n -> n.atelierId() == atelierId).map(n -> n.kind() + ":" + n.actionId()).toList();
	}

	private List<MimeMessage> mailsTo(AccountView account) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equals(account.email()));
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}
}
