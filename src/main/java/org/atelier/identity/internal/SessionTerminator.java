package org.atelier.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every node (they live in the shared database). */
@Component
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	public SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Deletes all sessions of the user except the one named (the caller's own, if any). */
	public void endAllSessionsOf(String username, @Nullable String except) {
		sessions.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(except))
			.forEach(sessions::deleteById);
	}
}
