package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.Chrome;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The full-text search of one content snapshot, built once in memory when the snapshot is made and swapped with
 * it. Immutable once built; any number of threads may search at the same time.
 * <p>
 * The index stores no text: results and snippets take it from the documents, which are in memory anyway. Nothing
 * needs closing: the index lives on the heap and goes with the last search of its snapshot.
 */
public final class SearchIndex {

    /**
     * Characters that format text without being seen: a zero-width space or soft hyphen copied with a word splits it,
     * and a direction mark shown back in the heading and the title would reverse the text after it.
     */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    /** Control characters and runs of blanks are one blank: shown back in the heading they were blanks anyway. */
    private static final Pattern BLANKS = Pattern.compile("[\\p{Cc}\\s]+");

    /** Results per page; the heading says how many there are in total. */
    static final int PAGE_SIZE = 20;
    /**
     * The results a visitor can page through, the best 1,000: beyond, another word finds faster than paging does, and
     * a page number cannot make a search collect any number of results.
     */
    static final int MAX_PAGES = 50;
    static final int MAX_RESULTS = MAX_PAGES * PAGE_SIZE;

    /**
     * Room to index every document before the first flush (the index of 10,000 sessions holds about 55 MB): it is
     * written as one segment, which every search then reads without merging results across segments.
     */
    private static final int INDEX_BUFFER_MB = 256;
    private static final String POSITION = "position";
    /** With offsets in the index, so the snippets need not analyse the text again per search. */
    private static final FieldType HIGHLIGHTED = highlighted();

    private final List<SearchDocument> documents;
    private final int[] positions;
    private final WordScores scores;
    private final GermanText analysis;
    private final SimilarTerms similar;
    private final JoinedWords joined;
    private final Snippets snippets;
    private final KeywordIndex keywords;

    private SearchIndex(List<SearchDocument> documents, IndexSearcher searcher, GermanText analysis,
                        KeywordIndex keywords) {
        this.documents = documents;
        this.positions = positions(searcher.getIndexReader());
        this.scores = new WordScores(searcher);
        this.analysis = analysis;
        this.similar = new SimilarTerms(searcher.getIndexReader(), UserQuery.FIELDS);
        this.joined = new JoinedWords(searcher.getIndexReader());
        this.snippets = new Snippets(searcher, analysis, this::document);
        this.keywords = keywords;
    }

    public static SearchIndex of(Snapshot snapshot) {
        return of(SnapshotDocuments.of(snapshot));
    }

    public static SearchIndex of(List<SearchDocument> documents) {
        List<SearchDocument> copy = List.copyOf(documents);
        // the A–Z index reads the texts apart from Lucene, and took as long as the index: on a core of its own
        CompletableFuture<KeywordIndex> keywords =
                CompletableFuture.supplyAsync(() -> KeywordIndex.of(copy, GermanText.querying()));
        CharArraySet parts = CompoundParts.of(copy);
        GermanText analysis = GermanText.indexing(parts);
        // each file in one buffer: every postings list a search or a snippet opens clones its file's input, and
        // a clone duplicated each of a file's many small buffers (a fifth of a new query's time at 10,000 sessions)
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(GermanText.writing(parts))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(INDEX_BUFFER_MB)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < copy.size(); i++) {
                writer.addDocument(fields(copy.get(i), i));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to write", e);
        }
        try {
            return new SearchIndex(copy, new IndexSearcher(DirectoryReader.open(directory)), analysis,
                    keywords.join());
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to open", e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Document fields(SearchDocument source, int position) {
        Document document = new Document();
        document.add(new NumericDocValuesField(POSITION, position));
        document.add(new TextField(SearchField.TITLE.key(), source.title(), Field.Store.NO));
        document.add(new Field(SearchField.TEASER.key(), source.teaser(), HIGHLIGHTED));
        document.add(new Field(SearchField.BODY.key(), source.body(), HIGHLIGHTED));
        source.people().forEach(name -> document.add(new TextField(SearchField.PEOPLE.key(), name, Field.Store.NO)));
        source.topics().forEach(title -> document.add(new TextField(SearchField.TOPICS.key(), title, Field.Store.NO)));
        return document;
    }

    /**
     * The query as it is searched and shown: without invisible formatting characters and surrounding blanks, its
     * umlauts composed as the documents' are ({@link SearchDocument#composed}).
     */
    static String text(String query) {
        if (query == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(query).replaceAll("");
        return SearchDocument.composed(BLANKS.matcher(visible).replaceAll(" ").strip());
    }

    /** Whether {@code text} ({@link #text}) is longer than a query may be: it is not searched. */
    static boolean isTooLong(String text) {
        return text.codePointCount(0, text.length()) > Chrome.MAX_QUERY_LENGTH;
    }

    /**
     * Searches for the words of {@code query}, with the results of {@code page} (1 to {@value #MAX_PAGES}; a page past
     * the last has none); never throws for any text a visitor can send.
     */
    public SearchOutcome search(String query, int page) {
        if (page < 1 || page > MAX_PAGES) {
            throw new IllegalArgumentException("No results page " + page);
        }
        String text = text(query);
        if (isTooLong(text)) {
            return new SearchOutcome.TooLong(text);
        }
        try {
            UserQuery words = UserQuery.parse(text, analysis, similar, joined);
            if (words.isEmpty()) {
                return new SearchOutcome.Empty(text);
            }
            TopDocs best = scores.best(words.required(), words.optional(), page * PAGE_SIZE);
            ScoreDoc[] all = best.scoreDocs;
            TopDocs top = new TopDocs(best.totalHits, Arrays.copyOfRange(all, Math.min(all.length,
                    (page - 1) * PAGE_SIZE), all.length));
            return new SearchOutcome.Found(text, hits(words.marked(), top, words.words().size()), top.totalHits.value,
                    page, words.ignored(), words.foundAsLookAlikes(scores, top));
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to read", e);
        }
    }

    /** The A–Z index of the snapshot: important terms, people, topics, stands and pages. */
    public KeywordIndex keywords() {
        return keywords;
    }

    private List<SearchHit> hits(Query query, TopDocs top, int words) throws IOException {
        List<String> texts = snippets.of(query, top, words);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            SearchDocument document = document(top.scoreDocs[i].doc);
            hits.add(new SearchHit(document.kind(), document.title(), document.route(), texts.get(i),
                    document.titleLanguage(), document.language()));
        }
        return hits;
    }

    /** The document Lucene numbers {@code doc}. */
    private SearchDocument document(int doc) {
        return documents.get(positions[doc]);
    }

    /**
     * Each Lucene document's place in {@code documents}, read once: a query asked the index for each result's
     * position, a new iterator per result.
     */
    private static int[] positions(IndexReader reader) {
        int[] positions = new int[reader.maxDoc()];
        Arrays.fill(positions, -1);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = DocValues.getNumeric(leaf.reader(), POSITION);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    positions[leaf.docBase + doc] = (int) values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to read", e);
        }
        if (Arrays.stream(positions).anyMatch(position -> position < 0)) {
            throw new IllegalStateException("Every document has a position");
        }
        return positions;
    }
}
