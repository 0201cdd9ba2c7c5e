#include "Boundary.hpp"
#include "ArticleRange.hpp"
#include "FacetSpy.hpp"
#include "Speller.hpp"

#include <algorithm>
#include <bitset>
#include <memory>

using cxapian::guarded;

namespace {

Xapian::Query term_group(const char *const *terms, size_t count) {
    std::vector<Xapian::Query> parts;
    for (size_t i = 0; i < count; ++i) parts.emplace_back(std::string(terms[i]));
    if (parts.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

// Article-level terms matched on every document of their article (ArticleRange.hpp).
Xapian::Query article_group(std::vector<std::string> terms, int32_t size_slot) {
    if (terms.empty()) return Xapian::Query::MatchNothing;
    if (size_slot < 0) return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    return Xapian::Query((new cxapian::ArticleRangeSource(std::move(terms), Xapian::valueno(size_slot)))->release());
}

Xapian::Query article_group(const char *const *terms, size_t count, int32_t size_slot) {
    return article_group(std::vector<std::string>(terms, terms + count), size_slot);
}

// Whether a query's terms all carry an article-level text prefix (the title's): NONE when none
// does, ALL when every one does, MIXED otherwise. TermGenerator writes them as "S..." and their
// stems as "ZS..."; body terms are lower-case, so no body term starts with the prefix.
enum class Coverage { NONE, ALL, MIXED };

bool has_prefix(const std::string &term, const std::string &prefix) {
    return term.compare(0, prefix.size(), prefix) == 0 ||
           (term.size() > prefix.size() && term[0] == 'Z' && term.compare(1, prefix.size(), prefix) == 0);
}

Coverage coverage(const Xapian::Query &query, const std::string &prefix) {
    const auto type = query.get_type();
    if (type == Xapian::Query::LEAF_TERM) {
        auto term = query.get_terms_begin();
        return term != query.get_terms_end() && has_prefix(*term, prefix) ? Coverage::ALL : Coverage::NONE;
    }
    if (type == Xapian::Query::OP_WILDCARD) {
        // Xapian 1.4 does not expose a wildcard's pattern but in its description, last:
        // "Query(WILDCARD SYNONYM Sclim)". A pattern has no spaces.
        const std::string description = query.get_description();
        const size_t space = description.rfind(' ');
        if (space == std::string::npos || description.size() < space + 2) return Coverage::NONE;
        return has_prefix(description.substr(space + 1, description.size() - space - 2), prefix) ? Coverage::ALL
                                                                                                  : Coverage::NONE;
    }
    const size_t count = query.get_num_subqueries();
    if (count == 0) return Coverage::NONE;
    bool any = false, all = true;
    for (size_t i = 0; i < count; ++i) {
        const Coverage part = coverage(query.get_subquery(i), prefix);
        any = any || part != Coverage::NONE;
        all = all && part == Coverage::ALL;
    }
    return all ? Coverage::ALL : any ? Coverage::MIXED : Coverage::NONE;
}

// Widens the parts of a parsed query that search an article-level text field (`title:`, written
// on the article's last passage only) to every passage of the matching articles, so that
// `title:trump election` finds "election" in any passage of an article titled about Trump, as if
// the title were on every passage. The widened part only filters: it adds no weight.
Xapian::Query widen_field(const Xapian::Query &query, const std::string &prefix, Xapian::valueno size_slot) {
    switch (coverage(query, prefix)) {
    case Coverage::NONE: return query;
    case Coverage::ALL: return Xapian::Query((new cxapian::ArticleRangeSource(query, size_slot))->release());
    case Coverage::MIXED: break;
    }
    const auto type = query.get_type();
    switch (type) {
    case Xapian::Query::OP_AND: case Xapian::Query::OP_OR: case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR: case Xapian::Query::OP_AND_MAYBE: case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM: case Xapian::Query::OP_MAX: {
        std::vector<Xapian::Query> parts;
        for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
            parts.push_back(widen_field(query.get_subquery(i), prefix, size_slot));
        }
        return Xapian::Query(type, parts.begin(), parts.end());
    }
    default:
        // Operators with parameters (phrases, NEAR, ELITE_SET) hold one field's terms, so they are
        // never mixed; anything else is left as parsed (its title terms match the last passage).
        return query;
    }
}

// The terms of a boolean field's value. With a normaliser, Swift's, so `person:"José Álvarez"`
// becomes the same term the indexer wrote (QueryParser itself passes boolean-prefix values through
// untouched); without one, the prefixed value as typed. With a size slot, the terms are
// article-level and match every document of their article.
class FieldTermsProcessor : public Xapian::FieldProcessor {
  public:
    FieldTermsProcessor(std::string field, std::string prefix, CXapian_normalizer normalizer, void *context,
                        int32_t size_slot)
        : field_(std::move(field)), prefix_(std::move(prefix)), normalizer_(normalizer), context_(context),
          size_slot_(size_slot) {}

    Xapian::Query operator()(const std::string &value) override {
        if (!normalizer_) return article_group({prefix_ + value}, size_slot_);
        char *problem = nullptr;
        char *terms = normalizer_(context_, field_.c_str(), value.data(), value.size(), &problem);
        if (!terms) {
            std::string message = problem ? problem : ("cannot read " + field_ + ":" + value);
            std::free(problem);
            throw Xapian::QueryParserError(message);
        }
        std::vector<std::string> subterms;
        std::string list(terms);
        std::free(terms);
        size_t start = 0;
        while (start <= list.size()) {
            size_t end = list.find('\n', start);
            if (end == std::string::npos) end = list.size();
            // (A line that starts with a tab is a whole term, with its own prefix.)
            if (end > start && list[start] == '\t') {
                if (end > start + 1) subterms.push_back(list.substr(start + 1, end - start - 1));
            } else if (end > start) {
                subterms.push_back(prefix_ + list.substr(start, end - start));
            }
            start = end + 1;
        }
        return article_group(std::move(subterms), size_slot_);
    }

  private:
    std::string field_, prefix_;
    CXapian_normalizer normalizer_;
    void *context_;
    int32_t size_slot_;
};

}  // namespace

struct CXapian_facet_aliases {
    cxapian::PersonAliases table;
    /// The people's spellings the searcher's queries have met (shared with the spies of results
    /// still open when the aliases are freed).
    std::shared_ptr<cxapian::FacetDirectory> directory;
};

struct CXapian_results {
    Xapian::Database db;
    Xapian::Enquire enquire;
    Xapian::MSet mset;
    std::unique_ptr<cxapian::FacetSpy> spy;
    std::string correction;
    std::string description;
    Xapian::Stem stemmer{"english"};
    /// What `snippet` stems each word of a passage with (`QueryStemsOnly`).
    Xapian::Stem snippet_stemmer{"english"};
    bool passage_words = false;
    /// With one hit per article: the hits' positions in `mset` (which holds other passages too).
    bool picked = false;
    std::vector<Xapian::doccount> hits;

