package org.echotrace.cli;

import org.echotrace.model.CleanArticle;
import org.echotrace.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over stored titles and bodies (Lucene query syntax).")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> query;

    @Mixin
    StoreOption store;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N")
    int limit;

    @Override
    public Integer call() {
        try (EmbeddedStore st = EmbeddedStore.openExisting(store.store)) {
            List<String> ids = st.search(String.join(" ", query), limit);
            if (ids.isEmpty()) {
                System.out.println("No article matches.");
            }
            for (String id : ids) {
                CleanArticle a = st.findArticle(id).orElseThrow();
                System.out.println(id + "  " + a.metadata().title().orElse("(no title)") + "  [" + a.raw().source() + "]");
            }
        }
        return 0;
    }
}
