package org.echotrace.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One unit of work on the store's connection in its own transaction: committed when the work returns,
 * rolled back when it throws (the original failure is what the caller sees), auto-commit restored
 * either way; or read in a transaction that is always rolled back, for a consistent view.
 */
final class Transactions {
    /** Work that may fail with the database's exception. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    /** Runs {@code work} and commits it; rolls back and rethrows on any failure. */
    static <T> T commit(Connection db, Path dir, Work<T> work) throws SQLException {
        try {
            db.setAutoCommit(false);
            T out = work.run();
            db.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(db);
            throw e;
        } finally {
            autoCommit(db, dir);
        }
    }

    /** Runs {@code work} in a transaction that is rolled back after it, so it reads one state. */
    static <T> T read(Connection db, Path dir, Work<T> work) throws SQLException {
        try {
            db.setAutoCommit(false);
            return work.run();
        } finally {
            rollbackQuietly(db);
            autoCommit(db, dir);
        }
    }

    private static void autoCommit(Connection db, Path dir) {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("lost the database connection of " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection db) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The original failure, if any, is what the caller needs to see.
        }
    }
}
