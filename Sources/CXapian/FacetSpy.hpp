// A MatchSpy for multi-valued facets that counts each article once.
//
// Xapian's ValueCountMatchSpy counts one value per document. NewsIndex stores all facets of an
// article in one value slot, a '\0'-joined list of entries each starting with its facet's number
// ("0Wang Yi", "1CN", "2Reuters", "32021"): one value read per match (about 1 µs, against about
// 11 µs to walk a termlist, and each further slot is another block read). Documents are passages:
// the spy remembers the article key of each document it has counted so that an article with five
// matching passages adds one to each of its facet values.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cxapian {

class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetSpy(Xapian::valueno key_slot, Xapian::valueno list_slot, size_t facets,
             std::unordered_map<std::string, std::string> aliases)
        : key_slot_(key_slot), list_slot_(list_slot), counts_(facets), aliases_(std::move(aliases)) {}

    void operator()(const Xapian::Document &doc, double) override {
        ++documents_;
        if (!seen_.insert(doc.get_value(key_slot_)).second) return;
        const std::string list = doc.get_value(list_slot_);
        size_t start = 0;
        while (start < list.size()) {
            size_t end = list.find('\0', start);
            if (end == std::string::npos) end = list.size();
            const size_t facet = size_t(list[start] - '0');
            if (end > start + 1 && facet < counts_.size()) {
                // An archive-level merge ("Trump" counted as "Donald Trump"): an article names a
                // person in one form only, so merged counts still count each article once.
                if (!aliases_.empty()) {
                    auto alias = aliases_.find(list.substr(start, end - start));
                    if (alias != aliases_.end()) {
                        ++counts_[facet][alias->second.substr(1)];
                        start = end + 1;
                        continue;
                    }
                }
                ++counts_[facet][list.substr(start + 1, end - start - 1)];
            }
            start = end + 1;
        }
    }

    std::string name() const override { return "NewsIndex.FacetSpy"; }

    size_t distinct_keys() const { return seen_.size(); }
    size_t documents() const { return documents_; }
    const std::unordered_map<std::string, uint64_t> &counts(size_t facet) const { return counts_.at(facet); }
    size_t facets() const { return counts_.size(); }

  private:
    Xapian::valueno key_slot_;
    Xapian::valueno list_slot_;
    std::unordered_map<std::string, std::string> aliases_;
    std::unordered_set<std::string> seen_;
    size_t documents_ = 0;
    std::vector<std::unordered_map<std::string, uint64_t>> counts_;
};

}  // namespace cxapian
