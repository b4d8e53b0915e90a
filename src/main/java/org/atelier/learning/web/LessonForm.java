package org.atelier.learning.web;

import java.util.ArrayList;
import java.util.List;

import org.atelier.learning.LessonInput;
import org.atelier.learning.LessonView;
import org.atelier.learning.Visibility;
import org.atelier.method.BuildingBlock;
import org.jspecify.annotations.Nullable;

/** The lesson form as typed; {@link #toInput()} checks it through {@link LessonInput#parse}. */
public class LessonForm {

	private @Nullable String title;
	private @Nullable String summary;
	private @Nullable String context;
	private @Nullable String whatHappened;
	private @Nullable String insight;
	private @Nullable String recommendation;
	private @Nullable String phase;
	private List<String> blocks = new ArrayList<>();
	private @Nullable String theme;
	private @Nullable String city;
	private @Nullable String tags;
	private @Nullable String visibility;
	private @Nullable String language;
	private @Nullable String date;
	private @Nullable Integer version;

	static LessonForm blank(String phase, String theme, String city, String language) {
		LessonForm form = new LessonForm();
		form.phase = phase;
		form.theme = theme;
		form.city = city;
		form.language = language;
		form.visibility = Visibility.INSTALLATION.name();
		return form;
	}

	static LessonForm of(LessonView v) {
		LessonForm form = new LessonForm();
		form.title = v.title();
		form.summary = v.summary();
		form.context = v.context();
		form.whatHappened = v.whatHappened();
		form.insight = v.insight();
		form.recommendation = v.recommendation();
		form.phase = v.phase().key();
		form.blocks = new ArrayList<>(v.blocks().stream().map(BuildingBlock::key).toList());
		form.theme = v.theme().name();
		form.city = v.city();
		form.tags = v.tagText();
		form.visibility = v.visibility().name();
		form.language = v.language().code();
		form.date = v.date().toString();
		form.version = v.version();
		return form;
	}

	LessonInput toInput() {
		return LessonInput.parse(title, summary, context, whatHappened, insight, recommendation, phase, blocks, theme,
				city, tags, visibility, language, date);
	}

	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary; }
	public @Nullable String getContext() { return context; }
	public void setContext(@Nullable String context) { this.context = context; }
	public @Nullable String getWhatHappened() { return whatHappened; }
	public void setWhatHappened(@Nullable String whatHappened) { this.whatHappened = whatHappened; }
	public @Nullable String getInsight() { return insight; }
	public void setInsight(@Nullable String insight) { this.insight = insight; }
	public @Nullable String getRecommendation() { return recommendation; }
	public void setRecommendation(@Nullable String recommendation) { this.recommendation = recommendation; }
	public @Nullable String getPhase() { return phase; }
	public void setPhase(@Nullable String phase) { this.phase = phase; }
	public List<String> getBlocks() { return blocks; }
	public void setBlocks(@Nullable List<String> blocks) { this.blocks = blocks == null ? new ArrayList<>() : blocks; }
	public @Nullable String getTheme() { return theme; }
	public void setTheme(@Nullable String theme) { this.theme = theme; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city; }
	public @Nullable String getTags() { return tags; }
	public void setTags(@Nullable String tags) { this.tags = tags; }
	public @Nullable String getVisibility() { return visibility; }
	public void setVisibility(@Nullable String visibility) { this.visibility = visibility; }
	public @Nullable String getLanguage() { return language; }
	public void setLanguage(@Nullable String language) { this.language = language; }
	public @Nullable String getDate() { return date; }
	public void setDate(@Nullable String date) { this.date = date; }
	public @Nullable Integer getVersion() { return version; }
	public void setVersion(@Nullable Integer version) { this.version = version; }
}
