// C++ helpers shared by the shim's .cpp files. Swift never sees this header (see module.modulemap).
#pragma once

#include "CXapian.h"

#include <xapian.h>

#include <string>
#include <unordered_map>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

namespace cxapian {

char *copy_string(const std::string &s, size_t *length = nullptr);

void set_error(CXapian_error *error, CXapian_error_code code, const std::string &type, const std::string &message);

// Maps the exception being handled to an error code by its class (rethrows it and catches each
// Xapian class, most specific first). Call only inside a catch block.
void set_current_error(CXapian_error *error);

// Runs `body`, turning every exception into `error` and `failure` as the result.
// Every extern "C" function goes through here: an exception crossing into Swift aborts the process.
template <typename T, typename Body>
T guarded(CXapian_error *error, T failure, Body body) {
    try {
        return body();
    } catch (...) {
        set_current_error(error);
    }
    return failure;
}

}  // namespace cxapian

struct CXapian_writable_database {
    Xapian::WritableDatabase db;
    Xapian::TermGenerator generator;
};

struct CXapian_database {
    Xapian::Database db;
};
