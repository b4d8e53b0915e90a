package org.atelier.energy.engine;

import java.util.List;

/**
 * How evenly the community's savings fall on its members, measured as saving per kWh of load
 * (members without load left out).
 *
 * @param minSavingPerKwh lowest member saving per kWh
 * @param maxSavingPerKwh highest member saving per kWh
 * @param meanSavingPerKwh average over members
 * @param spreadSavingPerKwh max − min: 0 means every member saves the same per kWh
 * @param stdDevSavingPerKwh population standard deviation over members
 */
public record Fairness(double minSavingPerKwh, double maxSavingPerKwh, double meanSavingPerKwh, double spreadSavingPerKwh,
		double stdDevSavingPerKwh) {

	public static Fairness of(List<MemberOutcome> members) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0, sumSq = 0;
		int count = 0;
		for (MemberOutcome m : members) {
			if (m.loadKwh() > 0) {
				double v = m.savingPerKwh();
				min = Math.min(min, v);
				max = Math.max(max, v);
				sum += v;
				sumSq += v * v;
				count++;
			}
		}
		if (count == 0) {
			return new Fairness(0, 0, 0, 0, 0);
		}
		double mean = sum / count;
		double variance = Math.max(0, sumSq / count - mean * mean);
		return new Fairness(min, max, mean, max - min, Math.sqrt(variance));
	}
}
