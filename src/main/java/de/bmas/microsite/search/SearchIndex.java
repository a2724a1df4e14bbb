package de.bmas.microsite.search;

import de.bmas.microsite.content.Snapshot;
import de.bmas.microsite.search.SearchDocument.Kind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-text search of one content snapshot, built once in memory when the snapshot is made and swapped with
 * it. Immutable once built; any number of threads may search at the same time.
 * <p>
 * Nothing needs closing: the index lives on the heap and goes when the last search of its snapshot is done.
 */
public final class SearchIndex {

    /** Longer queries are not searched: nobody types that much into a search field, but a script might. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Results per search; the page says how many there are in total. */
    public static final int MAX_HITS = 20;

    private final IndexSearcher searcher;
    private final GermanText analysis;
    private final Snippets snippets;
    private final KeywordIndex keywords;

    private SearchIndex(IndexSearcher searcher, GermanText indexAnalysis, KeywordIndex keywords) {
        this.searcher = searcher;
        this.analysis = indexAnalysis;
        this.snippets = new Snippets(searcher, indexAnalysis);
        this.keywords = keywords;
    }

    public static SearchIndex of(Snapshot snapshot) {
        return of(SnapshotDocuments.of(snapshot));
    }

    public static SearchIndex of(List<SearchDocument> documents) {
        GermanText analysis = GermanText.indexing(CompoundParts.of(documents));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument document : documents) {
                writer.addDocument(fields(document));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to write", e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new SearchIndex(searcher, analysis, KeywordIndex.of(documents, GermanText.querying()));
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to open", e);
        }
    }

    private static Document fields(SearchDocument source) {
        Document document = new Document();
        document.add(new StoredField(SearchField.KIND, source.kind().name()));
        document.add(new StoredField(SearchField.ROUTE, source.route()));
        document.add(new TextField(SearchField.TITLE.key(), source.title(), Field.Store.YES));
        document.add(new TextField(SearchField.TEASER.key(), source.teaser(), Field.Store.YES));
        document.add(new TextField(SearchField.BODY.key(), source.body(), Field.Store.YES));
        source.people().forEach(name -> document.add(new TextField(SearchField.PEOPLE.key(), name, Field.Store.NO)));
        source.topics().forEach(title -> document.add(new TextField(SearchField.TOPICS.key(), title, Field.Store.NO)));
        return document;
    }

    /** Searches for the words of {@code query}; never throws for any text a visitor can send. */
    public SearchOutcome search(String query) {
        String text = query == null ? "" : query.strip();
        if (text.codePointCount(0, text.length()) > MAX_QUERY_LENGTH) {
            return new SearchOutcome.TooLong(text, MAX_QUERY_LENGTH);
        }
        UserQuery words = UserQuery.parse(text, analysis);
        if (words.isEmpty()) {
            return new SearchOutcome.Empty(text);
        }
        try {
            Query lucene = words.allWords();
            TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(MAX_HITS, Integer.MAX_VALUE));
            if (top.totalHits.value == 0 && words.size() > 1) {
                lucene = words.anyWord();
                top = searcher.search(lucene, new TopScoreDocCollectorManager(MAX_HITS, Integer.MAX_VALUE));
            }
            return new SearchOutcome.Found(text, hits(lucene, top), top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to read", e);
        }
    }

    /** The A–Z index of the snapshot's important terms, people and topics. */
    public KeywordIndex keywords() {
        return keywords;
    }

    private List<SearchHit> hits(Query query, TopDocs top) throws IOException {
        List<String> texts = snippets.of(query, top);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document document = stored.document(top.scoreDocs[i].doc);
            hits.add(new SearchHit(Kind.valueOf(document.get(SearchField.KIND)), document.get(SearchField.TITLE.key()),
                    document.get(SearchField.ROUTE), texts.get(i)));
        }
        return hits;
    }
}
