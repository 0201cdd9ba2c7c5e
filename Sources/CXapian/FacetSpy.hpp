// A MatchSpy for multi-valued facets that counts each article once.
//
// Xapian's ValueCountMatchSpy counts one value per document. NewsIndex documents are passages: all
// passages of an article carry its id in the key slot (also the collapse key), and the article's
// last passage carries, in the list slot, all its facets as '\0'-joined entries each starting with
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
        std::string_view key() const { return std::string_view(data, size); }
    };

    explicit FlatCounter(size_t capacity = 256) : slots_(round_up(capacity)) {}

    /// Adds one to `key`; returns whether it was new. New keys are copied into `arena`.
    bool add(std::string_view key, Arena &arena) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const uint64_t h = hash(key);
        const size_t mask = slots_.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            Slot &slot = slots_[i];
            if (slot.count == 0) {
                const std::string_view kept = arena.keep(key);
                slot = Slot{h, kept.data(), uint32_t(kept.size()), 1};
                ++used_;
                return true;
            }
            if (slot.hash == h && slot.key() == key) {
                ++slot.count;
                return false;
            }
        }
    }

    /// The slot holding `key`, or nullptr.
    const Slot *find(std::string_view key) const {
        const uint64_t h = hash(key);
        const size_t mask = slots_.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = slots_[i];
            if (slot.count == 0) return nullptr;
            if (slot.hash == h && slot.key() == key) return &slot;
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

/// Reads a sparse slot: the value of the first document at or after a given id. Moves forward
/// only, and starts again if asked to go back.
class NextValueReader {
  public:
    NextValueReader(const Xapian::Database &db, Xapian::valueno slot) : db_(db), slot_(slot) {}

    /// The value of the first document at or after `did` that has one ("" when none); `holder()`
    /// is then that document (0 when none).
    std::string_view at_or_after(Xapian::docid did) {
        if (!started_ || did < last_) {
            it_ = db_.valuestream_begin(slot_);
            started_ = true;
            have_ = false;
        }
        last_ = did;
        holder_ = 0;
        if (it_ == Xapian::ValueIterator()) return {};
        if (it_.get_docid() < did) {
            it_.skip_to(did);
            have_ = false;
            if (it_ == Xapian::ValueIterator()) return {};
        }
        holder_ = it_.get_docid();
        if (!have_) {
            value_ = *it_;
            have_ = true;
        }
        return value_;
    }

    Xapian::docid holder() const { return holder_; }

  private:
    Xapian::Database db_;
    Xapian::valueno slot_;
    Xapian::ValueIterator it_;
    bool started_ = false, have_ = false;
    Xapian::docid last_ = 0, holder_ = 0;
    std::string value_;
};

class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetSpy(const Xapian::Database &db, Xapian::valueno list_slot, size_t facets,
             const std::unordered_map<std::string, std::string> &aliases)
        : lists_(db, list_slot), counts_(facets) {
        seen_.reserve(1024);
        // The alias table is a counter whose slots never move once filled: `alias_targets_` is
        // indexed by slot.
        aliases_ = FlatCounter(aliases.size() * 4 + 16);
        alias_targets_.resize(aliases_.slots().size());
        for (const auto &[from, to] : aliases) {
            aliases_.add(from, arena_);
            alias_targets_[size_t(aliases_.find(from) - aliases_.slots().data())] = arena_.keep(to);
        }
    }

    void operator()(const Xapian::Document &doc, double) override {
        ++documents_;
        // The article is the one whose list is the first at or after this passage (every
        // article's last passage has one): counted once, when its first matching passage comes.
        // The matcher goes up the ids, so a repeat is the last article; the set makes it exact
        // whatever the order.
        const std::string_view list = lists_.at_or_after(doc.get_docid());
        const Xapian::docid holder = lists_.holder();
        if (holder == 0 || holder == last_holder_) return;
        last_holder_ = holder;
        if (!seen_.insert(holder).second) return;
        holders_.push_back(holder);
        holders_sorted_ = false;
        size_t start = 0;
        merged_people_.clear();
        while (start < list.size()) {
            size_t end = list.find('\0', start);
            if (end == std::string_view::npos) end = list.size();
            const size_t facet = size_t(list[start] - '0');
            if (end > start + 1 && facet < counts_.size()) {
                std::string_view entry = list.substr(start, end - start);
                // An archive-level merge ("Trump", "Donald J. Trump" counted as "Donald Trump"). An
                // article may name a person in two of those forms: it counts once, under the merged
                // name's own entry if it has one, else under the first form merged into it.
                if (facet == 0 && aliases_.size() > 0) {
                    if (const auto *alias = aliases_.find(entry)) {
                        entry = alias_targets_[size_t(alias - aliases_.slots().data())];
                        if (has_entry(list, entry) ||
                            std::find(merged_people_.begin(), merged_people_.end(), entry) != merged_people_.end()) {
                            start = end + 1;
                            continue;
                        }
                        merged_people_.push_back(entry);
                    }
                }
                count(facet, entry.substr(1));
            }
            start = end + 1;
        }
    }

    std::string name() const override { return "NewsIndex.FacetSpy"; }

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
    const FlatCounter &counts(size_t facet) const { return counts_.at(facet); }
    size_t facets() const { return counts_.size(); }

  private:
    /// Whether the '\0'-joined `list` holds `entry` as a whole entry.
    static bool has_entry(std::string_view list, std::string_view entry) {
        for (size_t at = list.find(entry); at != std::string_view::npos; at = list.find(entry, at + 1)) {
            const size_t after = at + entry.size();
            if ((at == 0 || list[at - 1] == '\0') && (after == list.size() || list[after] == '\0')) return true;
        }
        return false;
    }

    void count(size_t facet, std::string_view value) { counts_[facet].add(value, arena_); }

    NextValueReader lists_;
    Arena arena_;
    FlatCounter aliases_;
    std::vector<std::string_view> alias_targets_;
    /// The merged names the article being counted has counted so far.
    std::vector<std::string_view> merged_people_;
    std::unordered_set<Xapian::docid> seen_;
    /// The same as `seen_`, in ids order once `article_of` sorted it: an article's passages are the
    /// ids after the previous article's holder, up to its own.
    std::vector<Xapian::docid> holders_;
    bool holders_sorted_ = false;
    Xapian::docid last_holder_ = 0;
    size_t documents_ = 0;
    std::vector<FlatCounter> counts_;
};

}  // namespace cxapian
