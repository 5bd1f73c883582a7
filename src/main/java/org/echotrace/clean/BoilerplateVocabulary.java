package org.echotrace.clean;

import java.util.List;
import org.echotrace.model.SegmentKind;

/**
 * Generic web-page furniture recognised by its words: ads, newsletter and support prompts, share
 * buttons, image links, captions, navigation, related links, comment controls and legal footers.
 *
 * <p>Design decision: the vocabulary is that of web templates in general, never of a given outlet,
 * and almost every phrase only counts on a short line. Running prose that happens to say "share" or
 * "subscribe" is long, so it stays with the article; the few phrases trusted on long lines
 * ("delivered directly to your inbox", "commenting rules") do not occur in news writing.
 */
final class BoilerplateVocabulary implements LineRule {
    private static final List<String> AD = List.of("advertisement", "advertisements", "advertising",
            "sponsored", "promoted", "paid content", "partner content", "paid post", "ad");
    private static final List<String> COMMENT_CONTROLS = List.of("notify of", "newest most voted",
            "oldest most voted", "most voted", "inline feedbacks", "view all comments", "leave a comment",
            "leave a reply", "post a comment", "add a comment", "load more comments", "show comments",
            "hide comments", "all comments", "join the discussion", "please comment", "would love your thoughts",
            "comments are closed", "log in to comment", "login to comment", "sign in to comment",
            "you must be logged in", "newest first", "oldest first", "0 comments", "0 replies", "most liked",
            "threaded replies", "sort by", "load more", "tell us what you think", "what do you think",
            "no responses yet", "0 responses", "will not be published", "required fields are marked");
    /** Words that are a comment control when they are the whole line ("Reply", "Comments"). */
    private static final List<String> COMMENT_WORDS = List.of("reply", "comments", "comment", "discussion",
            "replies", "report", "reply to");
    private static final List<String> NEWSLETTER_SHORT = List.of("newsletter", "subscribe", "sign up",
            "signup", "subscription", "get updates", "notifications", "mailing list");
    private static final List<String> PROMPT_OPENERS = List.of("subscribe", "sign up", "signup", "get",
            "join", "don t miss", "never miss", "stay updated", "stay informed", "stay up to date",
            "enter your email", "receive", "follow us", "be the first");
    private static final List<String> PROMPT_NOUNS = List.of("newsletter", "inbox", "email", "e mail",
            "updates", "subscribe", "notifications", "latest news", "telegram", "channel", "alerts");
    private static final List<String> SUPPORT = List.of("ad free", "become a patron", "patreon",
            "become a member", "buy me a coffee", "support us", "support our", "support independent",
            "help us", "keep us going", "without ads", "no ads");
    private static final List<String> DONATE = List.of("donate", "donation", "donations", "make a gift");
    private static final List<String> IMAGE_LINKS = List.of("click to see", "click to view",
            "click to enlarge", "click here to enlarge", "full size image", "view full image",
            "enlarge image", "open image", "view gallery", "click image", "expand image", "click to open",
            "full resolution");
    private static final List<String> CAPTION_MARKS = List.of("photo:", "image:", "photograph:",
            "picture:", "pictured:", "credit:", "photo credit", "illustration:", "(photo by", "(image by",
            "file photo", "screenshot:", "video screenshot", "photo via", "image via", "map:", "graphic:",
            "chart:", "infographic:");
    private static final List<String> SOCIAL = List.of("share", "shares", "tweet", "facebook", "twitter",
            "email", "print", "whatsapp", "telegram", "vk", "linkedin", "reddit", "pinterest", "pin",
            "it", "on", "this", "via", "x", "article", "post", "copy", "link");
    private static final List<String> SOCIAL_CORE = List.of("share", "shares", "tweet", "facebook", "twitter",
            "whatsapp", "telegram", "vk", "linkedin", "reddit", "pinterest", "print", "email");
    private static final List<String> NAVIGATION = List.of("home", "menu", "main menu", "skip to content",
            "skip to main content", "search", "log in", "login", "register", "previous article",
            "next article", "previous post", "next post", "back to top", "toggle navigation", "more",
            "categories", "tags", "next", "previous", "older posts", "newer posts", "go to top");
    private static final List<String> NAVIGATION_OPENERS = List.of("tags", "filed under", "categories",
            "category", "posted in", "home");
    private static final List<String> RELATED = List.of("read more", "read also", "also read", "see also",
            "related", "you may also like", "you might also like", "recommended", "more on this",
            "more from", "more stories", "further reading", "read next", "trending", "also on");
    private static final List<String> FOOTER = List.of("all rights reserved", "commenting rules",
            "comment policy", "comments policy", "community guidelines", "terms of use", "terms of service",
            "privacy policy", "cookie policy", "we use cookies", "this site uses cookies",
            "this website uses cookies", "accept cookies", "views expressed", "opinions expressed",
            "reproduction in whole or in part", "may be republished", "may be reproduced", "content on this site",
            "material on this site");

    @Override
    public void label(Labelling article) {
        for (int i = 0; i < article.size(); i++) {
            Line l = article.line(i);
            if (article.isOpen(i) && !l.norm.isEmpty()) {
                SegmentKind kind = kindOf(l);
                if (kind != null) {
                    article.set(i, kind);
                }
            }
        }
    }

