package org.echotrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short invented articles for tests, distinct by construction, in the shape of scraped news pages. */
final class Articles {
    private static final String[] WHO = {"The regional council", "A spokesman for the water authority",
        "The harbour master", "Local farmers", "The transport ministry", "Residents of the old quarter"};
    private static final String[] DID = {"said on Monday that", "announced that", "told reporters that",
        "confirmed in a statement that", "warned that"};
    private static final String[] WHAT = {"the new pumping station would open before the spring floods",
        "repairs to the northern bridge had fallen three weeks behind schedule",
        "grain deliveries through the eastern port rose sharply in the last quarter",
        "the ferry timetable would change after a dispute over fuel prices",
        "inspectors found cracks in the retaining wall of the reservoir"};

    private Articles() {
    }

    static String article(int n) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder();
        sb.append("Update ").append(n).append(" on the works along the river valley\n\n");
        sb.append("1 ").append(100 + r.nextInt(900)).append("\n\n");
        for (int p = 0; p < 4; p++) {
            for (int s = 0; s < 3; s++) {
                sb.append(WHO[r.nextInt(WHO.length)]).append(' ').append(DID[r.nextInt(DID.length)]).append(' ')
                        .append(WHAT[r.nextInt(WHAT.length)]).append(", the ").append(n).append("th report this year. ");
            }
            sb.append("\n\n");
        }
        sb.append("Subscribe to our newsletter for daily updates.\n");
        return sb.toString();
    }

    static List<Path> write(Path dir, int from, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Path p = dir.resolve(String.format("art-%05d.txt", i));
            Files.writeString(p, article(i), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }
}
