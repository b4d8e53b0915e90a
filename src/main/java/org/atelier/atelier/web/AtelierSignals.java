package org.atelier.atelier.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierSignal;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link AtelierSignal} counts for the overview ({@code @atelierSignals.of(id)}) and
 * the list of ateliers ({@code @atelierSignals.ofAll(ids)}). Pages call it only for ateliers the
 * viewer has already been allowed to see.
 */
@Component("atelierSignals")
public class AtelierSignals {

	/** One signal to show: text key, count, and where to look. */
	public record Shown(String key, String labelKey, long count, String path) {
	}

	private final List<AtelierSignal> signals;

	AtelierSignals(List<AtelierSignal> signals) {
		this.signals = List.copyOf(signals);
	}

	public List<Shown> of(long atelierId) {
		return ofAll(List.of(atelierId)).getOrDefault(atelierId, List.of());
	}

	/** Every id given is a key, with an empty list when nothing needs attention. */
	public Map<Long, List<Shown>> ofAll(Collection<Long> atelierIds) {
		Map<Long, List<Shown>> result = new HashMap<>();
		atelierIds.forEach(id -> result.put(id, new ArrayList<>()));
		if (atelierIds.isEmpty()) {
			return result;
		}
		for (AtelierSignal signal : signals) {
			signal.counts(atelierIds).forEach((id, count) -> {
				if (count > 0) {
					result.computeIfAbsent(id, k -> new ArrayList<>()).add(new Shown(signal.key(), signal.labelKey(), count, signal.path(id)));
				}
			});
		}
		return result;
	}
}
