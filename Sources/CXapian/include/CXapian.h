/* CXapian — a pure C face over the parts of Xapian 1.4 that NewsIndex uses.
 *
 * The only code in NewsIndex that includes <xapian.h> sits behind this header. Every entry point
 * catches every C++ exception and reports it through a CXapian_error: an exception that escaped into
 * Swift would abort the whole process.
 *
 * Ownership: functions named *_open / *_search return handles the caller frees with the matching
 * *_free. Strings returned as `char *` are malloc'd and freed with CXapian_string_free.
 * All strings going in are (pointer, length) pairs or NUL-terminated where noted; none are retained.
 */
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Error classes, mapped from the Xapian exception class that was caught. */
typedef enum {
    CXapian_OK = 0,
    CXapian_DATABASE_NOT_FOUND = 1,  /* Xapian::DatabaseNotFoundError */
    CXapian_DATABASE_LOCK = 2,       /* Xapian::DatabaseLockError */
    CXapian_DATABASE_MODIFIED = 3,   /* Xapian::DatabaseModifiedError: reopen and retry */
    CXapian_DATABASE_CORRUPT = 4,    /* Xapian::DatabaseCorruptError */
    CXapian_DATABASE_VERSION = 5,    /* Xapian::DatabaseVersionError */
    CXapian_DATABASE_OPENING = 6,    /* other Xapian::DatabaseOpeningError */
    CXapian_DATABASE = 7,            /* other Xapian::DatabaseError (I/O, disk full, ...) */
    CXapian_QUERY_PARSER = 8,        /* Xapian::QueryParserError */
    CXapian_NETWORK = 9,             /* Xapian::NetworkError */
    CXapian_INVALID_ARGUMENT = 10,   /* Xapian::InvalidArgumentError */
    CXapian_INVALID_OPERATION = 11,  /* Xapian::InvalidOperationError */
    CXapian_DOCUMENT_NOT_FOUND = 12, /* Xapian::DocNotFoundError */
    CXapian_RANGE = 13,              /* Xapian::RangeError */
    CXapian_OTHER_XAPIAN = 14,       /* any other Xapian::Error */
    CXapian_STD_EXCEPTION = 15,      /* std::exception (bad_alloc, ...) */
    CXapian_UNKNOWN = 16             /* anything else thrown */
} CXapian_error_code;

/* Filled on failure. `type` is Xapian's get_type(), `message` its get_msg() (plus context). */
typedef struct {
    CXapian_error_code code;
    char *type;
    char *message;
} CXapian_error;

/* Frees the strings of an error filled by a failed call and resets it to CXapian_OK. */
void CXapian_error_clear(CXapian_error *error);
void CXapian_string_free(char *string);
/* Xapian::version_string() */
const char *CXapian_version_string(void);

/* ---------- Writing ---------- */

typedef struct CXapian_writable_database CXapian_writable_database;

/* Xapian::WritableDatabase(path, DB_CREATE_OR_OPEN or DB_OPEN). With `scratch`, a database that is
 * thrown away after use (a shard before its merge): DB_NO_SYNC | DB_DANGEROUS, no fsync, blocks
 * updated in place; after a crash it is unusable, and it must have no reader while it is written. */
CXapian_writable_database *CXapian_writable_open(const char *path, int create, int scratch, CXapian_error *error);
/* Frees without committing. Pending changes are lost, as after a crash (the last commit stays). */
void CXapian_writable_free(CXapian_writable_database *db);
/* WritableDatabase::commit() */
int CXapian_writable_commit(CXapian_writable_database *db, CXapian_error *error);
/* WritableDatabase::close(): commits and releases the lock. */
int CXapian_writable_close(CXapian_writable_database *db, CXapian_error *error);
/* WritableDatabase::set_metadata() */
int CXapian_writable_set_metadata(CXapian_writable_database *db, const char *key,
                                  const char *value, size_t value_len, CXapian_error *error);
/* Database::get_metadata() on the writer (sees uncommitted changes). */
char *CXapian_writable_get_metadata(CXapian_writable_database *db, const char *key, size_t *length,
                                    CXapian_error *error);
