package org.jsis.border.internal;

import java.sql.SQLException;

/** A write that lost a race with a concurrent transaction (deadlock, unique violation); retrying it is safe. */
public final class RetryableWriteException extends RuntimeException {

    public RetryableWriteException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
