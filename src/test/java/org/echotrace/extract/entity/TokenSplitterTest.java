package org.echotrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.junit.jupiter.api.Test;

class TokenSplitterTest {
    private static List<String> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(new TextSpan(at, at + w.length()), w, "PROPN"));
            at += w.length() + 1;
        }
        List<Token> out = TokenSplitter.split(tokens);
        for (Token t : out) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        return out.stream().map(Token::text).toList();
    }

    @Test
    void punctuationComesOffTheWords() {
        assertEquals(List.of("near", "Abu", "Kamal", ",", "(", "VKS", ")", "Palmyra", ".", "”"),
                split("near Abu Kamal, (VKS) Palmyra.”"));
    }

    @Test
    void hyphenatedPiecesAreJoinedAgain() {
        List<Token> tokens = List.of(new Token(new TextSpan(0, 2), "al", "PROPN"), new Token(new TextSpan(2, 3), "-", "PUNCT"),
                new Token(new TextSpan(3, 7), "Sham", "PROPN"), new Token(new TextSpan(8, 13), "said,", "VERB"));
        List<Token> out = TokenSplitter.split(tokens);
        assertEquals(List.of("al-Sham", "said", ","), out.stream().map(Token::text).toList());
        assertEquals("PROPN", out.get(0).pos());
    }

    @Test
    void abbreviationsKeepTheirFullStopAndPossessivesSplit() {
        assertEquals(List.of("U.S.", "troops", "Gen.", "Popov", "J.", "Smith", "Russia", "’s"),
                split("U.S. troops Gen. Popov J. Smith Russia’s"));
    }
}
