package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * A short block made mostly of digits in a date or time shape ("03.04.2020", "19:49",
 * "2020-04-03 | 12:00") is a dateline, wherever it stands: articles print their date, they do not
 * write paragraphs of it. Language-free: only the shape of the digits counts.
 */
final class DateLines implements BlockRule {
    private static final int MAX_LENGTH = 40;

    @Override
    public void label(PageBlocks page) {
        for (Block b : page.blocks) {
            if (b.isOpen() && b.text.length() <= MAX_LENGTH && b.headingLevel() == 0 && isDateShaped(b.text)) {
                page.set(b, SegmentKind.DATELINE);
            }
        }
    }

    static boolean isDateShaped(String s) {
        int digits = 0;
        int letters = 0;
        boolean shape = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                if (i + 2 < s.length() && ".:/-".indexOf(s.charAt(i + 1)) >= 0 && Character.isDigit(s.charAt(i + 2))) {
                    shape = true;
                }
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return shape && digits >= 4 && digits >= letters;
    }
}
