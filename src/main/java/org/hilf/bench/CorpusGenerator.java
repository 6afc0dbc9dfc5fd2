package org.hilf.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.hilf.annotate.Gazetteer;
import org.hilf.read.Manifest;

/**
 * The scale corpus of {@code hilf benchmark --generate}: N synthetic wire reports, about 60 %
 * Arabic and 40 % English, 2–6 KB each, about office holders, summits and dates of 2015–2026
 * drawn from the gazetteer, written as .txt files with a {@code META.tsv} that gives each one's
 * language, date and title the way the reader takes them. Article i depends only on the seed
 * and i: the same seed gives the same files.
 */
public final class CorpusGenerator {
    /** The share of Arabic articles. */
    public static final double ARABIC_SHARE = 0.6;

    private final ArticleComposer composer;

    public CorpusGenerator(Gazetteer gazetteer) {
        this.composer = new ArticleComposer(new Cast(new Names(gazetteer)));
    }

    /** What {@link #write} wrote. */
    public record Summary(int articles, int arabic, long bytes, int distinctPeople) { }

    /** Article {@code index} of the corpus of {@code seed}. */
    public SyntheticArticle article(long seed, int index) {
        Random random = new Random(mix(seed * 0x9E3779B97F4A7C15L + index));
        return composer.compose(random.nextDouble() < ARABIC_SHARE ? "ar" : "en", random);
    }

    /** The file name of article {@code index} ("000042-ar.txt"). */
    public static String fileName(int index, SyntheticArticle a) {
        return String.format("%06d-%s.txt", index, a.language());
    }

    /**
     * Writes {@code count} articles and their {@code META.tsv} into {@code dir}, which must be new
     * or empty (a corpus is never mixed with other files).
     *
     * @throws IllegalArgumentException naming the folder when it holds files already
     */
    public Summary write(int count, long seed, Path dir) throws IOException {
        Folders.requireNewOrEmpty(dir, "the corpus");
        int arabic = 0;
        long bytes = 0;
        Set<String> people = new HashSet<>();
        try (Writer meta = Files.newBufferedWriter(dir.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8)) {
            meta.write("file\tlanguage\tpublished\tpublished_basis\toutlet\ttitle\n");
            for (int i = 0; i < count; i++) {
                SyntheticArticle a = article(seed, i);
                String name = fileName(i, a);
                byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(name), text);
                meta.write(String.join("\t", name, a.language(), a.published().toString(), "the dateline",
                        "synthetic (hilf benchmark --generate, seed " + seed + ")", a.title()) + "\n");
                arabic += a.language().equals("ar") ? 1 : 0;
                bytes += text.length;
                people.addAll(a.people());
            }
        }
        return new Summary(count, arabic, bytes, people.size());
    }

    /** A 64-bit finaliser (MurmurHash3's), so that neighbouring indexes give unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93e35ba9ed3L;
        return z ^ (z >>> 33);
    }
}
