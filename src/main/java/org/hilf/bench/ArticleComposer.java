package org.hilf.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hilf.annotate.Entity;
import org.hilf.annotate.Gazetteer;

/**
 * Writes one synthetic wire report: a headline, a lead sentence that reports the main event, and
 * statements, other events, plans and background until the text is 2–6 KB (UTF-8). The people are
 * office holders on the article's day; a summit's are leaders of the organization's members.
 * Everything is drawn from the {@link Random} given, so a seed gives the same article.
 */
final class ArticleComposer {
    static final int MIN_BYTES = 2_000;
    static final int MAX_BYTES = 6_000;
    private static final int MARGIN = 150;
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)(?:\\.([a-z]+))?}");
    private static final String[] LEADS = {"meeting", "meeting", "meeting", "reception", "visit", "visit", "summit", "summit",
        "presser", "agreement", "agreement", "statement", "statement", "statement"};
    private static final String[] BODY = {"body.statement", "body.statement", "body.statement", "background", "background",
        "body.event", "body.event", "body.plan"};
    private static final Map<String, Locale> LOCALES = Map.of("ar", Locale.forLanguageTag("ar"), "en", Locale.ENGLISH);

    private final Cast cast;
    private final Names names;
    private final Map<String, Templates> templates;

    ArticleComposer(Cast cast) {
        this.cast = cast;
        this.names = cast.names();
        this.templates = Map.of("ar", Templates.of("ar"), "en", Templates.of("en"));
    }

    /** An article in {@code language} ("ar" or "en"). */
    SyntheticArticle compose(String language, Random random) {
        while (true) {
            Optional<SyntheticArticle> a = attempt(language, LEADS[random.nextInt(LEADS.length)], random);
            if (a.isPresent()) {
                return a.get();
            }
        }
    }

    /** The people, places and days of one article; empty when the gazetteer cannot cast it on the day drawn. */
    private Optional<SyntheticArticle> attempt(String language, String kind, Random random) {
        Scene s = new Scene(language, random);
        if (kind.equals("summit")) {
            Gazetteer.Summit summit = cast.summit(random);
            s.day = summit.start().plusDays(random.nextInt((int) (summit.end().toEpochDay() - summit.start().toEpochDay()) + 1));
            s.organization = summit.organizationId();
            s.place = names.label(summit.placeId(), language);
            List<String> states = new ArrayList<>(cast.members(summit.organizationId()));
            java.util.Collections.shuffle(states, random);
            for (String state : states) {
                cast.leader(state, s.day, random).ifPresent(s.people::add);
                if (s.people.size() == 3) {
                    break;
                }
            }
            if (s.people.size() < 2) {
                return Optional.empty();
            }
        } else {
            s.day = cast.day(random);
            Optional<Entity.Office> a = cast.holder(s.day, random, o -> true);
            Optional<Entity.Office> b = a.flatMap(x -> cast.holder(s.day, random,
                    o -> o.affiliationId().startsWith("state/") && !o.affiliationId().equals(x.affiliationId())));
            if (b.isEmpty()) {
                return Optional.empty();
            }
            s.people.add(a.get());
            s.people.add(b.get());
            s.organization = a.get().affiliationId().startsWith("state/") ? cast.bodyOf(a.get().affiliationId(), random) : a.get().affiliationId();
            s.place = capital(kind.equals("statement") ? a.get() : b.get(), language);
        }
        while (s.people.size() < 4) {
            Optional<Entity.Office> other = cast.holder(s.day, random, o -> s.people.stream().noneMatch(p -> p.affiliationId().equals(o.affiliationId())));
            if (other.isEmpty()) {
                return Optional.empty();
            }
            s.people.add(other.get());
        }
        if (s.place == null) {
            return Optional.empty();
        }
        s.published = kind.equals("summit") || random.nextBoolean() ? s.day : s.day.plusDays(1);
        if (s.published.isAfter(Cast.LAST_DAY)) {
            return Optional.empty();
        }
        return Optional.of(write(s, kind));
    }

    private String capital(Entity.Office o, String language) {
        return o.affiliationId().startsWith("state/") ? names.capital(o.affiliationId(), language) : null;
    }

    private SyntheticArticle write(Scene s, String kind) {
        Templates t = templates.get(s.language);
        String title = fill(s, t.pick("headline." + kind, s.random));
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(new ArrayList<>(List.of(dateline(s) + fill(s, t.pick("lead." + kind, s.random)))));
        // the byte count below is an estimate (joiners, the dateline's spacing): aim inside the bounds by a margin
        int target = MIN_BYTES + MARGIN + s.random.nextInt(MAX_BYTES - MIN_BYTES - 4 * MARGIN);
        int bytes = bytes(title) + bytes(paragraphs.get(0).get(0)) + 40;
        Set<String> used = new HashSet<>();
        int forms = java.util.Arrays.stream(BODY).distinct().mapToInt(k -> t.all(k).size()).sum();
        while (bytes < target && used.size() < forms) {
            String form = t.pick(BODY[s.random.nextInt(BODY.length)], s.random);
            if (!used.add(form)) {
                continue; // a report says each thing once
            }
            String sentence = fill(s, form);
            if (bytes + bytes(sentence) + 2 > MAX_BYTES - MARGIN) {
                break;
            }
            if (s.random.nextInt(5) < 2) {
                paragraphs.get(paragraphs.size() - 1).add(sentence);
            } else {
                paragraphs.add(new ArrayList<>(List.of(sentence)));
            }
            bytes += bytes(sentence) + 2;
        }
        StringBuilder text = new StringBuilder(title).append("\n\n");
        if (s.language.equals("ar")) {
            text.append(format(s.published, "d MMMM yyyy", s.language)).append("\n\n");
        }
        for (List<String> p : paragraphs) {
            text.append(String.join(" ", p)).append("\n\n");
        }
        List<String> lead = s.people.subList(0, kind.equals("summit") ? Math.min(3, s.people.size()) : 2).stream()
                .map(Entity.Office::personId).toList();
        return new SyntheticArticle(s.language, s.published, title, text.toString().strip() + "\n", kind, s.day, lead,
                s.people.stream().map(Entity.Office::personId).toList());
    }

    private String dateline(Scene s) {
        if (s.language.equals("ar")) {
            return s.place + " (هيلف) - ";
        }
        return s.place.toUpperCase(Locale.ROOT) + ", " + format(s.published, "MMMM d", "en") + " (Hilf Wire) - ";
    }

    /** The form with its slots filled, as a sentence: in English it begins with a capital. */
    private String fill(Scene s, String form) {
        String text = render(s, form).replaceAll(",([.,:;])", "$1").replace("the the ", "the ");
        return s.language.equals("en") ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    private String render(Scene s, String form) {
        Matcher m = SLOT.matcher(form);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slot(s, m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String slot(Scene s, String name, String part) {
        String lang = s.language;
        Templates t = templates.get(lang);
        int person = "ABCE".indexOf(name);
        if (name.length() == 1 && person >= 0) {
            Entity.Office o = s.people.get(person);
            if (part == null) {
                return s.mentioned.add(o.personId()) ? names.titled(o, lang, s.random) : names.surname(o, lang);
            }
            return switch (part) {
                case "n" -> names.label(o.personId(), lang);
                case "c" -> names.body(o.affiliationId(), lang);
                case "cap" -> Optional.ofNullable(capital(o, lang)).orElse(s.place);
                default -> throw new IllegalStateException("unknown slot {" + name + "." + part + "}");
            };
        }
        return switch (name) {
            case "P" -> s.place;
            case "O" -> names.body(s.organization, lang);
            case "D" -> day(s);
            case "DATE" -> earlier(s);
            case "LATER" -> t.pick("later", s.random);
            case "T" -> t.pick("topic", s.random);
            case "Q" -> render(s, claim(s, t));
            case "N" -> Integer.toString(2 + s.random.nextInt(40));
            default -> throw new IllegalStateException("unknown slot {" + name + "}");
        };
    }

    /** Something said, not said before in the article while other claims remain. */
    private static String claim(Scene s, Templates t) {
        List<String> claims = t.all("claim");
        String c = claims.get(s.random.nextInt(claims.size()));
        for (int i = 0; i < claims.size() && s.said.size() < claims.size() && !s.said.add(c); i++) {
            c = claims.get(s.random.nextInt(claims.size()));
        }
        return c;
    }

    /** The main event's day said from the dateline: "on Tuesday", "يوم الثلاثاء", "أمس الاثنين". */
    private String day(Scene s) {
        String weekday = format(s.day, "EEEE", s.language);
        if (s.language.equals("en")) {
            return "on " + weekday;
        }
        return (s.day.equals(s.published) ? "يوم " : "أمس ") + weekday;
    }

    /** A day some weeks or months before the main event. */
    private String earlier(Scene s) {
        LocalDate d = s.day.minusDays(10 + s.random.nextInt(300));
        boolean sameYear = d.getYear() == s.day.getYear();
        if (s.language.equals("en")) {
            return format(d, sameYear ? "MMMM d" : "MMMM d, yyyy", "en");
        }
        return format(d, "d MMMM", "ar") + (sameYear ? " الماضي" : " " + d.getYear());
    }

    private static String format(LocalDate d, String pattern, String language) {
        return DateTimeFormatter.ofPattern(pattern, LOCALES.get(language)).format(d);
    }

    private static int bytes(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

    /** What one article is being written about; people are A, B, C, E in slot order. */
    private static final class Scene {
        final String language;
        final Random random;
        final List<Entity.Office> people = new ArrayList<>();
        final Set<String> mentioned = new HashSet<>();
        final Set<String> said = new HashSet<>();
        LocalDate day;
        LocalDate published;
        String organization;
        String place;

        Scene(String language, Random random) {
            this.language = language;
            this.random = random;
        }
    }
}
