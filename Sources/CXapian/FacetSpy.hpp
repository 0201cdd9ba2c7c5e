// A MatchSpy for multi-valued facets that counts each article once.
//
// Xapian's ValueCountMatchSpy counts one value per document. NewsIndex keeps all facets of an
// article in the slot that also holds its key (the article id): "id\0" then a '\0'-joined list of
// entries each starting with its facet's number ("0Wang Yi", "1CN", "2Reuters", "32021"). One value
// read per match gives the article and all its facets (about 1 µs, against about 11 µs to walk a
// termlist), and the value is the collapse key too, so collapsing and counting read the same
// B-tree block. Documents are passages: the spy remembers the key of each article it has counted,
// so an article with five matching passages adds one to each of its facet values.
//
// Measured on the 5,000-article benchmark (Benchmarks/README.md): an id slot and a facet slot read
// in turn cost about a quarter more query time, as the table's cursor swapped leaf blocks on
// every match; reading through ValueIterators with skip_to was slower still, as skipping copies
// every value passed over.
#pragma once

#include <xapian.h>

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


class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetSpy(Xapian::valueno slot, size_t facets, const std::unordered_map<std::string, std::string> &aliases)
        : slot_(slot), counts_(facets) {
        seen_.reserve(1024);
        for (auto &counts : counts_) counts.reserve(256);
        for (const auto &[from, to] : aliases) aliases_.emplace(arena_.keep(from), arena_.keep(to));
    }

    void operator()(const Xapian::Document &doc, double) override {
        ++documents_;
        const std::string value = doc.get_value(slot_);
        const std::string_view whole = value;
        const size_t nul = whole.find('\0');
        const std::string_view key = whole.substr(0, nul);
        if (seen_.find(key) != seen_.end()) return;
        seen_.insert(arena_.keep(key));
        if (nul == std::string_view::npos) return;
        const std::string_view list = whole.substr(nul + 1);
        size_t start = 0;
        while (start < list.size()) {
            size_t end = list.find('\0', start);
            if (end == std::string_view::npos) end = list.size();
            const size_t facet = size_t(list[start] - '0');
            if (end > start + 1 && facet < counts_.size()) {
                std::string_view entry = list.substr(start, end - start);
                // An archive-level merge ("Trump" counted as "Donald Trump"): an article names a
                // person in one form only, so merged counts still count each article once.
                if (!aliases_.empty()) {
                    auto alias = aliases_.find(entry);
                    if (alias != aliases_.end()) entry = alias->second;
                }
                count(facet, entry.substr(1));
            }
            start = end + 1;
        }
    }

    std::string name() const override { return "NewsIndex.FacetSpy"; }

    size_t distinct_keys() const { return seen_.size(); }
    size_t documents() const { return documents_; }
    const std::unordered_map<std::string_view, uint64_t> &counts(size_t facet) const { return counts_.at(facet); }
    size_t facets() const { return counts_.size(); }

  private:
    void count(size_t facet, std::string_view value) {
        auto &counts = counts_[facet];
        auto found = counts.find(value);
        if (found != counts.end()) {
            ++found->second;
        } else {
            counts.emplace(arena_.keep(value), 1);
        }
    }

    Xapian::valueno slot_;
    Arena arena_;
    std::unordered_map<std::string_view, std::string_view> aliases_;
    std::unordered_set<std::string_view> seen_;
    size_t documents_ = 0;
    std::vector<std::unordered_map<std::string_view, uint64_t>> counts_;
};

}  // namespace cxapian
