package org.hilf.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hilf.annotate.Tsv;

/**
 * The sentence forms of one language for the synthetic corpus, by kind ({@code lead.meeting},
 * {@code body.statement}, {@code topic} …), from {@code data/benchmark/templates-LANG.tsv}.
 */
final class Templates {
    private final String file;
    private final Map<String, List<String>> byKind;

    private Templates(String file, Map<String, List<String>> byKind) {
        this.file = file;
        this.byKind = byKind;
    }

    /** The bundled forms of {@code language} ("ar", "en"); a missing file or row is an error naming the file. */
    static Templates of(String language) {
        String path = "benchmark/templates-" + language + ".tsv";
        Map<String, List<String>> byKind = new HashMap<>();
        for (Tsv.Row row : Tsv.read(path)) {
            byKind.computeIfAbsent(row.required("kind"), k -> new java.util.ArrayList<>()).add(row.required("text"));
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new Templates("data/" + path, Map.copyOf(byKind));
    }

    /** One form of the kind, drawn with {@code random}. */
    String pick(String kind, Random random) {
        List<String> forms = all(kind);
        return forms.get(random.nextInt(forms.size()));
    }

    List<String> all(String kind) {
        List<String> forms = byKind.get(kind);
        if (forms == null) {
            throw new IllegalStateException(file + ": no form of kind '" + kind + "'");
        }
        return forms;
    }
}
