package org.echotrace.model;

import java.util.Locale;

/**
 * What a span of an article's original text is. Every line of an input is given one kind; nothing
 * is deleted, boilerplate is only set apart.
 *
 * <p>Design decision: three groups, so that consumers need not know every kind. {@link #inBody()}
 * kinds make up the clean body; {@link #isArticle()} kinds are the article's own text or its
 * metadata; everything else is page furniture, widgets or reader comments.
 */
public enum SegmentKind {
    /** The headline (also when a page repeats it). */
    TITLE(Group.METADATA),
    /** A standfirst or dek: the summary line under the headline. */
    STANDFIRST(Group.BODY),
    /** A paragraph of the article. */
    BODY(Group.BODY),
    /** A heading inside the article. */
    SUBHEADING(Group.BODY),
    /** A date header or dateline ("JUNE 2024", "November 14th, 2017 – Outlet –"). */
    DATELINE(Group.METADATA),
    /** An author line ("by Jane Doe", "– Agencies – by ..."). */
    BYLINE(Group.METADATA),
    /** A credit naming where the text came from ("Source: TASS"). */
    SOURCE_CREDIT(Group.METADATA),
    /** A caption or photo credit of an image. */
    CAPTION(Group.FURNITURE),
    /** A link or prompt about an image ("Click to see full-size image"). */
    IMAGE_LINK(Group.FURNITURE),
    /** Share, like or view counters ("1 2,785"). */
    SHARE_COUNTER(Group.FURNITURE),
    /** A donation widget (amounts, "Donate"). */
    DONATION(Group.FURNITURE),
    /** An advertisement marker or ad text. */
    ADVERTISEMENT(Group.FURNITURE),
    /** A newsletter, subscription or notification prompt. */
    NEWSLETTER(Group.FURNITURE),
    /** A "support us" or membership banner. */
    SUPPORT_BANNER(Group.FURNITURE),
    /** The site's own name, slogan or domain notice. */
    SITE_BANNER(Group.FURNITURE),
    /** Menus and navigation links. */
    NAVIGATION(Group.FURNITURE),
    /** Links to other articles ("Read more", "Related"). */
    RELATED(Group.FURNITURE),
    /** Comment-section controls ("Notify of", "View all comments"). */
    COMMENT_WIDGET(Group.COMMENTS),
    /** The name line of a reader comment. */
    COMMENT_AUTHOR(Group.COMMENTS),
    /** The text of a reader comment. */
    COMMENT(Group.COMMENTS),
    /** Site footer: legal notes, commenting rules, copyright. */
    FOOTER(Group.FURNITURE);

    private enum Group { BODY, METADATA, FURNITURE, COMMENTS }

    private final Group group;

    SegmentKind(Group group) {
        this.group = group;
    }

    /** True for the kinds whose text forms the clean body. */
    public boolean inBody() {
        return group == Group.BODY;
    }

    /** True for the article's own text and metadata; false for boilerplate and comments. */
    public boolean isArticle() {
        return group == Group.BODY || group == Group.METADATA;
    }

    /** True for reader comments and their controls. */
    public boolean isComments() {
        return group == Group.COMMENTS;
    }

    /** The stable name used in exports and the store, e.g. {@code share_counter}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with the given {@link #label()}. */
    public static SegmentKind expectLabel(String label) {
        for (SegmentKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown segment kind '" + label + "'");
    }
}
