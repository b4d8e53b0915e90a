package org.atelier.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structured mutations of valid inputs for the robustness properties: a JSON document with one
 * value replaced, removed or duplicated, a text file with one line or cell changed, removed or
 * duplicated, bytes truncated or flipped. Deterministic for a given {@link Random}.
 */
public final class Mutations {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Values that break assumptions: wrong types, edges of ranges, odd text. */
	private static final List<JsonNode> ODD_VALUES = List.of(NODES.nullNode(), NODES.textNode(""),
			NODES.textNode("x"), NODES.textNode("2025-02-30"), NODES.textNode("NONE"), NODES.textNode("-1"),
			NODES.textNode("\u0000\uFFFF"), NODES.textNode("a".repeat(5000)), NODES.numberNode(-1), NODES.numberNode(0),
			NODES.numberNode(1.5), NODES.numberNode(1e308), NODES.numberNode(-1e308), NODES.numberNode(Long.MAX_VALUE),
			NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(7), NODES.booleanNode(true), NODES.arrayNode(),
			NODES.objectNode(), NODES.numberNode(new java.math.BigDecimal("1e400")));

	private static final List<String> ODD_CELLS = List.of("", " ", "-1", "0", "NaN", "Infinity", "1e309", "1.2.3",
			"x", "\"", "\"unclosed", ";", "true", "maybe", "2025-02-30", "\uFEFF", "a".repeat(3000), "\t", "∞");

	private Mutations() {
	}

	/** The JSON document with one value (anywhere in the tree) replaced, removed or duplicated, or an unknown field added. */
	public static String json(String valid, Random random) {
		JsonNode root = JSON.readTree(valid);
		List<JsonNode[]> slots = new ArrayList<>(); // {container, key-or-index as node}
		collect(root, slots);
		JsonNode[] slot = slots.get(random.nextInt(slots.size()));
		JsonNode container = slot[0];
		int action = random.nextInt(4);
		JsonNode odd = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
		if (container instanceof ObjectNode object) {
			String field = slot[1].asString();
			switch (action) {
				case 0 -> object.remove(field);
				case 1 -> object.set(field + "Extra", odd);
				default -> object.set(field, odd);
			}
		}
		else if (container instanceof ArrayNode array) {
			int index = slot[1].asInt();
			switch (action) {
				case 0 -> array.remove(index);
				case 1 -> array.add(array.get(index).deepCopy());
				default -> array.set(index, odd);
			}
		}
		return JSON.writeValueAsString(root);
	}

	private static void collect(JsonNode node, List<JsonNode[]> slots) {
		if (node instanceof ObjectNode object) {
			for (String name : object.propertyNames()) {
				slots.add(new JsonNode[] { object, NODES.textNode(name) });
				collect(object.get(name), slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new JsonNode[] { array, NODES.numberNode(i) });
				collect(array.get(i), slots);
			}
		}
	}

	/** The text with one line replaced, removed, duplicated or one of its cells (split on the separator) changed. */
	public static String lines(String valid, String separator, Random random) {
		List<String> lines = new ArrayList<>(List.of(valid.split("\n", -1)));
		int i = random.nextInt(lines.size());
		String odd = ODD_CELLS.get(random.nextInt(ODD_CELLS.size()));
		switch (random.nextInt(5)) {
			case 0 -> lines.remove(i);
			case 1 -> lines.add(i, lines.get(i));
			case 2 -> lines.set(i, odd);
			case 3 -> lines.set(i, lines.get(i) + separator + odd);
			default -> {
				String[] cells = lines.get(i).split(java.util.regex.Pattern.quote(separator), -1);
				cells[random.nextInt(cells.length)] = odd;
				lines.set(i, String.join(separator, cells));
			}
		}
		return String.join("\n", lines);
	}

	/** The bytes cut short, or with a few bytes flipped. */
	public static byte[] bytes(byte[] valid, Random random) {
		if (random.nextBoolean()) {
			return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
		}
		byte[] copy = valid.clone();
		int flips = 1 + random.nextInt(4);
		for (int f = 0; f < flips; f++) {
			copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
		}
		return copy;
	}

	public static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
