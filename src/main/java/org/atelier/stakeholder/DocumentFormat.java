package org.atelier.stakeholder;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The file formats a commitment document may have, recognised from the first bytes of the
 * content and never from the file name or the type the client claims. Signatures: PDF 1.7
 * (ISO 32000-1, 7.5.2 "%PDF-"), PNG (RFC 2083, 3.1), JPEG (ITU T.81, SOI marker FF D8 FF),
 * ZIP local file header "PK\3\4" (PKWARE APPNOTE 4.3.7) holding an OpenDocument text (ODF 1.2
 * part 3, 3.3: an uncompressed first entry "mimetype") or an Office Open XML document
 * (ECMA-376 part 2: a "[Content_Types].xml" part and, for word processing, "word/").
 */
public enum DocumentFormat {

	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	private static final byte[] PDF_MAGIC = ascii("%PDF-");
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
	/** Offset of the first entry's name in a ZIP local file header. */
	private static final int ZIP_NAME_OFFSET = 30;
	private static final byte[] ODF_MIMETYPE = ascii("mimetypeapplication/vnd.oasis.opendocument.text");
	private static final byte[] OOXML_TYPES = ascii("[Content_Types].xml");
	private static final byte[] OOXML_WORD = ascii("word/");

	private final String mediaType;
	private final String extension;

	DocumentFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The format the content has, or empty for anything else (including nothing at all). */
	public static Optional<DocumentFormat> recognise(byte[] content) {
		if (startsWith(content, 0, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, ZIP_MAGIC)) {
			if (startsWith(content, ZIP_NAME_OFFSET, ODF_MIMETYPE)) {
				return Optional.of(ODT);
			}
			if (indexOf(content, OOXML_TYPES) >= 0 && indexOf(content, OOXML_WORD) >= 0) {
				return Optional.of(DOCX);
			}
		}
		return Optional.empty();
	}

	static Optional<DocumentFormat> ofMediaType(String mediaType) {
		for (DocumentFormat f : values()) {
			if (f.mediaType.equals(mediaType)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		if (content.length - offset < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] content, byte[] part) {
		outer: for (int i = 0; i <= content.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
