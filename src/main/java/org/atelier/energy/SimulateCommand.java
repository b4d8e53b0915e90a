package org.atelier.energy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code simulate} command, run before (and instead of) the web application:
 * <pre>
 * java -jar atelier.jar simulate scenario.json [--series]
 * java -jar atelier.jar simulate --sweep sweep.json [--table]
 * </pre>
 * Prints the result JSON (or the sweep table) on standard output. Bad input gives a message
 * naming the file and field on standard error and exit code 2; an unexpected failure exit code 1.
 */
public final class SimulateCommand {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int BAD_INPUT = 2;

	static final String USAGE = """
		usage: simulate <scenario.json> [--series]
		       simulate --sweep <sweep.json> [--table]
		  --series  add the per-step series to the result
		  --sweep   run every battery size × import cap combination of a sweep file
		  --table   print the sweep as a text table instead of JSON""";

	private SimulateCommand() {
	}

	/** Whether the program arguments ask for this command. */
	public static boolean matches(String[] args) {
		return args.length > 0 && "simulate".equals(args[0]);
	}

	/** Runs the command; {@code args} are the arguments after {@code simulate}. Returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		boolean series = false;
		boolean sweep = false;
		boolean table = false;
		String file = null;
		for (String a : args) {
			switch (a) {
				case "--series" -> series = true;
				case "--sweep" -> sweep = true;
				case "--table" -> table = true;
				case "-h", "--help" -> {
					out.println(USAGE);
					return OK;
				}
				default -> {
					if (a.startsWith("-") || file != null) {
						err.println("simulate: unexpected argument '" + a + "'");
						err.println(USAGE);
						return BAD_INPUT;
					}
					file = a;
				}
			}
		}
		if (file == null) {
			err.println("simulate: no " + (sweep ? "sweep" : "scenario") + " file given");
			err.println(USAGE);
			return BAD_INPUT;
		}
		Path path = Path.of(file).toAbsolutePath();
		String current = file;
		try {
			String json = read(path);
			if (!sweep) {
				SimulationResult result = ScenarioSimulation.simulate(json, SeriesFiles.relativeTo(path.getParent()), series);
				out.println(ScenarioSimulation.toJson(result));
				return OK;
			}
			SweepRequest request = ScenarioSweep.read(json);
			if (request.scenario() == null) {
				throw new InvalidScenarioException("scenario", "is required: the scenario file to sweep");
			}
			Path scenarioPath = path.getParent().resolve(request.scenario());
			current = request.scenario();
			PreparedScenario scenario = PreparedScenario.of(ScenarioReader.read(read(scenarioPath)),
				SeriesFiles.relativeTo(scenarioPath.getParent()));
			current = file;
			ScenarioSweep.Result result = ScenarioSweep.run(request, scenario);
			out.print(table ? ScenarioSweep.table(result) : ScenarioSimulation.toJson(result) + System.lineSeparator());
			return OK;
		} catch (InvalidScenarioException e) {
			for (ScenarioProblem p : e.problems()) {
				err.println(current + ": " + p);
			}
			return BAD_INPUT;
		} catch (NoSuchFileException e) {
			err.println(e.getFile() + ": no such file");
			return BAD_INPUT;
		} catch (IOException e) {
			err.println(current + ": cannot read: " + e.getMessage());
			return BAD_INPUT;
		} catch (RuntimeException e) {
			err.println("simulate: failed: " + e);
			return FAILED;
		} finally {
			out.flush();
		}
	}

	private static String read(Path p) throws IOException {
		return Files.readString(p, StandardCharsets.UTF_8);
	}
}
