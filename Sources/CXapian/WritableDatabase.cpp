#include "Boundary.hpp"

#include <memory>
#include <cstdint>
#include <cstring>
#include <vector>

using cxapian::guarded;

namespace {

// Xapian's English stemmer, remembering its answers. News repeats its words (and every passage
// repeats its article's title), so most calls are repeats; Snowball's stemmer costs several times a
// look-up. One per generator, so per thread: it is not thread-safe.
//
// The memory is direct-mapped: a word's hash picks one 64-byte slot holding the word and its stem,
// and a new word takes the slot over. One cache line per look-up: an unordered_map of the same words
// (a bucket, then a node, then its strings) was 8% of the indexing thread's time in a `--jobs 2`
// profile, though in isolation it looked cheap; its memory was also unbounded but for a clear().
class CachingStemmer : public Xapian::StemImplementation {
    static constexpr size_t longest = 31;  // words and stems up to this many bytes are remembered
    struct Slot {
        unsigned char word_length = 0xff;  // never a length: an empty slot matches no word
        char word[longest];
        unsigned char stem_length;
        char stem[longest];
    };
    static_assert(sizeof(Slot) == 64);
    static constexpr size_t slot_count = 1 << 15;  // 2 MB: 94% of the words of 5,000 articles hit
    Xapian::Stem inner{"english"};
    std::unique_ptr<Slot[]> slots{new Slot[slot_count]};

    static size_t hash(const std::string &word) {
        uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then folded: words are short
        for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ull;
        return static_cast<size_t>(h ^ (h >> 29));
    }

  public:
    std::string operator()(const std::string &word) override {
        if (word.size() > longest) return inner(word);
        Slot &slot = slots[hash(word) & (slot_count - 1)];
        if (slot.word_length == word.size() && std::memcmp(slot.word, word.data(), word.size()) == 0)
            return std::string(slot.stem, slot.stem_length);
        std::string stem = inner(word);
        if (stem.size() <= longest) {
            slot.word_length = static_cast<unsigned char>(word.size());
            std::memcpy(slot.word, word.data(), word.size());
            slot.stem_length = static_cast<unsigned char>(stem.size());
            std::memcpy(slot.stem, stem.data(), stem.size());
        }
        return stem;
    }

    std::string get_description() const override { return "Xapian::Stem(english), cached"; }
};

Xapian::Stem english_stemmer() { return Xapian::Stem(new CachingStemmer()); }

// Xapian reads its flush threshold from the environment when a writable database opens. Measured
// in ../shared/XAPIAN-NOTES.md: 1,000 documents was fastest and smallest in memory (Xapian's default
// is 10,000). Set once when the process starts, before it has threads: setenv while another thread
// reads the environment (Xapian opening a shard, a test's database) is a data race that can crash.
// A value the user exported wins.
__attribute__((constructor)) void set_xapian_flush_threshold() { setenv("XAPIAN_FLUSH_THRESHOLD", "1000", 0); }

}  // namespace

extern "C" {

CXapian_writable_database *CXapian_writable_open(const char *path, int create, int scratch, CXapian_error *error) {
    return guarded<CXapian_writable_database *>(error, nullptr, [&] {
        const int flags = (create ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN) |
                          (scratch ? Xapian::DB_NO_SYNC | Xapian::DB_DANGEROUS : 0);
        auto *handle = new CXapian_writable_database{
            Xapian::WritableDatabase(path, flags),
            Xapian::TermGenerator()};
        // The query side (QueryParser in Search.cpp) uses the same stemmer and strategy: what the
        // indexer does to text, the query must do too, or searches silently miss.
        handle->generator.set_stemmer(english_stemmer());
        handle->generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        return handle;
    });
}

void CXapian_writable_free(CXapian_writable_database *db) {
    // ~WritableDatabase may try to commit and swallows errors; callers commit or close explicitly.
    try { delete db; } catch (...) {}
}

int CXapian_writable_commit(CXapian_writable_database *db, CXapian_error *error) {
    return guarded<int>(error, 0, [&] {
        db->db.commit();
        return 1;
    });
}

int CXapian_writable_close(CXapian_writable_database *db, CXapian_error *error) {
    return guarded<int>(error, 0, [&] {
        db->db.commit();
        db->db.close();
        return 1;
    });
}

int CXapian_writable_set_metadata(CXapian_writable_database *db, const char *key, const char *value,
                                  size_t value_len, CXapian_error *error) {
    return guarded<int>(error, 0, [&] {
        db->db.set_metadata(key, std::string(value, value_len));
        return 1;
    });
}

char *CXapian_writable_get_metadata(CXapian_writable_database *db, const char *key, size_t *length,
                                    CXapian_error *error) {
    return guarded<char *>(error, nullptr, [&] { return cxapian::copy_string(db->db.get_metadata(key), length); });
}

int CXapian_writable_delete_term(CXapian_writable_database *db, const char *term, size_t term_len,
                                 CXapian_error *error) {
    return guarded<int>(error, 0, [&] {
        db->db.delete_document(std::string(term, term_len));
        return 1;
    });
}

int64_t CXapian_writable_termfreq(CXapian_writable_database *db, const char *term, size_t term_len,
                                  CXapian_error *error) {
    return guarded<int64_t>(error, -1, [&] { return int64_t(db->db.get_termfreq(std::string(term, term_len))); });
}

}  // extern "C"

