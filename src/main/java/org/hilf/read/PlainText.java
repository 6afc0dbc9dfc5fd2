package org.hilf.read;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Tells Tika that a file its detector finds to be plain text is plain text: otherwise its text
 * parser reads every such file a second time to sniff whether it is a table (comma- or
 * tab-separated), 4 % of a whole ingest's work. Stateless.
 */
final class PlainText {
    private PlainText() { }

    /**
     * Runs the detector the parser would run (file name and first bytes; it resets the stream) and,
     * for plain text, sets the type in {@code metadata}; any other type is left to the parser.
     */
    static void declare(Detector detector, InputStream in, Metadata metadata) throws IOException {
        MediaType type = detector.detect(in, metadata);
        if (MediaType.TEXT_PLAIN.equals(type.getBaseType())) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, MediaType.TEXT_PLAIN.toString());
        }
    }
}