    Xapian::MSetIterator item(uint32_t index) const {
        return mset.begin() + (picked ? hits[index] : index);
    }
};

namespace {

/// The same sort key for every document (see the relevance sort in `CXapian_search`).
class NoKey : public Xapian::KeyMaker {
  public:
    std::string operator()(const Xapian::Document &) const override { return std::string(); }
};

/// The stemmer `MSet::snippet` calls on every word of a passage, to find the query's stemmed terms
/// ("Ztrade") among them: it stems only the words that begin with the letter of one of those
/// stems, and gives back any other word as it is. The English stemmer never changes a word's first
/// letter, so a word left unstemmed could not have matched; the snippets are byte for byte the
/// same, and the stemming took a seventh of a small query's instructions (`vaccine`, callgrind).
class QueryStemsOnly : public Xapian::StemImplementation {
  public:
    explicit QueryStemsOnly(const Xapian::Query &query) {
        for (auto term = query.get_unique_terms_begin(); term != query.get_unique_terms_end(); ++term) {
            const std::string &t = *term;
            if (t.size() > 1 && t[0] == 'Z') firsts_[static_cast<unsigned char>(t[1])] = true;
        }
    }

    std::string operator()(const std::string &word) override {
        if (word.empty() || !firsts_[static_cast<unsigned char>(word[0])]) return word;
        return english_(word);
    }

