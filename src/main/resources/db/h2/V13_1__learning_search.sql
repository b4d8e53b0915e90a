-- H2 searches lessons through the lesson_term table (filled by the application): look terms up fast.
create index ix_lesson_term_term on lesson_term (term);
