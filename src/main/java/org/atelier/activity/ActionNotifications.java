package org.atelier.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.atelier.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app reminders of the signed-in person: an action of theirs due within three days, or
 * overdue. The reminder job writes them; people read them on their actions page and mark them read.
 * Reminders of ateliers they have left or that are archived are not shown.
 */
@Service("actionNotifications")
public class ActionNotifications {

	/** A reminder: {@code kind} is {@code due-soon} or {@code overdue}. */
	public record Notification(long id, String kind, long actionId, String actionTitle, long atelierId,
			String atelierName, LocalDate due, Instant createdAt, boolean read) {

		public String path() {
			return "/ateliers/" + atelierId + "/actions/" + actionId;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ActionNotifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The person's reminders, unread first, newest first; at most 100. */
	@Transactional(readOnly = true)
	public List<Notification> mine() {
		return jdbc.sql(SELECT + " order by case when n.read_at is null then 0 else 1 end, n.created_at desc, n.id desc")
			.param("u", CurrentUser.require().id())
			.query((rs, i) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getLong("action_id"),
					rs.getString("title"), rs.getLong("atelier_id"), rs.getString("atelier_name"),
					rs.getObject("due_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("read_at") != null))
			.list().stream().limit(100).toList();
	}

	/** How many unread reminders the signed-in person has (0 when nobody is signed in); the navigation shows it. */
	@Transactional(readOnly = true)
	public int unreadCount() {
		CurrentUser me = CurrentUser.get();
		if (me == null) {
			return 0;
		}
		return jdbc.sql("select count(*) from (" + SELECT + " and n.read_at is null) unread").param("u", me.id())
			.query(Integer.class).single();
	}

	/** Marks all of the person's reminders read. */
	@Transactional
	public int markAllRead() {
		return jdbc.sql("update action_notification set read_at = :now where account_id = :u and read_at is null")
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("u", CurrentUser.require().id()).update();
	}

	private static final String SELECT = """
			select n.id, n.kind, n.action_id, n.due_on, n.created_at, n.read_at, x.title, x.atelier_id,
			  a.name as atelier_name
			from action_notification n
			join follow_up_action x on x.id = n.action_id
			join atelier a on a.id = x.atelier_id and a.archived = false
			join atelier_member m on m.atelier_id = x.atelier_id and m.user_id = n.account_id
			where n.account_id = :u""";
}