/* WritableDatabase::delete_document(unique_term): removes every document indexed by the term. */
int CXapian_writable_delete_term(CXapian_writable_database *db, const char *term, size_t term_len,
                                 CXapian_error *error);
/* Database::get_termfreq() on the writer. Returns -1 on error. */
int64_t CXapian_writable_termfreq(CXapian_writable_database *db, const char *term, size_t term_len,
                                  CXapian_error *error);

/* A block of text for TermGenerator::index_text(text, wdf_inc, prefix). */
typedef struct {
    const char *text;
    size_t text_len;
    const char *prefix; /* NUL-terminated, "" for none */
    uint32_t wdf_inc;
    int with_positions; /* 0: index_text_without_positions() */
} CXapian_text;

/* A term for Document::add_term(term, wdf); wdf 0 makes it a boolean (unweighted) term. */
typedef struct {
    const char *term;
    size_t term_len;
    uint32_t wdf;
} CXapian_term;

/* Document::add_value(slot, value) */
typedef struct {
    uint32_t slot;
    const char *value;
    size_t value_len;
} CXapian_value;

/* A whole document built in Swift and handed over in one call. */
typedef struct {
    const char *data;
    size_t data_len;
    const CXapian_text *texts;
    size_t text_count;
    const CXapian_term *terms;
    size_t term_count;
    const CXapian_value *values;
    size_t value_count;
} CXapian_document;

/* Builds the document with a TermGenerator (English stemmer, STEM_SOME) and calls
 * WritableDatabase::add_document(). Returns the docid, 0 on error. */
uint32_t CXapian_writable_add_document(CXapian_writable_database *db, const CXapian_document *doc,
                                       CXapian_error *error);

/* Merges the databases at `sources` into a new database at `destination` with
 * Database::compact(destination, Xapian::Compactor::FULLER) in 16 KB blocks: one shard from many,
 * or a smaller copy of one. `destination` must not exist. */
int CXapian_compact(const char *const *sources, size_t source_count, const char *destination, CXapian_error *error);

/* A document built ahead of time, on any thread: the TermGenerator work (tokenising, stemming,
 * positions) happens there, and the writer's thread only adds it. */
typedef struct CXapian_built_document CXapian_built_document;

/* Builds the document with a TermGenerator of the calling thread (English stemmer, STEM_SOME). */
CXapian_built_document *CXapian_document_build(const CXapian_document *doc, CXapian_error *error);
void CXapian_built_document_free(CXapian_built_document *doc);
/* WritableDatabase::add_document(). (No spelling table is written: suggestions come from the
 * index's words at query time, Speller.hpp.) */
uint32_t CXapian_writable_add_built(CXapian_writable_database *db, const CXapian_built_document *doc,
                                    CXapian_error *error);

/* ---------- Reading ---------- */

typedef struct CXapian_database CXapian_database;

/* Xapian::Database(path) */
CXapian_database *CXapian_database_open(const char *path, CXapian_error *error);
void CXapian_database_free(CXapian_database *db);
/* Database::reopen(): returns 1 if a newer revision was opened, 0 if not, -1 on error. */
int CXapian_database_reopen(CXapian_database *db, CXapian_error *error);
/* Database::get_doccount() */
int64_t CXapian_database_doccount(CXapian_database *db, CXapian_error *error);
/* Database::get_termfreq() */
int64_t CXapian_database_termfreq(CXapian_database *db, const char *term, size_t term_len,
                                  CXapian_error *error);
/* Database::get_metadata(); NULL on error, "" when the key is unset. */
char *CXapian_database_get_metadata(CXapian_database *db, const char *key, size_t *length,
                                    CXapian_error *error);
/* Database::get_value_lower_bound() / get_value_upper_bound() */
char *CXapian_database_value_bound(CXapian_database *db, uint32_t slot, int upper, size_t *length,
                                   CXapian_error *error);
/* The value in `slot` of the first document indexed by `term` (postlist_begin), "" when none. */
char *CXapian_database_first_value(CXapian_database *db, const char *term, uint32_t slot, size_t *length,
                                   CXapian_error *error);
/* Walks Database::allterms_begin(prefix): calls visit(context, term without prefix, termfreq)
 * for each; stops early when visit returns non-zero. Returns the number visited, -1 on error. */
