package org.atelier.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.atelier.shared.archive.ArchiveProblems;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the archive zip. Reading trusts nothing the file declares: entries are counted,
 * inflated bytes are counted as they come (a zip bomb stops at the cap, whatever sizes its headers
 * claim), names must be {@code atelier.json} or {@code attachments/<plain name>}, and a file
 * without its closing directory record is reported as truncated.
 */
public final class ArchiveZip {

	public static final String JSON = "atelier.json";
	public static final String ATTACHMENTS = "attachments/";
	private static final Pattern ATTACHMENT_NAME = Pattern.compile("attachments/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
	/** End of central directory record: signature and minimal length (APPNOTE 4.3.16). */
	private static final int EOCD_SIGNATURE = 0x06054b50;
	private static final int EOCD_LENGTH = 22;

	/** Caps on entries and on the inflated bytes of all entries together. */
	public record Limits(int maxEntries, long maxUncompressed) {
	}

	/** What a sound archive holds. */
	public record Contents(byte[] json, Map<String, byte[]> attachments) {
	}

	private ArchiveZip() {
	}

	/** The archive's contents, or null with every problem found added to {@code problems}. */
	public static @Nullable Contents read(byte[] zip, Limits limits, ArchiveProblems problems) {
		if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
			problems.add("archive", "archive.zip.invalid");
			return null;
		}
		if (!hasEndRecord(zip)) {
			problems.add("archive", "archive.zip.truncated");
		}
		byte[] json = null;
		Map<String, byte[]> attachments = new LinkedHashMap<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		long total = 0;
		int count = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String name = entry.getName();
				if (++count > limits.maxEntries()) {
					problems.add("archive", "archive.zip.tooManyEntries", limits.maxEntries());
					return null;
				}
				boolean wanted;
				if (seen.add(name)) {
					wanted = checkName(name, entry.isDirectory(), problems);
				}
				else {
					problems.add(name, "archive.entry.duplicate");
					wanted = false;
				}
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				int n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
					if (total > limits.maxUncompressed()) {
						problems.add(name, "archive.zip.tooLargeUncompressed", limits.maxUncompressed());
						return null;
					}
					if (wanted) {
						content.write(buffer, 0, n);
					}
				}
				if (!wanted || entry.isDirectory()) {
					continue;
				}
				if (name.equals(JSON)) {
					json = content.toByteArray();
				}
				else {
					attachments.put(name, content.toByteArray());
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			// ZipException, EOFException (cut in the middle of an entry), malformed names
			problems.add("archive", "archive.zip.truncated");
			return null;
		}
		if (count == 0) {
			problems.add("archive", "archive.zip.invalid");
			return null;
		}
		if (json == null) {
			problems.add(JSON, "archive.entry.missing");
		}
		return problems.isEmpty() ? new Contents(json, attachments) : null;
	}

	private static boolean checkName(String name, boolean directory, ArchiveProblems problems) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
				|| name.contains("..") || name.contains("//") || name.chars().anyMatch(c -> c < 0x20)) {
			problems.add(name, "archive.entry.unsafeName");
			return false;
		}
		if (directory) {
			if (!name.equals(ATTACHMENTS)) {
				problems.add(name, "archive.entry.unexpected");
			}
			return false;
		}
		if (!name.equals(JSON) && !ATTACHMENT_NAME.matcher(name).matches()) {
			problems.add(name, "archive.entry.unexpected");
			return false;
		}
		return true;
	}

	private static boolean hasEndRecord(byte[] zip) {
		int lowest = Math.max(0, zip.length - EOCD_LENGTH - 0xffff);
		for (int i = zip.length - EOCD_LENGTH; i >= lowest; i--) {
			int sig = (zip[i] & 0xff) | (zip[i + 1] & 0xff) << 8 | (zip[i + 2] & 0xff) << 16 | (zip[i + 3] & 0xff) << 24;
			if (sig == EOCD_SIGNATURE) {
				int commentLength = (zip[i + 20] & 0xff) | (zip[i + 21] & 0xff) << 8;
				if (i + EOCD_LENGTH + commentLength == zip.length) {
					return true;
				}
			}
		}
		return false;
	}

	/** A zip of {@code atelier.json} and the attachments, in a fixed order. */
	public static byte[] write(byte[] json, Map<String, byte[]> attachments) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry(JSON));
			out.write(json);
			out.closeEntry();
			for (var attachment : new java.util.TreeMap<>(attachments).entrySet()) {
				out.putNextEntry(new ZipEntry(attachment.getKey()));
				out.write(attachment.getValue());
				out.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
