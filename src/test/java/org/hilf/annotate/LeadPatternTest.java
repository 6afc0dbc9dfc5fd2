package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LeadPatternTest {
    /** Like the Arabic date patterns: a word boundary behind, an optional word, then an alternation. */
    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?:شهر\\s+)?(يناير|يونيو|يوليو)(?:\\s+(\\d{4})|\\s+(الماضي))(?![\\p{L}\\d])");
    private static final List<String> LEADS = List.of("شهر", "يناير", "يونيو", "يوليو");
    private static final LeadPattern LED = new LeadPattern(MONTH, LEADS);
    private static final LeadPattern AT_WORD_START = LeadPattern.atWordStart(MONTH, LEADS);
    /** With another pattern whose leads share beginnings with the first's ("يو", "شه"): each finds only its own. */
    private static final LeadPattern DAY = LeadPattern.atWordStart(
            Pattern.compile("(?<![\\p{L}\\d])(يوم|شهرين)(?![\\p{L}\\d])"), List.of("يوم", "شهرين"));
    private static final LeadPattern.Group GROUP = new LeadPattern.Group(List.of(DAY, AT_WORD_START));

    private static List<String> plain(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> led(String text) {
        return led(LED, text);
    }

    private static List<String> led(LeadPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; p.find(m, text, from); from = Math.max(m.end(), m.start() + 1)) {
            out.add(m.start() + ":" + m.group() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> ledAtWordStarts(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = AT_WORD_START.matcher(text);
        LeadPattern.Starts starts = GROUP.starts(text);
        for (int from = 0; starts.find(AT_WORD_START, m, from); from = Math.max(m.end(), m.start() + 1)) {
            out.add(m.start() + ":" + m.group() + ":" + m.group(1));
        }
        return out;
    }

    @Test
    void findsWhatFindFinds() {
        for (String text : List.of(
                "في شهر يناير 2023 ثم يوليو الماضي، وليس في يونيو وحده.",
                "شهر شهر يوليو 2024 ويناير 2022 ويوليو2021 والشهر يونيو الماضي",
                "يوليو 2020",
                "يوم شهرين يونيو 2021 في يوم يوليو الماضي",
                "",
                "بلا تاريخ")) {
            assertEquals(plain(text), led(text), text);
            assertEquals(plain(text), led(AT_WORD_START, text), text);
            assertEquals(plain(text), ledAtWordStarts(text), text);
        }
        String days = "يوم شهرين يونيو 2021 في يوم يوليو الماضي";
        Matcher m = DAY.matcher(days);
        LeadPattern.Starts starts = GROUP.starts(days);
        List<Integer> found = new ArrayList<>();
        for (int from = 0; starts.find(DAY, m, from); from = Math.max(m.end(), m.start() + 1)) {
            found.add(m.start());
        }
        assertEquals(List.of(0, 4, 24), found);
        assertEquals(2, led("في شهر يناير 2023 ثم يوليو الماضي، وليس في يونيو وحده.").size());
    }

    @Test
    void theTextBeforeThePositionTriedCounts() {
        // "ويناير": a letter before the month, so no match there, as with Matcher.find
        assertEquals(List.of(), led("ويناير 2023"));
        assertEquals(plain("ويناير 2023"), led("ويناير 2023"));
        assertEquals(List.of(), led(AT_WORD_START, "ويناير 2023 و2يناير 2023"));
        assertEquals(plain("𝐀يناير 2023 😀يناير 2023"), led(AT_WORD_START, "𝐀يناير 2023 😀يناير 2023"));
        assertEquals(List.of(), ledAtWordStarts("ويناير 2023 و2يناير 2023"));
        assertEquals(plain("𝐀يناير 2023 😀يناير 2023"), ledAtWordStarts("𝐀يناير 2023 😀يناير 2023"));
    }

    @Test
    void wordStartsAreWhereNoLetterOrDigitStandsBefore() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {0, 3, 4, 8, 9}, LeadPattern.wordStarts("ab  c1d, e"));
        assertThrows(IllegalArgumentException.class, () -> new LeadPattern.Group(List.of(LED)));
        assertThrows(IllegalArgumentException.class, () -> GROUP.starts("x").find(LED, LED.matcher("x"), 0));
    }

    @Test
    void anEmptyLeadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LeadPattern(MONTH, List.of("يناير", "")));
    }

    @Test
    void aGroupSaysWhichPatternsMayFindAnything() {
        String text = "يوم في يومين";
        assertEquals(true, GROUP.starts(text).mayFind(DAY));
        assertEquals(false, GROUP.starts(text).mayFind(AT_WORD_START));
        assertEquals(true, GROUP.starts("يوليو 2020").mayFind(AT_WORD_START));
        assertThrows(IllegalArgumentException.class, () -> GROUP.starts(text).mayFind(LED));
    }

    /** Like the English date pattern: case ignored in ASCII letters, a word boundary, words and digits. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:(january|june)\\s+\\d{1,2}|(?<!\\d\\s)(?:19|20)\\d\\d|in\\s+(june))\\b");
    private static final LeadPattern ENGLISH_LED = LeadPattern.atWordStartIgnoringCase(ENGLISH,
            List.of("January", "june", "1", "2", "IN"));

    @Test
    void leadsIgnoringCaseAreFoundInAnyCase() {
        for (String text : List.of(
                "On JUNE 5 and january 12, in June 2023, In june, 1 2020 and x2021; Juneau 2 5 1999",
                "June 5",
                "jUnE 30 iN JUNE",
                "Éjune 5 _june 6 ıN june",
                "")) {
            List<String> plain = new ArrayList<>();
            Matcher pm = ENGLISH.matcher(text);
            while (pm.find()) {
                plain.add(pm.start() + ":" + pm.group());
            }
            List<String> led = new ArrayList<>();
            Matcher m = ENGLISH_LED.matcher(text);
            for (int from = 0; ENGLISH_LED.find(m, text, from); from = m.end()) {
                led.add(m.start() + ":" + m.group());
            }
            assertEquals(plain, led, text);
        }
        assertThrows(IllegalArgumentException.class, () -> new LeadPattern.Group(List.of(ENGLISH_LED)));
    }
}
