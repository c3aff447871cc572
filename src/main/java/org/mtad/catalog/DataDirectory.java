package org.mtad.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files of a dataset directory and how to tell that one of them was replaced. */
record DataDirectory(Path root) {

    static final String DATA = "data.db";
    static final String NOTES = "notes_and_doi.db";
    static final List<String> FILES = List.of(DATA, NOTES, DatasetManifest.FILE_NAME);

    Path resolve(String name) {
        return root.resolve(name);
    }

    /** Identity of each file as the file system sees it: a new inode, size or mtime means a new file. */
    Map<String, String> fingerprint() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : FILES) {
            Path file = resolve(name);
            try {
                var attributes = Files.readAttributes(file, BasicFileAttributes.class);
                result.put(name, attributes.fileKey() + "/" + attributes.size() + "/" + attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                result.put(name, "absent");
            }
        }
        return result;
    }

    /** A short hash of the contents of every file: the data version. */
    String contentVersion() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[1 << 16];
            for (String name : FILES) {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Path file = resolve(name);
                if (!Files.isRegularFile(file)) {
                    digest.update((byte) 0);
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                } catch (IOException e) {
                    digest.update((byte) 1);
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
