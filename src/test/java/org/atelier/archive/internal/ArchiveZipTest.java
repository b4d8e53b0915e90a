package org.atelier.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.atelier.shared.archive.ArchiveProblems;
import org.junit.jupiter.api.Test;

/** The archive zip reader against damaged and hostile files, each written here byte by byte. */
class ArchiveZipTest {

	private static final ArchiveZip.Limits LIMITS = new ArchiveZip.Limits(10, 1_000_000);
	private static final byte[] JSON = "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8);

	@Test
	void aSoundArchiveIsReadWithItsAttachments() {
		byte[] zip = ArchiveZip.write(JSON, Map.of("attachments/doc-1.bin", new byte[] { 1, 2, 3 }));
		ArchiveProblems problems = new ArchiveProblems();
		ArchiveZip.Contents contents = ArchiveZip.read(zip, LIMITS, problems);
		assertThat(problems.list()).isEmpty();
		assertThat(contents.json()).isEqualTo(JSON);
		assertThat(contents.attachments().get("attachments/doc-1.bin")).containsExactly(1, 2, 3);
	}

	@Test
	void namesThatEscapeOrDoNotBelongAreEachReported() throws IOException {
		byte[] zip = zip(Map.of("atelier.json", JSON, "../evil.txt", new byte[1], "/etc/passwd", new byte[1],
				"attachments\\x.bin", new byte[1], "other/file.bin", new byte[1], "attachments/a/../b", new byte[1],
				"C:/win.ini", new byte[1]));
		assertThat(problemsOf(zip)).containsExactlyInAnyOrder("../evil.txt archive.entry.unsafeName",
				"/etc/passwd archive.entry.unsafeName", "attachments\\x.bin archive.entry.unsafeName",
				"other/file.bin archive.entry.unexpected", "attachments/a/../b archive.entry.unsafeName",
				"C:/win.ini archive.entry.unsafeName");
	}

	@Test
	void aMissingDocumentIsReported() throws IOException {
		assertThat(problemsOf(zip(Map.of("attachments/x.bin", new byte[] { 1 }))))
			.containsExactly("atelier.json archive.entry.missing");
	}

	@Test
	void tooManyEntriesStopTheReading() throws IOException {
		var entries = new java.util.LinkedHashMap<String, byte[]>();
		entries.put("atelier.json", JSON);
		for (int i = 0; i < 20; i++) {
			entries.put("attachments/f" + i + ".bin", new byte[] { (byte) i });
		}
		assertThat(problemsOf(zip(entries))).containsExactly("archive archive.zip.tooManyEntries");
	}

	@Test
	void aZipBombStopsAtTheCapOfInflatedBytesWhateverItsHeadersClaim() throws IOException {
		// 50 MB of zeros deflate to some 50 kB; the header's size would be trusted by a naive reader
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("atelier.json"));
			out.write(JSON);
			out.closeEntry();
			out.putNextEntry(new ZipEntry("attachments/bomb.bin"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 50; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(1_000_000);
		assertThat(problemsOf(bytes.toByteArray()))
			.containsExactly("attachments/bomb.bin archive.zip.tooLargeUncompressed");
	}

	@Test
	void aTruncatedZipIsReportedAsSuch() {
		byte[] zip = ArchiveZip.write(JSON, Map.of("attachments/doc-1.bin", new byte[5000]));
		assertThat(problemsOf(Arrays.copyOf(zip, zip.length - 30))).contains("archive archive.zip.truncated");
		assertThat(problemsOf(Arrays.copyOf(zip, 60))).contains("archive archive.zip.truncated");
	}

	@Test
	void somethingThatIsNoZipAtAllIsReported() {
		assertThat(problemsOf("{\"not\":\"a zip\"}".getBytes(StandardCharsets.UTF_8)))
			.containsExactly("archive archive.zip.invalid");
		assertThat(problemsOf(new byte[0])).containsExactly("archive archive.zip.invalid");
	}

	@Test
	void aDuplicateEntryIsReportedAndStillCounted() throws IOException {
		// ZipOutputStream refuses duplicates: write the local headers by hand, then an end record
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		storedEntry(raw, "atelier.json", JSON);
		storedEntry(raw, "atelier.json", JSON);
		endRecord(raw);
		assertThat(problemsOf(raw.toByteArray())).containsExactly("atelier.json archive.entry.duplicate");
	}

	private static java.util.List<String> problemsOf(byte[] zip) {
		ArchiveProblems problems = new ArchiveProblems();
		ArchiveZip.Contents contents = ArchiveZip.read(zip, LIMITS, problems);
		assertThat(contents).isNull();
		return problems.list().stream().map(p -> p.location() + " " + p.messageKey()).toList();
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (var e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** A local file header (APPNOTE 4.3.7) of a stored entry, followed by its bytes. */
	private static void storedEntry(ByteArrayOutputStream out, String name, byte[] content) {
		CRC32 crc = new CRC32();
		crc.update(content);
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		int32(out, 0x04034b50);
		int16(out, 10);
		int16(out, 0);
		int16(out, 0); // stored
		int16(out, 0);
		int16(out, 0);
		int32(out, (int) crc.getValue());
		int32(out, content.length);
		int32(out, content.length);
		int16(out, nameBytes.length);
		int16(out, 0);
		out.writeBytes(nameBytes);
		out.writeBytes(content);
	}

	private static void endRecord(ByteArrayOutputStream out) {
		int32(out, 0x06054b50);
		for (int i = 0; i < 9; i++) {
			int16(out, 0);
		}
	}

	private static void int16(ByteArrayOutputStream out, int v) {
		out.write(v & 0xff);
		out.write((v >> 8) & 0xff);
	}

	private static void int32(ByteArrayOutputStream out, int v) {
		int16(out, v & 0xffff);
		int16(out, (v >>> 16) & 0xffff);
	}
}
