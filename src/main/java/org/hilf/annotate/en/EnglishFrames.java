package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Frame;

/** The English event frames ({@code data/lexicon/en/frames.tsv}), read once, by their trigger words. */
final class EnglishFrames {
    private EnglishFrames() { }

    /** Each trigger's frames, in file order: a trigger may stand in several frames, the first that makes an event wins. */
    static EnPhrases<List<Frame>> triggers(EnglishResources res, List<Frame> frames) {
        EnPhrases<List<Frame>> triggers = new EnPhrases<>(false);
        Map<List<String>, List<Frame>> byTrigger = new LinkedHashMap<>();
        for (Frame f : frames) {
            for (String t : f.triggers()) {
                byTrigger.computeIfAbsent(res.tokenizer.fold(t), k -> new ArrayList<>()).add(f);
            }
        }
        byTrigger.forEach((k, v) -> triggers.add(k, List.copyOf(v)));
        return triggers;
    }

    /** The frame of {@code id}; an id frames.tsv lacks is an error of the code that names it. */
    static Frame byId(List<Frame> frames, String id) {
        return frames.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("data/lexicon/en/frames.tsv has no frame " + id));
    }

    /** The frames of the file, in its order (read once by the extractor; its parts take them from there). */
    static List<Frame> frames(EnglishResources res) {
        List<Frame> frames = new ArrayList<>();
        Map<String, String> triggersById = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read("lexicon/en/frames.tsv")) {
            // "=host-meal": the triggers of the earlier row of that id, read in another frame when that one makes no event
            String written = r.required("trigger");
            String trigger = written.startsWith("=") ? triggersById.get(written.substring(1)) : written;
            if (trigger == null) {
                throw new IllegalArgumentException(r.file() + ":" + r.line() + ": no earlier frame " + written.substring(1));
            }
            triggersById.put(r.required("id"), trigger);
            frames.add(Frame.parse(r.file() + ":" + r.line(), r.required("id"), r.required("type"), r.required("mood"),
                    trigger, r.required("roles"), r.get("on_sidelines"), w -> String.join(" ", res.tokenizer.fold(w))));
        }
        return frames;
    }
}
