package org.atelier.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder job. Each round, on one node of the cluster only (a {@link JobLock}), it writes a
 * reminder for every pending action due within {@value #DAYS_AHEAD} days ("due-soon") or past its
 * due date ("overdue") — once per action, kind and due date — and, when outgoing mail is
 * configured ({@code spring.mail.host}), sends each owner one mail listing their new reminders.
 */
@Component
public class ActionReminders {

	static final String LOCK = "action-reminders";
	static final int DAYS_AHEAD = 3;
	private static final Logger LOG = LoggerFactory.getLogger(ActionReminders.class);

	/** What one round did; {@code ran} is false when another node held the lease. */
	public record Round(boolean ran, int written, int mailed) {
	}

	private final JdbcClient jdbc;
	private final JobLock lock;
	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String from;
	private final String baseUrl;
	private final Locale language;

	ActionReminders(JdbcClient jdbc, JobLock lock, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			TransactionTemplate transactions, Clock clock, @Value("${atelier.mail.from:atelier@localhost}") String from,
			@Value("${atelier.base-url:http://localhost:8080}") String baseUrl,
			@Value("${atelier.mail.language:en}") String language) {
		this.jdbc = jdbc;
		this.lock = lock;
		this.mail = mail;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.language = Locale.forLanguageTag(language);
	}

	@Scheduled(fixedDelayString = "${atelier.reminders.interval:PT15M}",
			initialDelayString = "${atelier.reminders.initial-delay:PT2M}")
	void scheduled() {
		Round round = run();
		if (round.written() > 0 || round.mailed() > 0) {
			LOG.info("Reminders: {} written, {} mails sent", round.written(), round.mailed());
		}
	}

	/** One round of the job, as the schedule runs it. */
	public Round run() {
		if (!lock.tryAcquire(LOCK, Duration.ofMinutes(10))) {
			return new Round(false, 0, 0);
		}
		try {
			Integer written = transactions.execute(status -> write());
			return new Round(true, written == null ? 0 : written, send());
		}
		finally {
			lock.release(LOCK);
		}
	}

	private int write() {
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		String pending = """
				select x.owner_id, x.id, x.due_on, :kind, :now from follow_up_action x
				join atelier a on a.id = x.atelier_id and a.archived = false
				join atelier_member m on m.atelier_id = x.atelier_id and m.user_id = x.owner_id
				where x.status in ('OPEN', 'IN_PROGRESS') and %s
				  and not exists (select 1 from action_notification n
				                  where n.action_id = x.id and n.kind = :kind and n.due_on = x.due_on)""";
		String insert = "insert into action_notification (account_id, action_id, due_on, kind, created_at) ";
		int overdue = jdbc.sql(insert + pending.formatted("x.due_on < :today")).param("kind", "overdue")
			.param("now", now).param("today", today).update();
		int soon = jdbc.sql(insert + pending.formatted("x.due_on >= :today and x.due_on <= :until"))
			.param("kind", "due-soon").param("now", now).param("today", today).param("until", today.plusDays(DAYS_AHEAD))
			.update();
		return overdue + soon;
	}

	private int send() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		record Item(long id, String kind, String title, long atelierId, long actionId, LocalDate due, String email,
				String name) {
		}
		Map<String, List<Item>> byMail = new LinkedHashMap<>();
		jdbc.sql("""
				select n.id, n.kind, n.due_on, n.action_id, x.title, x.atelier_id, u.email, u.display_name
				from action_notification n
				join follow_up_action x on x.id = n.action_id
				join app_user u on u.id = n.account_id
				where n.mailed_at is null and n.read_at is null and u.email is not null and u.enabled = true
				order by u.id, n.due_on, n.id""")
			.query(rs -> {
				Item item = new Item(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
						rs.getLong("atelier_id"), rs.getLong("action_id"), rs.getObject("due_on", LocalDate.class),
						rs.getString("email"), rs.getString("display_name"));
				byMail.computeIfAbsent(item.email(), k -> new ArrayList<>()).add(item);
			});
		int sent = 0;
		for (var entry : byMail.entrySet()) {
			List<Item> items = entry.getValue();
			StringBuilder body = new StringBuilder(text("activity.mail.greeting", items.getFirst().name())).append("\n\n");
			for (Item i : items) {
				body.append("- ").append(text("activity.mail.item." + i.kind(), i.title(), i.due().toString()))
					.append("\n  ").append(baseUrl).append("/ateliers/").append(i.atelierId()).append("/actions/")
					.append(i.actionId()).append('\n');
			}
			body.append('\n').append(text("activity.mail.footer", baseUrl + "/me/actions")).append('\n');
			var message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(entry.getKey());
			message.setSubject(text("activity.mail.subject", items.size()));
			message.setText(body.toString());
			try {
				sender.send(message);
			}
			catch (MailException e) {
				LOG.warn("Reminder mail could not be sent: {}", e.getMessage());
				continue;
			}
			OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
			jdbc.sql("update action_notification set mailed_at = :now where id in (:ids)").param("now", now)
				.param("ids", items.stream().map(Item::id).toList()).update();
			sent++;
		}
		return sent;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, language);
	}
}
