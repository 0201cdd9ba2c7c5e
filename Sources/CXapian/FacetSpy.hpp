// A MatchSpy for multi-valued facets that counts each article once.
//
// Xapian's ValueCountMatchSpy counts one value per document. NewsIndex documents are passages: the
// article's last passage carries, in the list slot, all its facets as '\0'-joined entries each starting with
// its facet's number ("0Wang Yi", "1CN", "2Reuters", "32021"). The passages of an article have
// consecutive ids, so the list of the article a matching passage belongs to is the first list at
// or after that passage.
//
// Per match the spy asks its own ValueIterator for the first list at or after the passage: it keeps
// its own B-tree cursor, only moves forward as the matcher goes up the ids, and reads each list once.
// The document holding the list stands for the article, so the spy reads no other value; the search
// also takes its one hit per article from these articles (`article_of`) instead of a collapse key
// read for every candidate passage. Measured
// on the 5,000-article benchmark index: with the whole list in every passage's key value,
// `election` read 2,773 blocks (strace, pread64); with the list once per article, 666.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cxapian {

/// Strings kept for the life of the spy, so that its maps can key on views of them: a look-up
/// allocates nothing, and a new key is copied into 64 KB blocks rather than a heap string each.
class Arena {
  public:
    std::string_view keep(std::string_view s) {
        if (s.size() > kBlock) return big_.emplace_back(s);
        if (blocks_.empty() || used_ + s.size() > kBlock) {
            blocks_.push_back(std::make_unique<char[]>(kBlock));
            used_ = 0;
        }
        char *at = blocks_.back().get() + used_;
        std::memcpy(at, s.data(), s.size());
        used_ += s.size();
        return std::string_view(at, s.size());
    }

  private:
    static constexpr size_t kBlock = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> blocks_;
    size_t used_ = 0;
    std::deque<std::string> big_;
};


/// Counts of short strings in one open-addressing table: the spy does one look-up per facet entry
/// of every matching article (about 50,000 for a query matching 2,000 articles), where node-based
/// maps with the library's hash were the largest cost in the query profile.
class FlatCounter {
  public:
    struct Slot {
        uint64_t hash = 0;
        const char *data = nullptr;
        uint32_t size = 0;
        uint32_t count = 0;  // 0: empty
        uint32_t group = 0;  // the caller's, kept with the key (FacetDirectory: the spelling's or value's id)
        std::string_view key() const { return std::string_view(data, size); }
    };

    explicit FlatCounter(size_t capacity = 256) : slots_(round_up(capacity)) {}

    /// Adds one to `key` and returns its slot (valid until the next add), with `*is_new` (if given)
    /// telling whether the key was new. New keys are copied into `arena`.
    Slot &add(std::string_view key, Arena &arena, bool *is_new = nullptr) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const uint64_t h = hash(key);
        const size_t mask = slots_.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            Slot &slot = slots_[i];
            if (slot.count == 0) {
                const std::string_view kept = arena.keep(key);
                slot = Slot{h, kept.data(), uint32_t(kept.size()), 1, 0};
                ++used_;
                if (is_new) *is_new = true;
                return slot;
            }
            if (slot.hash == h && slot.key() == key) {
                ++slot.count;
                if (is_new) *is_new = false;
                return slot;
            }
        }
    }

    size_t size() const { return used_; }
    const std::vector<Slot> &slots() const { return slots_; }

  private:
    static size_t round_up(size_t n) {
        size_t size = 16;
        while (size < n) size *= 2;
        return size;
    }

    /// 8 bytes at a time, multiply and fold (keys are names, codes and ids: short).
    static uint64_t hash(std::string_view s) {
        uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        uint64_t tail = 0;
        std::memcpy(&tail, s.data() + i, s.size() - i);
        h = (h ^ tail) * 0x94D049BB133111EBull;
        return h ^ (h >> 29);
    }

    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const size_t mask = slots_.size() - 1;
        for (const Slot &slot : old) {
            if (slot.count == 0) continue;
            size_t i = size_t(slot.hash) & mask;
            while (slots_[i].count != 0) i = (i + 1) & mask;
            slots_[i] = slot;
        }
    }

    std::vector<Slot> slots_;
    size_t used_ = 0;
};

