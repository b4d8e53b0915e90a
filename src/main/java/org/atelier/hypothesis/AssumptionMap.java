package org.atelier.hypothesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The assumption map: importance (1–5, up) against the strength of the evidence so far (0–3, to the
 * right), after the assumptions-mapping practice of lean experimentation (important assumptions
 * with little evidence are the ones to test first). Computes the classification and the
 * coordinates of an SVG drawing whose template only places what is computed here, so the page
 * needs neither scripts nor inline styles.
 */
public final class AssumptionMap {

	/** The quadrant of a hypothesis on the map. */
	public enum Priority {
		/** Important (4–5) and weakly evidenced (0–1): test these first. */
		TEST_FIRST,
		/** Important and well evidenced (2–3): build on them. */
		GROUNDED,
		/** Less important (1–3) and weakly evidenced: explore when there is room. */
		EXPLORE_LATER,
		/** Less important and well evidenced: little left to learn. */
		SETTLED;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	public static final int IMPORTANT_FROM = 4;
	public static final int WEAK_UP_TO = 1;

	/** Geometry of the drawing (user units of the viewBox). */
	public static final int WIDTH = 560;
	public static final int HEIGHT = 420;
	static final int LEFT = 80;
	static final int TOP = 20;
	static final int PLOT_WIDTH = 460;
	static final int PLOT_HEIGHT = 340;
	static final int COLUMNS = 4;
	static final int ROWS = 5;
	static final double CELL_WIDTH = (double) PLOT_WIDTH / COLUMNS;
	static final double CELL_HEIGHT = (double) PLOT_HEIGHT / ROWS;
	static final int SPACING = 22;
	static final int PER_LINE = 4;

	public static Priority classify(int importance, int evidenceStrength) {
		boolean important = importance >= IMPORTANT_FROM;
		boolean weak = evidenceStrength <= WEAK_UP_TO;
		if (important) {
			return weak ? Priority.TEST_FIRST : Priority.GROUNDED;
		}
		return weak ? Priority.EXPLORE_LATER : Priority.SETTLED;
	}

	/** A hypothesis drawn as a numbered dot; the number matches the row of the table beside the map. */
	public record Point(int number, HypothesisView hypothesis, double x, double y, Priority priority) {

		public String cssClass() {
			return "point priority-" + priority.key();
		}
	}

	/** A tick label on an axis. */
	public record Tick(int value, double x, double y) {
	}

	/** The shaded "test these first" zone. */
	public record Zone(double x, double y, double width, double height) {
	}

	private final List<Point> points;

	private AssumptionMap(List<Point> points) {
		this.points = List.copyOf(points);
	}

	/** Draws the given hypotheses (dropped ones are left off), numbered in the order given. */
	public static AssumptionMap of(List<HypothesisView> hypotheses) {
		Map<String, Integer> perCell = new LinkedHashMap<>();
		List<Point> points = new ArrayList<>();
		int number = 0;
		for (HypothesisView h : hypotheses) {
			if (h.status() == HypothesisStatus.DROPPED) {
				continue;
			}
			number++;
			int column = Math.clamp(h.evidenceStrength(), 0, COLUMNS - 1);
			int row = ROWS - Math.clamp(h.importance(), 1, ROWS);
			int index = perCell.merge(column + ":" + row, 1, Integer::sum) - 1;
			int line = index / PER_LINE;
			int place = index % PER_LINE;
			double x = LEFT + column * CELL_WIDTH + CELL_WIDTH / 2 + (place - (PER_LINE - 1) / 2.0) * SPACING;
			double y = TOP + row * CELL_HEIGHT + CELL_HEIGHT / 2 + line * SPACING;
			points.add(new Point(number, h, round(x), round(Math.min(y, TOP + (row + 1) * CELL_HEIGHT - 10)),
					classify(h.importance(), h.evidenceStrength())));
		}
		return new AssumptionMap(points);
	}

	public List<Point> points() {
		return points;
	}

	/** The number of a hypothesis's dot, or null when it is not drawn (dropped). */
	public @org.jspecify.annotations.Nullable Integer numberOf(long hypothesisId) {
		return points.stream().filter(p -> p.hypothesis().id() == hypothesisId).map(Point::number).findFirst()
			.orElse(null);
	}

	public boolean empty() {
		return points.isEmpty();
	}

	public long testFirstCount() {
		return points.stream().filter(p -> p.priority() == Priority.TEST_FIRST).count();
	}

	/** Evidence strength 0–3 under the plot. */
	public List<Tick> xTicks() {
		List<Tick> ticks = new ArrayList<>();
		for (int s = 0; s < COLUMNS; s++) {
			ticks.add(new Tick(s, round(LEFT + s * CELL_WIDTH + CELL_WIDTH / 2), TOP + PLOT_HEIGHT + 20));
		}
		return ticks;
	}

	/** Importance 1–5 left of the plot, 5 at the top. */
	public List<Tick> yTicks() {
		List<Tick> ticks = new ArrayList<>();
		for (int i = ROWS; i >= 1; i--) {
			ticks.add(new Tick(i, LEFT - 12, round(TOP + (ROWS - i) * CELL_HEIGHT + CELL_HEIGHT / 2 + 5)));
		}
		return ticks;
	}

	public Zone testFirstZone() {
		return new Zone(LEFT, TOP, (WEAK_UP_TO + 1) * CELL_WIDTH, (ROWS - IMPORTANT_FROM + 1) * CELL_HEIGHT);
	}

	public int left() {
		return LEFT;
	}

	public int top() {
		return TOP;
	}

	public int plotWidth() {
		return PLOT_WIDTH;
	}

	public int plotHeight() {
		return PLOT_HEIGHT;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
