package org.atelier.archive;

/** An uploaded archive over {@code atelier.archive.max-size}: refused before it is read (413). */
public class ArchiveTooLarge extends RuntimeException {

	private final long maxBytes;

	public ArchiveTooLarge(long maxBytes) {
		super("archive over " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}
}
