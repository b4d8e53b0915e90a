package org.atelier.lifecycle.internal;

import java.util.List;
import java.util.Map;

import org.atelier.lifecycle.Criterion;
import org.atelier.method.Phase;

/** Opens the data file's parser to tests in other packages. */
public final class ReadinessDataAccess {

	private ReadinessDataAccess() {
	}

	public static Map<Phase, List<Criterion>> parse(String file, Object document) {
		return ReadinessData.parse(file, document);
	}
}
