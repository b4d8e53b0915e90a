package org.atelier.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code generate} command line: boots the application without its web server, fills the
 * configured database with many ateliers and their records through the modules' own services
 * (see {@link DataGenerator}), prints the totals and exits. Meant for load benchmarks on a
 * throw-away database, never for a live installation.
 *
 * <pre>
 * java -jar atelier.jar generate --ateliers 200 --scale 1 --seed 42 --token-file target/bench-token.txt
 * </pre>
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	/** Whether the command line asks for the generator. */
	public static boolean matches(String[] args) {
		return args.length > 0 && args[0].equals("generate");
	}

	/** Runs the generator with the arguments after {@code generate}; returns the exit status. */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println("usage: generate [--ateliers N] [--scale F] [--seed N] [--password P] [--token-file FILE]");
			return 2;
		}
		SpringApplication app = new SpringApplication(application);
		// a web application context without the HTTP server, and no demo installation in between
		app.setDefaultProperties(Map.of("server.port", "-1", "atelier.demo.enabled", "false",
				"spring.main.banner-mode", "off"));
		try (ConfigurableApplicationContext context = app.run(options.springArgs())) {
			context.getBean(DataGenerator.class).generate(options, out);
		}
		return 0;
	}

	/**
	 * What to generate: {@code ateliers} ateliers with {@code scale} times the standard volume of
	 * records each, from the random {@code seed}; the password of the generated people and the
	 * file that receives a personal access token of the benchmark user.
	 */
	public record Options(int ateliers, double scale, long seed, String password, Path tokenFile,
			String[] springArgs) {

		static Options parse(String[] args) {
			int ateliers = 200;
			double scale = 1;
			long seed = 42;
			String password = "bench-password-2026";
			Path tokenFile = Path.of("target", "bench-token.txt");
			java.util.List<String> rest = new java.util.ArrayList<>();
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				switch (a) {
					case "--ateliers" -> ateliers = Integer.parseInt(value(args, ++i, a));
					case "--scale" -> scale = Double.parseDouble(value(args, ++i, a));
					case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
					case "--password" -> password = value(args, ++i, a);
					case "--token-file" -> tokenFile = Path.of(value(args, ++i, a));
					default -> {
						if (!a.startsWith("--") || !a.contains("=")) {
							throw new IllegalArgumentException("unknown option " + a);
						}
						rest.add(a); // Spring properties such as --spring.datasource.url=...
					}
				}
			}
			if (ateliers < 1 || ateliers > 100_000) {
				throw new IllegalArgumentException("--ateliers must be between 1 and 100000");
			}
			if (!(scale > 0) || scale > 100) {
				throw new IllegalArgumentException("--scale must be above 0 and at most 100");
			}
			if (password.length() < 12) {
				throw new IllegalArgumentException("--password needs at least 12 characters");
			}
			return new Options(ateliers, scale, seed, password, tokenFile, rest.toArray(String[]::new));
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[i];
		}
	}
}
