import Foundation

/// Runs a producer on its own thread and a consumer on the calling one, joined by a bounded queue:
/// reading, splitting and tagging (the producer) overlap with Xapian's writes (the consumer), and
/// memory stays flat however large the archive, because the producer waits when the queue is full.
///
/// An error on either side stops both; the consumer's error wins, then the producer's.
public enum Pipeline {
    public static func run<Item: Sendable>(
        capacity: Int = 32,
        produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void,
        consume: (Item) throws -> Void
    ) throws {
        let queue = BoundedQueue<Item>(capacity: capacity)
        let producerError = ErrorBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                try produce { item in try queue.push(item) }
            } catch is BoundedQueue<Item>.Closed {
                // The consumer stopped; nothing to report from this side.
            } catch {
                producerError.error = error
            }
            queue.finish()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let item = queue.pop() { try consume(item) }
        } catch {
            queue.close()
            done.wait()
            throw error
        }
        done.wait()
        if let error = producerError.error { throw error }
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// A FIFO of at most `capacity` items, for one producer and one consumer.
final class BoundedQueue<Item>: @unchecked Sendable {
    struct Closed: Error {}

    private let condition = NSCondition()
    // Taken items are set to nil at once: a popped item must not stay alive (articles hold their
    // built Xapian documents) until the array is trimmed.
    private var items: [Item?] = []
    private var head = 0
    private var finished = false
    private var closed = false
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Waits while full; throws `Closed` once the consumer has gone.
    func push(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !closed { condition.wait() }
        if closed { throw Closed() }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, or nil when the producer has finished and everything was taken.
    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && !finished { condition.wait() }
        guard items.count > head else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer gives up: wake and stop the producer.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
