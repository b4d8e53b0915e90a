package org.atelier.strategy.web;

import java.util.ArrayList;
import java.util.List;

import org.atelier.strategy.StatementDraft;
import org.atelier.strategy.StatementView;
import org.jspecify.annotations.Nullable;

/**
 * The edit form of the vision, mission and strategy, as text exactly as the coordinator typed it.
 * {@code version} is the revision the form was shown with (0 when there was none yet).
 */
public class StatementForm {

	/** Empty objective rows the form offers beyond the filled ones. */
	static final int SPARE_ROWS = 2;

	private @Nullable String vision;
	private @Nullable String mission;
	private @Nullable String strategy;
	private @Nullable Integer version;
	private List<ObjectiveForm> objectives = new ArrayList<>();

	static StatementForm of(@Nullable StatementView current) {
		var form = new StatementForm();
		form.version = 0;
		if (current != null) {
			form.vision = current.vision();
			form.mission = current.mission();
			form.strategy = current.strategy();
			form.version = current.revision();
			current.objectives().forEach(o -> form.objectives.add(ObjectiveForm.of(o)));
		}
		form.addRows(SPARE_ROWS);
		return form;
	}

	void addRows(int count) {
		for (int i = 0; i < count; i++) {
			objectives.add(new ObjectiveForm());
		}
	}

	StatementDraft toDraft() {
		return new StatementDraft(vision, mission, strategy,
				objectives.stream().map(o -> new StatementDraft.ObjectiveDraft(o.getObjective(), o.getMeasure(),
						o.getOwner(), o.getDueDate())).toList());
	}

	public @Nullable String getVision() {
		return vision;
	}

	public void setVision(@Nullable String vision) {
		this.vision = vision;
	}

	public @Nullable String getMission() {
		return mission;
	}

	public void setMission(@Nullable String mission) {
		this.mission = mission;
	}

	public @Nullable String getStrategy() {
		return strategy;
	}

	public void setStrategy(@Nullable String strategy) {
		this.strategy = strategy;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}

	public List<ObjectiveForm> getObjectives() {
		return objectives;
	}

	public void setObjectives(List<ObjectiveForm> objectives) {
		this.objectives = objectives;
	}

	/** One objective row of the form. */
	public static class ObjectiveForm {

		private @Nullable String objective;
		private @Nullable String measure;
		private @Nullable String owner;
		private @Nullable String dueDate;

		static ObjectiveForm of(StatementView.ObjectiveView o) {
			var row = new ObjectiveForm();
			row.objective = o.objective();
			row.measure = o.measure();
			row.owner = o.ownerUsername();
			row.dueDate = o.dueDate() == null ? null : o.dueDate().toString();
			return row;
		}

		public @Nullable String getObjective() {
			return objective;
		}

		public void setObjective(@Nullable String objective) {
			this.objective = objective;
		}

		public @Nullable String getMeasure() {
			return measure;
		}

		public void setMeasure(@Nullable String measure) {
			this.measure = measure;
		}

		public @Nullable String getOwner() {
			return owner;
		}

		public void setOwner(@Nullable String owner) {
			this.owner = owner;
		}

		public @Nullable String getDueDate() {
			return dueDate;
		}

		public void setDueDate(@Nullable String dueDate) {
			this.dueDate = dueDate;
		}
	}
}
