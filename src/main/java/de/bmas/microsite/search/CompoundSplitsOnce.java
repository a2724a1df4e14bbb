package de.bmas.microsite.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

import java.util.Arrays;

/**
 * The parts of {@link DictionaryCompoundWordTokenFilter}, looked up once per distinct word: that filter tries every
 * substring of every long word against the dictionary, a fifth of the index's build, while the texts of a site
 * use the same words again and again. For the index writer only: the splits are kept as long as the filter, and a
 * query's words must not pile up.
 */
final class CompoundSplitsOnce extends CompoundWordTokenFilterBase {

    /** Per word: the start and length of each part, in the order the dictionary filter finds them. */
    private final CharArrayMap<int[]> splits = new CharArrayMap<>(1024, false);

    CompoundSplitsOnce(TokenStream input, CharArraySet dictionary, int minWordSize, int minSubwordSize,
                       int maxSubwordSize) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, false);
    }

    @Override
    protected void decompose() {
        int[] parts = splits.get(termAtt.buffer(), 0, termAtt.length());
        if (parts == null) {
            parts = split();
            splits.put(Arrays.copyOf(termAtt.buffer(), termAtt.length()), parts);
        }
        for (int i = 0; i < parts.length; i += 2) {
            tokens.add(new CompoundToken(parts[i], parts[i + 1]));
        }
    }

    /** What {@link DictionaryCompoundWordTokenFilter} finds without its longest-match option. */
    private int[] split() {
        int length = termAtt.length();
        int[] parts = new int[0];
        for (int start = 0; start <= length - minSubwordSize; start++) {
            for (int size = minSubwordSize; size <= maxSubwordSize && start + size <= length; size++) {
                if (dictionary.contains(termAtt.buffer(), start, size)) {
                    parts = Arrays.copyOf(parts, parts.length + 2);
                    parts[parts.length - 2] = start;
                    parts[parts.length - 1] = size;
                }
            }
        }
        return parts;
    }
}