    static SegmentKind kindOf(Line l) {
        int w = l.words;
        // Support before ads: "Go Ad-Free!" is a membership pitch that merely names ads.
        if (w <= 8 && anyIn(l, SUPPORT) || isSupportName(l) || isMembershipPitch(l)) {
            return SegmentKind.SUPPORT_BANNER;
        }
        if (w <= 5 && anyIn(l, AD)) {
            return SegmentKind.ADVERTISEMENT;
        }
        if (w <= 12 && anyIn(l, COMMENT_CONTROLS) || w <= 2 && anyEquals(l, COMMENT_WORDS)) {
            return SegmentKind.COMMENT_WIDGET;
        }
        if (w <= 80 && anyIn(l, FOOTER) || w <= 15 && (l.has("copyright") || l.text.contains("©"))) {
            return SegmentKind.FOOTER;
        }
        if (isNewsletterPrompt(l)) {
            return SegmentKind.NEWSLETTER;
        }
        if (w <= 10 && anyIn(l, DONATE)) {
            return SegmentKind.DONATION;
        }
        if (w <= 12 && anyIn(l, IMAGE_LINKS)) {
            return SegmentKind.IMAGE_LINK;
        }
        if (w <= 50 && isCaption(l)) {
            return SegmentKind.CAPTION;
        }
        if (w <= 8 && allIn(l, SOCIAL) && anyIn(l, SOCIAL_CORE)) {
            return SegmentKind.SHARE_COUNTER;
        }
        if (w <= 4 && anyEquals(l, NAVIGATION) || w <= 12 && isNavigationList(l)) {
            return SegmentKind.NAVIGATION;
        }
        if (isRelatedLink(l)) {
            return SegmentKind.RELATED;
        }
        return null;
    }

    /** Short lines naming the newsletter, or prompts that open with a call to act and name the channel. */
    private static boolean isNewsletterPrompt(Line l) {
        if (l.words <= 6 && anyIn(l, NEWSLETTER_SHORT)) {
            return true;
        }
        if (l.words <= 40 && (l.has("to your inbox") || l.has("directly to your inbox"))) {
            return true;
        }
        if (l.words > 30) {
            return false;
        }
        // The call to act may open any sentence of the line: "The Morning Brief: ... Enter your email to sign up."
        for (int at = 0; at >= 0; at = nextSentence(l.lower, at)) {
            String sentence = " " + LineProfile.normalise(l.lower.substring(at)) + " ";
            for (String opener : PROMPT_OPENERS) {
                if (sentence.startsWith(" " + opener + " ")) {
                    return anyIn(l, PROMPT_NOUNS);
                }
            }
        }
        return false;
    }

    /** True when the line names what a prompt offers: a newsletter, email, updates, alerts. */
    static boolean namesAChannel(Line l) {
        return !l.norm.isEmpty() && anyIn(l, PROMPT_NOUNS);
    }

    /** Where the sentence after {@code from} starts in a short line, or -1. */
    private static int nextSentence(String lower, int from) {
        for (int i = from; i + 1 < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && lower.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return -1;
    }

    /** "Become a member from 3 € a month": a call to join or pay, in a line too short to be reporting. */
    private static boolean isMembershipPitch(Line l) {
        return l.words <= 20 && (l.has("become") || l.has("join"))
                && (l.has("member") || l.has("membership") || l.has("supporter") || l.has("patron"));
    }

    /** "Support Example News": the verb then nothing but a capitalised name, as banners read. */
    private static boolean isSupportName(Line l) {
        if (!l.startsWith("support") || l.words > 4 || l.words < 2) {
            return false;
        }
        return l.lowerWords == 0 && !l.endsSentence;
    }

    private static boolean isCaption(Line l) {
        for (String mark : CAPTION_MARKS) {
            if (l.lower.contains(mark)) {
                return true;
            }
        }
        return l.lower.startsWith("photo by") || l.lower.startsWith("image by");
    }

    /** "Tags: a, b, c", "Home / World / Europe": a list of links, not a sentence. */
    private static boolean isNavigationList(Line l) {
        if (l.endsSentence) {
            return false;
        }
        for (String opener : NAVIGATION_OPENERS) {
            if (l.startsWith(opener)) {
                return l.text.indexOf(':') >= 0 || l.text.indexOf('/') >= 0 || l.text.indexOf('»') >= 0
                        || l.text.indexOf('>') >= 0 || l.text.indexOf('|') >= 0;
            }
        }
        return false;
    }

    /** "Read more: ...", "Related" alone: a link label, short or followed by a colon. */
    private static boolean isRelatedLink(Line l) {
        if (l.words > 25) {
            return false;
        }
        for (String opener : RELATED) {
            if (l.startsWith(opener)) {
                int colon = l.text.indexOf(':');
                return l.words <= 6 || (colon >= 0 && colon <= opener.length() + 3);
            }
        }
        return false;
    }

    private static boolean anyIn(Line l, List<String> phrases) {
        for (String p : phrases) {
            if (l.has(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEquals(Line l, List<String> phrases) {
        String trimmed = l.norm.trim();
        return phrases.contains(trimmed);
    }

    private static boolean allIn(Line l, List<String> words) {
        String trimmed = l.norm.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        for (String w : trimmed.split(" ")) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