/// Reads a sparse slot: the first document at or after a given id that has a value, and that value
/// when asked. Moves forward only, and starts again if asked to go back.
class NextValueReader {
  public:
    NextValueReader(const Xapian::Database &db, Xapian::valueno slot) : db_(db), slot_(slot) {}

    /// The first document at or after `did` that has a value (0 when none).
    Xapian::docid at_or_after(Xapian::docid did) {
        if (!started_ || did < last_) {
            it_ = db_.valuestream_begin(slot_);
            started_ = true;
            have_ = false;
        }
        last_ = did;
        if (it_ == Xapian::ValueIterator()) return 0;
        if (it_.get_docid() < did) {
            it_.skip_to(did);
            have_ = false;
            if (it_ == Xapian::ValueIterator()) return 0;
        }
        return it_.get_docid();
    }

    /// The value of `holder`, a document with a value (moving there unless the reader is at it).
    std::string_view value_of(Xapian::docid holder) {
        if (!started_ || it_ == Xapian::ValueIterator() || it_.get_docid() != holder) at_or_after(holder);
        return value();
    }

  private:
    /// The value of the document `at_or_after` found (read once, and only when asked).
    std::string_view value() {
        if (!have_) {
            value_ = *it_;
            have_ = true;
        }
        return value_;
    }

    Xapian::Database db_;
    Xapian::valueno slot_;
    Xapian::ValueIterator it_;
    bool started_ = false, have_ = false;
    Xapian::docid last_ = 0;
    std::string value_;
};

/// The key people are grouped by in the facet, as a 64-bit hash of the name with ASCII letters
/// lower-cased, digits and other UTF-8 bytes kept, hyphens and apostrophes (also U+2019) dropped,
/// and anything else one space ("Kim Jong-Un" and "Kim Jong-un" are "kim jongun"; "O’Rourke" and
/// "O'Rourke" "orourke"): the indexer's person key for ASCII names (EntityKey.person), byte for
/// byte. Hashed as it is read, so a new spelling costs no string (a query meets thousands).
inline uint64_t person_group_key(std::string_view name) {
    uint64_t hash = 0xcbf29ce484222325ull;
    auto put = [&hash](unsigned char c) { hash = (hash ^ c) * 0x100000001b3ull; };
    bool space = true, pending = false;
    for (size_t i = 0; i < name.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(name[i]);
        if (c == '-' || c == '\'') continue;
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
            static_cast<unsigned char>(name[i + 2]) == 0x99) {
            i += 2;  // U+2019, the typographic apostrophe
            continue;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (pending) put(' ');
            pending = false;
            put(c);
            space = false;
        } else if (!space) {
            pending = true;  // a space only between words
            space = true;
        }
    }
    return hash;
}

/// 64-bit keys to 32-bit values, open addressing (person keys to people; merged keys to targets).
class IdTable {
  public:
    explicit IdTable(size_t capacity = 1024) : slots_(round_up(capacity * 2)) {}

    /// The value of `key`, or `missing`.
    uint32_t find(uint64_t key, uint32_t missing) const {
        const size_t mask = slots_.size() - 1;
        for (size_t i = size_t(mix(key)) & mask;; i = (i + 1) & mask) {
            if (!slots_[i].used) return missing;
            if (slots_[i].key == key) return slots_[i].value;
        }
    }

    void clear() {
        std::fill(slots_.begin(), slots_.end(), Slot{});
        used_ = 0;
    }

    /// Sets `key` to `value` unless it has one; returns the value it has.
    uint32_t insert(uint64_t key, uint32_t value) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const size_t mask = slots_.size() - 1;
        for (size_t i = size_t(mix(key)) & mask;; i = (i + 1) & mask) {
            Slot &slot = slots_[i];
            if (!slot.used) {
                slot = Slot{key, value, true};
                ++used_;
                return value;
            }
            if (slot.key == key) return slot.value;
        }
    }

  private:
    struct Slot {
        uint64_t key = 0;
        uint32_t value = 0;
        bool used = false;
    };
    static size_t round_up(size_t n) {
        size_t size = 16;
        while (size < n) size *= 2;
        return size;
    }
    static uint64_t mix(uint64_t h) { return (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull; }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        used_ = 0;
        for (const Slot &slot : old) {
            if (slot.used) insert(slot.key, slot.value);
        }
    }
    std::vector<Slot> slots_;
    size_t used_ = 0;
};

