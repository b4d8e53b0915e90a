-- PostgreSQL text search over lessons: one weighted vector per lesson in the text search
-- configuration of the lesson's language (title A, summary B, tags C, the rest D), with a GIN index.
alter table lesson add column search_vector tsvector generated always as (
    case language
        when 'nl' then
            setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('dutch'::regconfig, coalesce(tags, '')), 'C')
            || setweight(to_tsvector('dutch'::regconfig, coalesce(context, '') || ' ' || coalesce(what_happened, '')
                || ' ' || coalesce(insight, '') || ' ' || coalesce(recommendation, '')), 'D')
        when 'es' then
            setweight(to_tsvector('spanish'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('spanish'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('spanish'::regconfig, coalesce(tags, '')), 'C')
            || setweight(to_tsvector('spanish'::regconfig, coalesce(context, '') || ' ' || coalesce(what_happened, '')
                || ' ' || coalesce(insight, '') || ' ' || coalesce(recommendation, '')), 'D')
        else
            setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(tags, '')), 'C')
            || setweight(to_tsvector('english'::regconfig, coalesce(context, '') || ' ' || coalesce(what_happened, '')
                || ' ' || coalesce(insight, '') || ' ' || coalesce(recommendation, '')), 'D')
    end
) stored;
create index ix_lesson_search on lesson using gin (search_vector);