typedef int (*CXapian_term_visitor)(void *context, const char *term, size_t term_len, uint32_t termfreq);
int64_t CXapian_database_walk_terms(CXapian_database *db, const char *prefix,
                                    CXapian_term_visitor visit, void *context, CXapian_error *error);

/* ---------- Searching ---------- */

/* Normalises a field value typed in a query (`person:"José Álvarez"`) into the index's terms,
 * without the prefix: a malloc'd '\n'-separated list (OR-ed; a line that starts with a tab is a
 * whole term, with its own prefix), "" to match nothing, NULL if the value is invalid (a
 * QueryParserError is then raised with the message in *problem). */
typedef char *(*CXapian_normalizer)(void *context, const char *field, const char *value,
                                    size_t value_len, char **problem);

typedef enum {
    CXapian_FIELD_TEXT = 0,          /* QueryParser::add_prefix(field, prefix) */
    CXapian_FIELD_BOOLEAN = 1,       /* add_boolean_prefix(field, prefix, exclusive=false) */
    CXapian_FIELD_NORMALISED = 2     /* add_boolean_prefix(field, FieldProcessor, exclusive=false) */
} CXapian_field_kind;

typedef struct {
    const char *field;  /* as typed by users: "person" */
    const char *prefix; /* term prefix: "XR" */
    CXapian_field_kind kind;
    int article_level;  /* the terms are article-level (see article_size_slot); for TEXT, the parsed
                           parts searching this field are widened to whole articles */
} CXapian_field;

/* A group of terms OR-ed together; groups are AND-ed. */
typedef struct {
    const char *const *terms;
    size_t term_count;
    int article_level;  /* the terms are article-level (see article_size_slot) */
} CXapian_term_group;

typedef enum { CXapian_SORT_RELEVANCE = 0, CXapian_SORT_VALUE_DESC = 1, CXapian_SORT_VALUE_ASC = 2 } CXapian_sort;

typedef struct {
    const char *query; /* user query for QueryParser; "" matches every document */
    size_t query_len;
    int default_and;   /* 1: default operator AND, 0: OR */
    const CXapian_field *fields;
    size_t field_count;
    CXapian_normalizer normalizer;
    void *normalizer_context;
    int32_t date_slot;         /* DateRangeProcessor slot for `date:A..B` and date_from/to, -1 none */
    const char *date_from;     /* inclusive YYYYMMDD, or NULL */
    const char *date_to;       /* inclusive YYYYMMDD, or NULL */
    int undated;               /* only documents without a value in date_slot */
    const CXapian_term_group *filters;    /* documents must match every group (OP_FILTER) */
    size_t filter_count;
    const char *const *article_excludes;  /* article-level terms: documents whose article has any are
                                             dropped (OP_AND_NOT) */
    size_t article_exclude_count;
    /* -1: every term is where it matches. Else documents come in runs of consecutive ids (an
     * article's passages), article-level terms sit on the last document of a run only, and that
     * document holds the run's length (decimal) in this slot: article-level filters, excludes and
     * fields then match every document of the run. */
    int32_t article_size_slot;
    const char *const *preferred;         /* weighted terms that raise a document (OP_AND_MAYBE); with no
                                             query text and some filters, the query itself: every
                                             filtered article must have a document with one of them */
    size_t preferred_count;
    uint32_t offset;
    uint32_t limit;
    int32_t collapse_slot; /* Enquire::set_collapse_key(), -1 for none */
    uint32_t collapse_max;
    int one_per_run;       /* the hits are the best document of each run (article) of the facet spy
                              (needs facet_count > 0 and exact; ignored otherwise): the same hits as a
                              collapse on a slot holding the run's key, without reading that slot for
                              every candidate */
    CXapian_sort sort;
    uint32_t sort_slot;
    int exact;             /* check_at_least = doccount so totals and facets are exact */
    uint32_t facet_slot;    /* documents come in runs of consecutive ids (an article's passages); the
                               last of a run holds, never empty, a '\0'-joined list of entries, each
                               a facet number ('0'..'9') + value. A run is counted once, by the
                               document holding its list */
    uint32_t facet_count;   /* how many facets the entries use; 0: no facets */
    const struct CXapian_facet_aliases *facet_aliases; /* the people merged into others, or NULL */
    int spelling;          /* suggest a spelling for the query's words the index lacks (Speller.hpp) */
} CXapian_search_request;

