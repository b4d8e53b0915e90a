package org.atelier.stakeholder.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The form to attach a document to an organisation, as sent. */
public class DocumentForm {

	private @Nullable String title;
	private @Nullable String kind;
	private @Nullable String signedOn;
	private @Nullable MultipartFile file;

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public @Nullable String getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(@Nullable String signedOn) {
		this.signedOn = signedOn;
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}
}
