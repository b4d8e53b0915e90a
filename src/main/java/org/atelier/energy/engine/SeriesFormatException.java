package org.atelier.energy.engine;

/**
 * A series file that cannot be read, with the line (1-based) and column (1-based, 0 when the
 * whole line or file is meant) where reading stopped.
 */
public class SeriesFormatException extends IllegalArgumentException {

	private final int line;
	private final int column;
	private final String problem;

	public SeriesFormatException(int line, int column, String problem) {
		super(location(line, column) + problem);
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** What is wrong, without the location. */
	public String problem() {
		return problem;
	}

	private static String location(int line, int column) {
		if (line <= 0) {
			return "";
		}
		return column > 0 ? "line " + line + ", column " + column + ": " : "line " + line + ": ";
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
