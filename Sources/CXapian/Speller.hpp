// Spelling suggestions from the index's own words, at query time. Xapian's spelling table costs
// about a tenth of the indexing time (every new word's fragments written at each commit); a query
// that matches nothing is rare, and the words of the index are already in it: the unprefixed terms
// that TermGenerator writes (STEM_SOME) are the words as written, lower-cased.
#ifndef CXAPIAN_SPELLER_HPP
#define CXAPIAN_SPELLER_HPP

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace cxapian {

// Edit distance with adjacent transpositions (optimal string alignment) over bytes; any value above
// `limit` comes back as limit + 1, early. Its three rows live in the caller's `rows`, so a scan of
// thousands of words allocates them once.
struct EditRows {
    std::vector<unsigned> before, previous, current;
};

inline unsigned edit_distance(const std::string &a, const std::string &b, unsigned limit, EditRows &rows) {
    const size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    rows.before.assign(m + 1, 0);
    rows.previous.resize(m + 1);
    rows.current.assign(m + 1, 0);
    for (size_t j = 0; j <= m; ++j) rows.previous[j] = unsigned(j);
    for (size_t i = 1; i <= n; ++i) {
        rows.current[0] = unsigned(i);
        unsigned row_min = rows.current[0];
        for (size_t j = 1; j <= m; ++j) {
            const unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
            unsigned value = std::min({rows.previous[j] + 1, rows.current[j - 1] + 1, rows.previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, rows.before[j - 2] + 1);
            }
            rows.current[j] = value;
            row_min = std::min(row_min, value);
        }
        if (row_min > limit) return limit + 1;
        std::swap(rows.before, rows.previous);
        std::swap(rows.previous, rows.current);
    }
    return rows.previous[m];
}

// The index's word closest to `word` (lower-case, not in the index): fewest edits (one for words of
// up to four bytes, else two), then the most documents. Candidates start with the word's first or
// second letter ("climte", "lcimate" -> "climate"); "" when there is none.
inline std::string suggest_word(const Xapian::Database &db, const std::string &word) {
    const unsigned limit = word.size() <= 4 ? 1 : 2;
    std::string best;
    unsigned best_distance = limit + 1;
    Xapian::doccount best_frequency = 0;
    EditRows rows;
    std::vector<std::string> starts{word.substr(0, 1)};
    if (word.size() > 1 && word[1] != word[0] && (unsigned char)word[1] < 0x80) starts.push_back(word.substr(1, 1));
    for (const std::string &start : starts) {
        for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) {
            const std::string term = *it;
            const unsigned distance = edit_distance(word, term, limit, rows);
            if (distance > limit || distance == 0) continue;
            const Xapian::doccount frequency = it.get_termfreq();
            if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
                best = term;
                best_distance = distance;
                best_frequency = frequency;
            }
        }
    }
    return best;
}

// The query with each plain word the index does not have (neither as written nor as a stem)
// replaced by its suggestion (the first eight such words); "" when nothing changed. Field names
// and their values (but a title's), boolean operators, wildcards and numbers are left as they are.
inline std::string suggest_query(const Xapian::Database &db, const std::string &text, const Xapian::Stem &stem) {
    static const std::vector<std::string> operators{"and", "or", "not", "xor", "near", "adj"};
    constexpr size_t max_words = 8, max_word_bytes = 40;
    size_t looked_up = 0;
    std::string out;
    bool changed = false;
    size_t i = 0;
    auto word_byte = [](unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; };
    // Whether the field name that ends just before `colon` is one whose value is a name.
    auto names_field = [&](size_t colon) {
        size_t start = colon;
        while (start > 0 && std::isalpha((unsigned char)text[start - 1])) --start;
        return start < colon && Xapian::Unicode::tolower(text.substr(start, colon - start)) != "title";
    };
    while (i < text.size()) {
        // person:"Wang Yi": a quoted name is copied whole.
        if (text[i] == '"' && i > 0 && text[i - 1] == ':' && names_field(i - 1)) {
            const size_t close = text.find('"', i + 1);
            const size_t end = close == std::string::npos ? text.size() : close + 1;
            out.append(text, i, end - i);
            i = end;
            continue;
        }
        if (!word_byte((unsigned char)text[i])) {
            out += text[i++];
            continue;
        }
        size_t end = i;
        while (end < text.size() && word_byte((unsigned char)text[end])) ++end;
        const std::string original = text.substr(i, end - i);
        const bool field_name = end < text.size() && text[end] == ':';
        // A field's value (person:, country: …) is a name, not a word; a title's is a word.
        const bool field_value = i > 0 && text[i - 1] == ':' && names_field(i - 1);
        const bool wildcard = end < text.size() && text[end] == '*';
        std::string lower = Xapian::Unicode::tolower(original);
        while (!lower.empty() && lower.back() == '\'') lower.pop_back();
        const bool keep = field_name || field_value || wildcard || lower.empty() || std::isdigit((unsigned char)lower[0]) ||
                          std::find(operators.begin(), operators.end(), lower) != operators.end() ||
                          db.term_exists(lower) || db.term_exists("Z" + stem(lower));
        // Each unknown word costs a scan of the index's words with its first letters: a pasted
        // paragraph in another language gets suggestions for its first few words only.
        const bool try_it = !keep && lower.size() <= max_word_bytes && looked_up < max_words;
        if (try_it) ++looked_up;
        std::string replacement = try_it ? suggest_word(db, lower) : std::string();
        if (replacement.empty()) {
            out += original;
        } else {
            out += replacement;
            changed = true;
        }
        i = end;
    }
    return changed ? out : std::string();
}

}  // namespace cxapian

#endif