/// The archive's merges of people as person keys ("trump" -> "donald trump"), built once per index
/// (a searcher keeps it: the full corpus has thousands) and read by every search's spy; and the
/// articles where the archive confirmed a name the article gives unconfirmed.
class PersonAliases {
  public:
    /// An article (its list's holder) that names a person only in a name the archive confirmed.
    struct Confirmed {
        Xapian::docid holder;
        std::string name;
    };

    /// `pairs`: facet entries, from and to ("0Trump", "0Donald Trump"); other facets' are ignored.
    PersonAliases(const char *const *pairs, size_t count) : into_(count + 16) {
        for (size_t i = 0; i < count; ++i) {
            const std::string_view from = pairs[2 * i], to = pairs[2 * i + 1];
            if (from.size() < 2 || to.size() < 2 || from[0] != '0' || to[0] != '0') continue;
            const uint32_t target = uint32_t(targets_.size());
            if (into_.insert(person_group_key(from.substr(1)), target) == target) {
                targets_.push_back(person_group_key(to.substr(1)));
                target_names_.emplace_back(to.substr(1));
            }
        }
    }

    /// The name of the person `key` is merged into ("Donald Trump"); empty when none.
    std::string_view target_name(uint64_t key) const {
        const uint32_t at = targets_.empty() ? kNone : into_.find(key, kNone);
        return at == kNone ? std::string_view() : std::string_view(target_names_[at]);
    }

    /// The key `key` is merged into; `key` itself when none.
    uint64_t resolve(uint64_t key, bool &merged) const {
        const uint32_t at = targets_.empty() ? kNone : into_.find(key, kNone);
        merged = at != kNone;
        return merged ? targets_[at] : key;
    }

    /// Reads the articles of each confirmed name: `pairs` of its term, on the articles that give it
    /// unconfirmed ("XWkarl rove"), and the person's name ("Karl Rove"). Read once per searcher (the
    /// full corpus has about 3,000 such articles), so that a search counts them from this list
    /// after the match instead of checking every matching article's unconfirmed names.
    void confirm(const Xapian::Database &db, const char *const *pairs, size_t count) {
        std::vector<Confirmed> found;
        for (size_t i = 0; i < count; ++i) {
            const std::string term = pairs[2 * i], name = pairs[2 * i + 1];
            if (name.empty()) continue;
            for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) found.push_back({*it, name});
        }
        std::sort(found.begin(), found.end(), [](const Confirmed &a, const Confirmed &b) {
            return a.holder != b.holder ? a.holder < b.holder : a.name < b.name;
        });
        confirmed_.swap(found);
        confirmed_keys_.clear();
        for (const auto &c : confirmed_) {
            bool merged = false;
            confirmed_keys_.push_back(resolve(person_group_key(c.name), merged));
        }
        std::sort(confirmed_keys_.begin(), confirmed_keys_.end());
        confirmed_keys_.erase(std::unique(confirmed_keys_.begin(), confirmed_keys_.end()), confirmed_keys_.end());
    }

    /// The confirmed articles, in id order.
    const std::vector<Confirmed> &confirmed() const { return confirmed_; }

    /// Whether `key` (a person key, after merges) is a confirmed name's person.
    bool confirms(uint64_t key) const { return !confirmed_keys_.empty() && std::binary_search(confirmed_keys_.begin(), confirmed_keys_.end(), key); }

  private:
    static constexpr uint32_t kNone = 0xFFFFFFFFu;
    IdTable into_;
    std::vector<uint64_t> targets_;
    /// By target: the name to show ("Donald Trump"; not changed after the constructor, so views
    /// into it stay valid).
    std::vector<std::string> target_names_;
    std::vector<Confirmed> confirmed_;
    /// The confirmed names' persons' keys (after merges), sorted.
    std::vector<uint64_t> confirmed_keys_;
};

