package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Snapshots;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index writer's analysis, which splits each distinct word once, reads every text of the shipped site into the
 * same tokens as the analysis queries are read with: a word met again gets the parts it got the first time.
 */
class CompoundSplitsOnceTest {

    @Test
    void everyTextOfTheShippedSiteGivesTheSameTokensTwice() {
        List<SearchDocument> documents = SnapshotDocuments.of(Snapshots.load(Path.of("content")));
        CharArraySet parts = CompoundParts.of(documents);
        List<String> texts = documents.stream()
                .flatMap(document -> Stream.of(document.title(), document.teaser(), document.body())).toList();
        Analyzer writing = GermanText.writing(parts);
        Analyzer indexing = GermanText.indexing(parts);

        List<String> expected = tokens(indexing, texts);
        assertThat(expected).as("compound parts among the tokens").anyMatch(token -> token.startsWith("+0 "));
        assertThat(tokens(writing, texts)).isEqualTo(expected);
        assertThat(tokens(writing, texts)).as("again, from the splits kept").isEqualTo(expected);
    }

    /** Each token as its position increment, term and offsets. */
    private static List<String> tokens(Analyzer analysis, List<String> texts) {
        List<String> tokens = new ArrayList<>();
        for (String text : texts) {
            try (TokenStream stream = analysis.tokenStream(SearchField.BODY.key(), text == null ? "" : text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add("+" + increment.getPositionIncrement() + " " + term + " " + offset.startOffset() + "-"
                            + offset.endOffset());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }
}