    std::string get_description() const override { return "QueryStemsOnly(english)"; }

  private:
    std::bitset<256> firsts_;
    Xapian::Stem english_{"english"};
};

// The best document of each article, the first `offset + limit` articles: a collapse on the
// article, done with the articles the facet spy found instead of reading an article key for every
// candidate (that read was a fifth of a typical query's time: a value stream over every passage).
// The top passages are in rank order, so an article's first passage among them is its best, as
// Xapian's collapse would keep it; when they hold too few articles and there are more passages,
// the match runs again for more, without the spy (it has seen every match already).
void pick_one_per_article(CXapian_results &results, Xapian::doccount offset, Xapian::doccount limit,
                          Xapian::doccount check) {
    const Xapian::doccount wanted = offset + limit;
    Xapian::doccount passages = std::max<Xapian::doccount>(4 * wanted, 32);
    results.mset = results.enquire.get_mset(0, passages, check);
    const Xapian::doccount articles = results.spy->distinct_keys();  // every matching article (exact)
    results.picked = true;
    while (true) {
        std::vector<Xapian::doccount> firsts;
        std::unordered_set<Xapian::docid> seen;
        Xapian::doccount position = 0;
        for (auto it = results.mset.begin(); it != results.mset.end() && firsts.size() < wanted; ++it, ++position) {
            if (seen.insert(results.spy->article_of(*it)).second) firsts.push_back(position);
        }
        const bool complete = firsts.size() >= wanted || firsts.size() >= articles || results.mset.size() < passages;
        if (complete) {
            if (firsts.size() > offset) results.hits.assign(firsts.begin() + offset, firsts.end());
            return;
        }
        results.enquire.clear_matchspies();
        passages *= 4;
        results.mset = results.enquire.get_mset(0, passages, Xapian::doccount(0));
    }
}

}  // namespace

extern "C" {

CXapian_results *CXapian_search(CXapian_database *db, const CXapian_search_request *request, CXapian_error *error) {
    return guarded<CXapian_results *>(error, nullptr, [&] {
        auto results =
            std::make_unique<CXapian_results>(CXapian_results{db->db, Xapian::Enquire(db->db), {}, nullptr, {}, {}});

        Xapian::QueryParser parser;
        parser.set_database(db->db);
        parser.set_stemmer(results->stemmer);
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser.set_default_op(request->default_and ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
        for (size_t i = 0; i < request->field_count; ++i) {
            const CXapian_field &field = request->fields[i];
            switch (field.kind) {
            case CXapian_FIELD_TEXT:
                parser.add_prefix(field.field, field.prefix);
                break;
            case CXapian_FIELD_BOOLEAN:
                // exclusive=false: `source:a source:b` means both, like repeated people or countries.
                if (field.article_level && request->article_size_slot >= 0) {
                    parser.add_boolean_prefix(field.field,
                                              (new FieldTermsProcessor(field.field, field.prefix, nullptr, nullptr,
                                                                       request->article_size_slot))->release(),
                                              false);
                } else {
                    parser.add_boolean_prefix(field.field, field.prefix, false);
                }
                break;
            case CXapian_FIELD_NORMALISED:
                parser.add_boolean_prefix(
                    field.field,
                    (new FieldTermsProcessor(field.field, field.prefix, request->normalizer,
                                             request->normalizer_context,
                                             field.article_level ? request->article_size_slot : -1))->release(),
                    false);
                break;
            }
        }
        if (request->date_slot >= 0) {
            parser.add_rangeprocessor(
                (new Xapian::DateRangeProcessor(Xapian::valueno(request->date_slot), "date:"))->release());
        }

        const std::string text(request->query, request->query_len);
        const bool no_text = text.find_first_not_of(" \t\r\n") == std::string::npos;
        // Wildcards expand to at most the 100 most frequent matching terms: "a*" must not become a
        // query of a hundred thousand terms.
        parser.set_max_expansion(100, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE |
                         Xapian::QueryParser::FLAG_WILDCARD;
        Xapian::Query query = no_text ? Xapian::Query() : parser.parse_query(text, flags);
        // Words that passages' text can show: unprefixed terms ("trade", stemmed "Ztrade"); field
        // terms ("Strump" of `title:trump`, filters) show in none.
        for (auto term = query.get_terms_begin(); term != query.get_terms_end() && !results->passage_words; ++term) {
            const std::string &t = *term;
            const size_t first = t.size() > 1 && t[0] == 'Z' ? 1 : 0;
            results->passage_words = first < t.size() && !(t[first] >= 'A' && t[first] <= 'Z');
        }
        results->snippet_stemmer = Xapian::Stem(new QueryStemsOnly(query));
        for (size_t i = 0; i < request->field_count && request->article_size_slot >= 0; ++i) {
            const CXapian_field &field = request->fields[i];
            if (field.kind == CXapian_FIELD_TEXT && field.article_level) {
                query = widen_field(query, field.prefix, Xapian::valueno(request->article_size_slot));
            }
        }
        if (request->spelling) results->correction = cxapian::suggest_query(db->db, text, results->stemmer);
        // No text (or only stopwords): every document of the filtered articles matches. With
        // preferred terms, only the passages carrying one of them need to: every article kept by
        // the filters has such a passage (the indexer's promise), so the articles, their count and
        // the facets are the same, and the matcher looks at a fraction of the passages (a person
        // in 2,000 articles: 8,000 passages instead of 51,000).
        const bool preferred_only = query.empty() && request->preferred_count > 0 && request->filter_count > 0;
        if (query.empty()) {
            query = preferred_only ? term_group(request->preferred, request->preferred_count) : Xapian::Query::MatchAll;
        }

        for (size_t i = 0; i < request->filter_count; ++i) {
            const CXapian_term_group &group = request->filters[i];
            query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                                  group.article_level ? article_group(group.terms, group.term_count, request->article_size_slot)
                                                      : term_group(group.terms, group.term_count));
        }
        if (request->date_slot >= 0 && (request->date_from || request->date_to)) {
            const Xapian::valueno slot = Xapian::valueno(request->date_slot);
            Xapian::Query range =
                request->date_from && request->date_to
                    ? Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, request->date_from, request->date_to)
                : request->date_from ? Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, request->date_from)
                                     : Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, request->date_to);
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, range);
        }
        if (request->date_slot >= 0 && request->undated) {
            // Every dated document has a value >= "0" (YYYYMMDD).
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                                  Xapian::Query(Xapian::Query::OP_VALUE_GE, Xapian::valueno(request->date_slot), "0"));
        }
        if (request->article_exclude_count > 0) {
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                                  article_group(request->article_excludes, request->article_exclude_count,
                                                request->article_size_slot));
        }
        if (request->preferred_count > 0 && !preferred_only) {
            query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                                  term_group(request->preferred, request->preferred_count));
        }
        results->description = query.get_description();

        Xapian::Enquire &enquire = results->enquire;
        enquire.set_query(query);
        if (request->collapse_slot >= 0) enquire.set_collapse_key(Xapian::valueno(request->collapse_slot), request->collapse_max);
        switch (request->sort) {
        case CXapian_SORT_RELEVANCE:
            // By relevance, then by a key that is the same for every document (so then by docid:
            // the order Xapian's own relevance sort gives). Xapian 1.4's relevance sort pushes every
            // match into the MSet's heap until it has seen check_at_least of them (with exact
            // counts, all): those heap operations, copying MSet items, were a quarter of a query
            // matching 29,000 passages (`trump NOT clinton`); a sort that is not by relevance alone
            // first drops each match that ranks below the MSet's last. (A slot with no values as
            // the key cost more than it saved: each match looked it up.)
            enquire.set_sort_by_relevance_then_key((new NoKey())->release(), false);
            break;
        case CXapian_SORT_VALUE_DESC: enquire.set_sort_by_value_then_relevance(request->sort_slot, true); break;
        case CXapian_SORT_VALUE_ASC: {
            // Documents without a value (undated articles) sort last, as they do descending.
            Xapian::MultiValueKeyMaker *keys = new Xapian::MultiValueKeyMaker();
            keys->add_value(request->sort_slot, false, std::string(1, '\xff'));
            enquire.set_sort_by_key_then_relevance(keys->release(), false);
            break;
        }
        }
        if (request->facet_count > 0) {
            results->spy = std::make_unique<cxapian::FacetSpy>(
                db->db, request->facet_slot, request->facet_count,
                request->facet_aliases ? &request->facet_aliases->table : nullptr,
                request->facet_aliases ? request->facet_aliases->directory : nullptr);
            enquire.add_matchspy(results->spy.get());
        }
        // A spy only sees the documents the matcher looks at: exact counts need check_at_least at
        // least the number of matches, and the document count is a bound that always holds.
        const Xapian::doccount check = request->exact ? db->db.get_doccount() : 0;
        // (One per article needs the spy to have seen every match: exact.)
        if (request->one_per_run && results->spy && check > 0) {
            pick_one_per_article(*results, request->offset, request->limit, check);
        } else {
            results->mset = enquire.get_mset(request->offset, request->limit, check);
        }
        if (results->spy) results->spy->count_confirmed();
        return results.release();
    });
}

