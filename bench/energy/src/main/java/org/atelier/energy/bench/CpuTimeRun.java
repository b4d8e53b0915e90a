package org.atelier.energy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.atelier.energy.engine.Community;
import org.atelier.energy.engine.Dispatch;
import org.atelier.energy.engine.DispatchResult;
import org.atelier.energy.engine.Kpis;
import org.atelier.energy.engine.MonthlyBalance;
import org.atelier.energy.engine.SharingKey;
import org.atelier.energy.engine.Strategy;
import org.atelier.energy.engine.Sweep;
import org.atelier.energy.engine.Tariff;

/**
 * Companion to the JMH benchmarks for shared machines: the same community year, timed by the
 * thread's CPU time as well as wall time, so that other processes competing for the cores do not
 * inflate the figure. Also times the 1,000-scenario sweep (wall time and process CPU time).
 * <pre>java -cp target/benchmarks.jar org.atelier.energy.bench.CpuTimeRun [runs]</pre>
 */
public final class CpuTimeRun {

	private CpuTimeRun() {
	}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Tariff tariff = new Tariff(0.15, 0.35, 0.05);
		for (int members : new int[] { 100, 1000 }) {
			CommunitySite site = new CommunitySite(members);
			for (SharingKey key : SharingKey.values()) {
				double[] cpu = new double[runs];
				double[] wall = new double[runs];
				for (int r = -5; r < runs; r++) {
					long c0 = threads.getCurrentThreadCpuTime();
					long w0 = System.nanoTime();
					DispatchResult d = Dispatch.run(site.grid, site.siteLoadKw, site.sitePvKw, site.importCapKw,
						site.exportCapKw, site.battery, Strategy.SELF_CONSUMPTION_WITH_CAP);
					Kpis k = Kpis.of(d);
					MonthlyBalance.of(d);
					Community.allocate(d, site.memberLoadKw, site.memberPvKw, site.shares, key, tariff);
					if (r >= 0) {
						cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
						wall[r] = (System.nanoTime() - w0) / 1e6;
					}
					if (k.conservationErrorKwh() > 1) {
						throw new IllegalStateException("energy not conserved");
					}
				}
				System.out.printf("year %4d members %-12s median cpu %8.1f ms  median wall %8.1f ms%n", members, key,
					median(cpu), median(wall));
			}
		}
		CommunitySite site = new CommunitySite(100);
		double[] capacities = new double[40];
		double[] caps = new double[25];
		for (int i = 0; i < 40; i++) {
			capacities[i] = 10.0 * i;
		}
		for (int i = 0; i < 25; i++) {
			caps[i] = 60 + 5.0 * i;
		}
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		for (int r = 0; r < 3; r++) {
			long c0 = os.getProcessCpuTime();
			long w0 = System.nanoTime();
			int n = Sweep.run(site.grid, site.siteLoadKw, site.sitePvKw, site.exportCapKw, site.battery,
				Strategy.SELF_CONSUMPTION_WITH_CAP, capacities, caps, 0.5).size();
			System.out.printf("sweep %d scenarios: wall %.0f ms, process cpu %.0f ms%n", n, (System.nanoTime() - w0) / 1e6,
				(os.getProcessCpuTime() - c0) / 1e6);
		}
	}

	private static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s[s.length / 2];
	}
}
