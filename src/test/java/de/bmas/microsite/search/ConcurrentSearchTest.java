package de.bmas.microsite.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static de.bmas.microsite.search.SearchIndexTest.page;
import static org.assertj.core.api.Assertions.assertThat;

/** One index serves every request thread of the server at once. */
class ConcurrentSearchTest {

    @Test
    void concurrentSearchesGetTheSameResultsAsOneAtATime() throws Exception {
        List<SearchDocument> documents = new ArrayList<>();
        String[] words = {"Pflege", "Handwerk", "Logistik", "Ausbildung", "Zuwanderung", "Werkstatt"};
        IntStream.range(0, 300).forEach(i -> documents.add(page("/p" + i, words[i % words.length] + " " + i,
                words[(i / 6) % words.length], words[(i / 36) % words.length] + " und " + words[i % 5])));
        SearchIndex index = SearchIndex.of(documents);
        List<String> queries = List.of("Pflege", "Handwerk Logistik", "Ausbildungen", "Werkstat", "Zuwanderung 7");
        List<SearchOutcome> expected = queries.stream().map(query -> index.search(query, 1)).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<SearchOutcome>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(threads.submit(() -> IntStream.range(0, 50).boxed()
                        .flatMap(round -> queries.stream().map(query -> index.search(query, 1))).toList()));
            }
            for (Future<List<SearchOutcome>> run : runs) {
                List<SearchOutcome> outcomes = run.get();
                for (int i = 0; i < outcomes.size(); i++) {
                    assertThat(outcomes.get(i)).isEqualTo(expected.get(i % queries.size()));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