/// Whether `person` is new to the article whose people so far are `seen` (then added to them).
inline bool first_in_article(std::vector<uint32_t> &seen, uint32_t person) {
    if (std::find(seen.begin(), seen.end(), person) != seen.end()) return false;
    seen.push_back(person);
    return true;
}

/// What a searcher's queries have learnt of the facets, kept for the life of the searcher:
///
/// - the spellings of people, each with its person (its key after the archive's merges): a query
///   meets thousands of spellings, and working out each one's person in every query took 11% of
///   `election` on 5,000 articles (perf), and growing that query's own tables another 7%;
/// - the other facets' values (countries, sources, years), each with an id;
/// - each article's facet entries as those ids, read from its list the first time a query matches
///   it: a later query counts an article with an array increment per entry, where reading the list
///   and looking up each of its names had been a sixth of the benchmark queries' time (perf);
/// - the article of each passage a query matched, by docid (`known_holder`).
///
/// The articles are those of one revision of the index: another revision starts them afresh.
///
/// Also lends each query the arrays it counts in (by spelling, by person and by value), which the
/// query clears after itself (the entries it touched), so that a query costs what it counts, not
/// the size of the directory.
class FacetDirectory {
  public:
    static constexpr uint32_t kNone = 0xFFFFFFFFu;
    /// An article's entry: its facet in the top 4 bits, then a bit set on the first of the
    /// article's spellings of each person (the one that counts the article for the person), then
    /// the spelling's or value's id.
    static constexpr unsigned kFacetShift = 28;
    static constexpr uint32_t kFirstOfPerson = 1u << 27;
    static constexpr uint32_t kIdMask = kFirstOfPerson - 1;
    /// The most entries kept for articles (4 bytes each, 64 MB): 15.3 per article on 5,000 AllSides
    /// articles, so about a million articles; the articles after that are read from their lists in
    /// every query.
    static constexpr size_t kMaxEntries = size_t(16) << 20;
    /// The most documents whose articles are kept by docid (4 bytes each, 128 MB at most).
    static constexpr Xapian::docid kMaxDocuments = Xapian::docid(32) << 20;

    struct Spelling {
        std::string_view text;  // kept in the arena
        uint32_t person;
        bool own;  // the spelling's key is the person's own (not merged into it)
    };

    struct Value {
        std::string_view text;  // kept in the arena, without the facet's digit
        uint32_t facet;
    };

    /// One query's counts (see `borrow`).
    struct Counts {
        struct Person {
            uint32_t count = 0;  // articles
            uint32_t shown = kNone;  // the spelling shown
            uint32_t shown_count = 0;
            bool shown_own = false;
        };
        std::vector<uint32_t> spellings;  // entries counted, by spelling id
        std::vector<Person> people;  // by person id
        std::vector<uint32_t> values;  // articles, by value id
        std::vector<uint32_t> touched_spellings, touched_people, touched_values;

        void clear() {
            for (uint32_t id : touched_spellings) spellings[id] = 0;
            for (uint32_t id : touched_people) people[id] = Person{};
            for (uint32_t id : touched_values) values[id] = 0;
            touched_spellings.clear();
            touched_people.clear();
            touched_values.clear();
        }
    };

    /// `aliases` (may be null) outlives the directory.
    explicit FacetDirectory(const PersonAliases *aliases)
        : aliases_(aliases), person_ids_(4096), spelling_ids_(16384), value_ids_(1024), articles_(4096) {}

    /// The id of the spelling `name`, added (with its person worked out) when new.
    uint32_t id(std::string_view name) {
        bool is_new = false;
        FlatCounter::Slot &slot = spelling_ids_.add(name, arena_, &is_new);
        if (is_new) {
            slot.group = uint32_t(spellings_.size());
            spellings_.push_back(make_spelling(slot.key()));
        }
        return slot.group;
    }

