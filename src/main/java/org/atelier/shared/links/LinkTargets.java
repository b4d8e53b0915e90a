package org.atelier.shared.links;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Resolves cross-module links through the {@link LinkTargetSource} beans the modules contribute. */
@Component
public class LinkTargets {

	private final Map<String, LinkTargetSource> sources;

	public LinkTargets(ObjectProvider<LinkTargetSource> sources) {
		this.sources = sources.orderedStream()
				.collect(Collectors.toMap(LinkTargetSource::kind, Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two link target sources for kind " + a.kind());
				}, TreeMap::new));
	}

	/** The kinds some module answers, sorted. */
	public Set<String> kinds() {
		return sources.keySet();
	}

	public boolean supports(String kind) {
		return kind != null && sources.containsKey(kind);
	}

	/** The target in this atelier, or empty when the kind is unknown or the id is not in this atelier. */
	public Optional<LinkTarget> find(String kind, long atelierId, long id) {
		LinkTargetSource source = kind == null ? null : sources.get(kind);
		return source == null ? Optional.empty() : source.find(atelierId, id);
	}

	/** Pick-list candidates of one kind in this atelier; empty when the kind is unknown. */
	public List<LinkTarget> candidates(String kind, long atelierId) {
		LinkTargetSource source = kind == null ? null : sources.get(kind);
		return source == null ? List.of() : source.candidates(atelierId);
	}
}
