package org.atelier.audit;

import java.util.List;

/** One page of an atelier's history, newest first. Page numbers start at 0. */
public record HistoryPage(List<AuditEntry> entries, int page, int size, long total) {

	public int pageCount() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