    /// The id of a facet's value, from its list entry (the facet's digit, then the value).
    uint32_t value_id(std::string_view entry) {
        bool is_new = false;
        FlatCounter::Slot &slot = value_ids_.add(entry, arena_, &is_new);
        if (is_new) {
            slot.group = uint32_t(values_.size());
            values_.push_back(Value{slot.key().substr(1), uint32_t(entry[0] - '0')});
        }
        return slot.group;
    }

    const Spelling &spelling(uint32_t id) const { return spellings_[id]; }
    const Value &value(uint32_t id) const { return values_[id]; }
    size_t spellings() const { return spellings_.size(); }
    size_t values() const { return values_.size(); }
    size_t people() const { return confirmed_.size(); }
    bool confirmed(uint32_t person) const { return confirmed_[person] != 0; }

    /// The name a person's merged spellings go into ("Donald Trump" for "Trump"); empty when none.
    std::string_view merged_name(uint32_t person) const { return merged_names_[person]; }

    /// The person whose key (after merges) is `key`, or `kNone` when no query has met one.
    uint32_t person_with_key(uint64_t key) const { return person_ids_.find(key, kNone); }

    /// Queries from now on read `db` as it is now: the articles' entries and the passages' articles
    /// kept from another database or another revision of it are dropped (docids are a revision's:
    /// a compacted copy, which has its own UUID, numbers them anew). A database without a revision
    /// keeps none.
    void use_revision(const Xapian::Database &db) {
        std::string uuid;
        Xapian::rev revision = 0;
        bool has = true;
        try {
            uuid = db.get_uuid();
            revision = db.get_revision();
        } catch (const Xapian::Error &) {
            has = false;
        }
        if (has && has_revision_ && revision == revision_ && uuid == uuid_) return;
        articles_.clear();
        spans_.clear();
        entries_.clear();
        has_revision_ = has;
        revision_ = revision;
        uuid_ = uuid;
        holder_of_.reset();
        holder_of_size_ = 0;
        const Xapian::docid last = has ? db.get_lastdocid() : 0;
        if (last > 0 && last < kMaxDocuments) {
            // (calloc: zero pages cost nothing until a query writes to them.)
            holder_of_.reset(static_cast<uint32_t *>(std::calloc(size_t(last) + 1, sizeof(uint32_t))));
            if (holder_of_) holder_of_size_ = size_t(last) + 1;
        }
    }

    /// The article (its list's holder) of document `did` as queries have found it, 0 when none
    /// has: the spy then reads the list slot's stream, which was 6% of the benchmark queries.
    Xapian::docid known_holder(Xapian::docid did) const { return did < holder_of_size_ ? holder_of_[did] : 0; }

    /// Documents `from` to `holder` are of `holder`'s article (it is the first holder at or after
    /// `from`).
    void learn_holder(Xapian::docid from, Xapian::docid holder) {
        if (holder >= holder_of_size_) return;
        for (Xapian::docid did = from; did <= holder; ++did) holder_of_[did] = holder;
    }

    /// The entries of the article whose list `holder` holds, with `*count` their number: the
    /// kept ones, else read from its list (and kept, when there is room).
    const uint32_t *entries(Xapian::docid holder, NextValueReader &lists, uint32_t *count) {
        const uint32_t at = has_revision_ ? articles_.find(holder, kNone) : kNone;
        if (at != kNone) {
            *count = spans_[at].second;
            return entries_.data() + spans_[at].first;
        }
        scratch_.clear();
        article_people_.clear();
        const std::string_view list = lists.value_of(holder);
        size_t start = 0;
        while (start < list.size()) {
            size_t end = list.find('\0', start);
            if (end == std::string_view::npos) end = list.size();
            const uint32_t facet = uint32_t(static_cast<unsigned char>(list[start]) - '0');
            const std::string_view entry = list.substr(start, end - start);
            start = end + 1;
            if (entry.size() < 2 || facet >= 10) continue;
            const uint32_t id = facet == 0 ? this->id(entry.substr(1)) : value_id(entry);
            if (id > kIdMask) continue;
            // (An article that names a person in two spellings or merged forms counts once.)
            const bool first = facet == 0 && first_in_article(article_people_, spellings_[id].person);
            scratch_.push_back(facet << kFacetShift | (first ? kFirstOfPerson : 0) | id);
        }
        *count = uint32_t(scratch_.size());
        if (!has_revision_ || entries_.size() + scratch_.size() > kMaxEntries) return scratch_.data();
        articles_.insert(holder, uint32_t(spans_.size()));
        spans_.emplace_back(uint32_t(entries_.size()), uint32_t(scratch_.size()));
        entries_.insert(entries_.end(), scratch_.begin(), scratch_.end());
        return entries_.data() + spans_.back().first;
    }

