package org.atelier.stakeholder.web;

import java.util.ArrayList;
import java.util.List;

import org.atelier.stakeholder.Motivation;
import org.atelier.stakeholder.StakeholderView;
import org.atelier.stakeholder.ValueProposition;
import org.jspecify.annotations.Nullable;

/** The form of an organisation's value proposition, as typed; {@code version} is the organisation's. */
public class ValueForm {

	private List<String> motivations = new ArrayList<>();
	private @Nullable String motivationOther;
	private @Nullable String shortTermValue;
	private @Nullable String longTermValue;
	private @Nullable String expectations;
	private @Nullable String aligned;
	private @Nullable String alignmentNote;
	private @Nullable Integer version;

	static ValueForm of(StakeholderView s) {
		var form = new ValueForm();
		ValueProposition v = s.valueProposition();
		if (v != null) {
			form.motivations = new ArrayList<>(v.motivationSet().stream().map(Motivation::name).toList());
			form.motivationOther = v.motivationOther();
			form.shortTermValue = v.shortTermValue();
			form.longTermValue = v.longTermValue();
			form.expectations = v.expectations();
			form.aligned = String.valueOf(v.aligned());
			form.alignmentNote = v.alignmentNote();
		}
		form.version = s.version();
		return form;
	}

	ValueProposition toProposition() {
		return ValueProposition.parse(motivations, motivationOther, shortTermValue, longTermValue, expectations,
				aligned == null || aligned.isBlank() ? null : Boolean.valueOf(aligned), alignmentNote);
	}

	public List<String> getMotivations() {
		return motivations;
	}

	public void setMotivations(List<String> motivations) {
		this.motivations = motivations;
	}

	public @Nullable String getMotivationOther() {
		return motivationOther;
	}

	public void setMotivationOther(@Nullable String motivationOther) {
		this.motivationOther = motivationOther;
	}

	public @Nullable String getShortTermValue() {
		return shortTermValue;
	}

	public void setShortTermValue(@Nullable String shortTermValue) {
		this.shortTermValue = shortTermValue;
	}

	public @Nullable String getLongTermValue() {
		return longTermValue;
	}

	public void setLongTermValue(@Nullable String longTermValue) {
		this.longTermValue = longTermValue;
	}

	public @Nullable String getExpectations() {
		return expectations;
	}

	public void setExpectations(@Nullable String expectations) {
		this.expectations = expectations;
	}

	public @Nullable String getAligned() {
		return aligned;
	}

	public void setAligned(@Nullable String aligned) {
		this.aligned = aligned;
	}

	public @Nullable String getAlignmentNote() {
		return alignmentNote;
	}

	public void setAlignmentNote(@Nullable String alignmentNote) {
		this.alignmentNote = alignmentNote;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
