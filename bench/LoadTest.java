import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load generator for Atelier's web tier: sends a bounded number of GET requests to one
 * URL on this machine from a fixed number of concurrent workers and prints the throughput and
 * the latency distribution (p50, p95, p99, max).
 *
 * <p>Run it straight from source with Java 21 or later:
 *
 * <pre>
 * java bench/LoadTest.java --url http://127.0.0.1:18081/actuator/health --requests 20000 --concurrency 8
 * java bench/LoadTest.java --url http://127.0.0.1:18081/actuator/info --user admin --password secret \
 *     --requests 400 --concurrency 2
 * </pre>
 *
 * <p>It only ever talks to loopback addresses (localhost, 127.0.0.0/8, ::1) and refuses any
 * other host. Every run is bounded twice: by the number of requests and by a time limit, after
 * which the workers stop on their own.
 */
public class LoadTest {

	private static final int MAX_REQUESTS = 1_000_000;
	private static final int MAX_CONCURRENCY = 256;
	private static final int MAX_SECONDS = 600;

	record Options(URI url, String authorization, int requests, int concurrency, int warmup, Duration limit) {
	}

	record Result(long[] latenciesNanos, int completed, long elapsedNanos, Map<Integer, Integer> statuses,
			int failures, boolean timedOut) {
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println("LoadTest: " + e.getMessage());
			System.err.println(usage());
			System.exit(2);
			return;
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		if (options.warmup() > 0) {
			run(client, options, options.warmup(), options.limit());
		}
		Result result = run(client, options, options.requests(), options.limit());
		report(options, result);
		if (result.completed() == 0 || result.failures() > 0) {
			System.exit(1);
		}
	}

