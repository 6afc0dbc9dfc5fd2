package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/remote_markers.txt: a call by phone or video is no meeting. */
class RemoteMarkersTest {
    @Test
    void callsAreNoMeetings() {
        for (String s : List.of("Kishida held telephone talks with Biden.", "Kishida held virtual talks with Biden.",
                "Kishida and Biden held talks by video link.", "Kishida held online talks with Biden.")) {
            assertEquals(List.of(), EnglishFixture.events(EnglishFixture.annotate(s, LocalDate.of(2023, 7, 12))), s);
        }
    }

    @Test
    void faceToFaceTalksAreMeetings() {
        assertEquals(1, EnglishFixture.events(EnglishFixture.annotate("Kishida held talks with Biden in Tokyo.", LocalDate.of(2023, 7, 12))).size());
    }
}
