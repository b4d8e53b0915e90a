package org.atelier.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every public static {@code parse(...)} of the application's form and API inputs (session,
 * action, decision, role, stakeholder, atelier, hypothesis, evidence, lesson, funding, team,
 * lifecycle inputs and the enumerations read from text), found by scanning, called with random and
 * awkward text, numbers and lists: each returns a value or refuses with a {@link FieldProblem}
 * naming the fields; never another exception (which the API and pages would turn into a 500).
 * The energy engine's file readers have their own properties.
 */
class ParseMethodsPropertyTest {

	private static final List<String> AWKWARD = List.of("", " ", "\t", "-1", "0", "1e309", "NaN", "Infinity", "-0",
			"99999999999999999999", "2025-02-30", "2026-13-01", "2026-01-01T25:00", "2026-01-01T10:00", "2026-06-30",
			"Mars/Olympus", "Europe/Madrid", "'; drop table atelier; --", "\u0000", "\uFEFF", "∞", "١٢", "a".repeat(5000),
			"true", "PARTNER", "energy", "workshop", "desirability", "supports", "committed", "x,y,,z", "1,5", "1.5",
			"https://", "javascript:alert(1)", "%", "{0}", "en", "zz");

	private static final List<Method> PARSERS = parsers();

	@Property(tries = 250)
	void everyParseMethodReturnsOrRefusesWithFieldProblems(@ForAll long seed) {
		assertThat(PARSERS).hasSizeGreaterThan(20);
		Random random = new Random(seed);
		for (Method parse : PARSERS) {
			Object[] args = new Object[parse.getParameterCount()];
			Parameter[] params = parse.getParameters();
			for (int i = 0; i < args.length; i++) {
				args[i] = value(params[i], random);
			}
			try {
				parse.invoke(null, args);
			}
			catch (InvocationTargetException e) {
				if (e.getCause() instanceof FieldProblem refused) {
					assertThat(refused.violations()).as(parse + " refused without naming a field").isNotEmpty();
					refused.violations().forEach(v -> assertThat(v.field()).isNotBlank());
				}
				else {
					throw new AssertionError(parse.getDeclaringClass().getSimpleName() + ".parse" + java.util.Arrays.toString(args)
						.replaceAll("a{50,}", "a...") + " threw " + e.getCause(), e.getCause());
				}
			}
			catch (IllegalAccessException e) {
				throw new AssertionError(e);
			}
		}
	}

	private static @Nullable Object value(Parameter p, Random random) {
		boolean nullable = p.getAnnotatedType().isAnnotationPresent(Nullable.class);
		if (nullable && random.nextInt(6) == 0) {
			return null;
		}
		Class<?> type = p.getType();
		if (type == String.class) {
			return text(random);
		}
		if (type == Long.class || type == long.class) {
			return List.of(-1L, 0L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, 42L).get(random.nextInt(6));
		}
		if (type == Integer.class || type == int.class) {
			return List.of(-1, 0, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 5).get(random.nextInt(6));
		}
		if (type == Boolean.class || type == boolean.class) {
			return random.nextBoolean();
		}
		if (Collection.class.isAssignableFrom(type)) {
			List<Object> list = new ArrayList<>();
			Class<?> element = p.getParameterizedType() instanceof ParameterizedType pt
					&& pt.getActualTypeArguments()[0] instanceof Class<?> c ? c : String.class;
			int n = random.nextInt(4);
			for (int i = 0; i < n; i++) {
				if (element == String.class) {
					list.add(text(random));
				}
				else if (element == Long.class) {
					list.add((long) random.nextInt(100) - 1);
				}
			}
			return list;
		}
		throw new IllegalStateException("no values for " + type + " of " + p.getDeclaringExecutable());
	}

	private static String text(Random random) {
		if (random.nextInt(3) == 0) {
			StringBuilder sb = new StringBuilder();
			int n = random.nextInt(20);
			for (int i = 0; i < n; i++) {
				sb.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f));
			}
			return sb.toString();
		}
		return AWKWARD.get(random.nextInt(AWKWARD.size()));
	}

	/** Public static parse methods whose parameters this test can fill (text, numbers, truth values, lists of those). */
	private static List<Method> parsers() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().startsWith("org.atelier.")
				&& !reader.getClassMetadata().getClassName().contains(".demo."));
		List<Method> found = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.atelier")) {
			Class<?> type;
			try {
				type = Class.forName(candidate.getBeanClassName());
			}
			catch (ClassNotFoundException | LinkageError e) {
				continue;
			}
			for (Method m : type.getDeclaredMethods()) {
				if (m.getName().equals("parse") && Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
						&& java.util.Arrays.stream(m.getParameters()).allMatch(ParseMethodsPropertyTest::fillable)
						&& !type.getPackageName().contains(".engine")) {
					found.add(m);
				}
			}
		}
		found.sort(Comparator.comparing(Method::toString));
		return found;
	}

	private static boolean fillable(Parameter p) {
		Class<?> t = p.getType();
		return t == String.class || t == Long.class || t == long.class || t == Integer.class || t == int.class
				|| t == Boolean.class || t == boolean.class || Collection.class.isAssignableFrom(t);
	}
}