    /// The arrays a query counts in: the directory's own when free, else a new set (a search
    /// whose results are still open while another runs). Give them back with `give_back`.
    Counts *borrow() {
        if (lent_) return new Counts();
        lent_ = true;
        return &counts_;
    }

    void give_back(Counts *counts) {
        counts->clear();
        if (counts == &counts_) {
            lent_ = false;
        } else {
            delete counts;
        }
    }

  private:
    Spelling make_spelling(std::string_view text) {
        uint64_t key = person_group_key(text);
        bool merged = false;
        std::string_view target;
        if (aliases_) {
            target = aliases_->target_name(key);
            key = aliases_->resolve(key, merged);
        }
        const uint32_t person = person_ids_.insert(key, uint32_t(confirmed_.size()));
        // (The name is kept in the arena, as spellings are: results may outlive the aliases.)
        if (person == confirmed_.size()) {
            confirmed_.push_back(aliases_ && aliases_->confirms(key) ? 1 : 0);
            merged_names_.push_back(target.empty() ? target : arena_.keep(target));
        } else if (merged_names_[person].empty() && !target.empty()) {
            merged_names_[person] = arena_.keep(target);
        }
        return Spelling{text, person, !merged};
    }

    const PersonAliases *aliases_;
    Arena arena_;
    std::vector<Spelling> spellings_;
    /// Person key (after merges) -> person id.
    IdTable person_ids_;
    /// By person id: whether the person is a confirmed name's (`PersonAliases::confirms`).
    std::vector<uint8_t> confirmed_;
    /// By person id: the name of the person a merged spelling goes into (empty when none met).
    std::vector<std::string_view> merged_names_;
    /// Spelling -> id (in the slot's `group`; its count is how often queries met it).
    FlatCounter spelling_ids_;
    /// List entry ("1CN") -> value id (in the slot's `group`), and by id.
    FlatCounter value_ids_;
    std::vector<Value> values_;
    /// Article (its list's holder) -> its span of `entries_` (first, count) in `spans_`.
    IdTable articles_;
    std::vector<std::pair<uint32_t, uint32_t>> spans_;
    std::vector<uint32_t> entries_;
    std::vector<uint32_t> scratch_;
    std::vector<uint32_t> article_people_;
    /// By docid (up to the revision's last): its article's holder, 0 when no query has met it.
    struct Free {
        void operator()(uint32_t *p) const { std::free(p); }
    };
    std::unique_ptr<uint32_t[], Free> holder_of_;
    size_t holder_of_size_ = 0;
    bool has_revision_ = false;
    Xapian::rev revision_ = 0;
    std::string uuid_;
    Counts counts_;
    bool lent_ = false;
};

class FacetSpy : public Xapian::MatchSpy {
  public:
    /// The people facet's number in the lists: its values are grouped by person (see `Person`).
    static constexpr size_t kPeople = 0;

    /// One person of the people facet: the spellings of one key ("Kim Jong-un", "Kim Jong-Un"), and
    /// of the keys the archive merged into it ("Trump", "Kim Jong-un" into "Kim Jong Un"), counted
    /// once per article and shown by its most counted spelling of its own key.
    struct Person {
        uint32_t count = 0;
        std::string_view shown;  // the spelling shown (kept in the directory)
    };

    /// A value of another facet and its articles.
    struct Value {
        uint32_t count = 0;
        std::string_view text;  // kept in the directory
    };

