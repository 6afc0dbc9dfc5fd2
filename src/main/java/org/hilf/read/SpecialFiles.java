package org.hilf.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Names what a path is when it is not a regular file: a named pipe, a device, a socket. */
final class SpecialFiles {
    private SpecialFiles() { }

    /** The file-type bits of a Unix st_mode, and what each is called. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /** "not a regular file: a named pipe (FIFO)", and so on; reading one could block the ingest or never end. */
    static String describe(Path p) {
        String kind = "a special file";
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                switch (m & TYPE_MASK) {
                    case FIFO -> kind = "a named pipe (FIFO)";
                    case CHAR_DEVICE -> kind = "a character device";
                    case BLOCK_DEVICE -> kind = "a block device";
                    case SOCKET -> kind = "a socket";
                    default -> { }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // no unix view on this file system: the generic name will do
        }
        return "not a regular file but " + kind + "; not read";
    }
}
