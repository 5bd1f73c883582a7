package org.echotrace.link.cases;

/** A row or entry of a case file that was not read, and why; the rest of the file is read. */
public record CaseProblem(String file, long line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
