package cn.anjian.publicity.portal;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import cn.anjian.kernel.PageSlice;

/**
 * What the portal's search index holds of a {@code pub_search} row and how a search reads it (issue 14). The title is
 * split into its character bigrams at consecutive positions, so a phrase of the text's bigrams is exactly
 * {@code title LIKE '%text%'} (every character a token character: case, spaces, punctuation, {@code %}, {@code _},
 * {@code \} are literal); a one-character text asks the unigram field. Each '/'-ended prefix of the scope path is a
 * term, so a portal's scope is one term ({@code scope_path LIKE 'p%'} for a p ending in '/'). The index is sorted as
 * the list (newest first, then id), so collecting a page stops once {@link PortalDirectory#COUNT_CAP} + 1 hits are counted.
 */
final class SearchIndexDocs {

    static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TITLE1 = "title1";
    private static final String SCOPES = "scopes";
    private static final String SCOPE = "scope";
    private static final String PUBLISHED = "published";
    private static final String ID_ORDER = "id_order";
    private static final String OWNER = "owner";

    /** The list's order: published_at DESC, id DESC. */
    static final Sort ORDER = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID_ORDER, SortField.Type.LONG, true));

    private SearchIndexDocs() {
    }

    /** Bigrams (title) and single characters (title1), each at its character's position. */
    static Analyzer analyzer() {
        return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) { // each field its own tokenizer
            @Override
            protected TokenStreamComponents createComponents(String field) {
                int n = TITLE1.equals(field) ? 1 : 2;
                return new TokenStreamComponents(new NGramTokenizer(n, n));
            }
        };
    }

    record Row(long id, Instant publishedAt, String scopePath, String title, String ownerName) {
    }

    static Document document(Row r) {
        Document d = new Document();
        String id = Long.toString(r.id());
        d.add(new StringField(ID, id, Field.Store.NO));
        d.add(new StoredField(ID, r.id()));
        long micros = micros(r.publishedAt());
        d.add(new NumericDocValuesField(PUBLISHED, micros));
        d.add(new StoredField(PUBLISHED, micros));
        d.add(new NumericDocValuesField(ID_ORDER, r.id()));
        d.add(new TextField(TITLE, r.title(), Field.Store.YES));
        d.add(new TextField(TITLE1, r.title(), Field.Store.NO));
        d.add(new StringField(SCOPE, r.scopePath(), Field.Store.NO));
        for (int i = r.scopePath().indexOf('/'); i >= 0; i = r.scopePath().indexOf('/', i + 1)) {
            d.add(new StringField(SCOPES, r.scopePath().substring(0, i + 1), Field.Store.NO));
        }
        d.add(new StoredField(OWNER, r.ownerName()));
        return d;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** {@code title LIKE '%text%'} (the text as {@code Like.contains} takes it: stripped) and {@code scope_path LIKE 'scope%'}. */
    static Query query(String scope, String text) {
        int[] cps = text.strip().codePoints().toArray();
        Query title;
        if (cps.length == 0) {
            title = new MatchAllDocsQuery();
        } else if (cps.length == 1) {
            title = new TermQuery(new Term(TITLE1, new String(cps, 0, 1)));
        } else if (cps.length == 2) {
            title = new TermQuery(new Term(TITLE, new String(cps, 0, 2)));
        } else {
            PhraseQuery.Builder b = new PhraseQuery.Builder();
            for (int i = 0; i + 1 < cps.length; i++) {
                b.add(new Term(TITLE, new String(cps, i, 2)), i);
            }
            title = b.build();
        }
        // every scope path is '/'-ended; a prefix that is not one is still exact, as a prefix of the whole path
        Query where = scope.startsWith("/") && scope.endsWith("/") ? new TermQuery(new Term(SCOPES, scope))
                : new PrefixQuery(new Term(SCOPE, scope));
        return new BooleanQuery.Builder().add(title, BooleanClause.Occur.FILTER).add(where, BooleanClause.Occur.FILTER).build();
    }

    /** The page as the PostgreSQL search gives it: counted up to the cap, the page number clamped to the last page. */
    static PortalDirectory.Hits search(IndexSearcher searcher, String scope, String text, int page) throws IOException {
        int cap = PortalDirectory.COUNT_CAP;
        int size = PortalDirectory.PAGE_SIZE;
        int first = Math.max(0, Math.min(page, (cap - 1) / size)); // no page past the 50th has rows below the cap
        TopFieldDocs top = searcher.search(query(scope, text),
                new TopFieldCollectorManager(ORDER, (first + 1) * size, null, cap + 1, false));
        long counted = top.totalHits.value;
        boolean capped = counted > cap;
        long total = capped ? cap : counted;
        PageSlice slice = PageSlice.of(page, size, total);
        List<PortalDirectory.Entry> rows = new ArrayList<>(size);
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = slice.page() * size; i < Math.min(docs.length, (slice.page() + 1) * size); i++) {
            Document d = stored.document(docs[i].doc);
            rows.add(new PortalDirectory.Entry(d.getField(ID).numericValue().longValue(), d.get(TITLE), d.get(OWNER),
                    instant(d.getField(PUBLISHED).numericValue().longValue())));
        }
        return new PortalDirectory.Hits(rows, slice.page(), total, capped);
    }

    static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