CXapian_facet_aliases *CXapian_facet_aliases_new(const char *const *pairs, size_t pair_count, CXapian_database *db,
                                                 const char *const *confirmed, size_t confirmed_count) {
    try {
        auto aliases = std::make_unique<CXapian_facet_aliases>(CXapian_facet_aliases{cxapian::PersonAliases(pairs, pair_count), nullptr});
        // A writer's commit can discard the revision being read: read again on the newest one
        // (confirm starts afresh each time). Other errors leave the confirmed names out: the
        // facets then count what the articles' own lists hold.
        for (int attempt = 0; db && confirmed_count > 0; ++attempt) {
            try {
                aliases->table.confirm(db->db, confirmed, confirmed_count);
                break;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (attempt == 1000) break;
                try { db->db.reopen(); } catch (const Xapian::Error &) {}
            } catch (const Xapian::Error &) {
                break;
            }
        }
        aliases->directory = std::make_shared<cxapian::FacetDirectory>(&aliases->table);
        return aliases.release();
    } catch (...) {
        return nullptr;
    }
}

void CXapian_facet_aliases_free(CXapian_facet_aliases *aliases) { delete aliases; }

void CXapian_results_free(CXapian_results *results) {
    try { delete results; } catch (...) {}
}

uint32_t CXapian_results_count(const CXapian_results *results) {
    return results->picked ? uint32_t(results->hits.size()) : results->mset.size();
}

