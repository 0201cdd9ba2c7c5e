// Bare C++ Xapian baseline for NewsIndex's benchmarks: the same passages, TermGenerator, positions
// and English stemmer, no entities. It sets the ceiling NewsIndex is measured against.
//
//   xapian_baseline index DB CORPUS.jsonl        one document per paragraph (blank-line separated)
//   xapian_baseline query DB QUERIES.tsv [ROUNDS] text<TAB>person<TAB>country per line; prints latencies
//
// Build: g++ -O2 -std=c++17 xapian_baseline.cc $(pkg-config --cflags --libs xapian-core) -o xapian_baseline
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

// Reads the string value of "key" from one JSON object line (enough for the benchmark corpora).
std::string json_string(const std::string &line, const std::string &key) {
    const std::string needle = "\"" + key + "\"";
    size_t pos = line.find(needle);
    while (pos != std::string::npos) {
        size_t colon = line.find_first_not_of(" \t", pos + needle.size());
        if (colon != std::string::npos && line[colon] == ':') break;
        pos = line.find(needle, pos + 1);
    }
    if (pos == std::string::npos) return "";
    size_t quote = line.find('"', line.find(':', pos + needle.size()) + 1);
    if (quote == std::string::npos) return "";
    std::string out;
    for (size_t i = quote + 1; i < line.size(); ++i) {
        char c = line[i];
        if (c == '"') break;
        if (c != '\\' || i + 1 >= line.size()) { out += c; continue; }
        char e = line[++i];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': break;
        case 'u': {
            unsigned code = std::stoul(line.substr(i + 1, 4), nullptr, 16);
            i += 4;
            if (code < 0x80) out += char(code);
            else if (code < 0x800) { out += char(0xC0 | (code >> 6)); out += char(0x80 | (code & 0x3F)); }
            else { out += char(0xE0 | (code >> 12)); out += char(0x80 | ((code >> 6) & 0x3F)); out += char(0x80 | (code & 0x3F)); }
            break;
        }
        default: out += e;
        }
    }
    return out;
}

std::vector<std::string> paragraphs(const std::string &body) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < body.size()) {
        size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        std::string p = body.substr(start, end - start);
        if (p.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(p);
        start = end + 2;
    }
    return out;
}

int index(const char *db_path, const char *corpus) {
    // BASELINE_SCRATCH: a database thrown away after a merge, written as newsindex writes its shards
    // (ParallelIndexing.swift): no fsync, blocks updated in place.
    const int scratch = std::getenv("BASELINE_SCRATCH") ? Xapian::DB_NO_SYNC | Xapian::DB_DANGEROUS : 0;
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE | scratch);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    std::ifstream in(corpus);
    std::string line;
    long articles = 0, passages = 0;
    while (std::getline(in, line)) {
        const std::string id = json_string(line, "id"), title = json_string(line, "title");
        const std::vector<std::string> parts = paragraphs(json_string(line, "body"));
        for (size_t i = 0; i < parts.size(); ++i) {
            Xapian::Document doc;
            doc.set_data(parts[i]);
            generator.set_document(doc);
            generator.index_text(parts[i]);
            generator.increase_termpos(100);
            generator.index_text(title, 1, "S");
            generator.index_text_without_positions(title, 3);
            doc.add_boolean_term("XA" + id);
            doc.add_value(0, id);
            db.add_document(doc);
            ++passages;
        }
        ++articles;
    }
    db.commit();
    std::printf("{\"articles\": %ld, \"passages\": %ld}\n", articles, passages);
    return 0;
}

int query(const char *db_path, const char *queries, int rounds) {
    Xapian::Database db(db_path);
    std::vector<std::string> lines;
    std::ifstream in(queries);
    std::string line;
    while (std::getline(in, line)) if (!line.empty() && line[0] != '#') lines.push_back(line);
    std::vector<double> times;
    Xapian::Stem stemmer("english");
    for (int round = 0; round < rounds; ++round) {
        for (const std::string &row : lines) {
            auto start = std::chrono::steady_clock::now();
            // text<TAB>person<TAB>country: without entities, a person or country is a phrase.
            std::string text = row.substr(0, row.find('\t'));
            size_t tab = row.find('\t');
            while (tab != std::string::npos) {
                size_t next = row.find('\t', tab + 1);
                std::string extra = row.substr(tab + 1, next == std::string::npos ? std::string::npos : next - tab - 1);
                if (!extra.empty()) text += " \"" + extra + "\"";
                tab = next;
            }
            Xapian::QueryParser parser;
            parser.set_database(db);
            parser.set_stemmer(stemmer);
            parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
            parser.set_default_op(Xapian::Query::OP_AND);
            parser.add_prefix("title", "S");
            Xapian::Enquire enquire(db);
            enquire.set_query(parser.parse_query(text));
            enquire.set_collapse_key(0);
            Xapian::ValueCountMatchSpy spy(0);
            enquire.add_matchspy(&spy);
            Xapian::MSet mset = enquire.get_mset(0, 10, db.get_doccount());
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                mset.snippet(it.get_document().get_data(), 500, stemmer);
            }
            auto end = std::chrono::steady_clock::now();
            times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
    }
    std::sort(times.begin(), times.end());
    auto pct = [&](double p) { return times[std::min(times.size() - 1, size_t(p * times.size()))]; };
    std::printf("{\"queries\": %zu, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"p99_ms\": %.3f}\n", times.size(), pct(0.5),
                pct(0.95), pct(0.99));
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    try {
        if (argc >= 4 && std::string(argv[1]) == "index") return index(argv[2], argv[3]);
        if (argc >= 4 && std::string(argv[1]) == "query") return query(argv[2], argv[3], argc >= 5 ? std::atoi(argv[4]) : 3);
    } catch (const Xapian::Error &e) {
        std::cerr << "xapian_baseline: " << e.get_description() << "\n";
        return 1;
    }
    std::cerr << "usage: xapian_baseline index DB CORPUS.jsonl | query DB QUERIES.tsv [ROUNDS]\n";
    return 2;
}
