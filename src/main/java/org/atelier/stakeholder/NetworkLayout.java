package org.atelier.stakeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places the organisations of the dependency network on a circle (sorted by name, so the drawing
 * is the same on every visit) and each relation as a line between them, shortened so that its
 * arrow ends at the edge of the target's circle. Coordinates are in a 0–{@value #SIZE} square.
 */
public final class NetworkLayout {

	public static final int SIZE = 600;
	public static final int NODE_RADIUS = 22;
	private static final double RING = SIZE / 2.0 - 90;

	public record Node(long id, String name, double x, double y, double labelX, double labelY, String anchor) {
	}

	public record Edge(RelationView relation, double x1, double y1, double x2, double y2) {
	}

	public record Drawing(List<Node> nodes, List<Edge> edges) {
	}

	private NetworkLayout() {
	}

	/** The drawing of the organisations that take part in at least one relation. */
	public static Drawing of(List<RelationView> relations) {
		Map<Long, String> names = new java.util.TreeMap<>();
		relations.forEach(r -> {
			names.put(r.fromId(), r.fromName());
			names.put(r.toId(), r.toName());
		});
		List<Map.Entry<Long, String>> sorted = names.entrySet().stream()
			.sorted(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.toList();
		List<Node> nodes = new ArrayList<>();
		double centre = SIZE / 2.0;
		for (int i = 0; i < sorted.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, sorted.size());
			double x = centre + RING * Math.cos(angle);
			double y = centre + RING * Math.sin(angle);
			double lx = centre + (RING + NODE_RADIUS + 8) * Math.cos(angle);
			double ly = centre + (RING + NODE_RADIUS + 8) * Math.sin(angle) + 4;
			String anchor = Math.abs(Math.cos(angle)) < 0.3 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
			nodes.add(new Node(sorted.get(i).getKey(), sorted.get(i).getValue(), round(x), round(y), round(lx), round(ly),
					anchor));
		}
		Map<Long, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, Function.identity()));
		List<Edge> edges = new ArrayList<>();
		for (RelationView r : relations) {
			Node from = byId.get(r.fromId());
			Node to = byId.get(r.toId());
			double dx = to.x() - from.x();
			double dy = to.y() - from.y();
			double length = Math.max(1, Math.hypot(dx, dy));
			double ux = dx / length;
			double uy = dy / length;
			edges.add(new Edge(r, round(from.x() + ux * NODE_RADIUS), round(from.y() + uy * NODE_RADIUS),
					round(to.x() - ux * (NODE_RADIUS + 6)), round(to.y() - uy * (NODE_RADIUS + 6))));
		}
		return new Drawing(nodes, edges);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