uint64_t CXapian_results_matches(const CXapian_results *results) { return results->mset.get_matches_estimated(); }

uint64_t CXapian_results_uncollapsed_matches(const CXapian_results *results) {
    return results->mset.get_uncollapsed_matches_estimated();
}

uint64_t CXapian_results_distinct_keys(const CXapian_results *results) {
    return results->spy ? results->spy->distinct_keys() : 0;
}

uint64_t CXapian_results_spied_documents(const CXapian_results *results) {
    return results->spy ? results->spy->documents() : 0;
}

double CXapian_results_weight(const CXapian_results *results, uint32_t index) {
    return results->item(index).get_weight();
}

char *CXapian_results_data(CXapian_results *results, uint32_t index, size_t *length, CXapian_error *error) {
    return guarded<char *>(error, nullptr, [&] {
        return cxapian::copy_string(results->item(index).get_document().get_data(), length);
    });
}

char *CXapian_results_data_after(CXapian_results *results, uint32_t index, uint32_t offset, size_t *length,
                                 CXapian_error *error) {
    return guarded<char *>(error, nullptr, [&] {
        const Xapian::docid id = *results->item(index) + offset;
        // (The id is a passage of the hit's article: no need to check that it exists first.)
        return cxapian::copy_string(results->db.get_document(id, Xapian::DOC_ASSUME_VALID).get_data(), length);
    });
}

