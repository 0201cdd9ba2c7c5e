import Foundation

/// Where tests put their files and indexes: one folder per test process, removed when the
/// process exits. A folder left by a process that died is removed by the next run.
public enum Scratch {
    /// A fresh path under the process's folder; nothing is created there.
    public static func path(_ prefix: String, suffix: String = "") -> String {
        root + "/" + prefix + "-" + UUID().uuidString + suffix
    }

    /// A fresh, created folder under the process's folder.
    public static func folder(_ prefix: String) -> String {
        let path = path(prefix)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

private let rootPrefix = "newsindex-tests-"

private let root: String = {
    let temporary = NSTemporaryDirectory()
    removeFoldersOfDeadProcesses(in: temporary)
    let path = temporary + rootPrefix + String(getpid())
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: root) }
    return path
}()

private func removeFoldersOfDeadProcesses(in temporary: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
    for name in names where name.hasPrefix(rootPrefix) {
        guard let pid = Int32(name.dropFirst(rootPrefix.count)) else { continue }
        if kill(pid, 0) != 0 && errno == ESRCH {
            try? FileManager.default.removeItem(atPath: temporary + name)
        }
    }
}
