package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Recognising a document's format from its bytes: any bytes give a format or none, never an error. */
class DocumentFormatTest {

	@Property
	void anyBytesGiveAFormatOrNone(@ForAll @Size(max = 600) byte[] content) {
		assertThat(DocumentFormat.recognise(content)).isNotNull();
	}

	@Property
	void aKnownSignatureFollowedByAnythingIsThatFormat(@ForAll @Size(max = 200) byte[] rest) {
		assertThat(DocumentFormat.recognise(join("%PDF-".getBytes(StandardCharsets.US_ASCII), rest)))
			.contains(DocumentFormat.PDF);
		assertThat(DocumentFormat.recognise(join(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }, rest)))
			.contains(DocumentFormat.JPEG);
	}

	@Property
	void cleanedFileNamesHaveNoPathNoControlCharactersAndFitTheColumn(@ForAll String name) {
		String cleaned = StakeholderDocuments.cleanFileName(name);
		if (cleaned != null) {
			assertThat(cleaned).doesNotContain("/", "\\", "\"", "\r", "\n").doesNotStartWith(".").isNotBlank();
			assertThat(cleaned.length()).isLessThanOrEqualTo(StakeholderDocuments.FILE_NAME_MAX);
			assertThat(cleaned.codePoints().noneMatch(Character::isISOControl)).isTrue();
		}
	}

	@Test
	void programsWebPagesAndPlainZipsAreNoDocuments() {
		assertThat(DocumentFormat.recognise("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(DocumentFormat.recognise("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(DocumentFormat.recognise("PK\u0003\u0004 plain archive".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(DocumentFormat.recognise(new byte[0])).isEmpty();
	}

	@Test
	void officeDocumentsAreToldApartByWhatTheArchiveHolds() {
		byte[] header = Arrays.copyOf("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), 30);
		assertThat(DocumentFormat.recognise(join(header,
				"mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII))))
			.contains(DocumentFormat.ODT);
		assertThat(DocumentFormat.recognise(join(header,
				"[Content_Types].xml ... word/document.xml".getBytes(StandardCharsets.US_ASCII))))
			.contains(DocumentFormat.DOCX);
		assertThat(DocumentFormat.recognise(join(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' },
				new byte[4]))).contains(DocumentFormat.PNG);
	}

	@Test
	void aHostilePathKeepsOnlyItsLastPart() {
		assertThat(StakeholderDocuments.cleanFileName("../../evil\"\r\nname.pdf")).isEqualTo("evil_name.pdf");
		assertThat(StakeholderDocuments.cleanFileName("C:\\Users\\me\\Letter of intent.pdf")).isEqualTo("Letter of intent.pdf");
		assertThat(StakeholderDocuments.cleanFileName("../..")).isNull();
		assertThat(StakeholderDocuments.cleanFileName("x".repeat(300) + ".pdf")).hasSize(200);
	}

	private static byte[] join(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
