package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads case files of any supported layout, chosen by content: JSON (ClaimReview JSON-LD) when the
 * file starts with a brace or bracket, else CSV with one of the EUvsDisinfo headers. A file that
 * cannot be read is a problem of its own; the other files are still read.
 */
public final class CaseFiles {
    private CaseFiles() {
    }

    public static CaseBase read(List<Path> files) {
        List<KnownCase> cases = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        for (Path f : files) {
            CaseBase one = read(f);
            cases.addAll(one.cases());
            problems.addAll(one.problems());
        }
        return new CaseBase(cases, problems);
    }

    public static CaseBase read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return failed(name, "not UTF-8 text");
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage());
        }
        String head = text.stripLeading().replace("\uFEFF", "");
        if (head.isEmpty()) {
            return failed(name, "empty file");
        }
        if (head.charAt(0) == '{' || head.charAt(0) == '[') {
            return ClaimReviewReader.read(name, text);
        }
        return EuvsDisinfoCsvReader.read(name, text);
    }

    private static CaseBase failed(String file, String message) {
        return new CaseBase(List.of(), List.of(new CaseProblem(file, 0, message)));
    }
}