char *CXapian_results_correction(const CXapian_results *results, size_t *length) {
    try { return cxapian::copy_string(results->correction, length); } catch (...) { return nullptr; }
}

int CXapian_results_has_passage_words(const CXapian_results *results) { return results->passage_words ? 1 : 0; }

char *CXapian_results_query_description(const CXapian_results *results, size_t *length) {
    try { return cxapian::copy_string(results->description, length); } catch (...) { return nullptr; }
}

char *CXapian_results_snippet(CXapian_results *results, const char *text, size_t text_len, size_t length,
                              const char *hi_start, const char *hi_end, size_t *out_len, CXapian_error *error) {
    return guarded<char *>(error, nullptr, [&] {
        // The QueryParser's stemmer, on the words that could match a stem of the query (`QueryStemsOnly`):
        // another would not highlight stemmed matches.
        return cxapian::copy_string(results->mset.snippet(std::string(text, text_len), length, results->snippet_stemmer,
                                                          Xapian::MSet::SNIPPET_EXHAUSTIVE, hi_start, hi_end, "…"),
                                    out_len);
    });
}

uint64_t CXapian_results_facet(const CXapian_results *results, size_t facet, size_t limit,
                               CXapian_count_visitor visit, void *context) {
    if (!results->spy || facet >= results->spy->facets()) return 0;
    if (facet == cxapian::FacetSpy::kPeople) {
        try {
            using Person = const cxapian::FacetSpy::Person *;
            const auto people = results->spy->people();
            std::vector<Person> entries;
            entries.reserve(people.size());
            for (const auto &person : people) entries.push_back(&person);
            auto order = [](Person a, Person b) { return a->count != b->count ? a->count > b->count : a->shown < b->shown; };
            const size_t shown = limit == 0 ? entries.size() : std::min(limit, entries.size());
            std::partial_sort(entries.begin(), entries.begin() + shown, entries.end(), order);
            for (size_t i = 0; i < shown; ++i) {
                visit(context, entries[i]->shown.data(), entries[i]->shown.size(), entries[i]->count);
            }
            return people.size();
        } catch (...) {
            return 0;
        }
    }
    try {
        using Value = const cxapian::FacetSpy::Value *;
        const auto values = results->spy->values(facet);
        std::vector<Value> entries;
        entries.reserve(values.size());
        for (const auto &value : values) entries.push_back(&value);
        auto order = [](Value a, Value b) { return a->count != b->count ? a->count > b->count : a->text < b->text; };
        // Only the top `limit` need sorting: a query over thousands of people shows ten.
        const size_t shown = limit == 0 ? entries.size() : std::min(limit, entries.size());
        std::partial_sort(entries.begin(), entries.begin() + shown, entries.end(), order);
        for (size_t i = 0; i < shown; ++i) visit(context, entries[i]->text.data(), entries[i]->text.size(), entries[i]->count);
        return values.size();
    } catch (...) {
        return 0;
    }
}

}