    /// `directory` (may be null: the spy then keeps one of its own) knows the facets' values and
    /// the articles' entries; `aliases` (may be null) outlives the spy and is the directory's.
    FacetSpy(const Xapian::Database &db, Xapian::valueno list_slot, size_t facets, const PersonAliases *aliases,
             std::shared_ptr<FacetDirectory> directory)
        : lists_(db, list_slot), aliases_(aliases),
          directory_(directory ? std::move(directory) : std::make_shared<FacetDirectory>(aliases)),
          counts_(directory_->borrow()), facets_(facets) {
        directory_->use_revision(db);
        seen_.reserve(1024);
    }

    ~FacetSpy() override { directory_->give_back(counts_); }

    FacetSpy(const FacetSpy &) = delete;
    FacetSpy &operator=(const FacetSpy &) = delete;

    void operator()(const Xapian::Document &doc, double) override {
        ++documents_;
        // The article is the one whose list is the first at or after this passage (every
        // article's last passage has one): counted once, when its first matching passage comes.
        // The matcher goes up the ids, so a repeat is the last article; the set makes it exact
        // whatever the order.
        const Xapian::docid did = doc.get_docid();
        Xapian::docid holder = directory_->known_holder(did);
        if (holder == 0) {
            holder = lists_.at_or_after(did);
            if (holder != 0) directory_->learn_holder(did, holder);
        }
        if (holder == 0 || holder == last_holder_) return;
        last_holder_ = holder;
        if (!seen_.insert(holder).second) return;
        holders_.push_back(holder);
        holders_sorted_ = false;
        uint32_t count = 0;
        const uint32_t *entries = directory_->entries(holder, lists_, &count);
        for (uint32_t i = 0; i < count; ++i) {
            const uint32_t facet = entries[i] >> FacetDirectory::kFacetShift;
            const uint32_t id = entries[i] & FacetDirectory::kIdMask;
            if (facet >= facets_) continue;
            if (facet == kPeople) {
                count_spelling(id, (entries[i] & FacetDirectory::kFirstOfPerson) != 0);
            } else {
                count_value(id);
            }
        }
    }

    std::string name() const override { return "NewsIndex.FacetSpy"; }

    /// After the match: counts the matching articles that name a person only in a name the archive
    /// confirmed (`PersonAliases::confirmed`), once per article, unless the article's own list
    /// counted that person already. Their lists hold no such names: a search pays only for the
    /// few articles that give one (about 3,000 of the full corpus's 37,554), not for every match.
    void count_confirmed() {
        if (confirmed_counted_ || !aliases_ || aliases_->confirmed().empty() || facets_ <= kPeople) return;
        confirmed_counted_ = true;
        for (auto &entry : confirmed_holders_) {
            std::sort(entry.second.holders.begin(), entry.second.holders.end());
            entry.second.matched = entry.second.holders.size();
        }
        // (Whether the article's own list counted the person: the holders counted during the match.)
        auto counted_at_match = [this](uint32_t person, Xapian::docid holder) {
            const auto found = confirmed_holders_.find(person);
            if (found == confirmed_holders_.end()) return false;
            const auto &holders = found->second.holders;
            return std::binary_search(holders.begin(), holders.begin() + found->second.matched, holder);
        };
        for (const auto &confirmed : aliases_->confirmed()) {
            if (seen_.find(confirmed.holder) == seen_.end()) continue;
            if (confirmed.holder != last_holder_) {
                last_holder_ = confirmed.holder;
                article_people_.clear();
            }
            bool merged = false;
            const uint32_t person = directory_->person_with_key(aliases_->resolve(person_group_key(confirmed.name), merged));
            if (person != FacetDirectory::kNone && counted_at_match(person, confirmed.holder)) continue;
            // (An article that gives two confirmed names of one person counts once.)
            const uint32_t id = directory_->id(confirmed.name);
            count_spelling(id, first_in_article(article_people_, directory_->spelling(id).person));
        }
    }

    size_t distinct_keys() const { return seen_.size(); }

