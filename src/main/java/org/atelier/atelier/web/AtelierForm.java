package org.atelier.atelier.web;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierView;
import org.jspecify.annotations.Nullable;

/**
 * The create and edit form of an atelier, as text exactly as the person typed it. {@code version}
 * is the version the edit form was shown with (empty when creating).
 */
public class AtelierForm {

	private @Nullable String name;
	private @Nullable String city;
	private @Nullable String district;
	private @Nullable String theme;
	private @Nullable String challenge;
	private @Nullable String description;
	private @Nullable String startDate;
	private @Nullable Integer version;

	static AtelierForm of(AtelierView atelier) {
		var form = new AtelierForm();
		form.name = atelier.name();
		form.city = atelier.city();
		form.district = atelier.district();
		form.theme = atelier.theme().name();
		form.challenge = atelier.challenge();
		form.description = atelier.description();
		form.startDate = atelier.startDate() == null ? null : atelier.startDate().toString();
		form.version = atelier.version();
		return form;
	}

	/** The validated input; throws a FieldProblem naming every invalid field. */
	AtelierInput toInput() {
		return AtelierInput.parse(name, city, district, theme, challenge, description, startDate);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getDistrict() {
		return district;
	}

	public void setDistrict(@Nullable String district) {
		this.district = district;
	}

	public @Nullable String getTheme() {
		return theme;
	}

	public void setTheme(@Nullable String theme) {
		this.theme = theme;
	}

	public @Nullable String getChallenge() {
		return challenge;
	}

	public void setChallenge(@Nullable String challenge) {
		this.challenge = challenge;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getStartDate() {
		return startDate;
	}

	public void setStartDate(@Nullable String startDate) {
		this.startDate = startDate;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
