import NewsSchema
import Xapian

/// Writes the schema version directly, to test how other versions are refused.
struct WritableDatabaseForTests {
    let path: String
    init(path: String) throws { self.path = path }
    func setVersion(_ version: String) throws {
        let database = try WritableDatabase(path: path, create: false)
        try database.setMetadata(Schema.versionKey, version)
        try database.close()
    }
}
