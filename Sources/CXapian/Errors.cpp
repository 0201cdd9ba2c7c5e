#include "Boundary.hpp"

namespace cxapian {

char *copy_string(const std::string &s, size_t *length) {
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (!out) throw std::bad_alloc();
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = '\0';
    if (length) *length = s.size();
    return out;
}

void set_error(CXapian_error *error, CXapian_error_code code, const std::string &type, const std::string &message) {
    if (!error) return;
    CXapian_error_clear(error);
    error->code = code;
    // Allocation failure here would throw out of a catch block: fall back to NULL strings.
    error->type = strdup(type.c_str());
    error->message = strdup(message.c_str());
}

static void set_from(CXapian_error *error, CXapian_error_code code, const Xapian::Error &e) {
    std::string message = e.get_msg();
    if (!e.get_context().empty()) message += " (" + e.get_context() + ")";
    if (e.get_error_string()) message += std::string(": ") + e.get_error_string();
    set_error(error, code, e.get_type(), message);
}

void set_current_error(CXapian_error *error) {
    // Xapian::Error has no virtual functions, so dynamic_cast cannot classify it: rethrow instead.
    try {
        throw;
    } catch (const Xapian::DatabaseNotFoundError &e) { set_from(error, CXapian_DATABASE_NOT_FOUND, e);
    } catch (const Xapian::DatabaseLockError &e) { set_from(error, CXapian_DATABASE_LOCK, e);
    } catch (const Xapian::DatabaseVersionError &e) { set_from(error, CXapian_DATABASE_VERSION, e);
    } catch (const Xapian::DatabaseOpeningError &e) { set_from(error, CXapian_DATABASE_OPENING, e);
    } catch (const Xapian::DatabaseModifiedError &e) { set_from(error, CXapian_DATABASE_MODIFIED, e);
    } catch (const Xapian::DatabaseCorruptError &e) { set_from(error, CXapian_DATABASE_CORRUPT, e);
    } catch (const Xapian::DatabaseError &e) { set_from(error, CXapian_DATABASE, e);
    } catch (const Xapian::QueryParserError &e) { set_from(error, CXapian_QUERY_PARSER, e);
    } catch (const Xapian::NetworkError &e) { set_from(error, CXapian_NETWORK, e);
    } catch (const Xapian::InvalidArgumentError &e) { set_from(error, CXapian_INVALID_ARGUMENT, e);
    } catch (const Xapian::InvalidOperationError &e) { set_from(error, CXapian_INVALID_OPERATION, e);
    } catch (const Xapian::DocNotFoundError &e) { set_from(error, CXapian_DOCUMENT_NOT_FOUND, e);
    } catch (const Xapian::RangeError &e) { set_from(error, CXapian_RANGE, e);
    } catch (const Xapian::Error &e) { set_from(error, CXapian_OTHER_XAPIAN, e);
    } catch (const std::exception &e) { set_error(error, CXapian_STD_EXCEPTION, "std::exception", e.what());
    } catch (...) { set_error(error, CXapian_UNKNOWN, "unknown", "an unknown C++ exception was thrown");
    }
}

}  // namespace cxapian

extern "C" {

void CXapian_error_clear(CXapian_error *error) {
    if (!error) return;
    std::free(error->type);
    std::free(error->message);
    error->type = nullptr;
    error->message = nullptr;
    error->code = CXapian_OK;
}

void CXapian_string_free(char *string) { std::free(string); }

const char *CXapian_version_string(void) { return Xapian::version_string(); }

}