namespace {

// The terms a text without positions gives, remembered for the next document. Every passage of an
// article carries its title this way (see DocumentBuilder), so the same text comes back once per
// passage: its words are split, lower-cased and stemmed once per article, and each passage adds
// the remembered terms with their wdf. The document is the same as the generator would make it.
class UnpositionedTerms {
    std::string text, prefix;
    Xapian::termcount wdf_inc = 0;
    std::vector<std::pair<std::string, Xapian::termcount>> terms;

  public:
    void add(Xapian::Document &doc, const CXapian_text &spec, Xapian::TermGenerator &generator) {
        if (spec.wdf_inc != wdf_inc || prefix != spec.prefix || text.size() != spec.text_len ||
            text.compare(0, text.size(), spec.text, spec.text_len) != 0) {
            text.assign(spec.text, spec.text_len);
            prefix = spec.prefix;
            wdf_inc = spec.wdf_inc;
            terms.clear();
            Xapian::Document scratch;
            generator.set_document(scratch);
            generator.index_text_without_positions(text, wdf_inc, prefix);
            generator.set_document(Xapian::Document());
            for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term) {
                terms.emplace_back(*term, term.get_wdf());
            }
        }
        for (const auto &[term, wdf] : terms) doc.add_term(term, wdf);
    }
};

// Fills `doc` from the flat description, with `generator` doing the text.
void fill(Xapian::Document &doc, const CXapian_document *spec, Xapian::TermGenerator &generator) {
        thread_local UnpositionedTerms unpositioned;
        doc.set_data(std::string(spec->data, spec->data_len));
        for (size_t i = 0; i < spec->text_count; ++i) {
            const CXapian_text &text = spec->texts[i];
            if (!text.with_positions) unpositioned.add(doc, text, generator);
        }
        generator.set_document(doc);
        for (size_t i = 0; i < spec->text_count; ++i) {
            const CXapian_text &text = spec->texts[i];
            if (text.with_positions) {
                generator.index_text(std::string(text.text, text.text_len), text.wdf_inc, text.prefix);
                // A gap so that a phrase never matches across two fields.
                generator.increase_termpos(100);
            }
        }
        for (size_t i = 0; i < spec->term_count; ++i) {
            const CXapian_term &term = spec->terms[i];
            doc.add_term(std::string(term.term, term.term_len), term.wdf);
        }
        for (size_t i = 0; i < spec->value_count; ++i) {
            const CXapian_value &value = spec->values[i];
            doc.add_value(value.slot, std::string(value.value, value.value_len));
        }
        // Let go of the document: its reference count is not atomic, and it is about to be handed
        // to the writer's thread.
        generator.set_document(Xapian::Document());
}

Xapian::TermGenerator &thread_generator() {
    // One per thread: Xapian objects are not thread-safe, and a generator is cheap to keep.
    thread_local Xapian::TermGenerator generator = [] {
        Xapian::TermGenerator g;
        g.set_stemmer(english_stemmer());
        g.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        return g;
    }();
    return generator;
}

}  // namespace

extern "C" {

struct CXapian_built_document {
    Xapian::Document doc;
};

uint32_t CXapian_writable_add_document(CXapian_writable_database *db, const CXapian_document *spec,
                                       CXapian_error *error) {
    return guarded<uint32_t>(error, 0, [&] {
        Xapian::Document doc;
        fill(doc, spec, db->generator);
        return uint32_t(db->db.add_document(doc));
    });
}

CXapian_built_document *CXapian_document_build(const CXapian_document *spec, CXapian_error *error) {
    return guarded<CXapian_built_document *>(error, nullptr, [&] {
        auto built = std::make_unique<CXapian_built_document>();
        fill(built->doc, spec, thread_generator());
        return built.release();
    });
}

void CXapian_built_document_free(CXapian_built_document *doc) {
    try { delete doc; } catch (...) {}
}

uint32_t CXapian_writable_add_built(CXapian_writable_database *db, const CXapian_built_document *built,
                                    CXapian_error *error) {
    return guarded<uint32_t>(error, 0, [&] { return uint32_t(db->db.add_document(built->doc)); });
}

}
