package org.mtad.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.apache.tomcat.util.http.parser.AcceptEncoding;

/** Answers the server compresses once and keeps, rather than leaving each request's compression to Tomcat. */
public final class Gzip {

    private Gzip() {
    }

    /** gzip (or "*") listed with a quality above 0, parsed as Tomcat's own compression parses it (RFC 9110 12.5.3). */
    public static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        try {
            return AcceptEncoding.parse(new StringReader(acceptEncoding)).stream()
                    .anyMatch(e -> (e.getEncoding().equals("gzip") || e.getEncoding().equals("*")) && e.getQuality() > 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes gzipped, at the level Tomcat's own compression uses. */
    public static byte[] compress(byte[] bytes) {
        var compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
