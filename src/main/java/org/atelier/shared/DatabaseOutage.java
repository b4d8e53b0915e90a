package org.atelier.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by an unreachable database (no connection to be had, the connection lost
 * mid-request) from any other failure, so that callers can answer "try again shortly" (503)
 * instead of "something is broken" (500). Looks through the whole chain of causes, because the
 * signal often arrives wrapped (in a sign-in failure, a template error, a transaction error).
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/** Whether the failure, or any of its causes, says that the database cannot be reached. */
	public static boolean causedBy(@Nullable Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			// a lost connection often shows first as a failed rollback that hides the original failure
			if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
					&& causedBy(tse.getApplicationException())) {
				return true;
			}
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// SQL state class 08: connection exception (PostgreSQL reports a lost connection as 08006)
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}
}
