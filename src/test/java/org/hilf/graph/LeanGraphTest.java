package org.hilf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.hilf.TestFiles;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.hilf.read.ArticleFiles;
import org.hilf.read.ArticleReader;
import org.junit.jupiter.api.Test;

/** The mapper writes each quad once, and every mention it writes has its sentence (the contract's hilf:text). */
class LeanGraphTest {
    @Test
    void theBundledArticlesMapToNoRepeatedQuad() throws Exception {
        Gazetteer g = Gazetteer.load();
        AnnotationPipeline pipeline = Annotators.standard(g);
        ArticleMapper mapper = new ArticleMapper(g);
        ArticleReader reader = new ArticleReader();
        for (ArticleFiles.Candidate c : ArticleFiles.collect(List.of(TestFiles.ARTICLES)).candidates()) {
            List<Quad> quads = new ArrayList<>();
            mapper.map(pipeline.annotate(reader.read(c.file(), c.hint())), new StreamRDFBase() {
                @Override
                public void quad(Quad q) { quads.add(q); }
            });
            assertEquals(new HashSet<>(quads).size(), quads.size(), "repeated quads in " + c.file());
            long mentions = quads.stream().filter(q -> q.getPredicate().equals(Vocab.TYPE) && q.getObject().equals(Vocab.MENTION)).count();
            long texts = quads.stream().filter(q -> q.getPredicate().equals(Vocab.TEXT)).count();
            assertEquals(mentions, texts, "a mention without its sentence in " + c.file());
            assertTrue(mentions > 0, Path.of(c.file().toString()).toString());
        }
    }
}
