package org.mtad.catalog;

/**
 * The state of one file of the data directory.
 *
 * @param file   the path relative to the data directory (never an absolute path: this is shown to visitors)
 * @param required whether the dashboard can work without it
 * @param detail what is wrong, in SQLite's own words where SQLite said it; a short summary when OK
 */
public record DataFileStatus(String file, boolean required, State state, String detail) {

    public enum State { OK, MISSING, BROKEN }

    public boolean ok() {
        return state == State.OK;
    }
}
