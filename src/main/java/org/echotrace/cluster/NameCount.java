package org.echotrace.cluster;

/** A name (a speaker, an organisation, a relay, an outlet) and how many claims carry it. */
public record NameCount(String name, int claims) {
}