    /// The article (its list's holder) of a document the spy has seen; 0 for one it has not.
    Xapian::docid article_of(Xapian::docid did) {
        if (!holders_sorted_) {
            std::sort(holders_.begin(), holders_.end());
            holders_sorted_ = true;
        }
        const auto at = std::lower_bound(holders_.begin(), holders_.end(), did);
        return at == holders_.end() ? 0 : *at;
    }
    size_t documents() const { return documents_; }
    /// The values of a facet other than people's, with their articles, in the order they were met.
    std::vector<Value> values(size_t facet) const {
        std::vector<Value> values;
        for (uint32_t id : counts_->touched_values) {
            const FacetDirectory::Value &value = directory_->value(id);
            if (value.facet == facet) values.push_back(Value{counts_->values[id], value.text});
        }
        return values;
    }
    /// The people facet by person, in the order they were met.
    std::vector<Person> people() const {
        std::vector<Person> people;
        people.reserve(counts_->touched_people.size());
        for (uint32_t id : counts_->touched_people) {
            const auto &counted = counts_->people[id];
            // (Where the matches spell the person only in merged forms, "Kerry", the name the
            // archive merged them into, "John Kerry", as the passages show it.)
            const FacetDirectory::Spelling &spelling = directory_->spelling(counted.shown);
            const std::string_view merged = spelling.own ? std::string_view() : directory_->merged_name(spelling.person);
            people.push_back(Person{counted.count, merged.empty() ? spelling.text : merged});
        }
        return people;
    }
    size_t facets() const { return facets_; }

  private:
    void count_value(uint32_t id) {
        FacetDirectory::Counts &counts = *counts_;
        if (id >= counts.values.size()) counts.values.resize(std::max<size_t>(directory_->values(), 2 * counts.values.size()));
        uint32_t &count = counts.values[id];
        if (count == 0) counts.touched_values.push_back(id);
        ++count;
    }

    /// Counts a spelling of a person, and the article for the person when `first` (the first of
    /// the article's spellings of that person).
    void count_spelling(uint32_t id, bool first) {
        const FacetDirectory::Spelling &spelling = directory_->spelling(id);
        FacetDirectory::Counts &counts = *counts_;
        if (id >= counts.spellings.size()) counts.spellings.resize(std::max<size_t>(directory_->spellings(), 2 * counts.spellings.size()));
        if (spelling.person >= counts.people.size()) {
            counts.people.resize(std::max<size_t>(directory_->people(), 2 * counts.people.size()));
        }
        uint32_t &spelled = counts.spellings[id];
        if (spelled == 0) counts.touched_spellings.push_back(id);
        ++spelled;
        FacetDirectory::Counts::Person &person = counts.people[spelling.person];
        if (person.shown == FacetDirectory::kNone) counts.touched_people.push_back(spelling.person);
        if (first) {
            ++person.count;
            if (directory_->confirmed(spelling.person)) confirmed_holders_[spelling.person].holders.push_back(last_holder_);
        }
        // Shown: a spelling of the person's own key before a merged one ("Donald Trump", not
        // "Trump"), then the most counted (the first to get there on a tie).
        if (person.shown == FacetDirectory::kNone || (spelling.own && !person.shown_own) ||
            (spelling.own == person.shown_own && spelled > person.shown_count)) {
            person.shown = id;
            person.shown_own = spelling.own;
            person.shown_count = spelled;
        }
    }

    /// A confirmed name's person: the articles counted for it, the first `matched` of them
    /// during the match (see `count_confirmed`).
    struct ConfirmedHolders {
        std::vector<Xapian::docid> holders;
        size_t matched = 0;
    };

    NextValueReader lists_;
    const PersonAliases *aliases_;
    std::shared_ptr<FacetDirectory> directory_;
    FacetDirectory::Counts *counts_;
    size_t facets_;
    std::unordered_map<uint32_t, ConfirmedHolders> confirmed_holders_;
    /// The people `count_confirmed` has counted for the article it is at.
    std::vector<uint32_t> article_people_;
    std::unordered_set<Xapian::docid> seen_;
    /// The same as `seen_`, in ids order once `article_of` sorted it: an article's passages are the
    /// ids after the previous article's holder, up to its own.
    std::vector<Xapian::docid> holders_;
    bool holders_sorted_ = false;
    Xapian::docid last_holder_ = 0;
    bool confirmed_counted_ = false;
    size_t documents_ = 0;
};

}  // namespace cxapian
