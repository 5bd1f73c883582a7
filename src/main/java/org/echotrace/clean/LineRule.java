package org.echotrace.clean;

/** One labelling step of {@link TextCleaner}; labels open lines of the article it is given. */
interface LineRule {
    void label(Labelling article);
}
