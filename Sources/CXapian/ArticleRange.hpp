// A PostingSource that widens article-level terms to every document of their article.
//
// NewsIndex writes one document per passage, and the passages of an article get consecutive
// document ids (they are added together, and compaction keeps the order). Terms that describe the
// whole article (its people, countries, source, year) are written once, on its last passage, which
// also holds the article's passage count in a value slot. Writing them on every passage made
// indexing 6-8% slower and the index 6% bigger (5,000 articles); this source gives the same
// matches: for each document holding one of the terms, it yields the ids from (holder - count + 1)
// to the holder.
//
// The holders are either the documents of any of a list of terms, or the matches of a query (the
// `title:` field: words and phrases with positions, written once per article; on every passage,
// that title cost 10% of indexing time and 12% of the index).
#pragma once

#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace cxapian {

class ArticleRangeSource : public Xapian::PostingSource {
  public:
    ArticleRangeSource(std::vector<std::string> terms, Xapian::valueno size_slot)
        : terms_(std::move(terms)), size_slot_(size_slot) {}

    /// Holders are the documents matching `query` (run once, unweighted, when the match starts).
    ArticleRangeSource(Xapian::Query query, Xapian::valueno size_slot)
        : query_(std::move(query)), by_query_(true), size_slot_(size_slot) {}

    void init(const Xapian::Database &db) override {
        db_ = db;
        postings_.clear();
        ends_.clear();
        holders_.clear();
        next_holder_ = 0;
        Xapian::doccount most = 0, sum = 0;
        if (by_query_) {
            Xapian::Enquire enquire(db_);
            enquire.set_query(query_);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            // Every weight is 0, so the MSet comes in this order: ascending ids, as `advance` needs.
            enquire.set_docid_order(Xapian::Enquire::ASCENDING);
            const Xapian::MSet matches = enquire.get_mset(0, db_.get_doccount());
            holders_.reserve(matches.size());
            for (auto it = matches.begin(); it != matches.end(); ++it) holders_.push_back(*it);
            most = sum = Xapian::doccount(holders_.size());
        }
        for (const auto &term : terms_) {
            postings_.push_back(db_.postlist_begin(term));
            ends_.push_back(db_.postlist_end(term));
            const Xapian::doccount freq = db_.get_termfreq(term);
            most = std::max(most, freq);
            sum += freq;
        }
        sizes_ = db_.valuestream_begin(size_slot_);
        const Xapian::doccount documents = db_.get_doccount();
        const Xapian::doccount articles = std::max<Xapian::doccount>(1, db_.get_value_freq(size_slot_));
        min_ = std::min(most, documents);
        est_ = std::min<Xapian::doccount>(documents, Xapian::doccount(double(sum) * documents / articles));
        est_ = std::max(est_, min_);
        max_ = documents;
        first_ = last_ = current_ = 0;
        started_ = ended_ = false;
        set_maxweight(0);
    }

    Xapian::doccount get_termfreq_min() const override { return min_; }
    Xapian::doccount get_termfreq_est() const override { return est_; }
    Xapian::doccount get_termfreq_max() const override { return max_; }

    void next(double) override {
        if (started_ && current_ < last_) {
            ++current_;
            return;
        }
        advance(started_ ? last_ + 1 : 1);
    }

    void skip_to(Xapian::docid target, double) override {
        if (started_ && (ended_ || target <= current_)) return;
        if (started_ && target <= last_) {
            current_ = std::max(target, first_);
            return;
        }
        advance(target);
    }

    bool at_end() const override { return ended_; }
    Xapian::docid get_docid() const override { return current_; }
    std::string name() const override { return "NewsIndex.ArticleRangeSource"; }
    ArticleRangeSource *clone() const override {
        return by_query_ ? new ArticleRangeSource(query_, size_slot_) : new ArticleRangeSource(terms_, size_slot_);
    }

  private:
    /// Moves to the first document at or after `target` in the range of a holder.
    void advance(Xapian::docid target) {
        started_ = true;
        // The first holder at or after the target: its article holds the target if any does.
        Xapian::docid holder = 0;
        next_holder_ = size_t(std::lower_bound(holders_.begin() + next_holder_, holders_.end(), target) - holders_.begin());
        if (next_holder_ < holders_.size()) holder = holders_[next_holder_];
        for (size_t i = 0; i < postings_.size(); ++i) {
            if (postings_[i] != ends_[i] && *postings_[i] < target) postings_[i].skip_to(target);
            if (postings_[i] != ends_[i] && (holder == 0 || *postings_[i] < holder)) holder = *postings_[i];
        }
        if (holder == 0) {
            ended_ = true;
            return;
        }
        Xapian::docid size = 1;
        if (sizes_ != db_.valuestream_end(size_slot_) && sizes_.get_docid() < holder) sizes_.skip_to(holder);
        if (sizes_ != db_.valuestream_end(size_slot_) && sizes_.get_docid() == holder) {
            size = std::max<Xapian::docid>(1, Xapian::docid(std::strtoul((*sizes_).c_str(), nullptr, 10)));
        }
        // Ranges of different articles never overlap; the guard keeps ids rising if a count lies.
        first_ = std::max<Xapian::docid>(holder >= size ? holder - size + 1 : 1, last_ + 1);
        last_ = holder;
        current_ = std::max(target, first_);
    }

    std::vector<std::string> terms_;
    Xapian::Query query_;
    bool by_query_ = false;
    Xapian::valueno size_slot_;
    std::vector<Xapian::docid> holders_;
    size_t next_holder_ = 0;
    Xapian::Database db_;
    std::vector<Xapian::PostingIterator> postings_, ends_;
    Xapian::ValueIterator sizes_;
    Xapian::doccount min_ = 0, est_ = 0, max_ = 0;
    Xapian::docid first_ = 0, last_ = 0, current_ = 0;
    bool started_ = false, ended_ = false;
};

}  // namespace cxapian