typedef struct CXapian_results CXapian_results;

/* The archive's merges of people, built once and used by every search of an index: `pairs` holds
 * pair_count pairs of facet-0 entries, each counted as the other ("0Trump" -> "0Donald Trump").
 * `confirmed` holds confirmed_count pairs of a term and a person's name ("XWkarl rove", "Karl
 * Rove"): every document of `db` indexed by the term (an article's last passage) counts as naming
 * the person (db may be NULL when confirmed_count is 0; where its postings cannot be read, they are
 * left out). NULL if out of memory. */
typedef struct CXapian_facet_aliases CXapian_facet_aliases;
CXapian_facet_aliases *CXapian_facet_aliases_new(const char *const *pairs, size_t pair_count, CXapian_database *db,
                                                 const char *const *confirmed, size_t confirmed_count);
void CXapian_facet_aliases_free(CXapian_facet_aliases *aliases);

/* Parses the query, runs Enquire::get_mset() with the facet spy attached. */
CXapian_results *CXapian_search(CXapian_database *db, const CXapian_search_request *request,
                                CXapian_error *error);
void CXapian_results_free(CXapian_results *results);
uint32_t CXapian_results_count(const CXapian_results *results);
/* MSet::get_matches_estimated() (collapsed) and get_uncollapsed_matches_estimated(); with
 * one_per_run, both are the documents' estimate (distinct_keys counts the runs). */
uint64_t CXapian_results_matches(const CXapian_results *results);
uint64_t CXapian_results_uncollapsed_matches(const CXapian_results *results);
/* Distinct facet keys (articles) the spy saw. */
uint64_t CXapian_results_distinct_keys(const CXapian_results *results);
/* Documents the spy saw: every match when the request was exact (the uncollapsed estimate is not
 * exact under a collapse key). */
uint64_t CXapian_results_spied_documents(const CXapian_results *results);
double CXapian_results_weight(const CXapian_results *results, uint32_t index);
/* Document::get_data() of hit `index`; malloc'd. */
char *CXapian_results_data(CXapian_results *results, uint32_t index, size_t *length, CXapian_error *error);
/* Document::get_data() of the document `offset` ids after hit `index` (another passage of its
 * article: passages have consecutive ids); malloc'd. */
char *CXapian_results_data_after(CXapian_results *results, uint32_t index, uint32_t offset, size_t *length,
                                 CXapian_error *error);
/* The query with its words the index lacks replaced by the closest words it has (Speller.hpp);
 * malloc'd, "" when none. */
char *CXapian_results_correction(const CXapian_results *results, size_t *length);
/* 1 when the parsed query text has words a passage's text can show (unprefixed terms), else 0
 * (no text, or only fields such as `title:`). */
int CXapian_results_has_passage_words(const CXapian_results *results);
/* Query::get_description(), for --explain and tests. */
char *CXapian_results_query_description(const CXapian_results *results, size_t *length);
/* MSet::snippet(text, length, english stemmer, flags, hi_start, hi_end, omit) */
char *CXapian_results_snippet(CXapian_results *results, const char *text, size_t text_len, size_t length,
                              const char *hi_start, const char *hi_end, size_t *out_len,
                              CXapian_error *error);
/* Counts of facet number `facet`: calls visit(context, value, count) for the `limit` values with the
 * highest counts (ties by value; 0 for all), in that order. Returns how many distinct values it has.
 * Facet 0 (people) counts persons: the spellings of one person key (case, hyphens and apostrophes
 * aside) and the keys facet_aliases merge into it, once per article, each shown by its most counted
 * spelling of its own key (FacetSpy.hpp). */
typedef void (*CXapian_count_visitor)(void *context, const char *value, size_t value_len, uint64_t count);
uint64_t CXapian_results_facet(const CXapian_results *results, size_t facet, size_t limit,
                               CXapian_count_visitor visit, void *context);

#ifdef __cplusplus
}
#endif

#endif
