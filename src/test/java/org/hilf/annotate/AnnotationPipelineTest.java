package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnnotationPipelineTest {
    @Test
    void aWrongOrderIsRefusedWhenThePipelineIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnnotationPipeline(List.of(new SentenceSplitter())));
        assertTrue(e.getMessage().contains("SentenceSplitter requires layer 'content'"), e.getMessage());
    }
}