	/** Sends up to {@code count} requests from the configured number of workers, stopping at the time limit. */
	static Result run(HttpClient client, Options options, int count, Duration limit) throws InterruptedException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(options.url()).GET().timeout(Duration.ofSeconds(30));
		if (options.authorization() != null) {
			builder.header("Authorization", options.authorization());
		}
		HttpRequest request = builder.build();
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger completed = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicLong lastError = new AtomicLong();
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < options.concurrency(); w++) {
			workers.add(Thread.ofPlatform().name("load-" + w).start(() -> {
				while (System.nanoTime() < deadline) {
					int i = next.getAndIncrement();
					if (i >= count) {
						return;
					}
					long t0 = System.nanoTime();
					int status;
					try {
						status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					}
					catch (Exception e) {
						status = -1;
						if (lastError.getAndSet(1) == 0) {
							System.err.println("LoadTest: request failed: " + e);
						}
					}
					latencies[i] = System.nanoTime() - t0;
					statuses.merge(status, 1, Integer::sum);
					if (status < 200 || status > 299) {
						failures.incrementAndGet();
					}
					completed.incrementAndGet();
				}
			}));
		}
		for (Thread worker : workers) {
			worker.join();
		}
		long elapsed = System.nanoTime() - start;
		int done = completed.get();
		// Requests are claimed in order, so the first 'done' slots hold the measured latencies.
		long[] measured = Arrays.copyOf(latencies, Math.min(done, count));
		return new Result(measured, done, elapsed, new TreeMap<>(statuses), failures.get(), done < count);
	}

	static void report(Options options, Result r) {
		long[] sorted = r.latenciesNanos().clone();
		Arrays.sort(sorted);
		double seconds = r.elapsedNanos() / 1e9;
		StringBuilder statuses = new StringBuilder();
		r.statuses().forEach((status, n) -> statuses.append(statuses.isEmpty() ? "" : ", ")
			.append(status == -1 ? "no answer" : status).append(" x ").append(n));
		System.out.printf(Locale.ROOT, "target       GET %s (%s)%n", options.url(),
				options.authorization() == null ? "no credentials"
						: options.authorization().startsWith("Basic") ? "HTTP Basic" : "Bearer token");
		System.out.printf(Locale.ROOT, "requests     %d completed, %d not 2xx, concurrency %d, warm-up %d%n",
				r.completed(), r.failures(), options.concurrency(), options.warmup());
		System.out.printf(Locale.ROOT, "statuses     %s%n", statuses);
		if (r.timedOut()) {
			System.out.printf(Locale.ROOT, "time limit   reached after %.1f s: fewer requests than asked%n", seconds);
		}
		System.out.printf(Locale.ROOT, "elapsed      %.2f s%n", seconds);
		System.out.printf(Locale.ROOT, "throughput   %.1f requests/s%n", r.completed() / seconds);
		if (sorted.length > 0) {
			System.out.printf(Locale.ROOT, "latency ms   p50 %.2f   p95 %.2f   p99 %.2f   max %.2f   mean %.2f%n",
					millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
					millis(sorted[sorted.length - 1]), millis((long) Arrays.stream(sorted).average().orElse(0)));
		}
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double millis(long nanos) {
		return nanos / 1e6;
	}

	static Options parse(String[] args) {
		Map<String, String> values = new TreeMap<>();
		for (int i = 0; i < args.length; i++) {
			String key = args[i];
			if (key.equals("--help") || key.equals("-h")) {
				System.out.println(usage());
				System.exit(0);
			}
			if (!key.startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got " + key);
			}
			values.put(key.substring(2), args[++i]);
		}
		for (String key : values.keySet()) {
			if (!List.of("url", "user", "password", "token", "requests", "concurrency", "warmup", "max-seconds")
				.contains(key)) {
				throw new IllegalArgumentException("unknown option --" + key);
			}
		}
		String url = values.get("url");
		if (url == null) {
			throw new IllegalArgumentException("--url is required");
		}
		URI uri = URI.create(url);
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			throw new IllegalArgumentException("--url must be http:// or https://");
		}
		requireLoopback(uri.getHost());
		String authorization = null;
		if (values.containsKey("token")) {
			authorization = "Bearer " + values.get("token");
		}
		else if (values.containsKey("user")) {
			String pair = values.get("user") + ":" + values.getOrDefault("password", "");
			authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
		}
		int requests = number(values, "requests", 1000, 1, MAX_REQUESTS);
		int concurrency = number(values, "concurrency", 4, 1, MAX_CONCURRENCY);
		int warmup = number(values, "warmup", 0, 0, MAX_REQUESTS);
		int seconds = number(values, "max-seconds", 120, 1, MAX_SECONDS);
		return new Options(uri, authorization, requests, concurrency, warmup, Duration.ofSeconds(seconds));
	}

	/** Load is only ever sent to this machine: localhost or a loopback literal, nothing that needs DNS. */
	static void requireLoopback(String host) {
		if (host == null) {
			throw new IllegalArgumentException("--url has no host");
		}
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return;
		}
		boolean literal = bare.matches("[0-9.]+") || bare.contains(":");
		if (literal) {
			try {
				if (InetAddress.getByName(bare).isLoopbackAddress()) {
					return;
				}
			}
			catch (UnknownHostException e) {
				// not a valid address literal: refused below
			}
		}
		throw new IllegalArgumentException("refusing to send load to " + host
				+ ": only localhost, 127.0.0.0/8 and ::1 are allowed");
	}

	static int number(Map<String, String> values, String key, int fallback, int min, int max) {
		String raw = values.get(key);
		if (raw == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(raw.replace("_", ""));
			if (n < min || n > max) {
				throw new IllegalArgumentException("--" + key + " must be between " + min + " and " + max);
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + key + " must be a whole number");
		}
	}

	static String usage() {
		return """
				usage: java bench/LoadTest.java --url http://127.0.0.1:PORT/PATH [options]
				  --user NAME --password PW   HTTP Basic credentials (the server hashes the password on every call)
				  --token atl_...              a personal access token, sent as Authorization: Bearer
				  --requests N                 measured requests (default 1000, at most 1000000)
				  --concurrency C              parallel workers, each with one request in flight (default 4, at most 256)
				  --warmup N                   requests sent first and not measured (default 0)
				  --max-seconds S              time limit of each phase (default 120, at most 600)
				Only loopback targets are accepted: localhost, 127.0.0.0/8, [::1].""";
	}
}
