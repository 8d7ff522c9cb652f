package org.jsis.border.web;

/** A bulk upload stopped by {@code cause}; {@code committed} is what the batches before it recorded. */
final class BulkFailure extends RuntimeException {

    final Object committed;
    final long line;

    BulkFailure(RuntimeException cause, Object committed, long line) {
        super(cause.getMessage(), cause);
        this.committed = committed;
        this.line = line;
    }

    RuntimeException cause() {
        return (RuntimeException) getCause();
    }
}
